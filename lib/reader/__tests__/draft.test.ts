import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HARBOUR, harbourArticleHtml } from '../../../e2e/fixtures/harbourArticle';
import { parseHtmlArticle } from '../../extract/parseArticle';
import { createMatcher } from '../../match/createMatcher';
import { segmentOf } from '../../segment/__tests__/segmentOf';
import { SegmentSet } from '../../segment/SegmentSet';
import type { ArticleDraft } from '../ArticleDraft';
import { corpusFromDraft } from '../corpusFromDraft';
import { draftFromExtraction } from '../draftFromExtraction';

const ORIGIN = 'http://127.0.0.1:8123';
const PAGE_URL = `${ORIGIN}${HARBOUR.path}?utm_source=newsletter`;

function harbourDraft(): ArticleDraft {
  const { document } = parseHTML(harbourArticleHtml(ORIGIN));
  const read = parseHtmlArticle('page', document as unknown as Document);
  if (!read.ok) throw new Error(read.error.message);
  return draftFromExtraction(read.value, PAGE_URL);
}

const as = { articleId: 'web-1', addedAt: '2026-11-30' };

describe('draftFromExtraction: what the review lists for a live page', () => {
  it('lists every quotation in reading order, the page’s facts and the people it names; no reader comment', () => {
    const draft = harbourDraft();
    expect(draft).toMatchObject({
      title: HARBOUR.headline,
      outlet: HARBOUR.outlet,
      published: HARBOUR.published,
      pagePublished: HARBOUR.published,
      // The canonical address, not the one with tracking in it.
      url: `${ORIGIN}${HARBOUR.path}`,
      byline: HARBOUR.byline,
      leftOut: 0,
    });
    expect(draft.quotes.map((q) => [q.speaker || q.source, q.kind, q.keep])).toEqual([
      [HARBOUR.harbourMaster, 'direct', true],
      [HARBOUR.councillor, 'reported', true],
      [HARBOUR.councillor, 'direct', true],
      [HARBOUR.councillor, 'direct', true],
      ['one deck officer', 'direct', true],
      // "she said" after two women: the extractor cannot tell; unchecked, it asks who.
      [null, 'direct', false],
      [HARBOUR.harbourMaster, 'reported', true],
      [HARBOUR.harbourMaster, 'direct', true],
      [HARBOUR.harbourMaster, 'direct', true],
    ]);
    const open = draft.quotes[5]!;
    expect(open.text).toContain(HARBOUR.rotaQuote);
    expect(open.unattributed).toMatch(/Petra Hallam or Agnes Moor/);
    expect(open.context).toContain('Agnes Moor');
    expect(draft.quotes.some((q) => q.text.includes(HARBOUR.commentWords))).toBe(false);
    expect(draft.people.map((p) => p.name)).toEqual(
      expect.arrayContaining([HARBOUR.harbourMaster, HARBOUR.councillor, HARBOUR.deputy]),
    );
    expect(draft.people.find((p) => p.name === HARBOUR.harbourMaster)?.description).toBe(
      'harbour master at Port Ellery',
    );
  });
});

