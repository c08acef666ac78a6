import { describe, expect, it } from 'vitest';
import { speakerOf } from './inventedArticle.ts';

const QUOTED = '“You have to run the firm so that every partner in it wins at the same time.”';

describe('a quoted paragraph after a paragraph of reported speech holding a short term in marks', () => {
  it.each([
    'Harbour Freight chief executive Ada Quill says the best result is a “win-win” deal with every partner',
    'Ada Quill said the best result was a “win-win” deal with every partner.',
    'Harbour Freight chief Ada Quill argues that the firm needs “patient” money.',
  ])('%s', (before) => {
    expect(speakerOf('run the firm', 'Harbour Freight results', before, QUOTED)).toBe('Ada Quill');
  });

  it('not when the paragraph before quotes someone in full', () => {
    expect(
      speakerOf(
        'run the firm',
        'Harbour Freight results',
        'Ada Quill says the deal is “the best we have signed in ten years,” said Tomas Varga, her deputy.',
        QUOTED,
      ),
    ).not.toBe('Ada Quill');
  });
});
