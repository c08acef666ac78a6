import { describe, expect, it } from 'vitest';
import { createSpeakerResolver, judgeAttribution } from '../createSpeakerResolver';
import seed from './fixtures/seedCorpus.json';
import { verify } from './seedMatcher';

/** Lee Jae-myung, seed 000. */
const NO_REASON = 'There is no reason for us to limit our own room to maneuver by picking one side';
/** Lee Soo-hyuck, seed 002. */
const FOUR_YEARS =
  "over the next four years so that our government's peace process can move forward";

describe('attribution in verify', () => {
  it('is consistent with the full name, an alias or a spelling variant of it', async () => {
    for (const claimedSpeaker of [
      'Lee Jae-myung',
      'President Lee Jae-myung',
      'President Lee',
      'Lee Jae Myung',
      'lee jaemyung',
    ]) {
      const r = await verify({ text: NO_REASON, claimedSpeaker });
      expect(r.attribution, claimedSpeaker).toBe('consistent');
      expect(r.claimedSpeaker).toBe(claimedSpeaker);
    }
  });

  it('conflicts with the other Lee, a different person with the same surname', async () => {
    expect((await verify({ text: NO_REASON, claimedSpeaker: 'Lee Soo-hyuck' })).attribution).toBe(
      'conflict',
    );
    expect((await verify({ text: FOUR_YEARS, claimedSpeaker: 'Lee Jae-myung' })).attribution).toBe(
      'conflict',
    );
    expect((await verify({ text: FOUR_YEARS, claimedSpeaker: 'Ambassador Lee' })).attribution).toBe(
      'consistent',
    );
  });

  it('conflicts with someone who is not in the corpus at all', async () => {
    expect((await verify({ text: NO_REASON, claimedSpeaker: 'Moon Jae-in' })).attribution).toBe(
      'conflict',
    );
  });

  it('is ambiguous for a surname alone that two speakers share', async () => {
    expect((await verify({ text: NO_REASON, claimedSpeaker: 'Lee' })).attribution).toBe(
      'ambiguous',
    );
    expect((await verify({ text: FOUR_YEARS, claimedSpeaker: 'Mr. Lee' })).attribution).toBe(
      'ambiguous',
    );
  });

  it('is unknown without a claim', async () => {
    const r = await verify({ text: NO_REASON });
    expect(r.attribution).toBe('unknown');
    expect(r.claimedSpeaker).toBeNull();
  });

  it('takes the claim from inside the selection', async () => {
    const colon = await verify({ text: `Moon Jae-in: "${NO_REASON}"` });
    expect(colon).toMatchObject({
      verdict: 'verbatim',
      claimedSpeaker: 'Moon Jae-in',
      attribution: 'conflict',
    });
    const said = await verify({ text: `"${FOUR_YEARS}," Lee Soo-hyuck said.` });
    expect(said).toMatchObject({
      verdict: 'verbatim',
      claimedSpeaker: 'Lee Soo-hyuck',
      attribution: 'consistent',
    });
  });

  it('takes the claim from the context paragraph', async () => {
    const r = await verify({
      text: NO_REASON,
      context: `“${NO_REASON} [between the US and China],” Moon said.`,
    });
    expect(r).toMatchObject({ claimedSpeaker: 'Moon', attribution: 'conflict' });
  });

  it('prefers an explicit claim over the selection and the context', async () => {
    const r = await verify({
      text: `Moon Jae-in: "${NO_REASON}"`,
      claimedSpeaker: 'Lee Jae-myung',
      context: 'Kim said so.',
    });
    expect(r).toMatchObject({ claimedSpeaker: 'Lee Jae-myung', attribution: 'consistent' });
  });

  it('is unknown when nothing matches, even with a claim', async () => {
    const r = await verify({
      text: 'The weather in Paris was sunny and warm all week long',
      claimedSpeaker: 'Lee',
    });
    expect(r).toMatchObject({ verdict: 'no-match', attribution: 'unknown', claimedSpeaker: 'Lee' });
  });
});

// extractClaimFromSelection and extractClaimFromContext are the extractor's claim reader,
// re-exported: their tests live with it (lib/extract/__tests__/readClaim.test.ts).

describe('judgeAttribution', () => {
  const resolve = createSpeakerResolver(seed.speakers);
  it('resolves names, aliases and surnames to speakers', async () => {
    expect(resolve('Gyeonggi Gov. Lee Jae-myung')).toEqual(['lee-jae-myung']);
    expect(resolve('Lee')).toEqual(['lee-jae-myung', 'lee-soo-hyuck']);
    expect(resolve('Kim Jong-un')).toEqual([]);
  });
  it('judges a claim against the source speaker', async () => {
    expect(judgeAttribution(resolve, 'Lee', 'lee-soo-hyuck')).toBe('ambiguous');
    expect(judgeAttribution(resolve, 'Lee Soo-hyuck', 'lee-soo-hyuck')).toBe('consistent');
    expect(judgeAttribution(resolve, 'Kim Jong-un', 'lee-soo-hyuck')).toBe('conflict');
    expect(judgeAttribution(resolve, null, 'lee-soo-hyuck')).toBe('unknown');
  });
  it('a title alone names nobody: never a conflict (the card would shout "Misattributed")', () => {
    for (const claim of ['The President', 'the ambassador', 'The Foreign Minister', 'President']) {
      expect(judgeAttribution(resolve, claim, 'lee-jae-myung'), claim).toBe('unknown');
    }
    expect(judgeAttribution(resolve, 'President Moon', 'lee-jae-myung')).toBe('conflict');
  });
});
