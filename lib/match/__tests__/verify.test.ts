import { describe, expect, it } from 'vitest';
import { toResultJson } from '../toResultJson';
import type { ChangeType, VerifyResult } from '../types';
import { verify } from './seedMatcher';

const ID = {
  realize: '000_1461a4e715c05d43#3',
  southNorth: '000_1461a4e715c05d43#4',
  typo: '000_1461a4e715c05d43#5',
  biden: '000_1461a4e715c05d43#6',
  noReason: '000_1461a4e715c05d43#11',
  fourYears: '002_4a49de1aac6f285b#3',
  winner: '002_4a49de1aac6f285b#5',
  unification: '003_005e97e9032f4c24#1',
  dialogue: '003_005e97e9032f4c24#3',
};

const types = (r: VerifyResult): ChangeType[] => r.best?.changes.map((c) => c.type) ?? [];

describe('verdicts', () => {
  it('verbatim: same words once quote style, brackets, case and spacing are set aside', async () => {
    const r = await verify({
      text: '  "there needs to be more practical change in direction that helps the growth and development of south and north korea alike"  ',
    });
    expect(r.verdict).toBe('verbatim');
    expect(r.best?.quoteId).toBe(ID.southNorth);
    expect(r.best?.changes).toEqual([]);
    expect(r.best?.score).toBe(1);
    expect(r.best?.speaker).toBe('Lee Jae-myung');
  });

  it('close: a dropped editorial insertion', async () => {
    const r = await verify({
      text: 'There needs to be more practical change in direction that helps the growth and development of South and North alike.',
    });
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([{ type: 'editorial', from: 'Korea', to: '' }]);
  });

  it('close: a spelling variant', async () => {
    const r = await verify({
      text: 'I intend to realise new, full-scale changes based on the groundwork of inter-Korean relations',
    });
    expect(r.verdict).toBe('close');
    expect(r.best?.quoteId).toBe(ID.realize);
    expect(r.best?.changes).toEqual([{ type: 'spelling', from: 'realize', to: 'realise' }]);
  });

  it('close: changed punctuation', async () => {
    const r = await verify({
      text: 'I intend to realize new; full-scale changes based on the groundwork of inter-Korean relations',
    });
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([{ type: 'punctuation', from: ',', to: ';' }]);
  });

  it('close: an omission marked with an ellipsis', async () => {
    const r = await verify({
      text: 'I intend to realize new, full-scale changes … established by the Moon Jae-in administration',
    });
    expect(r.verdict).toBe('close');
    expect(types(r)).toEqual(['omission']);
    expect(r.best?.changes[0]?.note).toMatch(/ellipsis/);
  });

  it('altered: an inserted negation', async () => {
    const r = await verify({
      text: 'We are not ready for dialogue with North Korea at any time and through any channel',
    });
    expect(r.verdict).toBe('altered');
    expect(r.best?.quoteId).toBe(ID.dialogue);
    expect(r.best?.changes).toEqual([{ type: 'negation', from: '', to: 'not' }]);
  });

  it('altered: a negation or number just outside a whole quote is not mere framing', async () => {
    const r = await verify({ text: 'Not: unification remains our ultimate goal' });
    expect(r.verdict).toBe('altered');
    expect(r.best?.changes).toEqual([{ type: 'negation', from: '', to: 'Not' }]);
  });

  it('altered: a removed negation', async () => {
    const r = await verify({
      text: 'Unification is the ultimate goal and responsibility. We will pursue unilateral unification.',
    });
    expect(r.verdict).toBe('altered');
    expect(r.best?.quoteId).toBe(ID.unification);
    expect(types(r)).toContain('negation');
  });

  it('altered: a changed number', async () => {
    const r = await verify({
      text: "over the next eight years so that our government's peace process can move forward",
    });
    expect(r.verdict).toBe('altered');
    expect(r.best?.quoteId).toBe(ID.fourYears);
    expect(r.best?.changes).toEqual([{ type: 'number', from: 'four', to: 'eight' }]);
  });

  it('altered: an opposite', async () => {
    const r = await verify({
      text: 'through any channel, and the door for dialogue will remain closed',
    });
    expect(r.verdict).toBe('altered');
    expect(r.best?.changes).toEqual([{ type: 'antonym', from: 'open', to: 'closed' }]);
  });

  it('altered: a swapped content word', async () => {
    const r = await verify({
      text: 'I intend to realize new, full-scale changes based on the groundwork of inter-Korean trade established by the Moon Jae-in administration',
    });
    expect(r.verdict).toBe('altered');
    expect(r.best?.changes).toEqual([{ type: 'substitution', from: 'relations', to: 'trade' }]);
  });

  it('altered: content words dropped without an ellipsis, or added', async () => {
    const dropped = await verify({
      text: 'There is no reason for us to limit our room by picking one side',
    });
    expect(dropped.verdict).toBe('altered');
    expect(dropped.best?.changes).toEqual([
      { type: 'omission', from: 'own', to: '' },
      { type: 'omission', from: 'to maneuver', to: '' },
    ]);
    const added = await verify({
      text: 'There is no reason for us to limit our own room to maneuver by foolishly picking one side',
    });
    expect(added.verdict).toBe('altered');
    expect(added.best?.changes).toEqual([{ type: 'insertion', from: '', to: 'foolishly' }]);
  });

  it('paraphrase: the same statement reworded', async () => {
    const r = await verify({
      text: 'I plan to realize new, comprehensive changes building on the inter-Korean relations that the Moon Jae-in government established',
    });
    expect(r.verdict).toBe('paraphrase');
    expect(r.best?.quoteId).toBe(ID.realize);
  });

  it("source-text: the article's own narration", async () => {
    const r = await verify({
      text: 'Trump has held three bilateral meetings with North Korean leader Kim Jong-un',
    });
    expect(r.verdict).toBe('source-text');
    expect(r.best).toBeNull();
    expect(r.narration?.text).toMatch(/^Trump has held three bilateral meetings/);
    expect(r.narration?.article.id).toBe('002_4a49de1aac6f285b');
  });

  it('no-match: words nobody in the corpus said, and no speaker named', async () => {
    const r = await verify({
      text: 'The weather in Paris was sunny and warm all week long according to forecasters',
    });
    expect(r.verdict).toBe('no-match');
    expect(r.best).toBeNull();
    expect(r.matches).toEqual([]);
  });

  it('too-short: empty, whitespace, a couple of words', async () => {
    for (const text of ['', '   \n\t ', 'he said', '👍👍👍', '\u0000\u0001\u0002']) {
      expect((await verify({ text })).verdict).toBe('too-short');
    }
  });
});

