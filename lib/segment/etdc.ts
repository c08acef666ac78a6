/**
 * End-Tagged Dense Code (Brisaboa et al.): a run's rank in the segment's vocabulary
 * (most frequent first) as 1 to 4 bytes, the last byte of each codeword tagged by its
 * high bit. The 128 most frequent runs take one byte, the next 16,384 two: about a third
 * of the UTF-8 size for English, and decoding is a byte loop.
 */
import type { ByteWriter } from './ByteWriter';

const ONE = 128;
const TWO = ONE + 128 * 128;
const THREE = TWO + 128 * 128 * 128;

export function writeCodeword(out: ByteWriter, rank: number): void {
  if (rank < ONE) {
    out.byte(0x80 | rank);
  } else if (rank < TWO) {
    const r = rank - ONE;
    out.byte(r >>> 7);
    out.byte(0x80 | (r & 0x7f));
  } else if (rank < THREE) {
    const r = rank - TWO;
    out.byte(r >>> 14);
    out.byte((r >>> 7) & 0x7f);
    out.byte(0x80 | (r & 0x7f));
  } else {
    const r = rank - THREE;
    out.byte((r >>> 21) & 0x7f);
    out.byte((r >>> 14) & 0x7f);
    out.byte((r >>> 7) & 0x7f);
    out.byte(0x80 | (r & 0x7f));
  }
}

/** Offsets added to a codeword's 7-bit digits by its length (1 to 4 bytes). */
const CODEWORD_BASE = [0, 0, ONE, TWO, THREE] as const;

/**
 * Calls `each(rank)` for every codeword in `bytes[from..to)`; returns `false` when the
 * bytes end inside a codeword or a codeword is longer than four bytes (damaged text).
 */
export function readCodewords(
  bytes: Uint8Array,
  from: number,
  to: number,
  each: (rank: number) => void,
): boolean {
  let value = 0;
  let len = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    value = (value << 7) | (b & 0x7f);
    len++;
    if (b & 0x80) {
      each(value + CODEWORD_BASE[len]!);
      value = 0;
      len = 0;
    } else if (len === 4) {
      return false;
    }
  }
  return len === 0;
}
