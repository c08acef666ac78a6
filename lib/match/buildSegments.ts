/**
 * Cuts the source text into display runs: words the selection kept (`equal`), words
 * it dropped or changed (`delete`, then the selection's words as `insert`), and the
 * parts outside the selection (`delete` with `trimmed`). Joining the `equal` and
 * `delete` runs gives back the source exactly as printed.
 */
import type { Token } from '../text/tokenize';
import type { DiffSegment } from './types';

export type WordFate = 'equal' | 'delete' | 'trimmed';

export function buildSegments(
  srcText: string,
  words: readonly Token[],
  fate: readonly WordFate[],
  insertsAfter: ReadonlyMap<number, readonly string[]>,
  qFrom: number,
): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], text: string, trimmed = false) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.op === op && (last.trimmed ?? false) === trimmed) {
      last.text += text;
      return;
    }
    out.push(trimmed ? { op, text, trimmed: true } : { op, text });
  };
  const pushInserts = (after: number) => {
    for (const t of insertsAfter.get(after) ?? []) push('insert', t);
  };
  // Text between words belongs to the selection unless a word beside it lies outside.
  const gapFate = (before: WordFate | undefined, after: WordFate | undefined): WordFate =>
    before === 'trimmed' || after === 'trimmed' ? 'trimmed' : 'equal';
  if (words.length === 0) {
    push('equal', srcText);
    return out;
  }
  let pos = 0;
  words.forEach((w, j) => {
    emit(push, srcText.slice(pos, w.start), gapFate(fate[j - 1], fate[j]));
    if (j === qFrom) pushInserts(qFrom - 1);
    emit(push, srcText.slice(w.start, w.end), fate[j]!);
    pos = w.end;
    if (j >= qFrom) pushInserts(j);
  });
  emit(push, srcText.slice(pos), gapFate(fate[words.length - 1], undefined));
  return out;
}

function emit(
  push: (op: DiffSegment['op'], text: string, trimmed?: boolean) => void,
  text: string,
  f: WordFate,
) {
  if (f === 'trimmed') push('delete', text, true);
  else push(f, text);
}
