/**
 * Whether a run of changed words says what the source words said, only put otherwise:
 * the same words written otherwise ("4" for "four", "can't" for "cannot"), the same
 * number put otherwise ("one" for "a single"), the same negation put otherwise ("can
 * never" for "cannot"), the same intention put otherwise ("would" for "plans to"; an
 * `intention` change, which makes the verdict `paraphrase`: the words are not the
 * source's, the sense is), or a listed synonym ("numbers" for "figures"). Each step is
 * tried in that order on top of the ones before, and the first that makes both sides
 * the same words names the change. A run that adds, drops or flips a negation, a
 * number or an opposite never gets here: `classifyHunk` types those first.
 */
import type { Token } from '../text/tokenize';
import { CONTRACTIONS, intentionForm, numberValue, synonymHead } from './lexicon';
import { MESSAGES } from './messages';
import type { ChangeType } from './types';

export interface KeptMeaning {
  /**
   * `spelling` when only the writing differs, `substitution` when the words do,
   * `intention` when they state the same intention in other words.
   */
  type: Extract<ChangeType, 'spelling' | 'substitution' | 'intention'>;
  note: string;
}

/** Full forms of contractions and numbers as figures: how the words are written set aside. */
function written(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const full = CONTRACTIONS.get(w);
    if (full) return [...full];
    if (w.endsWith("n't") && w.length > 3) return [w.slice(0, -3), 'not'];
    return [numberValue(w) ?? w];
  });
}

/** "a single" and a lone "a"/"an" as the number one. */
function asNumbers(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === 'a' || w === 'an') && words[i + 1] === 'single') {
      out.push('1');
      i++;
    } else out.push(w === 'a' || w === 'an' ? '1' : w);
  }
  return out;
}

const STEPS: ReadonlyArray<{
  apply: (words: string[]) => string[];
  type: KeptMeaning['type'];
  note: string;
}> = [
  { apply: written, type: 'spelling', note: MESSAGES.writtenOtherwise },
  { apply: asNumbers, type: 'substitution', note: MESSAGES.sameNumber },
  {
    apply: (ws) => ws.map((w) => (w === 'never' ? 'not' : w)),
    type: 'substitution',
    note: MESSAGES.sameNegation,
  },
  { apply: intentionForm, type: 'intention', note: MESSAGES.sameIntention },
  { apply: (ws) => ws.map(synonymHead), type: 'substitution', note: MESSAGES.synonym },
];

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

export function sameMeaning(from: readonly Token[], to: readonly Token[]): KeptMeaning | null {
  if (from.length === 0 || to.length === 0) return null;
  let a = from.map((t) => t.norm);
  let b = to.map((t) => t.norm);
  for (const step of STEPS) {
    a = step.apply(a);
    b = step.apply(b);
    if (same(a, b)) return { type: step.type, note: step.note };
  }
  return null;
}
