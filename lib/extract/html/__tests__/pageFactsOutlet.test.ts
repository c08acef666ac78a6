import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../parseArticle.ts';

/** An invented page whose head names its outlet as `head` says. */
const outletOf = (head: string): string | null => {
  const { document } = parseHTML(`<!doctype html><html lang="en"><head>${head}
<meta property="og:title" content="Ferry fares to rise in spring"></head><body><article>
<h1>Ferry fares to rise in spring</h1>
<p>Ferry fares between Port Alder and the islands will rise by a tenth in March, the operator said on Tuesday.</p>
<p>“We held prices for three winters,” said Mara Lind, the operator’s chief executive.</p>
</article></body></html>`);
  const parsed = parseHtmlArticle('ferry.html', document as unknown as Document);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.meta.outlet;
};

describe('the outlet of a saved page whose metadata gives no site name', () => {
  it('the name after the headline in the page’s title', () => {
    expect(outletOf('<title>Ferry fares to rise in spring - The Harbour Post</title>')).toBe(
      'The Harbour Post',
    );
    expect(outletOf('<title>Ferry fares to rise in spring | Harbour Post</title>')).toBe(
      'Harbour Post',
    );
  });

  it('a site name that is a web address is no name; a title that is only the headline names none', () => {
    expect(
      outletOf(
        '<meta property="og:site_name" content="http://www.harbourpost.example"><title>Ferry fares to rise in spring | Harbour Post</title>',
      ),
    ).toBe('Harbour Post');
    expect(outletOf('<title>Ferry fares to rise in spring</title>')).toBeNull();
    expect(
      outletOf('<title>Ferry fares to rise in spring - and islanders are not happy</title>'),
    ).toBeNull();
  });

  it('the site name wins over the title', () => {
    expect(
      outletOf(
        '<meta property="og:site_name" content="Harbour Post"><title>Ferry fares to rise in spring - The Harbour Post Online</title>',
      ),
    ).toBe('Harbour Post');
  });
});
