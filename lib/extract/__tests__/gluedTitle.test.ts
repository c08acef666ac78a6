import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a courtesy title printed with no space before the name', () => {
  it('"Dr.Ada Quill" and then "Dr.Quill" are Ada Quill', () => {
    const text = article(
      'General Secretary of the Harbour Party, Dr.Ada Quill has stated that the ferry board keeps claiming a majority it does not have.',
      'Speaking on a radio show last night Dr.Quill said that the last session of the council passed more bills than any before it.',
    );
    expect(speakerIn(text, 'the ferry board keeps claiming')).toBe('Ada Quill');
    expect(speakerIn(text, 'the last session of the council')).toBe('Ada Quill');
  });
});
