/**
 * The reader's corpus as one JSON file in the schema of corpus/quotes.json (schema v1,
 * extended: docs/corpus.md), written piece by piece from iterables so that a large corpus
 * never has to be one string: `schemaVersion` first, then the arrays in the order a
 * one-pass reader needs (speakers and articles before the quotes and narration that name
 * them), one entry per line. `readCollection` reads it back as the `corpus` format.
 *
 * In the browser, `new Blob(await Array.fromAsync(exportCorpus(parts)))` makes the
 * download; in Node, write each piece to a file.
 */
import type { Article, Narration, Quote, Speaker } from '../corpus/schema';
import { SCHEMA_VERSION } from '../corpus/schema';
import { IMPORT_CONFIG } from './importConfig';

type Source<T> = Iterable<T> | AsyncIterable<T>;

/** What the export reads (a `Corpus` is one). */
export interface ExportParts {
  speakers: Source<Speaker>;
  articles: Source<Article>;
  quotes: Source<Quote>;
  narration: Source<Narration>;
}

export async function* exportCorpus(parts: ExportParts): AsyncGenerator<string> {
  yield `{"schemaVersion":${SCHEMA_VERSION},\n`;
  const sections = ['speakers', 'articles', 'quotes', 'narration'] as const;
  for (const [n, section] of sections.entries()) {
    yield `"${section}":[`;
    let piece: string[] = [];
    let first = true;
    for await (const entry of parts[section]) {
      piece.push(`${first ? '\n' : ',\n'}${JSON.stringify(entry)}`);
      first = false;
      if (piece.length >= IMPORT_CONFIG.exportEntriesPerPiece) {
        yield piece.join('');
        piece = [];
      }
    }
    piece.push(n === sections.length - 1 ? '\n]}\n' : '\n],\n');
    yield piece.join('');
  }
}