describe('the misprint inside seed 000', () => {
  it('finds the quote printed with "the restores" when the reader quotes the intended "the sanctions"', async () => {
    const r = await verify({
      text: 'with the understanding that the sanctions would be immediately restored if North Korea fails to keep its denuclearization promises',
    });
    expect(r.best?.quoteId).toBe(ID.typo);
    // Close, not altered: the source word repeats its neighbour "restored", an evident slip.
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toHaveLength(1);
    expect(r.best?.changes[0]).toMatchObject({
      type: 'spelling',
      from: 'restores',
      to: 'sanctions',
    });
    expect(r.best?.changes[0]?.note).toMatch(/misprint/);
  });

  it('finds it as printed, verbatim', async () => {
    const r = await verify({
      text: 'the restores would be immediately restored if North Korea fails to keep its denuclearization promises',
    });
    expect(r.verdict).toBe('verbatim');
    expect(r.best?.quoteId).toBe(ID.typo);
  });
});

describe('selections around and across quotes', () => {
  it('cuts attribution text from the selection and uses it as the claim', async () => {
    const r = await verify({
      text: '“There is no reason for us to limit our own room to maneuver by picking one side,” he said.',
    });
    expect(r.verdict).toBe('verbatim');
    expect(r.claimedSpeaker).toBeNull();
    expect(r.attribution).toBe('unknown');
  });

  it('reads a whole quote inside its printed sentence as that quote', async () => {
    const r = await verify({
      text: 'Lee also said he would “meet personally with [US President Joe] Biden and [North Korean leader] Kim Jong-un to resolve issues.”',
    });
    expect(r.best?.quoteId).toBe(ID.biden);
    expect(r.verdict).toBe('verbatim');
  });

  it('marks dropped bracketed insertions as editorial', async () => {
    const r = await verify({
      text: 'meet personally with Biden and Kim Jong-un to resolve issues',
    });
    expect(r.verdict).toBe('close');
    expect(types(r)).toEqual(['editorial', 'editorial']);
  });

  it('reads parentheses inside a quote as editorial too', async () => {
    const r = await verify({
      text: 'strong foundation for the development of the South Korea-US alliance as soon as the winner is announced',
    });
    expect(r.best?.quoteId).toBe(ID.winner);
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([{ type: 'editorial', from: 'of the US election', to: '' }]);
  });

  it('accepts a selection that starts and ends inside words (trimmed ends)', async () => {
    const r = await verify({
      text: 'ification is the ultimate goal and responsibility… We will not pursue unilateral unifica',
    });
    expect(r.best?.quoteId).toBe(ID.unification);
    expect(r.verdict).toBe('close');
    expect(types(r)).toEqual(['omission', 'omission']);
  });
});

