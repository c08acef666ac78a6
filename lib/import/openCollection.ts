/**
 * Opens a collection file's byte stream: counts the bytes read (the file as given, for
 * a progress bar), recognises compression by its magic bytes, decompresses gzip through
 * the platform's `DecompressionStream` (browsers and Node 20 alike), and refuses the
 * formats it cannot read with a sentence saying what to do. Returns the decompressed
 * stream and its first bytes, for telling the formats apart.
 */
import { err, ok, type QcError, type Result } from '../result';
import { IMPORT_CONFIG } from './importConfig';

export interface OpenedCollection {
  /** The whole decompressed content, its first bytes included. */
  stream: ReadableStream<Uint8Array>;
  /** Up to IMPORT_CONFIG.sniffChars of the decompressed content (fewer for a shorter file). */
  head: Uint8Array;
  compression: 'gzip' | null;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** Compressed formats we recognise but do not read, and why. */
const REFUSED: readonly { magic: readonly number[]; message: string }[] = [
  {
    // "BZh" then the block size digit 1–9.
    magic: [0x42, 0x5a, 0x68],
    message:
      'bzip2 (.bz2) is not supported: no maintained library decompresses it as a stream in the browser. Decompress it first (bunzip2 -k FILE), or recompress it as gzip (bzip2 -dc FILE.bz2 | gzip > FILE.gz), and import that',
  },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    message: 'this is a ZIP archive: unzip it and import the .json or .jsonl file inside',
  },
  {
    magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    message:
      'xz (.xz) is not supported: decompress it first (xz -dk FILE), or recompress it as gzip',
  },
  {
    magic: [0x28, 0xb5, 0x2f, 0xfd],
    message:
      'Zstandard (.zst) is not supported: decompress it first (zstd -d FILE), or recompress it as gzip',
  },
];

const GZIP = [0x1f, 0x8b];

export async function openCollection(
  input: ReadableStream<Uint8Array>,
  onBytes: (bytesRead: number) => void,
): Promise<Result<OpenedCollection, QcError>> {
  let bytesRead = 0;
  const counted = input.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        onBytes(bytesRead);
        controller.enqueue(chunk);
      },
    }),
  );
  const raw = await peek(counted, 8);
  if (raw.head.byteLength === 0) {
    return err({ code: 'import-empty', message: 'the file is empty' });
  }
  const refused = REFUSED.find((r) => startsWith(raw.head, r.magic));
  if (refused) {
    await raw.stream.cancel();
    return err({ code: 'import-compression-unsupported', message: refused.message });
  }
  const gzip = startsWith(raw.head, GZIP);
  const content = gzip
    ? raw.stream.pipeThrough(
        new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
      )
    : raw.stream;
  const sniffed = await peek(content, IMPORT_CONFIG.sniffChars);
  if (gzip && sniffed.head.byteLength === 0) {
    return err({ code: 'import-empty', message: 'the file is empty once decompressed' });
  }
  return ok({ stream: sniffed.stream, head: sniffed.head, compression: gzip ? 'gzip' : null });
}

/** Reads until `bytes` bytes (or the end) are in hand; the stream returned gives them again first. */
async function peek(
  stream: ReadableStream<Uint8Array>,
  bytes: number,
): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let have = 0;
  let done = false;
  while (have < bytes) {
    const r = await reader.read();
    if (r.done) {
      done = true;
      break;
    }
    chunks.push(r.value);
    have += r.value.byteLength;
  }
  const head = new Uint8Array(Math.min(have, bytes));
  let at = 0;
  for (const c of chunks) {
    if (at >= head.byteLength) break;
    const part = c.subarray(0, head.byteLength - at);
    head.set(part, at);
    at += part.byteLength;
  }
  const replay = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      if (done) controller.close();
    },
    async pull(controller) {
      const r = await reader.read();
      if (r.done) controller.close();
      else controller.enqueue(r.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { head, stream: replay };
}
