/**
 * Reads Quotebank JSON lines into chunks: every line that is not a usable quotation is
 * skipped with its number and reason, every change made to keep one is noted. A file none
 * of whose first lines is a quotation (IMPORT_CONFIG.linesToFindACollection), or that
 * holds none at all, is no collection: one error, and the caller adds nothing.
 */
import type { QcError } from '../result';
import type { ImportRun } from './ImportRun';
import { IMPORT_CONFIG } from './importConfig';
import { parseQuotebankLine } from './parseQuotebankLine';
import { QuotebankChunker } from './QuotebankChunker';
import { readLines } from './readLines';

export async function readQuotebank(
  stream: ReadableStream<Uint8Array>,
  run: ImportRun,
): Promise<QcError | null> {
  const chunker = new QuotebankChunker({
    idPrefix: run.options.idPrefix ?? '',
    addedAt: run.options.addedAt,
    collectionName: run.options.collectionName ?? 'Quotebank',
  });
  let nonBlank = 0;
  let found = 0;
  for await (const batch of readLines(stream, IMPORT_CONFIG.maxLineBytes)) {
    const cancelled = run.cancelled();
    if (cancelled) return cancelled;
    for (const line of batch) {
      run.lines = line.number;
      if (line.text === null) {
        run.skip(
          line.number,
          line.problem === 'too-long'
            ? `line of ${line.bytes.toLocaleString('en')} bytes, over the cap of ${IMPORT_CONFIG.maxLineBytes.toLocaleString('en')}`
            : 'not UTF-8 text',
        );
        nonBlank++;
        continue;
      }
      if (line.text.trim() === '') continue;
      nonBlank++;
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch (e) {
        run.skip(line.number, `not JSON (${(e as Error).message})`);
        continue;
      }
      const record = parseQuotebankLine(value);
      if (!record.ok) {
        run.skip(line.number, record.error);
        continue;
      }
      found++;
      for (const note of record.value.notes) run.note(line.number, note);
      if (record.value.weakSpeaker) run.weakSpeakerDropped++;
      chunker.add(record.value, line.number);
      if (chunker.size >= run.chunkQuotes) {
        const failed = await run.emit(chunker.take());
        if (failed) return failed;
      }
    }
    if (found === 0 && nonBlank >= IMPORT_CONFIG.linesToFindACollection) {
      return notACollection(run, `none of its first ${nonBlank.toLocaleString('en')} lines`);
    }
    run.pending = chunker.size;
    run.progress();
  }
  const cancelled = run.cancelled();
  if (cancelled) return cancelled;
  if (found === 0) {
    return notACollection(
      run,
      nonBlank === 0 ? '' : `none of its ${nonBlank.toLocaleString('en')} lines`,
    );
  }
  if (chunker.size > 0) {
    const failed = await run.emit(chunker.take());
    if (failed) return failed;
  }
  run.speakers = chunker.speakerCount;
  run.articles = chunker.articleCount;
  return null;
}

function notACollection(run: ImportRun, lines: string): QcError {
  const examples = run
    .firstSkipped(3)
    .map((s) => `line ${s.line}: ${s.reason}`)
    .join('; ');
  const why =
    lines === ''
      ? 'it holds only blank lines'
      : `${lines} is a Quotebank quotation (a JSON object with a "quotation"), and it is not a Quote Check corpus file${examples ? ` (${examples})` : ''}`;
  return {
    code: 'import-not-collection',
    message: `this file is not a quote collection: ${why}. Nothing was added.`,
  };
}