describe('a selection over two quotes of one article', () => {
  const diplomacy = '000_1461a4e715c05d43#10';

  it('finds both quotes, over the attribution between them', async () => {
    const r = await verify({
      text: 'practical diplomatic efforts focused on the national interest.” “There is no reason for us to limit our own room to maneuver by picking one side,” he said.',
    });
    expect(r.span).toEqual([diplomacy, ID.noReason]);
    expect(r.verdict).toBe('verbatim');
    expect(
      r.matches
        .slice(0, 2)
        .map((m) => m.quoteId)
        .sort(),
    ).toEqual([diplomacy, ID.noReason]);
    expect(r.matches.every((m) => m.changes.length === 0)).toBe(true);
    // The CLI's JSON keeps the span: its verdict speaks for both parts.
    expect(toResultJson(r).span).toEqual([diplomacy, ID.noReason]);
  });

  it('gives the weaker verdict of the two parts', async () => {
    const r = await verify({
      text: 'practical diplomatic efforts focused on the national interest. There is every reason for us to limit our own room to maneuver by picking one side',
    });
    expect(r.span).toEqual([diplomacy, ID.noReason]);
    expect(r.verdict).toBe('altered');
    const part = r.matches.find((m) => m.quoteId === ID.noReason)!;
    expect(part.changes.map((c) => c.type)).toEqual(['negation']);
  });

  it('leaves a selection inside one quote alone', async () => {
    expect(
      (await verify({ text: 'There is no reason for us to limit our own room to maneuver' })).span,
    ).toBeUndefined();
  });
});

describe('segments', () => {
  it('give back the quote exactly as printed from the equal and delete runs', async () => {
    for (const text of [
      'through any channel, and the door for dialogue will remain closed',
      'with the understanding that the sanctions would be immediately restored',
      'meet personally with Biden and Kim Jong-un to resolve issues',
      'I plan to realize new, comprehensive changes building on the inter-Korean relations that the Moon Jae-in government established',
    ]) {
      const r = await verify({ text });
      const b = r.best!;
      expect(
        b.segments
          .filter((s) => s.op !== 'insert')
          .map((s) => s.text)
          .join(''),
      ).toBe(b.quote);
    }
  });

  it("mark the changed word struck out and the reader's word inserted, the rest trimmed", async () => {
    const r = await verify({
      text: 'through any channel, and the door for dialogue will remain closed',
    });
    const segs = r.best!.segments;
    expect(segs.find((s) => s.op === 'delete' && !s.trimmed)?.text).toBe('open');
    expect(segs.find((s) => s.op === 'insert')?.text).toBe('closed');
    expect(segs[0]).toMatchObject({ op: 'delete', trimmed: true });
    expect(segs[0]?.text.startsWith('We are ready')).toBe(true);
  });
});

describe('input limits', () => {
  it('reads at most 2,000 characters of a megabyte and says so, within a second', async () => {
    const text = 'We are ready for dialogue with North Korea at any time. '.repeat(20_000);
    const t0 = performance.now();
    const r = await verify({ text });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.truncated).toEqual({ readChars: 2000, totalChars: text.length });
  });

  it('gives a verdict for emoji, control characters and other scripts', async () => {
    for (const text of [
      '统一是我们的最终目标和责任 我们不会追求单方面统一',
      '통일은 우리의 궁극적 목표이자 책임입니다',
      'We are ready 👍🏽 for dialogue \u202e with North Korea\u0000 at any time',
      '\ud800 lone surrogate and more words here',
    ]) {
      await expect(verify({ text })).resolves.toBeTypeOf('object');
    }
    expect(
      (
        await verify({
          text: 'We are ready 👍🏽 for dialogue \u200d with North Korea\u0007 at any time',
        })
      ).verdict,
    ).toBe('verbatim');
  });

  it('does not split a surrogate pair when cutting', async () => {
    const text = `${'a '.repeat(999)}b😀 and more`; // the emoji sits on characters 2,000 and 2,001
    const r = await verify({ text });
    expect(r.truncated?.readChars).toBe(1999);
  });
});
