import type { Attribution } from '../findAttribution.ts';
import { findAttribution } from '../findAttribution.ts';
import type { RankedAttributions } from '../rankAttributions.ts';
import { rankAttributions } from '../rankAttributions.ts';
import type { Sentence } from '../readParagraph.ts';
import type { ArticleDoc, Candidate } from './types.ts';

const cache = new WeakMap<Sentence, Attribution[]>();

/** The attributions of a candidate's sentence, ranked for it (see `rankAttributions`). */
export function attributionsOf(doc: ArticleDoc, c: Candidate): RankedAttributions | null {
  const para = doc.paras[c.para]!;
  const sentence = para.sentences[c.sentence];
  if (!sentence || c.token < 0) return null;
  let found = cache.get(sentence);
  if (!found) {
    found = findAttribution(sentence.tokens, para.text);
    cache.set(sentence, found);
  }
  return rankAttributions(sentence.tokens, found, c.token);
}

/** True when a sieve has said who spoke the candidate: a link that is not "a term, no one's words". */
export const attributed = (c: Candidate) => c.link !== null && !('term' in c.link);

/** A candidate a sieve may still link: open (see `open`) and not a short fragment (`maybe`). */
export const linkable = (c: Candidate) => c.link === null && c.problem === null && !c.maybe;

/** The candidates no sieve has linked yet, in reading order. */
export const open = (doc: ArticleDoc) =>
  doc.candidates.filter((c) => c.link === null && c.problem === null);
