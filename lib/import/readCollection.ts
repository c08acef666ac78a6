/**
 * Reads a quote collection (Quotebank JSON lines or our own corpus export, plain or
 * gzip) from a byte stream, in chunks, without ever holding the whole file: the one entry
 * point of lib/import, the same in the options page and in Node.
 *
 * It commits nothing. The caller stores each chunk as it comes (in one transaction, say)
 * and keeps them only when the result is ok: a cancelled, failed or refused import returns
 * an error after any number of chunks, and the caller then drops them, so a file is all or
 * nothing.
 */
import { err, ok, type QcError, type Result } from '../result';
import { detectFormat } from './detectFormat';
import { ImportRun } from './ImportRun';
import { openCollection } from './openCollection';
import { readCorpusFile } from './readCorpusFile';
import { readQuotebank } from './readQuotebank';
import type { ImportOptions, ImportSummary } from './types';

export async function readCollection(
  input: ReadableStream<Uint8Array>,
  options: ImportOptions,
): Promise<Result<ImportSummary, QcError>> {
  const run = new ImportRun(options);
  const cancelledAtStart = run.cancelled();
  if (cancelledAtStart) {
    await input.cancel().catch(() => {});
    return err(cancelledAtStart);
  }
  try {
    const opened = await openCollection(input, (n) => {
      run.bytesRead = n;
    });
    if (!opened.ok) return opened;
    const { stream, head, compression } = opened.value;
    let format = options.format;
    if (!format) {
      const detected = detectFormat(head);
      if (!detected.ok) {
        await stream.cancel().catch(() => {});
        return detected;
      }
      format = detected.value;
    }
    run.format = format;
    const failed =
      format === 'quotebank' ? await readQuotebank(stream, run) : await readCorpusFile(stream, run);
    if (failed) return err(failed);
    run.progress(true);
    return ok(run.summary(format, compression));
  } catch (e) {
    const cancelled = run.cancelled();
    if (cancelled) return err(cancelled);
    // A read that failed under us: a damaged gzip stream, a file that went away.
    return err({
      code: 'import-failed',
      message: `the file could not be read to the end (${(e as Error).message ?? String(e)}) after ${run.bytesRead.toLocaleString('en')} bytes. Nothing was added.`,
    });
  }
}
