import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../parseArticle.ts';
import type { ExtractedArticle } from '../../types.ts';
import { locateQuote } from '../locateQuote.ts';

/** An invented news page, built the way real ones are: metadata, navigation, comments, a newsletter box. */
const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Ferry fares to rise in spring | The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post">
<meta property="og:title" content="Ferry fares to rise in spring">
<meta property="article:published_time" content="2023-11-15T09:30:00+00:00">
<link rel="canonical" href="https://harbourpost.example/news/ferry-fares">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry fares to rise in spring","datePublished":"2023-11-15T09:30:00Z","dateModified":"2023-11-16T10:00:00Z","author":{"@type":"Person","name":"Jo Reed"},"publisher":{"@type":"Organization","name":"The Harbour Post"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<p class="kicker">Transport</p>
<h1>Ferry fares to rise in spring</h1>
<p class="byline">By Jo Reed · <time datetime="2023-11-15">15 Nov 2023</time></p>
<figure><img src="/ferry.jpg" alt=""><figcaption>“Full steam ahead,” reads the sign at the pier.</figcaption></figure>
<p>Ferry fares between Port Alder and the islands will rise by a tenth in March, the operator said on Tuesday, blaming the cost of fuel and of new crew rules.</p>
<p>“We held prices for three winters, and we cannot hold them for a fourth,” said Mara <em>Lind</em>, the operator’s chief executive. “Islanders will still pay <a href="/x">less than visitors</a>.”</p>
<p>Councillor Bo Hale wrote on the council's website:</p>
<blockquote><p>The islands were not asked. A ferry is a road to us, and nobody raises the price of a road overnight.</p></blockquote>
<p>Hale said he would ask the regional assembly to cap the rise at five per cent, and that a vote could come before Christmas.</p>
<div class="newsletter"><h3>Get the Harbour Post daily</h3><p>“The best news from the coast,” every morning in your inbox.</p></div>
</article>
<section id="comments"><h2>2 comments</h2>
<article class="comment"><p>“Daylight robbery,” says my neighbour, and she is right about the whole business.</p></article>
</section></main>
<footer><p>Most read: “We were never told”: islanders angry at timetable</p></footer>
</body></html>`;

const read = (html = PAGE): { article: ExtractedArticle; doc: Document } => {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const parsed = parseHtmlArticle('ferry.html', doc);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { article: parsed.value, doc };
};

describe('a saved web page', () => {
  it('reads the page facts from its metadata: headline, outlet, url, date, byline', () => {
    expect(read().article.meta).toEqual({
      title: 'Ferry fares to rise in spring',
      outlet: 'The Harbour Post',
      url: 'https://harbourpost.example/news/ferry-fares',
      published: '2023-11-15',
      dateSource: 'article',
      byline: 'Jo Reed',
      language: 'en',
    });
  });

  it('finds the quotations of the article, a block quotation included, and nothing from captions, the newsletter box or comments', () => {
    const { article } = read();
    expect(article.quotes.map((q) => [q.kind, q.speaker ?? q.sourceKind, q.text])).toEqual([
      [
        'direct',
        'Mara Lind',
        'We held prices for three winters, and we cannot hold them for a fourth,',
      ],
      ['direct', 'Mara Lind', 'Islanders will still pay less than visitors.'],
      [
        'direct',
        'Bo Hale',
        'The islands were not asked. A ferry is a road to us, and nobody raises the price of a road overnight.',
      ],
      [
        'reported',
        'Bo Hale',
        'he would ask the regional assembly to cap the rise at five per cent, and that a vote could come before Christmas',
      ],
    ]);
    const all = JSON.stringify(article);
    for (const furniture of [
      'Full steam ahead',
      'best news from the coast',
      'Daylight robbery',
      'never told',
    ])
      expect(all).not.toContain(furniture);
  });

  it('never changes the page it reads', () => {
    const { document } = parseHTML(PAGE);
    const before = document.toString();
    parseHtmlArticle('ferry.html', document as unknown as Document);
    expect(document.toString()).toBe(before);
  });

  it('maps each quotation back to the text nodes it came from, across inline elements', () => {
    const { article, doc } = read();
    for (const q of article.quotes) {
      const para = article.paragraphs.find((p) => p.start <= q.start && q.end <= p.end)!;
      const span = locateQuote(doc, para, article.text.slice(para.start, para.end), q.start, q.end);
      expect(span, q.text).not.toBeNull();
      // The characters between the two DOM positions, spaces collapsed as on screen.
      const nodes: Text[] = [];
      const walk = (n: Node) => {
        if (n.nodeType === 3) nodes.push(n as Text);
        for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
      };
      walk(doc.documentElement);
      const from = nodes.indexOf(span!.startNode as Text);
      const to = nodes.indexOf(span!.endNode as Text);
      const between =
        from === to
          ? nodes[from]!.data.slice(span!.startOffset, span!.endOffset)
          : [
              nodes[from]!.data.slice(span!.startOffset),
              ...nodes.slice(from + 1, to).map((n) => n.data),
              nodes[to]!.data.slice(0, span!.endOffset),
            ].join('');
      expect(between.replace(/\s+/g, ' ')).toBe(q.text);
    }
  });

  it('reads the date a page prints, never its revision (“Last update: …”, “Updated …”)', () => {
    const page = (dates: string) =>
      `<!doctype html><html lang="en"><head><title>Ferry fares to rise in spring</title></head><body><article>
<h1>Ferry fares to rise in spring</h1>${dates}
<p>Ferry fares between Port Alder and the islands will rise by a tenth in March, the operator said on Tuesday.</p>
<p>“We held prices for three winters, and we cannot hold them for a fourth,” said Mara Lind, the operator’s chief executive.</p>
</article></body></html>`;
    for (const label of ['Last update:', 'Last updated', 'Updated', 'Modified:'])
      expect(
        read(page(`<p class="meta">${label} 20 June 2019</p><p class="date">14 June 2019</p>`))
          .article.meta.published,
        label,
      ).toBe('2019-06-14');
  });

  it('takes the h1 for the headline, never a section label or an archive heading', () => {
    const html = PAGE.replace(
      '<h1>Ferry fares to rise in spring</h1>',
      '<h1>Monthly Archives: November 2023</h1><h2>Ferry fares to rise in spring</h2>',
    );
    expect(read(html).article.meta.title).toBe('Ferry fares to rise in spring');
  });
});
