import { readDate } from './readDate.ts';

/**
 * A record a headline names, right before its date: "Regular Press Conference on November
 * 2, 2011", "Remarks at the Harbour Forum, May 3, 2012", "Minutes of the Meeting of 4 March
 * 2016".
 */
const RECORD_BEFORE_DATE =
  /\b(?:conference|briefing|remarks|statement|speech|address|hearing|interview|meeting|session|sitting|transcript|minutes|debate|proceedings|record)s?\b[^,:;.!?]{0,60}?(?:\s+(?:on|of|dated)\s+|,\s*)$/i;

/**
 * The date of the record a headline titles ("Spokesperson Ada Quill's Regular Press
 * Conference on March 3, 2025"): the page is that record, so its date is the page's. Null
 * for any other date in a headline: a story's headline dates the event it reports ("…,
 * refrains from comment: Ada Quill on Feb 15, 2023"), not the story, whose own date is
 * then not stated.
 */
export function recordDate(headline: string): string | null {
  const found = readDate(headline);
  if (!found?.iso) return null;
  return RECORD_BEFORE_DATE.test(headline.slice(0, found.index)) ? found.iso : null;
}
