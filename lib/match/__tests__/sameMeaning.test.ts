import { describe, expect, it } from 'vitest';
import { tokenize, wordsOf } from '../../text/tokenize';
import { classifyHunk } from '../classifyHunk';
import { loadMatcher } from '../loadMatcher';
import { MESSAGES } from '../messages';
import { sameMeaning } from '../sameMeaning';
import seed from './fixtures/seedCorpus.json';

const w = (text: string) => wordsOf(tokenize(text));

describe('sameMeaning', () => {
  it('reads numbers in figures and contractions as the same words, written otherwise', async () => {
    for (const [a, b] of [
      ['four', '4'],
      ['4,000', '4000'],
      ['cannot', "can't"],
      ['cannot', 'can not'],
      ['do not', "don't"],
      ['will not', "won't"],
    ]) {
      expect(sameMeaning(w(a!), w(b!)), `${a} / ${b}`).toEqual({
        type: 'spelling',
        note: MESSAGES.writtenOtherwise,
      });
    }
  });

  it('reads "one" for "a single" (or "a") as the same number', async () => {
    expect(sameMeaning(w('a single'), w('one'))).toEqual({
      type: 'substitution',
      note: MESSAGES.sameNumber,
    });
    expect(sameMeaning(w('a'), w('one'))?.note).toBe(MESSAGES.sameNumber);
  });

  it('reads "can never" for "cannot" as the same negation', async () => {
    expect(sameMeaning(w('cannot'), w('can never'))).toEqual({
      type: 'substitution',
      note: MESSAGES.sameNegation,
    });
    expect(sameMeaning(w('will not'), w("won't ever"))).toBeNull();
  });

  it('reads a listed synonym as keeping the meaning', async () => {
    for (const [a, b] of [
      ['figures', 'numbers'],
      ['relations', 'ties'],
      ['goal', 'aim'],
      ['huge', 'vast'],
    ]) {
      expect(sameMeaning(w(a!), w(b!)), `${a} / ${b}`).toEqual({
        type: 'substitution',
        note: MESSAGES.synonym,
      });
    }
  });

  it('keeps every other change of words a change', async () => {
    for (const [a, b] of [
      ['relations', 'trade'],
      ['figures show', 'numbers hide'],
      ['a', 'the'],
      ['four', 'five'],
      ['figures', ''],
    ]) {
      expect(sameMeaning(w(a!), w(b!)), `${a} / ${b}`).toBeNull();
    }
  });
});

describe('number changes compare values, not spellings', () => {
  it('does not call the same number written otherwise a number change', async () => {
    expect(classifyHunk(w('four'), w('4'))).toBe('substitution');
    expect(classifyHunk(w('a single'), w('one'))).toBe('substitution');
    expect(classifyHunk(w('a'), w('one'))).toBe('substitution');
  });

  it('still calls a different number a number change', async () => {
    expect(classifyHunk(w('four'), w('5'))).toBe('number');
    expect(classifyHunk(w('a single'), w('two'))).toBe('number');
    expect(classifyHunk(w('a'), w('two'))).toBe('number');
    expect(classifyHunk(w('one'), w('the'))).toBe('number');
    expect(classifyHunk(w('4,000'), w('400'))).toBe('number');
  });
});

describe('verdicts for words put otherwise', () => {
  // The seed corpus, with one quote that says "cannot", "a single" and "figures".
  const corpus = structuredClone(seed);
  const id = `${corpus.quotes[0]!.articleId}#99`;
  corpus.quotes.push({
    ...corpus.quotes[0]!,
    id,
    text: 'We cannot accept a single missile test on the peninsula, and the latest figures show that the pressure is working',
  });
  const loaded = loadMatcher(corpus);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const check = (text: string) => loaded.value.verify({ text });

  it('"one" for "a single" is close, not a number change', async () => {
    const r = await check('We cannot accept one missile test on the peninsula');
    expect(r.best?.quoteId).toBe(id);
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([
      { type: 'substitution', from: 'a single', to: 'one', note: MESSAGES.sameNumber },
    ]);
  });

  it('"can never" for "cannot" is close, not a change of meaning', async () => {
    const r = await check('We can never accept a single missile test on the peninsula');
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([
      { type: 'substitution', from: 'cannot', to: 'can never', note: MESSAGES.sameNegation },
    ]);
  });

  it('"can\'t" for "cannot" is a spelling', async () => {
    const r = await check("We can't accept a single missile test on the peninsula");
    expect(r.verdict).toBe('close');
    expect(r.best?.changes.map((c) => c.type)).toEqual(['spelling']);
  });

  it('a synonym is close, with the swap shown', async () => {
    const r = await check('and the latest numbers show that the pressure is working');
    expect(r.verdict).toBe('close');
    expect(r.best?.changes).toEqual([
      { type: 'substitution', from: 'figures', to: 'numbers', note: MESSAGES.synonym },
    ]);
  });

  it('negation, number and a word that is no synonym stay altered', async () => {
    const dropped = await check('We can accept a single missile test on the peninsula');
    expect(dropped.verdict).toBe('altered');
    expect(dropped.best?.changes.map((c) => c.type)).toEqual(['negation']);
    const number = await check('We cannot accept two missile tests on the peninsula');
    expect(number.verdict).toBe('altered');
    expect(number.best?.changes.map((c) => c.type)).toContain('number');
    const swapped = await check('and the latest polls show that the pressure is working');
    expect(swapped.verdict).toBe('altered');
    expect(swapped.best?.changes).toEqual([{ type: 'substitution', from: 'figures', to: 'polls' }]);
  });

  it('an opposite stays altered', async () => {
    const r = await loaded.value.verify({
      text: 'through any channel, and the door for dialogue will remain closed',
    });
    expect(r.verdict).toBe('altered');
    expect(r.best?.changes).toEqual([{ type: 'antonym', from: 'open', to: 'closed' }]);
  });

  it('seed quotes: "ties" for "relations", "4" for "four", "a side" for "one side"', async () => {
    const ties = await loaded.value.verify({
      text: 'I intend to realize new, full-scale changes based on the groundwork of inter-Korean ties',
    });
    expect(ties.verdict).toBe('close');
    expect(ties.best?.changes[0]).toMatchObject({ type: 'substitution', note: MESSAGES.synonym });
    const figures = await loaded.value.verify({
      text: "over the next 4 years so that our government's peace process can move forward",
    });
    expect(figures.verdict).toBe('close');
    expect(figures.best?.changes).toEqual([
      { type: 'spelling', from: 'four', to: '4', note: MESSAGES.writtenOtherwise },
    ]);
    const side = await loaded.value.verify({
      text: 'There is no reason for us to limit our own room to maneuver by picking a side',
    });
    expect(side.verdict).toBe('close');
  });
});
