import { describe, expect, it } from 'vitest';
import { creditedName } from '../creditedName.ts';
import { tokenize } from '../tokenize.ts';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/**
 * Invented "what they said" round-ups: each quotation credited after a dash, by a line
 * that names the speaker first (after a few describing words) and then goes on to say
 * what they did, or credited by a topic line under it. Every sentence is the test's own.
 */
describe('a round-up credit after a dash names the speaker first, whatever follows', () => {
  it('reads the name before a clause in the same paragraph', () => {
    const found = quotesOf(
      'Ada Quill won the Tarrow marathon and Ben Holt came second in the sprint.',
      'We collect the best lines of the week:',
      '“I ran the last mile on nothing but stubbornness and cold tea.” – Veteran Tarrow runner Ada Quill reflects on her first marathon win at the age of forty.',
      '“Second place tastes of cardboard, and I have eaten plenty of it.” – Ben Holt, who missed gold by a hundredth, jokes about his luck.',
    );
    expect(speakerAmong(found, 'nothing but stubbornness')).toBe('Ada Quill');
    expect(speakerAmong(found, 'tastes of cardboard')).toBe('Ben Holt');
  });

  it('reads a dashed line under the quotation that names the speaker, then a clause', () => {
    const found = quotesOf(
      'Ada Quill and Ben Holt both spoke before the Harbour Cup final.',
      'Here is what the two camps told us.',
      '“We have trained in the rain for a month, so a wet pitch will not scare us.”',
      '– Harbour’s stubborn captain Ada Quill knows the forecast better than anyone.',
      '“Nobody gave us a chance in March and nobody gives us one now.”',
      '– Brackwater winger Ben Holt has heard the doubters all season long.',
    );
    expect(speakerAmong(found, 'trained in the rain')).toBe('Ada Quill');
    expect(speakerAmong(found, 'Nobody gave us a chance')).toBe('Ben Holt');
  });

  it('reads an undashed topic line under a quotation as its credit where the page signs below', () => {
    const found = quotesOf(
      'Ada Quill, Ben Holt and Cora Vell all spoke before the Harbour Cup final.',
      'Here is what the three camps told us.',
      '“We have trained in the rain for a month, so a wet pitch will not scare us.”',
      '– Harbour captain Ada Quill knows the forecast better than anyone.',
      '“Nobody gave us a chance in March and nobody gives us one now.”',
      'Brackwater coach Ben Holt on the doubters his side has faced all season.',
      '“I only want the players to enjoy the afternoon, whatever the score.”',
      '– Tarrow coach Cora Vell keeps things simple before the final.',
    );
    expect(speakerAmong(found, 'Nobody gave us a chance')).toBe('Ben Holt');
    expect(speakerAmong(found, 'enjoy the afternoon')).toBe('Cora Vell');
  });
});

describe('creditedName', () => {
  const credit = (line: string, speechAfter = false) =>
    creditedName(tokenize(line), line, { speechAfter })?.text ?? null;

  it('skips describing words, possessives, nationalities and capitals before the name', () => {
    expect(credit('Veteran US sprinter Ada Quill did not use her win to make peace')).toBe(
      'Ada Quill',
    );
    expect(credit('Tarrow’s star flanker Ada Quill (pictured) on the goggles')).toBe('Ada Quill');
    expect(credit('Straight-talking Australian Ada Quill, a veteran of six finals')).toBe(
      'Ada Quill',
    );
  });

  it('names nobody in a sentence: a speech verb after the name, or a clause before it', () => {
    expect(credit('Ada Quill said the harbour would close')).toBeNull();
    expect(credit('Ada Quill said after the final', true)).toBe('Ada Quill');
    expect(credit('But then he told Ada Quill about the plan')).toBeNull();
    expect(credit('Harbour Rovers: the best side in the league')).toBeNull();
  });

  it('takes the name after a describing run, not a name after a verb', () => {
    expect(credit('Veteran Tarrow runner Ada Quill reflects on her win')).toBe('Ada Quill');
    expect(credit('Ada Quill praises Ben Holt after the final')).toBe('Ada Quill');
  });
});
