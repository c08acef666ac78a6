import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a town and its abbreviated state between an employer and an appositive', () => {
  it('gives the words to the person before the employer, not to the state', () => {
    const text = article(
      'Ilse Danvers of Marrow College in Linden, Mass., chair of the harbour trust, says that every berth will be let to local boats.',
    );
    expect(speakerIn(text, 'every berth will be let')).toBe('Ilse Danvers');
  });

  it('does so with the state spelt out as well', () => {
    const text = article(
      'Tomas Vellard of the Tarrow Institute in Rockhollow, Maryland, a hydrologist, said that the river had never run so low.',
    );
    expect(speakerIn(text, 'the river had never run so low')).toBe('Tomas Vellard');
  });
});
