/**
 * A stored segment whose body turned out damaged (a chunk missing or failing its
 * checksum), rebuilt from what is intact:
 *
 * - the whole segment is put together from its head and every chunk as stored and opened
 *   as any file is (`openSegment`): when the damage lies in the index alone (the posting
 *   lists), the quote store's own section checksums pass, and opening rebuilds the index
 *   from it (the one repair path of a damaged index); nothing is lost;
 * - when the quote store is damaged, the segment is opened from its head and the chunks
 *   that pass their checksums, and a new segment is built from the quotes (and narration)
 *   whose every byte (text, context, record, speaker) lies in them; the others are lost,
 *   counted and said. Bytes of a failed chunk are never decoded (`NotRead`).
 *
 * A segment none of whose quotes can be read, or whose damage no chunk shows (the
 * chunks pass and the whole does not), is refused with one message.
 */
import type { Corpus, Speaker } from '../corpus/schema';
import { err, ok, type QcError, type Result } from '../result';
import { buildSegment } from './buildSegment';
import { joinPieces } from './joinPieces';
import { type OpenOptions, openSegment } from './openSegment';
import type { Segment } from './Segment';
import { BodyDamaged, type BodySource, NotRead } from './SegmentBody';

/** A segment as the reader's store keeps it: its head and its body's chunks. */
export interface StoredPieces {
  head: ArrayBuffer;
  body: Pick<BodySource, 'offset' | 'chunkBytes' | 'checksums'>;
  /** Chunk `n` as stored (`null`: missing). */
  chunks: readonly (ArrayBuffer | null)[];
}

export interface Recovered {
  /** The segment to search instead, whole in memory (to be stored in place). */
  segment: Segment;
  /**
   * Whether the quote store was rebuilt from the quotes that could be read (its documents
   * renumbered, removed articles left out), rather than the segment kept with its index
   * repaired.
   */
  salvaged: boolean;
  /** Quotes that could not be read (0 when only the index was damaged). */
  lost: number;
  /** What was damaged and what became of it (the options page shows it when quotes were lost). */
  note: string;
}

/**
 * Rebuilds a damaged stored segment. `removed`: its masked articles (left out of a
 * rebuilt quote store, kept as they are by a repaired index).
 */
export async function recoverSegment(
  pieces: StoredPieces,
  removed: ReadonlySet<number>,
  options: OpenOptions & { name: string },
): Promise<Result<Recovered, QcError>> {
  const { name } = options;
  const opened = openSegment(joinPieces(pieces), { origin: options.origin, name });
  if (opened.ok) {
    const segment = opened.value;
    return ok({
      segment,
      salvaged: false,
      lost: 0,
      note: segment.repaired ?? `${name}: its stored parts were read again`,
    });
  }
  // The quote store is damaged: keep the quotes that lie in intact chunks.
  const head = openSegment(pieces.head, {
    origin: options.origin,
    name,
    body: {
      ...pieces.body,
      read: async (ns) => ns.map((n) => pieces.chunks[n] ?? null),
    },
  });
  if (!head.ok) return head;
  let bad: string[];
  try {
    bad = await head.value.loadIntact();
  } catch (e) {
    if (e instanceof BodyDamaged) return err({ code: 'segment-invalid', message: e.message });
    throw e;
  }
  // Every chunk passes, the whole does not: no part can be trusted over another.
  if (bad.length === 0) return err(opened.error);
  const damage = `${name}: the quote store is damaged: ${bad.join(', ')}`;
  const intact = intactCorpus(head.value, removed);
  if (intact.corpus.quotes.length === 0 && intact.corpus.narration.length === 0)
    return err({
      code: 'segment-invalid',
      message: `${damage}; none of its ${count(intact.quotes)} could be read`,
    });
  const rebuilt = openSegment(buildSegment(intact.corpus), { origin: options.origin, name });
  if (!rebuilt.ok) return rebuilt;
  const kept = intact.quotes - intact.lost;
  return ok({
    segment: rebuilt.value,
    salvaged: true,
    lost: intact.lost,
    note:
      intact.lost === 0
        ? `${damage}; every quote could still be read`
        : `${damage}; ${intact.lost.toLocaleString('en')} of its ${count(intact.quotes)} could not be read and are left out, the other ${kept.toLocaleString('en')} are kept`,
  });
}

const count = (n: number) => `${n.toLocaleString('en')} quote${n === 1 ? '' : 's'}`;

/**
 * The documents of a segment whose every byte is read (the rest unread: `NotRead`), as a
 * corpus; articles in `removed` left out. `lost`: quotes that could not be read.
 */
function intactCorpus(
  segment: Segment,
  removed: ReadonlySet<number>,
): { corpus: Corpus; quotes: number; lost: number } {
  const readable = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (e) {
      if (e instanceof NotRead) return null;
      throw e;
    }
  };
  const corpus: Corpus = {
    schemaVersion: 1,
    speakers: [],
    articles: [],
    quotes: [],
    narration: [],
  };
  const speakers = new Map<number, Speaker>();
  let quotes = 0;
  let lost = 0;
  for (let a = 0; a < segment.articleCount; a++) {
    if (removed.has(a)) continue;
    const [qFrom, qTo] = segment.quoteRange(a);
    quotes += qTo - qFrom;
    const article = readable(() => segment.article(a));
    if (!article) {
      lost += qTo - qFrom;
      continue;
    }
    let kept = 0;
    for (let d = qFrom; d < qTo; d++) {
      const si = segment.speakerOf(d);
      const quote = readable(() => {
        const q = segment.quote(d);
        if (si !== null && !speakers.has(si)) speakers.set(si, segment.speaker(si));
        return q;
      });
      if (!quote) lost++;
      else {
        corpus.quotes.push(quote);
        kept++;
      }
    }
    const [nFrom, nTo] = segment.narrationRange(a);
    for (let d = nFrom; d < nTo; d++) {
      const n = readable(() => segment.narration(d));
      if (n) {
        corpus.narration.push(n);
        kept++;
      }
    }
    if (kept > 0) corpus.articles.push(article);
  }
  corpus.speakers = [...speakers.entries()].sort((x, y) => x[0] - y[0]).map(([, s]) => s);
  return { corpus, quotes, lost };
}
