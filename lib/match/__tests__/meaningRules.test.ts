/**
 * Verdicts that follow meaning (issue 12, item 4): a name's part, a title or an editor's
 * bracket added or dropped is `close`; the page's framing is set aside; the same intention
 * in other words is `paraphrase`; negation, numbers, opposites and another person stay
 * `altered`. Each verdict carries its reason.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/schema';
import { loadMatcher } from '../loadMatcher';
import type { ChangeType, VerifyResult } from '../types';
import { verify } from './seedMatcher';

const types = (r: VerifyResult): ChangeType[] => r.best?.changes.map((c) => c.type) ?? [];

const ID = {
  realize: '000_1461a4e715c05d43#3',
  biden: '000_1461a4e715c05d43#6',
  sunshine: '000_1461a4e715c05d43#9',
  reported: '000_1461a4e715c05d43#12',
  dialogue: '003_005e97e9032f4c24#3',
  noReason: '000_1461a4e715c05d43#11',
  southNorth: '000_1461a4e715c05d43#4',
};

const REALIZE =
  'I intend to realize new, full-scale changes based on the groundwork of inter-Korean relations established by the';

/**
 * Our own sentences, for names the seed quotes do not print (a surname alone, a title
 * before a Korean name inside a quotation). Test data, never corpus.
 */
const namesCorpus: Corpus = {
  schemaVersion: 1,
  speakers: [
    { id: 'han-mi-rae', name: 'Han Mi-rae', aliases: [], description: 'Harbour board member' },
  ],
  articles: [
    {
      id: 'fixture-names',
      title: 'Harbour board hears from members',
      outlet: 'Fixture Weekly',
      url: null,
      published: null,
      dateSource: null,
      byline: null,
    },
  ],
  quotes: [
    {
      id: 'fixture-names#1',
      text: 'When President Lee said the ferry talks would resume in spring, nobody on the harbour board believed him',
      speakerId: 'han-mi-rae',
      articleId: 'fixture-names',
      kind: 'direct',
      context: '',
    },
    {
      id: 'fixture-names#2',
      text: 'Lee Jae-myung told the board that the new ferry terminal would open before the autumn festival',
      speakerId: 'han-mi-rae',
      articleId: 'fixture-names',
      kind: 'direct',
      context: '',
    },
  ],
  narration: [],
};
const names = loadMatcher(namesCorpus);
if (!names.ok) throw new Error(names.error.message);
const verifyNames = names.value.verify;

describe('close: part of a name, a title or an editorial bracket', () => {
  it('a dropped given name ("Moon administration" for "Moon Jae-in administration")', async () => {
    const r = await verify({ text: `${REALIZE} Moon administration` });
    expect(r.verdict).toBe('close');
    expect(r.best?.quoteId).toBe(ID.realize);
    expect(r.best?.changes).toEqual([
      { type: 'name', from: 'Jae-in', to: '', note: expect.stringMatching(/name/) },
    ]);
    expect(r.reason).toEqual({ code: 'name-part', words: ['Jae-in'] });
  });

  it('given names dropped from three names in one quote', async () => {
    const r = await verify({
      text: 'carry on and develop further the Kim administration’s Sunshine Policy, the Roh administration’s peace and prosperity policy, and Moon administration’s Korean Peninsula peace process',
    });
    expect(r.verdict).toBe('close');
    expect(r.best?.quoteId).toBe(ID.sunshine);
    expect(types(r)).toEqual(['name', 'name', 'name']);
  });

  it('an added title ("President Moon Jae-in")', async () => {
    const r = await verify({ text: `${REALIZE} President Moon Jae-in administration` });
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([
      { type: 'title', from: '', to: 'President', note: expect.stringMatching(/title/) },
    ]);
    expect(r.reason?.code).toBe('title');
  });

  it('an honorific for the editor\'s title and given name ("Mr. Biden")', async () => {
    const r = await verify({
      text: 'meet personally with Mr. Biden and Kim Jong-un to resolve issues',
    });
    expect(r.verdict).toBe('close');
    expect(r.best?.quoteId).toBe(ID.biden);
    expect(types(r)).toEqual(['name', 'editorial']);
  });

  it('a surname alone for a Korean full name ("Kim" for "Kim Jong-un")', async () => {
    const r = await verify({ text: 'meet personally with Biden and Kim to resolve issues' });
    expect(r.verdict).toBe('close');
    expect(types(r)).toEqual(['editorial', 'editorial', 'name']);
  });

  it('a title dropped or a given name added inside a quotation ("Lee said")', async () => {
    const dropped = await verifyNames({
      text: 'When Lee said the ferry talks would resume in spring, nobody on the harbour board believed him',
    });
    expect(dropped.verdict).toBe('close');
    expect(dropped.best?.changes).toEqual([
      { type: 'title', from: 'President', to: '', note: expect.any(String) },
    ]);
    const added = await verifyNames({
      text: 'When President Lee Jae-myung said the ferry talks would resume in spring, nobody on the harbour board believed him',
    });
    expect(added.verdict).toBe('close');
    expect(added.best?.changes.map((c) => [c.type, c.to])).toEqual([['name', 'Jae-myung']]);
    const given = await verifyNames({
      text: 'Lee told the board that the new ferry terminal would open before the autumn festival',
    });
    expect(given.verdict).toBe('close');
    expect(given.best?.changes.map((c) => [c.type, c.from])).toEqual([['name', 'Jae-myung']]);
  });

  it("an editor's bracket left out where the selection starts, before the name", async () => {
    // At a gap each, pairing "with" with the bracket's last word "Joe" would cost the same.
    const r = await verify({ text: 'with Biden and [North Korean leader] Kim Jong-un' });
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([{ type: 'editorial', from: 'US President Joe', to: '' }]);
  });

  it('an editorial bracket added by the page', async () => {
    const r = await verify({
      text: 'We are ready for dialogue with North Korea [Pyongyang] at any time and through any channel',
    });
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([{ type: 'editorial', from: '', to: 'Pyongyang' }]);
    expect(r.reason).toEqual({ code: 'editorial', words: ['Pyongyang'] });
  });
});

