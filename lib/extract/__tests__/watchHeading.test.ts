import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"You might also want to read:" is a box heading, not the story', () => {
  it('a "she" below it still reads back to the speaker above it', () => {
    const text = article(
      'Tomas Brenner rose in the chamber with a note he had been sent by ferry workers at the weekend.',
      'Ada Quill thanked the crews for their work, but said the council "will keep the night ferry running all winter".',
      'You might also want to read:',
      'She added: "Sadly the board has not found the money for a second boat this year."',
    );
    expect(speakerIn(text, 'found the money for a second boat')).toBe('Ada Quill');
  });
});
