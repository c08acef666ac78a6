import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a sentence that reports two speakers, one after the other', () => {
  it('"NAME said A, but officials estimated B": A stays the first speaker’s', () => {
    const text = article(
      'The ferry pilot, Orla Venn, said as many as 300 people were aboard, but harbour officials in Tarrow later estimated 400 were on the boat.',
    );
    expect(speakerIn(text, 'as many as 300 people were aboard')).toBe('Orla Venn');
  });
  it('"X said A and the board said “…”": A ends where the second speaker starts', () => {
    const text = article(
      'Harbour officials said earlier that pay had fallen for two years and the Tarrow port board said there had been “a steady rise in wages across every grade of the port”.',
    );
    expect(speakerIn(text, 'pay had fallen for two years')).toMatch(/^anonymous/);
  });
});

describe('"…, who said …" after a preposition: the person named before the comma', () => {
  it('reads the relative clause’s report as that person’s', () => {
    const text = article(
      'The singer Ada Quill opened the new concert hall in Vessby last spring.',
      'The gala was one of few outings this year for Quill, who said she needed a long rest after her tour of the north.',
    );
    expect(speakerIn(text, 'she needed a long rest')).toBe('Ada Quill');
  });
});

describe('"revealed it is …": "it" and a finite verb open a clause', () => {
  it('reads the clause as the speaker’s reported words', () => {
    const text = article(
      'The singer Ada Quill opened the new concert hall in Vessby last spring.',
      'Asked about her oddest keepsake, Quill revealed it is a signed ferry ticket from her first crossing.',
    );
    expect(speakerIn(text, 'a signed ferry ticket from her first crossing')).toBe('Ada Quill');
  });
});