describe('altered: another person is another person', () => {
  it('another surname ("Park" for "Moon")', async () => {
    const r = await verify({ text: `${REALIZE} Park Jae-in administration` });
    expect(r.verdict).toBe('altered');
    expect(r.best?.changes).toEqual([{ type: 'substitution', from: 'Moon', to: 'Park' }]);
    expect(r.reason).toEqual({ code: 'changed-words', words: ['Moon', 'Park'] });
  });

  it('another given name ("Lee Soo-hyuck" for "Lee Jae-myung")', async () => {
    const r = await verifyNames({
      text: 'Lee Soo-hyuck told the board that the new ferry terminal would open before the autumn festival',
    });
    expect(r.verdict).toBe('altered');
    expect(types(r)).toEqual(['substitution']);
  });

  it('another role or honorific ("Ambassador Lee" for "President Lee", "Dr." for "Mr.")', async () => {
    const role = await verifyNames({
      text: 'When Ambassador Lee said the ferry talks would resume in spring, nobody on the harbour board believed him',
    });
    expect(role.verdict).toBe('altered');
    const mr = await verify({
      text: 'meet personally with Mr. Biden and Kim Jong-un to resolve issues',
    });
    const dr = await verifyNames({
      text: 'When Dr. Lee said the ferry talks would resume in spring, nobody on the harbour board believed him',
    });
    expect(mr.verdict).toBe('close');
    // "Dr." for "President" is a courtesy for a role: the same person.
    expect(dr.verdict).toBe('close');
  });

  it('a place is not a person: "Korea" for "North Korea" changes the meaning', async () => {
    const r = await verify({
      text: 'We are ready for dialogue with Korea at any time and through any channel',
    });
    expect(r.verdict).toBe('altered');
    expect(r.best?.changes).toEqual([{ type: 'omission', from: 'North', to: '' }]);
    expect(r.reason?.code).toBe('dropped-words');
  });
});

describe("the page's framing is set aside", () => {
  it('"Lee said" before a quotation it does not hold', async () => {
    const r = await verify({ text: 'Lee said the door for dialogue will remain open' });
    expect(r.verdict).toBe('verbatim');
    expect(r.best?.quoteId).toBe(ID.dialogue);
    expect(r.reason).toEqual({ code: 'same-words', words: [], framing: 'Lee said' });
  });

  it('a title, the person told, a place and a day before "that"', async () => {
    const r = await verify({
      text: 'President Lee told reporters in Seoul on Monday that there needs to be more practical change in direction',
    });
    expect(r.verdict).toBe('verbatim');
    expect(r.best?.quoteId).toBe(ID.southNorth);
    expect(r.reason?.framing).toBe('President Lee told reporters in Seoul on Monday that');
  });

  it('"X says" and a trailing "according to X"', async () => {
    const says = await verify({
      text: 'He says there is no reason for us to limit our own room to maneuver by picking one side',
    });
    expect(says.verdict).toBe('verbatim');
    expect(says.reason?.framing).toBe('He says');
    const after = await verify({
      text: 'we are ready for dialogue with North Korea at any time, according to Lee Jae-myung',
    });
    expect(after.verdict).toBe('verbatim');
    expect(after.reason?.framing).toBe('according to Lee Jae-myung');
  });

  it('never hides a change: "promised to", "did not say" and "we" stay', async () => {
    expect(
      (
        await verify({
          text: 'Lee promised to pursue humanitarian assistance and healthcare cooperation with North Korea',
        })
      ).verdict,
    ).toBe('altered');
    const not = await verify({
      text: 'Lee did not say we are ready for dialogue with North Korea at any time and through any channel',
    });
    expect(not.verdict).toBe('altered');
    expect(types(not)).toContain('negation');
    const we = await verify({ text: 'We said the door for dialogue will remain open' });
    expect(we.verdict).not.toBe('verbatim');
  });
});

