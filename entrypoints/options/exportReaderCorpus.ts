/**
 * "Export my corpus": the reader's corpus, read from the store in this page, written by
 * `exportCorpus` piece by piece into a Blob (the browser keeps a large Blob out of the
 * page's memory), then downloaded as one JSON file.
 */
import { exportCorpus } from '../../lib/import/exportCorpus';
import { isoDay } from '../../lib/reader/isoDay';
import { ok, type QcError, type Result } from '../../lib/result';
import { openSegment } from '../../lib/segment/openSegment';
import { ReaderStore } from '../../lib/store/ReaderStore';
import { type LiveSegment, readerExportParts } from '../../lib/store/readerExportParts';

/** Characters gathered before they join the Blob: few joins, little held at once. */
const PIECE_CHARS = 4_000_000;

export interface Exported {
  blob: Blob;
  fileName: string;
  quotes: number;
  articles: number;
}

export function exportReaderCorpus(): Promise<Result<Exported, QcError>> {
  return ReaderStore.using('reading your corpus', async (store) => {
    const records = (await store.segmentRecords()).filter((r) => !r.damaged);
    const bytes = await store.segmentBytesOf(records.map((r) => r.id));
    const live: LiveSegment[] = [];
    records.forEach((record, i) => {
      const buffer = bytes[i];
      if (!buffer) return;
      // A segment that does not open is left out, as it is of every check.
      const opened = openSegment(buffer, { origin: 'reader', name: record.id });
      if (opened.ok) live.push({ segment: opened.value, removed: new Set(record.removed) });
    });
    const parts = readerExportParts(live);
    let blob = new Blob([]);
    let pending: string[] = [];
    let chars = 0;
    for await (const piece of exportCorpus(parts)) {
      pending.push(piece);
      chars += piece.length;
      if (chars >= PIECE_CHARS) {
        blob = new Blob([blob, ...pending]);
        pending = [];
        chars = 0;
      }
    }
    blob = new Blob([blob, ...pending], { type: 'application/json' });
    const counts = parts.counts();
    return ok({
      blob,
      fileName: `quote-check-corpus-${isoDay()}.json`,
      quotes: counts.quotes,
      articles: counts.articles,
    });
  });
}

/** Saves a Blob as a file through the browser's download (a link clicked in this page). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the download to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
