/**
 * The key directory of a segment's inverted index: keys (32-bit hashes, see
 * `lib/match/shingleKeys`) fall into 2^bits buckets by their top bits; a bucket lists its
 * keys' remainders in ascending order, and its posting records lie one after another
 * from the bucket's record start. A 16-bit remainder suffices once there are 2^16
 * buckets or more; smaller segments keep whole keys.
 */
import { SEGMENT_FORMAT } from './segmentFormat';

export function bucketBitsFor(keyCount: number): number {
  const want = Math.ceil(Math.log2(Math.max(1, keyCount / SEGMENT_FORMAT.keysPerBucket)));
  return Math.min(24, Math.max(0, want));
}

export const bucketOf = (key: number, bits: number): number =>
  bits === 0 ? 0 : key >>> (32 - bits);

/** Whether keys are stored as 16-bit remainders (else as whole 32-bit keys). */
export const shortRemainders = (bits: number): boolean => bits >= 16;

export const remainderOf = (key: number, bits: number): number =>
  shortRemainders(bits) ? key & 0xffff : key >>> 0;
