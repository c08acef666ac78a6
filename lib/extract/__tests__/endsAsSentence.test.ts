import { describe, expect, it } from 'vitest';
import { endsAsSentence } from '../endsAsSentence.ts';
import { tokenize } from '../tokenize.ts';

const ends = (s: string) => endsAsSentence(tokenize(s), s);

describe('a line ends as a sentence of a story, or as a teaser', () => {
  it('a full stop, a question or exclamation mark ends a sentence', () => {
    expect(ends('Pellin promised to halve the fares.')).toBe(true);
    expect(ends('Will Pellin keep her promise to halve the fares?')).toBe(true);
    expect(ends('Pellin promised to halve the fares!')).toBe(true);
  });
  it('a teaser with no closing mark is no sentence', () => {
    expect(ends('VIDEO: Pellin promises to halve the ferry fares')).toBe(false);
  });
});
