import { FIRST_PERSON_WORDS, INSTITUTION_NOUNS } from '../patterns.ts';

/** A statement's closing words of a body declining to say more ("will make no further comment"). */
const NO_MORE =
  /\b(?:no further comments?|not (?:be )?comment(?:ing)? further|no further statements?)\b/i;
/** "The Club will …", "The company has …": the body the sentence is about, group 1. */
const BODY_SUBJECT = /^\s*The\s+(\p{L}+)\s+(?:will|would|is|has|does|shall)\b/u;

/**
 * True when a quotation's first sentence is a body's closing line about itself, in the third
 * person ("The Board will make no further comment for now", "The company will not
 * comment further"): the issuing body's voice, as a statement prints it last, never the
 * words of a person quoted before it. No first-person word in it ("I", "we").
 */
export function bodysClosingLine(quoted: string): boolean {
  const first = quoted.split(/(?<=[.!?])\s+/)[0] ?? '';
  const body = BODY_SUBJECT.exec(first)?.[1]?.toLowerCase();
  if (!body || !INSTITUTION_NOUNS.has(body) || !NO_MORE.test(first)) return false;
  return !first
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .some((w) => FIRST_PERSON_WORDS.has(w));
}
