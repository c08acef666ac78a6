/**
 * Gives one run of differing words (source words `from`, selection words `to`) its
 * change type, most meaning-bearing first: negation, number, antonym, editorial,
 * omission, insertion, substitution.
 */
import type { Token } from '../text/tokenize';
import { areAntonyms, isNegation, isNumberWord } from './lexicon';
import type { ChangeType } from './types';

/** Words after which "no" is part of an idiom, not a negation ("no matter which …", "no doubt"). */
const NOT_NEGATED_AFTER_NO: ReadonlySet<string> = new Set(['matter', 'doubt', 'wonder']);

const countNegations = (ws: readonly Token[]) =>
  ws.filter(
    (t, i) =>
      isNegation(t.norm) && !(t.norm === 'no' && NOT_NEGATED_AFTER_NO.has(ws[i + 1]?.norm ?? '')),
  ).length;

const numbersOf = (ws: readonly Token[]) =>
  ws
    .filter((t) => isNumberWord(t.norm))
    .map((t) => t.norm)
    .sort()
    .join(' ');

export function classifyHunk(from: readonly Token[], to: readonly Token[]): ChangeType {
  if (countNegations(from) !== countNegations(to)) return 'negation';
  if (numbersOf(from) !== numbersOf(to)) return 'number';
  if (from.some((a) => to.some((b) => areAntonyms(a.norm, b.norm)))) return 'antonym';
  if (to.length === 0 && from.length > 0 && from.every((t) => t.editorial)) return 'editorial';
  if (from.length === 0 && to.length > 0 && to.every((t) => t.editorial)) return 'editorial';
  if (to.length === 0) return 'omission';
  if (from.length === 0) return 'insertion';
  return 'substitution';
}
