/**
 * The reader's store, for the import benchmark, as files: each chunk's segment written to
 * a folder as it comes (pending), kept on commit, deleted on abort. The same calls as
 * `ReaderStore.beginImport`, so the benchmark runs the extension's import path
 * (`importIntoStore`) with a disk in place of IndexedDB.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportSink } from '../../lib/store/importIntoStore';

export class FileImportSink implements ImportSink {
  segments = 0;
  bytes = 0;
  committed = false;

  constructor(private readonly dir: string) {}

  async beginImport(entry: { id: string }) {
    const folder = join(this.dir, entry.id);
    mkdirSync(folder, { recursive: true });
    return {
      entryId: entry.id,
      addSegment: async (segment: { id: string; bytes: ArrayBuffer }) => {
        writeFileSync(join(folder, `${segment.id}.qcs`), new Uint8Array(segment.bytes));
        this.segments++;
        this.bytes += segment.bytes.byteLength;
      },
      commit: async () => {
        this.committed = true;
      },
      abort: async () => {
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
}
