import { describe, expect, it } from 'vitest';
import { joinPieces } from '../joinPieces';

/** 22 bytes 0..21, cut as a store keeps them: a 10-byte head and 4-byte chunks (the last 0..4). */
const whole = Uint8Array.from({ length: 22 }, (_, i) => i + 1);
const body = { offset: 10, chunkBytes: 4, checksums: [0, 0, 0] };
const head = whole.slice(0, 10).buffer;
const chunk = (n: number) => whole.slice(10 + n * 4, Math.min(22, 14 + n * 4)).buffer;

describe('joinPieces', () => {
  it('puts a head and every chunk back into the buffer they were cut from', () => {
    const joined = joinPieces({ head, body, chunks: [chunk(0), chunk(1), chunk(2)] });
    expect([...new Uint8Array(joined)]).toEqual([...whole]);
  });

  it('leaves a missing middle chunk as zeros, at its place', () => {
    const joined = new Uint8Array(joinPieces({ head, body, chunks: [chunk(0), null, chunk(2)] }));
    expect(joined.length).toBe(22);
    expect([...joined.slice(14, 18)]).toEqual([0, 0, 0, 0]);
    expect([...joined.slice(18)]).toEqual([...whole.slice(18)]);
  });

  it('stops where the last chunk begins when that chunk is missing (its length unknown)', () => {
    const joined = new Uint8Array(joinPieces({ head, body, chunks: [chunk(0), chunk(1), null] }));
    expect([...joined]).toEqual([...whole.slice(0, 18)]);
  });
});
