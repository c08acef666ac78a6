import { SPEECH_VERBS } from '../patterns.ts';

/** Most words after a quotation's last inner mark that still read as its attribution. */
const MAX_TRAILING_WORDS = 8;

/**
 * Whether a quotation's text runs past a mark the copy left unmatched into its own
 * attribution ("… in Port Vell “as early as we can,” the release stated.", "… one way or
 * another,’ “said the star."): words after its last quotation mark with a verb of speech among
 * them. Its speaker is whoever that verb names, so it goes on from nobody before it.
 */
export function holdsOwnAttribution(text: string): boolean {
  const mark = Math.max(...['”', '“', '"'].map((m) => text.lastIndexOf(m)));
  if (mark < 0) return false;
  const words = text
    .slice(mark + 1)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter(Boolean);
  return words.length <= MAX_TRAILING_WORDS && words.some((w) => SPEECH_VERBS.has(w));
}
