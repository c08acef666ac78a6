/**
 * A corpus written for the segment tests, with every field a segment stores: unnamed
 * sources (`speakerId: null`, `source`, `sourceKind`), Wikidata ids, a collection date,
 * `addedAt`, ids that cannot be derived, contexts that are and are not the text, an
 * empty narration sentence, and texts in several scripts. Not real quotations.
 */
import type { Corpus } from '../../corpus/schema';

export const wideCorpus: Corpus = {
  schemaVersion: 1,
  speakers: [
    {
      id: 'ada-park',
      name: 'Ada Park',
      aliases: ['Minister Park'],
      description: 'transport minister',
      qids: ['Q100001'],
    },
    { id: 'bo-chen', name: 'Bo Chen', aliases: [], description: '' },
  ],
  articles: [
    {
      id: 'art-1',
      title: 'Bridge plan moves ahead',
      outlet: 'The Daily Example',
      url: 'https://news.example/bridge',
      published: '2024-03-14',
      dateSource: 'article',
      byline: 'Jo Reed',
    },
    {
      id: 'art-2',
      title: '다리 건설 계획',
      outlet: null,
      url: null,
      published: '2019-06-01',
      dateSource: 'collection',
      byline: null,
      addedAt: '2026-11-30',
    },
    {
      id: 'art-3',
      title: 'An article with no quotes',
      outlet: null,
      url: null,
      published: null,
      dateSource: null,
      byline: null,
    },
  ],
  quotes: [
    {
      id: 'art-1#1',
      text: 'We will open the bridge by next spring, whatever the weather.',
      speakerId: 'ada-park',
      articleId: 'art-1',
      kind: 'direct',
      context: '“We will open the bridge by next spring, whatever the weather,” Park said.',
    },
    {
      id: 'art-1#2',
      text: 'the tolls would stay at 2.50 for  four years',
      speakerId: 'bo-chen',
      articleId: 'art-1',
      kind: 'reported',
      context: 'the tolls would stay at 2.50 for  four years',
    },
    {
      id: 'art-1#3',
      text: 'Nobody asked us before the plan was signed.',
      speakerId: null,
      source: 'a resident who asked not to be named',
      sourceKind: 'anonymous',
      articleId: 'art-1',
      kind: 'direct',
      context: '',
    },
    {
      id: 'quotebank:2019-06-01-000042',
      text: '우리는 내년 봄까지 다리를 열 것입니다 — 統一 😀',
      speakerId: 'ada-park',
      articleId: 'art-2',
      kind: 'direct',
      context: ' leading and trailing spaces ',
    },
    {
      id: 'art-2#2',
      text: 'The ministry will publish the costs.',
      speakerId: null,
      source: 'the ministry',
      sourceKind: 'organisation',
      articleId: 'art-2',
      kind: 'direct',
      context: 'The ministry will publish the costs.',
    },
  ],
  narration: [
    { id: 'art-1~1', articleId: 'art-1', text: 'The council voted on Tuesday.' },
    { id: 'art-1~2', articleId: 'art-1', text: '' },
    { id: 'own-id', articleId: 'art-2', text: '공사는 오월에 시작된다.' },
  ],
};
