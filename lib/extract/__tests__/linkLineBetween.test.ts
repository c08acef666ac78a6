import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a line sending the reader to a link ("Read the whole letter here.")', () => {
  const page = (link: string) =>
    article(
      'The Tarrow harbour board has answered the vote on the new ferry timetable.',
      'Mayor Ada Quill said:',
      link,
      '“The crews have spoken and we will listen to every one of them before the spring.',
      '“Nothing about the winter boats will change until the board meets again in May.”',
    );

  it('is furniture: the quoted paragraphs below go on from the introduction above it', () => {
    for (const link of [
      'Read her whole letter to the crews here.',
      'Watch the full interview here',
      'Find the board’s reply here.',
    ]) {
      const text = page(link);
      expect(speakerIn(text, 'crews have spoken')).toBe('Ada Quill');
      expect(speakerIn(text, 'winter boats will change')).toBe('Ada Quill');
    }
  });

  it('a sentence of the story that ends in "here" is no such line', () => {
    const text = article(
      'Mayor Ada Quill said:',
      'Read by thousands of crew members, the notice was pinned up here.',
      '“The crews have spoken and we will listen to every one of them before the spring.”',
    );
    expect(speakerIn(text, 'crews have spoken')).not.toBe('Ada Quill');
  });
});
