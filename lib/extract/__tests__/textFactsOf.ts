import { parseArticle } from '../parseArticle.ts';

/** Headline, outlet and date of a plain-text copy given as its lines, as its own words state them. */
export function textFactsOf(...lines: string[]) {
  const parsed = parseArticle('t.txt', lines.join('\n'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { title, outlet, published } = parsed.value.meta;
  return { title, outlet, published };
}

/** An invented story's first paragraph, for copies built around it. */
export const STORY =
  'The harbour board agreed on Monday to raise ferry fares by six percent from April.';

/** An invented headline and second paragraph, for copies built around `STORY`. */
export const HEADLINE = 'Harbour board raises ferry fares for spring';
export const MORE =
  'Commuters who cross twice a day will pay about forty pounds more over the year.';
