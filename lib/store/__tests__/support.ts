/** Test helpers for the reader's store: a fresh IndexedDB each time, articles of our own words. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mulberry32 } from '../../../scripts/bench/mulberry32';
import type { Corpus } from '../../corpus/schema';
import { createMatcher } from '../../match/createMatcher';
import { segmentOf } from '../../segment/__tests__/segmentOf';
import { SegmentSet } from '../../segment/SegmentSet';
import { SEGMENT_FORMAT } from '../../segment/segmentFormat';
import { ReaderCorpus } from '../ReaderCorpus';
import { ReaderStore } from '../ReaderStore';

/** A new, empty IndexedDB (as a fresh browser profile has). */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

let dbs = 0;
/** `chunkBytes`: the store's body chunks (small ones cut a small segment into many). */
export const freshStore = async (chunkBytes?: number): Promise<ReaderStore> => {
  freshIndexedDb();
  return ReaderStore.open(`test-${++dbs}`, chunkBytes);
};

/** An added article's record: headline and address made from its id. */
const articleOf = (id: string): Corpus['articles'][number] => ({
  id,
  title: `Headline ${id}`,
  outlet: 'The Harbour Post',
  url: `https://harbour-post.test/${id}`,
  published: '2026-04-02',
  dateSource: 'article',
  byline: null,
  addedAt: '2026-11-30',
});

/** One article of one quotation, in a corpus of its own. */
export function articleCorpus(id: string, text: string, speaker = `Speaker ${id}`): Corpus {
  const speakerId = speaker.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    schemaVersion: 1,
    speakers: [{ id: speakerId, name: speaker, aliases: [], description: '' }],
    articles: [articleOf(id)],
    quotes: [{ id: `${id}#1`, text, speakerId, articleId: id, kind: 'direct', context: text }],
    narration: [
      { id: `${id}~1`, articleId: id, text: `The story of ${id} went on at some length.` },
    ],
  };
}

/** Made-up quotations, each unlike the others. */
export const QUOTES = [
  'The ferry to the northern islands will sail twice a day from the first of May',
  'Our orchard lost half its pear blossom to the late frost this April',
  'Nobody at the foundry expected the copper price to double within a single winter',
  'We are rebuilding the library roof with slate taken from the old chapel',
  'Cyclists deserve a lane of their own along the whole length of the canal',
  'The choir will sing the new anthem at the harvest festival in October',
  'Three lighthouse keepers still live on the rock and refuse to leave',
  'Every classroom in the valley school now has a working radiator again',
  'The museum returned the carved mask to the family who made it a century ago',
  'Our bakers start kneading dough at four because the market opens at seven',
  'A second bridge over the estuary would halve the journey to the hospital',
  'The marathon route avoids the old town because the cobbles injure runners',
  'Beekeepers along the ridge report their hives survived the storms intact',
  'The tram depot will become a covered market with stalls for local growers',
];

/** What the store would hold after an article is added: the entry's fields. */
export const entryFields = (corpus: Corpus) => {
  const a = corpus.articles[0]!;
  return {
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    url: a.url,
    quotes: corpus.quotes.length,
    speakers: corpus.speakers.length,
    articles: 1,
    addedAt: '2026-11-30',
    addedAtMs: Date.now(),
    articleId: a.id,
  };
};

/** The worker's view: the bundled corpus plus the store, as at a worker start. */
export async function startWorker(store: ReaderStore) {
  const set = new SegmentSet([
    segmentOf(articleCorpus('bundled', 'The bundled corpus holds this one sentence about tides')),
  ]);
  const reader = new ReaderCorpus(store, set, { pause: async () => {} });
  const synced = await reader.sync();
  return { set, reader, matcher: createMatcher(set), synced };
}

/** A copy of segment bytes with one byte of section `id` flipped (its checksum then fails). */
export function damageSection(bytes: ArrayBuffer, id: number): ArrayBuffer {
  const copy = new Uint8Array(bytes.slice(0));
  const view = new DataView(copy.buffer);
  const count = view.getUint32(12, true);
  for (let i = 0; i < count; i++) {
    const entry = SEGMENT_FORMAT.headerBytes + i * SEGMENT_FORMAT.sectionEntryBytes;
    if (view.getUint32(entry, true) !== id) continue;
    const offset = view.getUint32(entry + 4, true);
    copy[offset] = (copy[offset] ?? 0) ^ 0xff;
    return copy.buffer;
  }
  throw new Error(`no section ${id}`);
}

/**
 * Puts whole segment bytes (damaged ones, say) into the store the way it keeps that
 * segment: its head in `segmentBytes` and its body's chunks in `segmentChunks`, with the
 * record's chunk checksums left as they were written (so a damaged chunk fails its own),
 * or whole when the record keeps it whole. As damage at rest would leave it.
 */
export async function putStoredBytes(
  store: ReaderStore,
  id: string,
  bytes: ArrayBuffer,
): Promise<void> {
  const record = await store.db.get('segments', id);
  const body = record?.body;
  if (!body) {
    await store.db.put('segmentBytes', { id, bytes });
    return;
  }
  const words = (await store.db.get('segmentBytes', id))?.words;
  await store.db.put('segmentBytes', {
    id,
    bytes: bytes.slice(0, body.offset),
    ...(words ? { words } : {}),
  });
  for (let n = 0; n < body.checksums.length; n++) {
    const from = body.offset + n * body.chunkBytes;
    await store.db.put('segmentChunks', {
      id,
      n,
      bytes: bytes.slice(from, from + body.chunkBytes),
    });
  }
}

/** A made-up word (syllables of no language), the `i`-th of its kind. */
const SYLLABLES = ['bra', 'kel', 'mun', 'tor', 'vi', 'sa', 'dro', 'pel', 'quo', 'zen', 'lu', 'fia'];
const madeUpWord = (i: number) =>
  SYLLABLES[i % 12]! + SYLLABLES[Math.floor(i / 12) % 12]! + SYLLABLES[Math.floor(i / 144) % 12]!;

/**
 * One corpus of `count` articles, each with two quotations of made-up words (every one
 * unlike the others) by one of twelve speakers and a sentence of narration: a segment
 * whose body spans several of the store's chunks.
 */
export function manyArticles(count: number): Corpus {
  const rnd = mulberry32(7);
  const sentence = (words: number) =>
    Array.from({ length: words }, () => madeUpWord(Math.floor(rnd() * 1500))).join(' ');
  const speakers = Array.from({ length: 12 }, (_, i) => ({
    id: `sp-${i}`,
    name: `Ilse ${madeUpWord(2000 + i).replace(/^./, (c) => c.toUpperCase())}`,
    aliases: [],
    description: '',
  }));
  const corpus: Corpus = { schemaVersion: 1, speakers, articles: [], quotes: [], narration: [] };
  for (let a = 0; a < count; a++) {
    const id = `many-${a}`;
    corpus.articles.push(articleOf(id));
    for (let q = 1; q <= 2; q++) {
      const text = sentence(16);
      corpus.quotes.push({
        id: `${id}#${q}`,
        text,
        speakerId: `sp-${(a + q) % 12}`,
        articleId: id,
        kind: 'direct',
        context: text,
      });
    }
    corpus.narration.push({ id: `${id}~1`, articleId: id, text: sentence(12) });
  }
  return corpus;
}
