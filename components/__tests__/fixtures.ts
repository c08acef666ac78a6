/**
 * Hand-written matcher answers for the component tests: one per card state, shaped by
 * `lib/match/types.ts`. Test data only; shipped code always asks the real matcher.
 */

import type { ArticleRef, Match, VerifyResult } from '../../lib/match/types';
import type { CheckOutcome } from '../../lib/protocol';
import { err, ok } from '../../lib/result';
import type { EntryRecord } from '../../lib/store/readerDb';
import { translateFromMessages } from '../../lib/ui/translateFromMessages';
import en from '../../public/_locales/en/messages.json';

export const t = translateFromMessages(en);

export const hankyoreh: ArticleRef = {
  id: '000_1461a4e715c05d43',
  title: 'Lee Jae-myung says he will meet with Kim Jong-un, pursue sanctions relief for N. Korea',
  outlet: 'The Hankyoreh',
  url: 'https://english.hani.co.kr/arti/english_edition/e_northkorea/1008',
  published: '2021-08-23',
  dateSource: 'article',
};

export const turkishInterview: ArticleRef = {
  id: '003_005e97e9032f4c24',
  title: 'President Lee, in an interview with Turkish media',
  outlet: null,
  url: null,
  published: null,
  dateSource: null,
};

export const leeQuote =
  'I intend to realize new, full-scale changes based on the groundwork of inter-Korean relations established by the Moon Jae-in administration';

export const verbatimMatch: Match = {
  quoteId: '000_1461a4e715c05d43#1',
  quote: leeQuote,
  speaker: 'Lee Jae-myung',
  speakerId: 'lee-jae-myung',
  source: null,
  speakerDescription: 'Gyeonggi governor and Democratic Party presidential hopeful',
  kind: 'direct',
  score: 1,
  changes: [],
  segments: [{ op: 'equal', text: leeQuote }],
  article: hankyoreh,
  origin: 'bundled',
};

export const alteredMatch: Match = {
  ...verbatimMatch,
  quoteId: '000_1461a4e715c05d43#2',
  quote: 'We will meet four times a year',
  score: 0.82,
  changes: [
    { type: 'negation', from: '', to: 'not' },
    { type: 'number', from: 'four', to: 'eight' },
    { type: 'punctuation', from: '.', to: '' },
  ],
  segments: [
    { op: 'equal', text: 'We will ' },
    { op: 'insert', text: 'not ' },
    { op: 'equal', text: 'meet ' },
    { op: 'delete', text: 'four' },
    { op: 'insert', text: 'eight' },
    { op: 'equal', text: ' times a year' },
  ],
};

export const otherMatch: Match = {
  ...verbatimMatch,
  quoteId: '003_005e97e9032f4c24#4',
  quote: 'We will not pursue unilateral unification',
  speakerDescription: 'President of South Korea',
  score: 0.41,
  article: turkishInterview,
};

export function outcome(text: string, result: VerifyResult): CheckOutcome {
  return { text, result: ok(result) };
}

export const verbatim = outcome(leeQuote, {
  verdict: 'verbatim',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: verbatimMatch,
  matches: [verbatimMatch, otherMatch],
  reason: { code: 'same-words', words: [] },
});

export const altered = outcome('We will not meet eight times a year', {
  verdict: 'altered',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: alteredMatch,
  matches: [alteredMatch],
  reason: { code: 'negation', words: ['not'] },
});

/** Lee Jae-myung's words, word for word, on a page that gives them to Moon Jae-in. */
export const misattributed = outcome(leeQuote, {
  verdict: 'verbatim',
  attribution: 'conflict',
  claimedSpeaker: 'Moon Jae-in',
  best: verbatimMatch,
  matches: [verbatimMatch],
});

/** A stock phrase: two quotes hold it, neither is its speaker. */
export const common = outcome('over the next four years', {
  verdict: 'common',
  attribution: 'unknown',
  claimedSpeaker: 'Moon Jae-in',
  best: null,
  matches: [verbatimMatch, otherMatch],
  specificityBits: 21,
});

export const close = outcome('I intend to realise new changes', {
  verdict: 'close',
  attribution: 'consistent',
  claimedSpeaker: 'Lee Jae-myung',
  best: {
    ...verbatimMatch,
    score: 0.95,
    changes: [{ type: 'spelling', from: 'realize', to: 'realise' }],
  },
  matches: [verbatimMatch],
  reason: { code: 'spelling', words: ['realize', 'realise'] },
});