describe('paraphrase: the same intention in other words', () => {
  const rest = 'pursue humanitarian assistance and healthcare cooperation with North Korea';

  it.each([
    ['Lee said he would', 'plans to', 'would'],
    ['Lee Jae-myung says he will', 'plans to', 'will'],
    ['he intends to', 'plans', 'intends'],
    ['he is going to', 'plans', 'is going'],
  ])('"%s …" for "he plans to …"', async (start, from, to) => {
    const r = await verify({ text: `${start} ${rest}` });
    expect(r.verdict).toBe('paraphrase');
    expect(r.best?.quoteId).toBe(ID.reported);
    expect(r.best?.changes).toEqual([
      { type: 'intention', from, to, note: expect.stringMatching(/intention/) },
    ]);
    expect(r.reason?.code).toBe('same-intention');
    expect(r.reason?.words).toEqual([from, to]);
  });

  it('records the framing it set aside', async () => {
    expect((await verify({ text: `Lee said he would ${rest}` })).reason?.framing).toBe('Lee said');
  });

  it('a wish or a negation is not the same intention', async () => {
    const wants = await verify({ text: `he wants to ${rest}` });
    expect(wants.verdict).toBe('altered');
    const not = await verify({ text: `he does not plan to ${rest}` });
    expect(not.verdict).toBe('altered');
    expect(not.reason?.code).toBe('negation');
  });
});

describe('every verdict carries its reason', () => {
  it('altered: the gravest change speaks for it', async () => {
    const r = await verify({
      text: 'We are not ready for dialogue with North Korea at any time and through any channel',
    });
    expect(r.reason).toEqual({ code: 'negation', words: ['not'] });
    expect(
      (
        await verify({
          text: "over the next eight years so that our government's peace process can move forward",
        })
      ).reason,
    ).toEqual({ code: 'number', words: ['four', 'eight'] });
    expect(
      (await verify({ text: 'through any channel, and the door for dialogue will remain closed' }))
        .reason,
    ).toEqual({ code: 'antonym', words: ['open', 'closed'] });
  });

  it('close, paraphrase, source text, no match, too short', async () => {
    expect(
      (
        await verify({
          text: 'I intend to realise new, full-scale changes based on the groundwork of inter-Korean relations',
        })
      ).reason,
    ).toEqual({ code: 'spelling', words: ['realize', 'realise'] });
    expect(
      (
        await verify({
          text: 'I intend to realize new, comprehensive changes building on the inter-Korean relations that the Moon Jae-in government established',
        })
      ).reason,
    ).toEqual({ code: 'reworded', words: ['9'] });
    expect(
      (
        await verify({
          text: 'Trump has held three bilateral meetings with North Korean leader Kim Jong-un',
        })
      ).reason,
    ).toEqual({ code: 'narration', words: [] });
    expect(
      (
        await verify({
          text: 'The weather in Paris was sunny and warm all week long according to forecasters',
        })
      ).reason,
    ).toEqual({ code: 'no-match', words: [] });
    expect((await verify({ text: 'he said' })).reason).toEqual({
      code: 'too-few-words',
      words: ['2'],
    });
  });

  it("a selection over two quotes gives the weaker part's reason", async () => {
    const r = await verify({
      text: 'practical diplomatic efforts focused on the national interest.” “There is no reason for us to limit our own room by picking one side,” he said.',
    });
    expect(r.span).toHaveLength(2);
    expect(r.verdict).toBe('altered');
    // The selection starts inside the first quotation (its closing mark, no opening one):
    // the claim reader reads it as a quotation, so "he said" is the page's framing.
    expect(r.reason).toEqual({ code: 'dropped-words', words: ['to maneuver'], framing: 'he said' });
  });
});
