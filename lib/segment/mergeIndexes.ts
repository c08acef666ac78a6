/**
 * Merges inverted indexes key by key, without looking at any text (as Lucene merges
 * postings): the keys of all inputs are walked in ascending order together, and each
 * key's documents are mapped to their new numbers (dropping the deleted), gathered and
 * written once. Cost: one pass over every posting.
 */
import { type IndexParts, IndexWriter } from './IndexWriter';
import { KeyWalker, type PostingIndex } from './PostingIndex';
import { ITEMS_PER_STEP, runSteps, type Steps } from './runSteps';

export interface IndexInput {
  index: PostingIndex;
  /** New number of each old document, or -1 when it is dropped. */
  docMap: Int32Array;
}

export const mergeIndexes = (inputs: readonly IndexInput[], docCount: number): IndexParts =>
  runSteps(mergeIndexesInSteps(inputs, docCount));

/** `mergeIndexes`, yielding every `ITEMS_PER_STEP` keys. */
export function* mergeIndexesInSteps(
  inputs: readonly IndexInput[],
  docCount: number,
): Steps<IndexParts> {
  const walkers = inputs.map((input) => new KeyWalker(input.index));
  // A min-heap of the inputs by their current key.
  const heap: number[] = [];
  const keyOf = (i: number) => walkers[i]!.key;
  const less = (a: number, b: number) => keyOf(a) < keyOf(b) || (keyOf(a) === keyOf(b) && a < b);
  const push = (i: number) => {
    heap.push(i);
    let j = heap.length - 1;
    while (j > 0) {
      const parent = (j - 1) >> 1;
      if (!less(heap[j]!, heap[parent]!)) break;
      [heap[j], heap[parent]] = [heap[parent]!, heap[j]!];
      j = parent;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        const r = l + 1;
        let m = j;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === j) break;
        [heap[j], heap[m]] = [heap[m]!, heap[j]!];
        j = m;
      }
    }
    return top;
  };
  walkers.forEach((w, i) => {
    if (w.next()) push(i);
  });
  const maxIn = Math.max(1, ...inputs.map((x) => x.index.docCount));
  const decoded = new Uint32Array(maxIn);
  const merged = new Uint32Array(Math.max(1, docCount));
  const writer = new IndexWriter(
    docCount,
    inputs.reduce((n, x) => n + x.index.bytes.length, 0),
  );
  let keys = 0;
  while (heap.length > 0) {
    if (++keys % ITEMS_PER_STEP === 0) yield;
    const key = keyOf(heap[0]!);
    let count = 0;
    // Inputs are taken in order; mapped documents usually come out ascending, and are
    // sorted only when they do not (narration numbered after every input's quotes).
    let sorted = true;
    while (heap.length > 0 && keyOf(heap[0]!) === key) {
      const i = pop();
      const { index, docMap } = inputs[i]!;
      const n = index.decode(walkers[i]!.pos, decoded, maxIn);
      let last = count > 0 ? merged[count - 1]! : -1;
      for (let j = 0; j < n; j++) {
        const d = docMap[decoded[j]!]!;
        if (d < 0) continue;
        if (d <= last) sorted = false;
        merged[count++] = d;
        last = d;
      }
      if (walkers[i]!.next()) push(i);
    }
    if (count === 0) continue;
    if (!sorted) merged.subarray(0, count).sort();
    writer.add(key, merged, count);
  }
  return writer.finish();
}
