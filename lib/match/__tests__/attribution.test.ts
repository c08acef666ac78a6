import { describe, expect, it } from 'vitest';
import { TITLES } from '../../extract/patterns';
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

  it("reads the claim of the quotation at the request's offsets (`at`), not the first alike", async () => {
    const context =
      `“${NO_REASON},” Moon Jae-in said in 2019.\n` +
      `Two years later the governor said it again. “${NO_REASON},” Lee Jae-myung said.`;
    const start = context.lastIndexOf(NO_REASON);
    const at = { start, end: start + NO_REASON.length };
    expect(await verify({ text: NO_REASON, context })).toMatchObject({
      claimedSpeaker: 'Moon Jae-in',
      attribution: 'conflict',
    });
    expect(await verify({ text: NO_REASON, context, at })).toMatchObject({
      claimedSpeaker: 'Lee Jae-myung',
      attribution: 'consistent',
    });
    // Out of range or malformed offsets are ignored, never trusted.
    for (const bad of [
      { start: -1, end: 3 },
      { start: 5, end: 2 },
      { start: 0, end: context.length + 1 },
      { start: 0.5, end: 4 },
    ]) {
      expect((await verify({ text: NO_REASON, context, at: bad })).claimedSpeaker).toBe(
        'Moon Jae-in',
      );
    }
  });

  it('keeps the paragraph around the offsets when the context is longer than it reads', async () => {
    const filler = 'The committee met again and adjourned without a vote. '.repeat(300);
    const context = `${filler}\n“${NO_REASON},” Moon Jae-in said.`;
    const start = context.lastIndexOf(NO_REASON);
    const r = await verify({
      text: NO_REASON,
      context,
      at: { start, end: start + NO_REASON.length },
    });
    expect(r).toMatchObject({ claimedSpeaker: 'Moon Jae-in', attribution: 'conflict' });
    // Without offsets only the start is read, where nobody speaks.
    expect((await verify({ text: NO_REASON, context })).claimedSpeaker).toBeNull();
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

describe('judgeAttribution: a claim that could be the same person is never a conflict (issue #12)', () => {
  const speakers = [
    { id: 'joan-mercer', name: 'Joan Mercer', aliases: [], description: '' },
    { id: 'ada-quill', name: 'Ada Quill', aliases: [], description: '' },
    { id: 'tomas-vell', name: 'Tomas R. Vell', aliases: [], description: '' },
    ...seed.speakers,
  ];
  const resolve = createSpeakerResolver(speakers);
  const judge = (claim: string, id: string) => judgeAttribution(resolve, claim, id);

  it('a title the list lacks before a full name: the name decides', () => {
    expect(judge('Chief Executive Joan Mercer', 'joan-mercer')).toBe('consistent');
    expect(judge('Chief Executive Officer Tomas Vell', 'tomas-vell')).toBe('consistent');
    expect(judge('Harrow Freight chief executive Tomas Vell', 'tomas-vell')).toBe('consistent');
    expect(judge('Chief Executive Joan Mercer', 'ada-quill')).toBe('conflict');
  });

  it('title and surname, an initial, the name in the other order', () => {
    expect(judge('Executive Mercer', 'joan-mercer')).toBe('consistent');
    expect(judge('Professor Quill', 'ada-quill')).toBe('consistent');
    expect(judge('A. Quill', 'ada-quill')).toBe('consistent');
    expect(judge('Jae-myung Lee', 'lee-jae-myung')).toBe('consistent');
    expect(judge('Lee Jae-myoung', 'lee-jae-myung')).toBe('consistent');
  });

  it('another given name is another person, however close the spelling', () => {
    expect(judge('John Mercer', 'joan-mercer')).toBe('conflict');
    expect(judge('Moon Jae-in', 'lee-jae-myung')).toBe('conflict');
    expect(judge('Lee Soo-hyuck', 'lee-jae-myung')).toBe('conflict');
  });

  it('every speaker by surname, or by any title and surname or full name: never a conflict', () => {
    // Unless the corpus itself gives that form to someone else: "President Lee" is an alias
    // of Lee Jae-myung, so for Ambassador Lee Soo-hyuck's words it names another person.
    const aliasOfOther = (claim: string, id: string) =>
      speakers.some(
        (s) => s.id !== id && s.aliases.some((a) => a.toLowerCase() === claim.toLowerCase()),
      );
    const titles = [
      '',
      ...TITLES,
      'Chief Executive',
      'Foreign Minister',
      'Prime Minister',
      'Vice President',
    ];
    let judged = 0;
    for (const speaker of speakers) {
      const words = speaker.name.split(' ');
      // Korean-style names print the surname first; the others last.
      const surname = /-/.test(speaker.name) ? words[0]! : words[words.length - 1]!;
      for (const title of titles) {
        for (const name of [speaker.name, surname]) {
          const claim = `${title} ${name}`.trim();
          if (aliasOfOther(claim, speaker.id)) continue;
          expect(judge(claim, speaker.id), claim).not.toBe('conflict');
          judged++;
        }
      }
    }
    expect(judged).toBeGreaterThan(500);
  });
});
