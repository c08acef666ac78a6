/**
 * Aligns the words of a selection with the words of a source text: every selection
 * word is placed (matched, or inserted), while the source may be entered and left
 * anywhere (a selection is usually part of a quote). Scores per word come from
 * `MATCH_CONFIG.align`; ties prefer a match, then a substitution, then gaps.
 */
import { compareWords, MAX_LENGTH_GAP, type WordRelation } from './compareWords';
import { MATCH_CONFIG } from './config';

export type AlignOp =
  | { op: 'equal' | 'spelling' | 'substitute'; s: number; q: number }
  | { op: 'insert'; s: number }
  | { op: 'delete'; q: number };

export interface Alignment {
  ops: AlignOp[];
  /** First and one-past-last source word inside the alignment. */
  qFrom: number;
  qTo: number;
}

/** Word relations as numbers in the alignment's tables. */
const EQUAL = 0;
const SPELLING = 1;
const DIFFERENT = 2;
const RELATION_CODE: Record<WordRelation, number> = {
  equal: EQUAL,
  spelling: SPELLING,
  different: DIFFERENT,
};

const DIAG = 1;
const UP = 2; // selection word inserted
const LEFT = 3; // source word deleted

/**
 * The tables, kept from call to call (the alignment runs a dozen times a check and never
 * re-enters itself) and grown when a call needs more; every cell read is written first,
 * but the first row, which is cleared.
 */
let scoreTable = new Float64Array(4096);
let moveTable = new Uint8Array(4096);
let relationTable = new Uint8Array(4096);

/**
 * `editorial[j]`: source word j stands inside an editor's brackets ("[US President Joe]
 * Biden"); leaving it out costs `weights.editorialGap`, not a gap: it is not the speaker's.
 */
export function alignWords(
  sel: readonly string[],
  src: readonly string[],
  weights = MATCH_CONFIG.align,
  editorial: readonly boolean[] = [],
): Alignment {
  const n = sel.length;
  const m = src.length;
  const w = m + 1;
  const cells = (n + 1) * w;
  if (scoreTable.length < cells) {
    scoreTable = new Float64Array(cells);
    moveTable = new Uint8Array(cells);
    relationTable = new Uint8Array(cells);
  }
  const score = scoreTable;
  const move = moveTable;
  const relation = relationTable;
  score.fill(0, 0, w);
  // Words as small integers (one numbering for both sides), with their first letter and
  // length, so that nearly every cell is decided by comparing numbers (the same word, or
  // plainly different words); the pairs left go to `compareWords` once each.
  const ids = new Map<string, number>();
  const first: number[] = [];
  const length: number[] = [];
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
      first.push(word.charCodeAt(0));
      length.push(word.length);
    }
    return id;
  };
  const selIds = sel.map(idOf);
  const srcIds = src.map(idOf);
  const cache = new Map<number, number>();
  const relate = (i: number, j: number): number => {
    const a = selIds[i]!;
    const b = srcIds[j]!;
    if (a === b) return EQUAL;
    if (first[a] !== first[b] || Math.abs(length[a]! - length[b]!) > MAX_LENGTH_GAP)
      return DIFFERENT;
    const key = a * ids.size + b;
    let r = cache.get(key);
    if (r === undefined) {
      r = RELATION_CODE[compareWords(sel[i]!, src[j]!)];
      cache.set(key, r);
    }
    return r;
  };
  for (let i = 1; i <= n; i++) {
    score[i * w] = i * weights.gap;
    move[i * w] = UP;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const r = relate(i - 1, j - 1);
      relation[(i - 1) * m + (j - 1)] = r;
      const diag =
        score[(i - 1) * w + j - 1]! +
        (r === EQUAL ? weights.match : r === SPELLING ? weights.spelling : weights.mismatch);
      const up = score[(i - 1) * w + j]! + weights.gap;
      const left = score[i * w + j - 1]! + (editorial[j - 1] ? weights.editorialGap : weights.gap);
      let best = diag;
      let mv = DIAG;
      if (up > best) {
        best = up;
        mv = UP;
      }
      if (left > best) {
        best = left;
        mv = LEFT;
      }
      score[i * w + j] = best;
      move[i * w + j] = mv;
    }
  }
  // The source may end anywhere: start the traceback at the best cell of the last row
  // (the later one on a tie, so a changed last word is paired with the word it replaced).
  let j = 0;
  for (let k = 1; k <= m; k++) if (score[n * w + k]! >= score[n * w + j]!) j = k;
  const ops: AlignOp[] = [];
  let i = n;
  while (i > 0) {
    const mv = j === 0 ? UP : move[i * w + j]!;
    if (mv === DIAG) {
      const r = relation[(i - 1) * m + (j - 1)]!;
      ops.push({
        op: r === EQUAL ? 'equal' : r === SPELLING ? 'spelling' : 'substitute',
        s: i - 1,
        q: j - 1,
      });
      i--;
      j--;
    } else if (mv === UP) {
      ops.push({ op: 'insert', s: i - 1 });
      i--;
    } else {
      ops.push({ op: 'delete', q: j - 1 });
      j--;
    }
  }
  ops.reverse();
  const kept = trimDeletedEnds(ops);
  const placed = kept.flatMap((o) => ('q' in o ? [o.q] : []));
  return placed.length === 0
    ? { ops: kept, qFrom: 0, qTo: 0 }
    : { ops: kept, qFrom: Math.min(...placed), qTo: Math.max(...placed) + 1 };
}

/** Deletions at either end mean the selection simply starts or stops later: not part of the alignment. */
function trimDeletedEnds(ops: AlignOp[]): AlignOp[] {
  let a = 0;
  let b = ops.length;
  while (a < b && ops[a]!.op === 'delete') a++;
  while (b > a && ops[b - 1]!.op === 'delete') b--;
  return ops.slice(a, b);
}
