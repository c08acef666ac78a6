import { describe, expect, it } from 'vitest';
import { headlineNamedWords } from '../headlineNamedWords.ts';
import { who as whoIn } from './inventedArticle.ts';

/** Who said what on a made-up page: every sentence is ours, the structure is real headlines'. */
const who = (...lines: string[]) => whoIn(lines.join('\n'));

describe('headlines that give a person’s words without quotation marks', () => {
  it('"Name: words" in the first person are the words of the person the article names', () => {
    expect(
      who(
        'Ada Quill: Our legs went in the last twenty minutes',
        'Harbour Rovers manager Ada Quill said her side lost their way after the break in the 2-1 defeat at Brackwater on Saturday.',
        '“The first half was fine, but our legs went in the last twenty minutes,” Quill told the club website.',
      ),
    ).toContainEqual(['Ada Quill', 'Our legs went in the last twenty minutes']);
  });

  it('"words – Surname" reads the surname as the one person of that name', () => {
    expect(
      who(
        'I will not sell the ferry company – Holt',
        'Ben Holt, the owner of Tarrow Ferries, told shareholders on Monday that the firm would stay in the family.',
      ),
    ).toContainEqual(['Ben Holt', 'I will not sell the ferry company']);
  });

  it('"Role Name verb …: words" (a headline verb between the name and the colon) is the named person’s', () => {
    expect(
      who(
        'Brackwater boss Holt slams his players: We gave the game away in ten minutes',
        'Brackwater Town manager Ben Holt criticised his defenders after the 3-1 home defeat by Harbour Rovers.',
        '“It was a poor afternoon for all of us,” Holt said.',
      ),
    ).toContainEqual(['Ben Holt', 'We gave the game away in ten minutes']);
    expect(
      who(
        'Brackwater boss Holt: We gave the game away in ten minutes',
        'Brackwater Town manager Ben Holt criticised his defenders after the 3-1 home defeat by Harbour Rovers.',
      ),
    ).toContainEqual(['Ben Holt', 'We gave the game away in ten minutes']);
    // A verb that is no speaking ("Holt signs striker: …") gives no one's words.
    expect(
      who(
        'Brackwater boss Holt signs striker: We have our new number nine',
        'Brackwater Town manager Ben Holt completed the signing of a striker from Harbour Rovers on Friday.',
      ),
    ).toEqual([]);
  });

  it('a name the article gives to no person, or words about someone, are no quotation', () => {
    expect(
      who(
        'Brexit: What we know about the new harbour rules',
        'The harbour authority published new rules for ferries on Monday, and operators have a month to comment on them.',
      ),
    ).toEqual([]);
    expect(
      who(
        'Ada Quill: the manager who rebuilt Harbour Rovers',
        'Ada Quill took over Harbour Rovers in 2019 when the club was bottom of the league.',
      ),
    ).toEqual([]);
  });
});

describe('headlineNamedWords', () => {
  it('finds the name and the words in the first person, before a colon or after a dash', () => {
    const line = 'Ada Quill: We were not good enough today';
    const found = headlineNamedWords(line)!;
    expect(found.name).toBe('Ada Quill');
    expect(found.firstPerson).toBe(true);
    expect(line.slice(found.start, found.end)).toBe('We were not good enough today');
    const dashed = 'We’re staying in the league — Quill';
    const last = headlineNamedWords(dashed)!;
    expect(last.name).toBe('Quill');
    expect(last.firstPerson).toBe(true);
    expect(dashed.slice(last.start, last.end)).toBe('We’re staying in the league');
  });

  it('needs four words in the first person, no quotation marks and a capitalised name', () => {
    for (const line of [
      'Ada Quill: We won',
      'Ada Quill: the harbour after the storm',
      'Ada Quill: “We were not good enough today”',
      'Harbour boss Quill signs a striker: we need more goals now',
      'Live: What you need to know about the ferry strike',
    ])
      expect(headlineNamedWords(line)?.firstPerson ?? false, line).toBe(false);
  });
});

describe('a label "Role Name:" before marked words', () => {
  it('is the named person’s, not the club’s before the role ("boss" is no verb)', () => {
    const body =
      'Harbour Rovers manager Ada Quill criticised her players after the 2-1 defeat at Brackwater on Saturday.';
    expect(who('Rovers boss Quill: “Our legs went in the last twenty minutes”', body)).toEqual([
      ['Ada Quill', 'Our legs went in the last twenty minutes'],
    ]);
    expect(
      who('Match report', body, 'Stoke boss Ada Quill: “We gave away two soft goals today.”'),
    ).toContainEqual(['Ada Quill', 'We gave away two soft goals today.']);
  });
});
