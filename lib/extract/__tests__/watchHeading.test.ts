import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"You may also want to watch:" is a box heading, not the story', () => {
  it('a "she" below it still reads back to the speaker above it', () => {
    const text = article(
      'Tomas Brenner rose in the chamber to read out a letter from ferry workers at the weekend.',
      'Ada Quill thanked the crews for their work, but said the council "will keep the night ferry running all winter".',
      'You may also want to watch:',
      'She added: "Sadly the board has not found the money for a second boat this year."',
    );
    expect(speakerIn(text, 'found the money for a second boat')).toBe('Ada Quill');
  });
});
