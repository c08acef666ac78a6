/**
 * The figures behind MATCH_CONFIG.specificity.minBits, on the shipped word table and the
 * seed quotations of the bundled corpus (articles 000–003): the stock phrases the first
 * trial attributed fall below it; the seed quotations and nearly all their eight-word
 * excerpts stay above.
 */
import { describe, expect, it } from 'vitest';
import corpus from '../../../../corpus/quotes.json';
import { MATCH_CONFIG } from '../../config';
import { selectionWords } from '../gateCommonPhrases';
import { measureSpecificity } from '../measureSpecificity';
import { shippedWordBits } from '../shippedWordBits';

const { minBits } = MATCH_CONFIG.specificity;
const bitsOf = (text: string) => measureSpecificity(selectionWords(text), shippedWordBits);
const bitsOfWords = (words: string[]) => measureSpecificity(words, shippedWordBits);

/** The seed articles' quotes (not the test fixtures 010–014). */
const SEED_QUOTES = corpus.quotes.filter((q) => /^00\d_/.test(q.articleId));

describe('specificity calibration', () => {
  it('the stock phrases of the first trial fall below minBits', () => {
    expect(bitsOf('room to maneuver')).toBeCloseTo(30.8, 1);
    expect(bitsOf('at any time and through any channel')).toBeCloseTo(36.8, 1);
    expect(bitsOf('over the next four years')).toBeCloseTo(21.0, 1);
    for (const phrase of [
      'room to maneuver',
      'at any time and through any channel',
      'over the next four years',
      'at the end of the day',
      'for the time being',
      'in the near future',
      'to the best of my knowledge',
      'let me be clear',
    ]) {
      expect(bitsOf(phrase), phrase).toBeLessThan(minBits);
    }
  });

  it('every seed quotation stays well above it', () => {
    expect(SEED_QUOTES.length).toBeGreaterThanOrEqual(30);
    const lowest = Math.min(...SEED_QUOTES.map((q) => bitsOf(q.text)));
    expect(lowest).toBeGreaterThan(minBits + 30);
  });

  it('about 99% of their eight-word excerpts stay above (577 of 583); those below hold "next four years"', () => {
    const below: string[] = [];
    let excerpts = 0;
    for (const quote of SEED_QUOTES) {
      const words = selectionWords(quote.text);
      for (let i = 0; i + 8 <= words.length; i++) {
        excerpts++;
        const window = words.slice(i, i + 8);
        if (bitsOfWords(window) < minBits) below.push(window.join(' '));
      }
    }
    expect(excerpts).toBeGreaterThan(500);
    expect(below.length / excerpts).toBeLessThan(0.015);
    for (const excerpt of below) expect(excerpt).toContain('next four years');
  });
});
