/**
 * The segment's fingerprint: two independent 32-bit hashes over every document in
 * segment order (quotes, then narration): its id and its text, run by run (see
 * `textRuns`; the single spaces the codec leaves out are hashed too, so the hash is of
 * the text exactly). Built from runs, it is the same whether a segment is built from a
 * corpus or merged from other segments, without decoding texts into strings.
 */
import { hashString } from '../match/hashString';

const SEED_A = 0x811c9dc5;
const SEED_B = 0x2545f491;
const MUL_A = 0x9e3779b1;
const MUL_B = 0x85ebca77;

export const runHashA = (s: string): number => hashString(s, SEED_A);
export const runHashB = (s: string): number => hashString(s, SEED_B);

export class ContentHasher {
  private a = SEED_A;
  private b = SEED_B;

  /** Mixes in one run (or marker), given its two hashes. */
  mix(ha: number, hb: number): void {
    this.a = Math.imul(((this.a << 5) | (this.a >>> 27)) ^ ha, MUL_A);
    this.b = Math.imul(((this.b << 7) | (this.b >>> 25)) ^ hb, MUL_B);
  }

  mixString(s: string): void {
    this.mix(runHashA(s), runHashB(s));
  }

  /** The two hashes, each as 8 hex digits. */
  digest(): [number, number] {
    return [this.a >>> 0, this.b >>> 0];
  }
}

export const fingerprintText = ([a, b]: readonly [number, number]): string =>
  a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
