/**
 * Gives one run of differing words (source words `from`, selection words `to`) its
 * change type, most meaning-bearing first: negation, number, antonym, editorial,
 * omission, insertion, substitution.
 */
import type { Token } from '../text/tokenize';
import { areAntonyms, isNegation, isNumberWord } from './lexicon';
import type { ChangeType } from './types';

const countNegations = (ws: readonly Token[]) => ws.filter((t) => isNegation(t.norm)).length;

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
