/**
 * Gives one run of differing words (source words `from`, selection words `to`) its
 * change type, most meaning-bearing first: negation, number, antonym, editorial,
 * omission, insertion, substitution.
 */
import type { Token } from '../text/tokenize';
import { areAntonyms, isNegation, numberValue } from './lexicon';
import type { ChangeType } from './types';

/** Words after which "no" is part of an idiom, not a negation ("no matter which …", "no doubt"). */
const NOT_NEGATED_AFTER_NO: ReadonlySet<string> = new Set(['matter', 'doubt', 'wonder']);

const countNegations = (ws: readonly Token[]) =>
  ws.filter(
    (t, i) =>
      isNegation(t.norm) && !(t.norm === 'no' && NOT_NEGATED_AFTER_NO.has(ws[i + 1]?.norm ?? '')),
  ).length;

/**
 * The numbers a run of words states, as values ("four" and "4" alike; "a single" is
 * one), sorted; with `articleIsOne`, a lone "a"/"an" counts as one too ("a year" and
 * "one year" state the same number; "a year" and "two years" do not).
 */
function numbersOf(ws: readonly Token[], articleIsOne: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.norm;
    const article = w === 'a' || w === 'an';
    if (article && ws[i + 1]?.norm === 'single') {
      out.push('1');
      i++;
    } else if (article && articleIsOne) out.push('1');
    else {
      const v = numberValue(w);
      if (v !== null) out.push(v);
    }
  }
  return out.sort().join(' ');
}

const sameNumbers = (from: readonly Token[], to: readonly Token[]) =>
  numbersOf(from, false) === numbersOf(to, false) || numbersOf(from, true) === numbersOf(to, true);

export function classifyHunk(from: readonly Token[], to: readonly Token[]): ChangeType {
  if (countNegations(from) !== countNegations(to)) return 'negation';
  if (!sameNumbers(from, to)) return 'number';
  if (from.some((a) => to.some((b) => areAntonyms(a.norm, b.norm)))) return 'antonym';
  if (to.length === 0 && from.length > 0 && from.every((t) => t.editorial)) return 'editorial';
  if (from.length === 0 && to.length > 0 && to.every((t) => t.editorial)) return 'editorial';
  if (to.length === 0) return 'omission';
  if (from.length === 0) return 'insertion';
  return 'substitution';
}