describe('corpusFromDraft: the reviewed article as a corpus of its own', () => {
  it('saves the kept quotations with their speakers, the narration and the facts; a typed speaker answers the open one', async () => {
    const draft = harbourDraft();
    draft.quotes[5] = { ...draft.quotes[5]!, speaker: HARBOUR.deputy, keep: true };
    draft.quotes[3] = { ...draft.quotes[3]!, keep: false };
    const saved = corpusFromDraft(draft, as);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const corpus = saved.value;
    expect(corpus.articles).toEqual([
      {
        id: 'web-1',
        title: HARBOUR.headline,
        outlet: HARBOUR.outlet,
        url: `${ORIGIN}${HARBOUR.path}`,
        published: HARBOUR.published,
        dateSource: 'article',
        byline: HARBOUR.byline,
        addedAt: '2026-11-30',
      },
    ]);
    expect(corpus.quotes.map((q) => [q.id, q.speakerId, q.source ?? null])).toEqual([
      ['web-1#1', 'oskar-lindqvist', null],
      ['web-1#2', 'petra-hallam', null],
      ['web-1#3', 'petra-hallam', null],
      ['web-1#4', null, 'one deck officer'],
      ['web-1#5', 'agnes-moor', null],
      ['web-1#6', 'oskar-lindqvist', null],
      ['web-1#7', 'oskar-lindqvist', null],
      ['web-1#8', 'oskar-lindqvist', null],
    ]);
    expect(corpus.speakers.find((s) => s.id === 'oskar-lindqvist')?.description).toBe(
      'harbour master at Port Ellery',
    );
    expect(corpus.narration.length).toBeGreaterThan(3);
    // The matcher answers from it.
    const matcher = createMatcher(new SegmentSet([segmentOf(corpus, 'reader')]));
    const found = await matcher.verify({ text: HARBOUR.queueQuoteChanged });
    expect(found).toMatchObject({
      verdict: 'altered',
      best: {
        speaker: HARBOUR.harbourMaster,
        origin: 'reader',
        article: { addedAt: '2026-11-30' },
      },
    });
  });

  it('keeps a date the reader typed as theirs (curator), and a renamed speaker as a person of their own', () => {
    const draft = harbourDraft();
    draft.published = '2026-05-15';
    draft.quotes[0] = { ...draft.quotes[0]!, speaker: 'O. Lindqvist' };
    const saved = corpusFromDraft(draft, as);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.articles[0]).toMatchObject({
      published: '2026-05-15',
      dateSource: 'curator',
    });
    expect(saved.value.quotes[0]!.speakerId).toBe('o-lindqvist');
    expect(saved.value.speakers.find((s) => s.id === 'o-lindqvist')).toMatchObject({
      name: 'O. Lindqvist',
      description: 'role not stated in the source articles',
    });
  });

  it('stores markup typed as a speaker as the text it is', () => {
    const draft = harbourDraft();
    draft.quotes[0] = { ...draft.quotes[0]!, speaker: '<img src=x onerror=alert(1)>' };
    const saved = corpusFromDraft(draft, as);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.speakers.map((s) => s.name)).toContain('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['an empty headline', { title: '   ' }, 'draft-title', /headline/],
    ['a date that is no date', { published: '2026-02-30' }, 'draft-date', /not a calendar date/],
    ['a javascript: address', { url: 'javascript:alert(1)' }, 'draft-url', /http/],
    ['a data: address', { url: 'data:text/html,hi' }, 'draft-url', /http/],
    ['a headline of 600 characters', { title: 'x'.repeat(600) }, 'draft-too-long', /500/],
  ])('refuses %s, naming the field', (_, change, code, message) => {
    const saved = corpusFromDraft({ ...harbourDraft(), ...change }, as);
    expect(saved).toMatchObject({
      ok: false,
      error: { code, message: expect.stringMatching(message) },
    });
  });

  it('refuses to save with no quotation kept, and a speaker name over the cap', () => {
    const draft = harbourDraft();
    const none = { ...draft, quotes: draft.quotes.map((q) => ({ ...q, keep: false })) };
    expect(corpusFromDraft(none, as)).toMatchObject({ ok: false, error: { code: 'draft-empty' } });
    const long = { ...draft, quotes: [{ ...draft.quotes[0]!, speaker: 'N'.repeat(301) }] };
    expect(corpusFromDraft(long, as)).toMatchObject({
      ok: false,
      error: { code: 'draft-speaker' },
    });
  });

  it('saves no URL or date when the reader clears them ("not stated")', () => {
    const saved = corpusFromDraft({ ...harbourDraft(), url: '', published: '', outlet: ' ' }, as);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.articles[0]).toMatchObject({
      url: null,
      published: null,
      dateSource: null,
      outlet: null,
    });
  });
});
