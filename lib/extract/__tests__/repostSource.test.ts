import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a repost names where its story ran first', () => {
  it('after the headline: the outlet, and the headline without it', () => {
    expect(facts(`${HEADLINE} originally appeared on Harbour Sports Tarrow`, STORY, MORE)).toEqual({
      title: HEADLINE,
      outlet: 'Harbour Sports Tarrow',
      published: null,
    });
    expect(facts(`${HEADLINE} first appeared on KHBC 7 News`, STORY, MORE).outlet).toBe(
      'KHBC 7 News',
    );
  });

  it('on a line after the story, with or without a link', () => {
    expect(facts(HEADLINE, STORY, MORE, '→ Continue reading at Harbour Business').outlet).toBe(
      'Harbour Business',
    );
    expect(facts(HEADLINE, STORY, MORE, 'from Tarrow Herald https://feed.example/x1').outlet).toBe(
      'Tarrow Herald',
    );
    expect(
      facts(HEADLINE, STORY, MORE, `The post ${HEADLINE} appeared first on Harbour Daily.`).outlet,
    ).toBe('Harbour Daily');
    expect(
      facts(HEADLINE, STORY, MORE, 'This article was originally published by The Tarrow Review.')
        .outlet,
    ).toBe('The Tarrow Review');
  });

  it('a platform, a place in a sentence, or a person’s first appearance is no source', () => {
    expect(facts(HEADLINE, STORY, 'The clip first appeared on TikTok.').outlet).toBeNull();
    expect(facts(HEADLINE, STORY, 'Ada Quill first appeared on stage in 1990.').outlet).toBeNull();
    expect(
      facts(HEADLINE, STORY, 'The notice first ran in the parish bulletin.').outlet,
    ).toBeNull();
    expect(facts(HEADLINE, STORY, 'from Tarrow Herald, the board said.').outlet).toBeNull();
    // A version the writer adapted from one that ran elsewhere: the page is the writer's own.
    expect(
      facts(HEADLINE, STORY, 'Note: A version of this post first appeared at The Tarrow Review.')
        .outlet,
    ).toBeNull();
  });
});
