import { describe, expect, it } from 'vitest';
import { verify } from '../../match/__tests__/seedMatcher';
import type { VerifyResult } from '../../match/types';
import { buildClaimReview, type ClaimReviewInput } from '../buildClaimReview';
import { plainText } from '../plainText';
import { RATING_SCALE, ratingFor } from '../ratingFor';
import { serializeClaimReview } from '../serializeClaimReview';
import type { ClaimReviewLd } from '../types';

const PAGE = { url: 'https://news.example/2021/08/lee-moon', title: 'Lee talks peace' };
const TODAY = '2026-03-05';

const altered = 'over the next eight years so that our government’s peace process can move forward';

async function review(
  input: Partial<ClaimReviewInput> & { claim: string },
): Promise<ClaimReviewLd> {
  const result = input.result ?? (await verify({ text: input.claim }));
  const r = buildClaimReview({ page: PAGE, today: TODAY, ...input, result });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Every string in the object, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('buildClaimReview', () => {
  it('maps a check to ClaimReview JSON-LD with every required field', async () => {
    const r = await review({ claim: altered, claimedSpeaker: 'Lee Soo-hyuck' });
    expect(r).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: altered,
      datePublished: TODAY,
      url: PAGE.url,
      author: { '@type': 'Organization', name: 'Quote Check' },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        bestRating: 4,
        worstRating: 1,
        alternateName: 'Altered',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Lee Soo-hyuck' },
        appearance: { '@type': 'CreativeWork', headline: PAGE.title, url: PAGE.url },
        firstAppearance: {
          '@type': 'CreativeWork',
          headline: expect.stringMatching(/^Peace on Korean Peninsula ultimate goal/),
          publisher: { '@type': 'Organization', name: 'The Korea Herald' },
          datePublished: '2020-10-29',
        },
      },
    });
    expect(r.reviewBody).toContain('A different number (‘four’ → ‘eight’).');
    expect(r.reviewBody).toContain('Lee Soo-hyuck (The Korea Herald, 2020-10-29): “Our embassy');
  });

  it('rates each verdict on the documented scale, a wrong speaker lowest', async () => {
    expect(ratingFor('verbatim', 'consistent')).toMatchObject({
      ratingValue: 4,
      alternateName: 'Verbatim',
    });
    expect(ratingFor('close', 'unknown')).toMatchObject({ ratingValue: 3, alternateName: 'Close' });
    expect(ratingFor('paraphrase', 'ambiguous')).toMatchObject({
      ratingValue: 2,
      alternateName: 'Paraphrase',
    });
    expect(ratingFor('altered', 'unknown')).toMatchObject({
      ratingValue: 1,
      alternateName: 'Altered',
    });
    expect(ratingFor('verbatim', 'conflict')).toMatchObject({
      ratingValue: 1,
      alternateName: 'Misattributed',
    });
    for (const v of ['no-match', 'source-text', 'too-short'] as const)
      expect(ratingFor(v, 'unknown')).toBeNull();
    expect(RATING_SCALE).toEqual({ best: 4, worst: 1 });
    const misattributed = await review({
      claim: '“We are ready for dialogue with North Korea at any time,” Moon Jae-in said.',
    });
    expect(misattributed.reviewRating.alternateName).toBe('Misattributed');
    expect(misattributed.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Moon Jae-in' });
    expect(misattributed.reviewBody).toContain(
      'The page attributes this to Moon Jae-in; the source quotes Lee Jae-myung.',
    );
  });

  it('leaves out what nobody stated: no claimed speaker, no source URL or date, no page URL', async () => {
    const r = await review({
      claim: 'we are ready for dialogue with North Korea at any time',
      page: { url: null, title: null },
    });
    expect(r.itemReviewed.author).toBeUndefined();
    expect(r.itemReviewed.appearance).toBeUndefined();
    expect(r.url).toBeUndefined();
    // The Turkish-media interview: no outlet, no URL, a date added by a curator (not stated).
    expect(r.itemReviewed.firstAppearance).toEqual({
      '@type': 'CreativeWork',
      headline: expect.stringMatching(/^President Lee, in an interview/),
    });
    expect(JSON.stringify(r)).not.toContain('null');
  });

  it('refuses a check with no source quote, and a bad date, with one clear sentence', async () => {
    for (const text of ['The weather in Paris was sunny and warm all week long', 'he said']) {
      const r = buildClaimReview({
        claim: text,
        result: await verify({ text }),
        page: PAGE,
        today: TODAY,
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('claimreview-nothing-to-review');
    }
    const result = await verify({ text: altered });
    const bad = buildClaimReview({ claim: altered, result, page: PAGE, today: '2026-02-30' });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'claimreview-bad-date',
        message: 'The review date must be a calendar date written YYYY-MM-DD, not "2026-02-30".',
      },
    });
    const empty = buildClaimReview({ claim: ' <b></b> ', result, page: PAGE, today: TODAY });
    expect(empty.ok).toBe(false);
  });

  it('keeps markup and non-http(s) links of the page out of every field', async () => {
    const hostile: VerifyResult = await verify({ text: altered });
    const r = await review({
      claim: `<b>over</b> the next eight years<script>alert(1)</script> so that our government’s peace process can move forward`,
      result: hostile,
      claimedSpeaker: 'Lee <img src=x onerror=alert(1)>',
      page: { url: 'javascript:alert(1)', title: '<i>Lee</i> &lt;talks&gt; <!-- x --> peace' },
    });
    for (const [path, text] of strings(r)) {
      expect(text, path).not.toMatch(/<\/?[A-Za-z!][^>]*>/u);
      if (/url$/iu.test(path)) expect(text, path).toMatch(/^https?:\/\//u);
    }
    expect(r.claimReviewed).toBe(
      'over the next eight years alert(1) so that our government’s peace process can move forward',
    );
    expect(r.itemReviewed.author?.name).toBe('Lee');
    expect(r.url).toBeUndefined();
    expect(r.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      headline: 'Lee &lt;talks&gt; peace',
    });
  });

  it('links the source article only at an http(s) address, and gives only a date it states', async () => {
    const result = await verify({ text: altered });
    const withUrl = (url: string, dateSource: 'article' | 'curator'): VerifyResult => ({
      ...result,
      best: { ...result.best!, article: { ...result.best!.article, url, dateSource } },
    });
    const linked = await review({
      claim: altered,
      result: withUrl('https://herald.example/a/1', 'article'),
    });
    expect(linked.itemReviewed.firstAppearance.url).toBe('https://herald.example/a/1');
    expect(linked.itemReviewed.firstAppearance.datePublished).toBe('2020-10-29');
    const hostile = await review({
      claim: altered,
      result: withUrl('javascript:alert(1)', 'curator'),
    });
    expect(hostile.itemReviewed.firstAppearance.url).toBeUndefined();
    expect(hostile.itemReviewed.firstAppearance.datePublished).toBeUndefined();
  });

  it("never shows a quote the source gives to no one as anyone's", async () => {
    const result = await verify({ text: altered });
    const unnamed: VerifyResult = {
      ...result,
      attribution: 'unknown',
      best: { ...result.best!, speaker: null, speakerId: null },
    };
    const r = await review({ claim: altered, result: unnamed });
    expect(r.reviewBody).toContain('Unattributed in the source (The Korea Herald, 2020-10-29)');
    expect(r.reviewBody).not.toContain('null');
    const common = buildClaimReview({
      claim: 'at any time',
      result: { ...result, verdict: 'common', best: null },
      page: PAGE,
      today: TODAY,
    });
    expect(common.ok).toBe(false);
  });

  it('serialises as JSON that parses back, with no character that could end a script element', async () => {
    const r = await review({
      claim: altered,
      page: { url: PAGE.url, title: 'a < b && c > d </script>' },
    });
    const text = serializeClaimReview(r);
    expect(text).not.toMatch(/[<>&]/u);
    expect(JSON.parse(text)).toEqual(r);
    expect(r.itemReviewed.appearance?.headline).toBe('a < b && c > d');
  });
});

describe('plainText', () => {
  it('folds spaces, drops control characters and cuts long text without splitting a character', async () => {
    expect(plainText(' a\u00a0\n b\u200b\u0007c ', 100)).toBe('a bc');
    const cut = plainText(`${'x'.repeat(9)}😀😀`, 11);
    expect(cut).toBe(`${'x'.repeat(9)}…`);
    expect(plainText('<<b>script>alert(1)<</b>/script>', 100)).not.toMatch(/<\/?script/u);
  });
});
