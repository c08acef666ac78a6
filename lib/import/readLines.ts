/**
 * A byte stream as lines, a batch per chunk read, never holding more than one line: the
 * bytes are split at LF (a UTF-8 multi-byte character never holds that byte), each line is
 * decoded on its own, so a line that is not UTF-8 or longer than `maxLineBytes` is reported
 * by number instead of spoiling the rest. A line's CR before its LF is dropped.
 */

export interface ByteLine {
  /** 1-based line number. */
  number: number;
  /** The line without its line end; `null` when it was too long or not UTF-8. */
  text: string | null;
  problem?: 'too-long' | 'not-utf8';
  /** Its length in bytes, line end excluded. */
  bytes: number;
}

const LF = 0x0a;
const CR = 0x0d;

export async function* readLines(
  stream: ReadableStream<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine[]> {
  const reader = stream.getReader();
  // A byte-order mark is dropped from the file's start only, not from every line.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Uint8Array[] = [];
  let carryBytes = 0;
  let number = 0;
  const finish = (last: Uint8Array | null, batch: ByteLine[]): void => {
    number++;
    const bytes = carryBytes + (last?.byteLength ?? 0);
    if (bytes > maxLineBytes) {
      batch.push({ number, text: null, problem: 'too-long', bytes });
    } else {
      let line = last ?? new Uint8Array(0);
      if (carry.length > 0) line = concat(last ? [...carry, last] : carry, bytes);
      const end = line.byteLength > 0 && line[line.byteLength - 1] === CR ? -1 : undefined;
      try {
        const text = decoder.decode(line.subarray(0, end));
        batch.push({ number, text: number === 1 ? text.replace(/^\uFEFF/, '') : text, bytes });
      } catch {
        batch.push({ number, text: null, problem: 'not-utf8', bytes });
      }
    }
    carry = [];
    carryBytes = 0;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const batch: ByteLine[] = [];
      let pos = 0;
      for (;;) {
        const lf = value.indexOf(LF, pos);
        if (lf === -1) break;
        finish(value.subarray(pos, lf), batch);
        pos = lf + 1;
      }
      if (pos < value.byteLength) {
        const rest = value.byteLength - pos;
        // Past the cap only the count is kept: the bytes of an overlong line stream by.
        if (carryBytes + rest <= maxLineBytes) carry.push(value.slice(pos));
        else carry = [];
        carryBytes += rest;
      }
      if (batch.length > 0) yield batch;
    }
    if (carryBytes > 0) {
      const batch: ByteLine[] = [];
      finish(null, batch);
      yield batch;
    }
  } finally {
    // A consumer that stops early (cancelled, or the file is no collection) stops the source.
    await reader.cancel().catch(() => {});
  }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
