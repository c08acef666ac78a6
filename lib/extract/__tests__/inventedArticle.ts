import { parseArticle } from '../parseArticle.ts';
import type { ExtractedArticle } from '../types.ts';

/** An invented plain-text article: a headline line, then paragraphs. Every sentence is the test's own. */
export const article = (...paragraphs: string[]) =>
  ['A made-up headline for a test story', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

/** Extracts an invented article; a refusal fails the test with its message. */
export const read = (text: string): ExtractedArticle => {
  const parsed = parseArticle('test.txt', text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

/** [who, text] for each quote: the person, or "kind: phrase" for an unnamed source. */
export const who = (text: string) =>
  read(text).quotes.map((q): [string, string] => [
    q.speaker ?? `${q.sourceKind}: ${q.source}`,
    q.text,
  ]);

/** [who, text] for each quote (direct or reported) of an invented article. */
export const quotesOf = (...paragraphs: string[]) => who(article(...paragraphs));

/** The speaker (or "kind: phrase" for an unnamed source) given to the quote holding `words`, if any. */
export const speakerAmong = (found: [string, string][], words: string) =>
  found.find(([, text]) => text.includes(words))?.[0];

/** [who, text] for each reported quote of an invented article. */
export const reportedOf = (...paragraphs: string[]) =>
  read(article(...paragraphs))
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);

/** Two invented people the reported-speech tests quote. */
export const HARBOUR_INTRO =
  'Tomas Vell, the harbour treasurer, spoke on Monday. Mira Quell, a councillor, spoke too.';

/** The named speaker of the first quote of an invented article holding `probe` ('' when none names a person). */
export const speakerOf = (probe: string, ...paragraphs: string[]) =>
  read(article(...paragraphs)).quotes.find((q) => q.text.includes(probe))?.speaker ?? '';

/** The speaker ("kind: phrase" for an unnamed source, "unattributed", "missing") of the quotation holding `words`. */
export const speakerIn = (text: string, words: string): string => {
  const found = read(text);
  const q = found.quotes.find((x) => x.text.includes(words));
  if (q) return q.speaker ?? `${q.sourceKind}: ${q.source}`;
  return found.unattributed.some((u) => u.text.includes(words)) ? 'unattributed' : 'missing';
};
