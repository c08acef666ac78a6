import type { StoredPieces } from './recoverSegment';

/**
 * A stored segment's head and body chunks put back into the one buffer they were cut from:
 * chunk `n` at `body.offset + n * body.chunkBytes`. A missing chunk is left as zeros (its
 * sections then fail their checksums); a missing last chunk leaves the buffer short (its
 * length unknown), which the header's length check refuses.
 */
export function joinPieces({ head, body, chunks }: StoredPieces): ArrayBuffer {
  let length = body.offset;
  for (let n = 0; n < body.checksums.length; n++)
    length = Math.max(length, body.offset + n * body.chunkBytes + (chunks[n]?.byteLength ?? 0));
  const last = body.checksums.length - 1;
  const out = new Uint8Array(Math.max(length, body.offset + last * body.chunkBytes));
  out.set(new Uint8Array(head).subarray(0, Math.min(head.byteLength, out.length)));
  chunks.forEach((c, n) => {
    const at = body.offset + n * body.chunkBytes;
    if (c && at + c.byteLength <= out.length) out.set(new Uint8Array(c), at);
  });
  return out.buffer;
}
