import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/** A sentence's capitalised first noun before a known surname: every sentence is the test's own. */
describe('a common word opening a sentence before a surname', () => {
  it('is no given name of a second person, so the surname keeps its full name', () => {
    const found = quotesOf(
      'The harbour guild filed a complaint on Monday, led by one of its founders, Orla Penhallow.',
      '"The bruises will fade, the anger will not," said Penhallow.',
      'Bruises Penhallow says came from a crowd barrier on the pier.',
      '"We will keep marching every weekend," said Penhallow.',
    );
    expect(speakerAmong(found, 'We will keep marching')).toBe('Orla Penhallow');
  });

  it('a given name the list knows still names a second person of that surname', () => {
    const found = quotesOf(
      'The harbour guild filed a complaint on Monday, led by one of its founders, Orla Penhallow.',
      'Daniel Penhallow says the complaint was his sister’s idea.',
      '"She never gives up," said Daniel Penhallow.',
    );
    expect(speakerAmong(found, 'She never gives up')).toBe('Daniel Penhallow');
  });
});
