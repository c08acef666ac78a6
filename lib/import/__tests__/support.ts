/** Byte streams and Quotebank lines for the import tests (our own made-up text). */
import type { Corpus } from '../../corpus/schema';
import { readCollection } from '../readCollection';
import type { ImportChunk, ImportOptions } from '../types';

/** A stream of `bytes` in pieces of `size` (small pieces exercise every boundary), counting what was pulled. */
export function streamOf(
  bytes: Uint8Array | string,
  size = 64,
): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  let at = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= data.byteLength) {
        controller.close();
        return;
      }
      controller.enqueue(data.slice(at, at + size));
      at += size;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => Math.min(at, data.byteLength), cancelled: () => cancelled };
}

export async function gzip(text: string): Promise<Uint8Array> {
  const piped = new Blob([text])
    .stream()
    .pipeThrough(
      new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
    );
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** One Quotebank line with sensible defaults. */
export function qb(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    quoteID: '2020-01-16-000001',
    quotation: 'The harbour bridge will open before the winter storms arrive.',
    speaker: 'Mira Castellane',
    qids: ['Q4242'],
    date: '2020-01-16 12:00:00',
    numOccurrences: 1,
    probas: [
      ['Mira Castellane', '0.8812'],
      ['None', '0.1188'],
    ],
    urls: ['https://www.harbour-gazette.test/2020/01/16/bridge'],
    phase: 'E',
    ...fields,
  });
}

/** Runs an import and keeps every chunk. */
export async function importAll(
  input: ReadableStream<Uint8Array>,
  options: Partial<ImportOptions> = {},
) {
  const chunks: ImportChunk[] = [];
  const result = await readCollection(input, {
    addedAt: '2026-11-30',
    onChunk: (chunk) => {
      chunks.push(chunk);
    },
    ...options,
  });
  return { result, chunks, corpora: chunks.map((c): Corpus => c.corpus) };
}
