import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/schema';
import { documentWords } from '../../match/documentWords';
import { shingleKeys } from '../../match/shingleKeys';
import { buildSegment } from '../buildSegment';
import { mergeSegments } from '../mergeSegments';
import { openSegment } from '../openSegment';
import type { Segment } from '../Segment';
import { segmentOf } from './segmentOf';
import { wideCorpus } from './wideCorpus';

const opened = (bytes: ArrayBuffer): Segment => {
  const s = openSegment(bytes, { origin: 'reader' });
  if (!s.ok) throw new Error(s.error.message);
  return s.value;
};

/** One article of quotes by one speaker: `id`, speaker `[id, name, qids?]`. */
const article = (
  id: string,
  speaker: { id: string; name: string; qids?: string[] },
  texts: string[],
): Corpus => ({
  schemaVersion: 1,
  speakers: [{ ...speaker, aliases: [], description: `${speaker.name}'s role` }],
  articles: [
    {
      id,
      title: `About ${id}`,
      outlet: null,
      url: null,
      published: null,
      dateSource: null,
      byline: null,
    },
  ],
  quotes: texts.map((text, i) => ({
    id: `${id}#${i + 1}`,
    text,
    speakerId: speaker.id,
    articleId: id,
    kind: 'direct' as const,
    context: text,
  })),
  narration: [{ id: `${id}~1`, articleId: id, text: `Narration of ${id}.` }],
});

/** Every document of a segment with the keys it is indexed under, by looking them up. */
const postingsOf = (s: Segment) => {
  const out = new Uint32Array(s.docCount);
  const docs: string[] = [];
  for (let d = 0; d < s.docCount; d++) {
    for (const key of shingleKeys(documentWords(s.text(d)))) {
      const n = s.index.decode(s.index.lookup(key), out, s.docCount);
      expect([...out.subarray(0, n)]).toContain(d);
    }
    docs.push(s.text(d));
  }
  return docs;
};

describe('mergeSegments', () => {
  it('merges segments into the segment of their corpora together, without cutting texts again', () => {
    const a = article('a', { id: 'ann', name: 'Ann Lee' }, [
      'We will build the bridge.',
      'Tolls stay low.',
    ]);
    const b = article('b', { id: 'bob', name: 'Bob Cho' }, ['The bridge opens in spring.']);
    const merged = opened(
      mergeSegments([{ segment: segmentOf(a) }, { segment: segmentOf(b) }], { speakers: 'unify' }),
    );
    const together: Corpus = {
      schemaVersion: 1,
      speakers: [...a.speakers, ...b.speakers],
      articles: [...a.articles, ...b.articles],
      quotes: [...a.quotes, ...b.quotes],
      narration: [...a.narration, ...b.narration],
    };
    expect(merged.toCorpus()).toEqual(together);
    expect(new Uint8Array(merged.buffer)).toEqual(new Uint8Array(buildSegment(together)));
    postingsOf(merged);
  });

  it('drops removed articles with their quotes, narration and speakers', () => {
    const a = article('a', { id: 'ann', name: 'Ann Lee' }, ['We will build the bridge.']);
    const b = article('b', { id: 'bob', name: 'Bob Cho' }, ['The bridge opens in spring.']);
    const merged = opened(
      mergeSegments([{ segment: segmentOf(a), removed: new Set([0]) }, { segment: segmentOf(b) }], {
        speakers: 'unify',
      }),
    );
    expect(merged.toCorpus()).toEqual(b);
    const bridge = shingleKeys(['bridge'])[0]!;
    expect(merged.index.df(merged.index.lookup(bridge))).toBe(1);
  });

  it('keeps every stored field, and ids that cannot be derived', () => {
    const other = article('z', { id: 'zed', name: 'Zed Roe' }, ['Something else entirely.']);
    const merged = opened(
      mergeSegments([{ segment: segmentOf(wideCorpus) }, { segment: segmentOf(other) }], {
        speakers: 'unify',
      }),
    );
    const back = merged.toCorpus();
    expect(back.quotes.slice(0, wideCorpus.quotes.length)).toEqual(wideCorpus.quotes);
    expect(back.articles.slice(0, 3)).toEqual(wideCorpus.articles);
    expect(back.narration.slice(0, 3)).toEqual(wideCorpus.narration);
    expect(back.speakers[0]).toEqual(wideCorpus.speakers[0]);
  });

  it('makes one person of speakers with the same name or a shared Wikidata id, and two of one id with two names', () => {
    const merged = opened(
      mergeSegments(
        [
          { segment: segmentOf(article('a', { id: 'lee', name: 'Lee Jae-myung' }, ['One.'])) },
          { segment: segmentOf(article('b', { id: 'ljm', name: 'lee  jae-myung' }, ['Two.'])) },
          {
            segment: segmentOf(
              article('c', { id: 'p1', name: 'Ann Park', qids: ['Q1'] }, ['Three.']),
            ),
          },
          {
            segment: segmentOf(
              article('d', { id: 'p2', name: 'A. Park', qids: ['Q1'] }, ['Four.']),
            ),
          },
          { segment: segmentOf(article('e', { id: 'lee', name: 'Lee Soo-hyuck' }, ['Five.'])) },
        ],
        { speakers: 'unify' },
      ),
    );
    const { speakers, quotes } = merged.toCorpus();
    expect(speakers.map((s) => [s.id, s.name, s.aliases, s.qids])).toEqual([
      ['lee', 'Lee Jae-myung', ['lee  jae-myung'], undefined],
      ['p1', 'Ann Park', ['A. Park'], ['Q1']],
      ['lee~2', 'Lee Soo-hyuck', [], undefined],
    ]);
    expect(quotes.map((q) => q.speakerId)).toEqual(['lee', 'lee', 'p1', 'p1', 'lee~2']);
  });
});