/** Part of a name dropped inside the quote, with the page's framing set aside. */
export const closeName = outcome('Lee said he built on the Moon administration', {
  verdict: 'close',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: {
    ...verbatimMatch,
    score: 0.97,
    changes: [{ type: 'name', from: 'Jae-in', to: '' }],
  },
  matches: [verbatimMatch],
  reason: { code: 'name-part', words: ['Jae-in'], framing: 'Lee said' },
});

export const paraphrase = outcome('Lee wants to meet Kim personally', {
  verdict: 'paraphrase',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: { ...otherMatch, kind: 'reported', score: 0.6 },
  matches: [{ ...otherMatch, kind: 'reported', score: 0.6 }],
  reason: { code: 'reworded', words: ['4'] },
});

export const sourceText = outcome('announced a vision for reunification diplomacy on Sunday', {
  verdict: 'source-text',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: null,
  matches: [],
  narration: {
    text: 'Gyeonggi Gov. Lee Jae-myung announced a “vision for reunification diplomacy” on Sunday.',
    article: hankyoreh,
  },
  reason: { code: 'narration', words: [] },
});

export const noMatch = outcome('The moon is made of cheese', {
  verdict: 'no-match',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: null,
  matches: [],
  reason: { code: 'no-match', words: [] },
});

export const tooShort = outcome('he said', {
  verdict: 'too-short',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: null,
  matches: [],
  reason: { code: 'too-few-words', words: ['2'] },
});

export const failed: CheckOutcome = {
  text: 'anything',
  result: err({ code: 'corpus-invalid', message: 'The bundled corpus could not be loaded.' }),
};

export const undatedNoOutlet = outcome('We will not pursue unilateral unification', {
  verdict: 'verbatim',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: { ...otherMatch, score: 1 },
  matches: [{ ...otherMatch, score: 1 }],
});

export const curatorDated = outcome(leeQuote, {
  verdict: 'verbatim',
  attribution: 'unknown',
  claimedSpeaker: null,
  best: {
    ...verbatimMatch,
    article: { ...turkishInterview, published: '2025-09-23', dateSource: 'curator' },
  },
  matches: [],
});

/** A quote an unnamed source gave, which the page pins on a named person. */
export const unnamedSource = outcome('The talks will resume in March', {
  verdict: 'verbatim',
  attribution: 'unknown',
  claimedSpeaker: 'Moon Jae-in',
  best: {
    ...verbatimMatch,
    quoteId: '000_1461a4e715c05d43#9',
    quote: 'The talks will resume in March',
    speaker: null,
    speakerId: null,
    source: 'a senior official who spoke on condition of anonymity',
    speakerDescription: '',
    segments: [{ op: 'equal', text: 'The talks will resume in March' }],
  },
  matches: [],
});

/** The same outcome with some fields of its result replaced: a one-off card state. */
export function withResult(o: CheckOutcome, patch: Partial<VerifyResult>): CheckOutcome {
  if (!o.result.ok) throw new Error('withResult: the fixture has no result to patch');
  return { text: o.text, result: ok({ ...o.result.value, ...patch }) };
}

/** An article the reader added, as the store lists it. */
export const addedArticle: EntryRecord = {
  id: 'e1',
  kind: 'article',
  state: 'live',
  title: 'Harbour ferry to sail through the night',
  outlet: 'The Coastline Courier',
  published: '2026-05-14',
  url: 'https://coastline-courier.test/ferry',
  quotes: 8,
  speakers: 4,
  articles: 1,
  addedAt: '2026-11-30',
  addedAtMs: 2,
  articleId: 'web-1',
};

/** A file the reader imported, as the store lists it. */
export const importedFile: EntryRecord = {
  id: 'i1',
  kind: 'import',
  state: 'live',
  title: 'quotes-2015.jsonl',
  outlet: null,
  published: null,
  url: null,
  quotes: 99_995,
  speakers: 4_812,
  articles: 25_000,
  addedAt: '2026-11-29',
  addedAtMs: 1,
  format: 'quotebank',
  outlets: 12,
  dateFrom: '2015-01-02',
  dateTo: '2016-05-15',
  skipped: 5,
};
