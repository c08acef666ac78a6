import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../parseArticle.ts';

/** Headline and date of an invented saved page whose head and body are as given. */
const factsOf = (head: string, body: string) => {
  const { document } = parseHTML(
    `<!doctype html><html lang="en"><head>${head}</head><body>${body}
<article><p>Ferry fares between Port Alder and the islands will rise by a tenth in March, the operator said on Tuesday.</p>
<p>“We held prices for three winters,” said Mara Lind, the operator’s chief executive.</p></article></body></html>`,
  );
  const parsed = parseHtmlArticle('ferry.html', document as unknown as Document);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { title: parsed.value.meta.title, published: parsed.value.meta.published };
};

describe('an h1 that is the section’s label', () => {
  it('the heading that prints the page’s title is the headline', () => {
    expect(
      factsOf(
        '<title>Ferry Fares May Rise by a Tenth</title>',
        '<h1>Harbour Travel Centre</h1><h2>Useful links</h2><h2>Ferry Fares May Rise by a Tenth</h2>',
      ).title,
    ).toBe('Ferry Fares May Rise by a Tenth');
    // The title with the site's name after it names the same heading.
    expect(
      factsOf(
        '<title>Ferry Fares May Rise by a Tenth | Harbour Post</title>',
        '<h1>Harbour Travel Centre</h1><h3>Ferry Fares May Rise by a Tenth</h3>',
      ).title,
    ).toBe('Ferry Fares May Rise by a Tenth');
  });

  it('an h1 that shares the title’s words stays the headline', () => {
    expect(
      factsOf(
        '<title>Ferry fares rise</title>',
        '<h1>Ferry fares rise by a tenth in March</h1><h2>Ferry fares rise</h2>',
      ).title,
    ).toBe('Ferry fares rise by a tenth in March');
  });
});

describe('the date of the article, not of another item on its page', () => {
  it('a video’s own datePublished is not the article’s', () => {
    expect(
      factsOf(
        '<title>Ferry fares rise by a tenth</title>',
        `<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2024-03-06T13:11:07Z"></div>
<h1>Ferry fares rise by a tenth</h1>
<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-03-05T19:46:14Z"></div>`,
      ).published,
    ).toBe('2024-03-05');
    // A property outside any item is the page's own.
    expect(
      factsOf(
        '<title>Ferry fares rise by a tenth</title><meta itemprop="datePublished" content="2024-03-05">',
        '<h1>Ferry fares rise by a tenth</h1>',
      ).published,
    ).toBe('2024-03-05');
  });
});
