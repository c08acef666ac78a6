import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('a role a photo caption gives a person the story names in full', () => {
  const story = (caption: string) =>
    article(
      'Ramon Texeda and Harbour Town went out of the cup on Tuesday night in Porto Verde.',
      caption,
      'Bay City scored the only goal of the tie in the second half.',
      'The Chilean goalkeeper told Bay Radio after the whistle: “We are let down by the result and we know it.”',
    );

  it('“Harbour Town’s Chilean goalkeeper Ramon Texeda” in a caption: “The Chilean goalkeeper” is Texeda', () => {
    expect(
      who(
        story(
          'Harbour Town’s Chilean goalkeeper Ramon Texeda reacts at the end of the match in Porto Verde on May 3, 2024. (Photo by ADA QUILL / AFP)',
        ),
      ),
    ).toEqual([['Ramon Texeda', 'We are let down by the result and we know it.']]);
  });
});
