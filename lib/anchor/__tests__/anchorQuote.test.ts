import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../text/normalize';
import { anchorInIndex, anchorQuote } from '../anchorQuote';
import { indexText } from '../indexText';
import { offsetsOfRange } from '../offsetsOfRange';

/** A happy-dom document of our own markup (no DOM globals: lib/anchor gets it passed in). */
function page(body: string): Document {
  const window = new Window();
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

const root = (doc: Document, id = 'story') => doc.getElementById(id)!;

function anchored(doc: Document, selector: Parameters<typeof anchorQuote>[1], id = 'story') {
  const r = anchorQuote(root(doc, id), selector);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('anchorQuote', () => {
  it('finds a quotation split across inline elements, and the Range covers exactly it', () => {
    const doc = page(
      '<article id="story"><p>The mayor said <em>the ferry</em> will <a href="#x">run again</a> by May, officials said.</p></article>',
    );
    const a = anchored(doc, { exact: 'the ferry will run again by May' });
    expect(a.method).toBe('exact');
    expect(a.range.toString()).toBe('the ferry will run again by May');
    expect((a.range.startContainer.parentNode as Element).tagName).toBe('EM');
    expect(root(doc).textContent!.slice(a.start, a.end)).toBe('the ferry will run again by May');
  });

  it('reads a no-break space, a line break in the markup and curly quotes as the quote', () => {
    const doc = page(
      '<div id="story"><p>“It’s&nbsp;time we\n   opened the harbour,” she said.</p></div>',
    );
    const a = anchored(doc, { exact: `"It's time we opened the harbour,"` });
    expect(a.range.toString()).toBe('“It’s\u00a0time we\n   opened the harbour,”');
  });

  it('chooses between two printings of one quotation by their context', () => {
    const doc = page(
      '<div id="story"><p id="a">On Monday Kim said “we will not move” to reporters.</p>' +
        '<p id="b">Later, Park repeated “we will not move” in parliament.</p></div>',
    );
    const first = anchored(doc, {
      exact: 'we will not move',
      prefix: 'Kim said “',
      suffix: '” to',
    });
    const second = anchored(doc, {
      exact: 'we will not move',
      prefix: 'Park repeated “',
      suffix: '” in parliament',
    });
    expect(first.candidates).toBe(2);
    expect(first.range.startContainer.parentNode).toBe(doc.getElementById('a'));
    expect(second.range.startContainer.parentNode).toBe(doc.getElementById('b'));
    expect(second.start).toBeGreaterThan(first.start);
  });

  it('chooses by position when nothing else tells two printings apart', () => {
    const doc = page(
      '<div id="story"><p>we will not move</p><p>filler text between them</p><p>we will not move</p></div>',
    );
    const late = anchored(doc, { exact: 'we will not move', hint: 40 });
    expect(late.start).toBe(root(doc).textContent!.lastIndexOf('we will not move'));
    expect(anchored(doc, { exact: 'we will not move', hint: 0 }).start).toBe(0);
  });

  it('follows the quotation when text is inserted before it (the position moved)', () => {
    const story = '<p>Intro.</p><p>Lee said the talks would resume in spring.</p>';
    const before = page(`<div id="story">${story}</div>`);
    const was = anchored(before, { exact: 'the talks would resume in spring' });
    const after = page(
      `<div id="story"><p>Update: a correction was added above this story at noon.</p>${story}</div>`,
    );
    const now = anchored(after, { exact: 'the talks would resume in spring', hint: was.start });
    expect(now.start).toBe(
      was.start + 'Update: a correction was added above this story at noon.'.length,
    );
    expect(now.range.toString()).toBe('the talks would resume in spring');
  });

  it('finds a quotation the page prints with small differences (approximate match)', () => {
    const doc = page(
      '<div id="story"><p>He wrote that the goverment would recieve the report on Tuesday.</p></div>',
    );
    const a = anchored(doc, { exact: 'the government would receive the report' });
    expect(a.method).toBe('approximate');
    expect(a.range.toString()).toBe('the goverment would recieve the report');
    expect(a.score).toBeGreaterThan(0.9);
  });

  it('spans a paragraph break as a space, as a reader sees it', () => {
    const doc = page('<div id="story"><p>We are ready.</p><p>The door is open.</p></div>');
    const a = anchored(doc, { exact: 'ready. The door' });
    expect(a.range.toString()).toBe('ready.The door');
  });

  it('never anchors in a script or style: only in text the page shows', () => {
    const doc = page(
      '<div id="story"><script type="application/ld+json">{"articleBody":"we will not move"}</script>' +
        '<p id="shown">Kim: we will not move.</p></div>',
    );
    const a = anchored(doc, { exact: 'we will not move' });
    expect(a.candidates).toBe(1);
    expect(a.range.startContainer.parentNode).toBe(doc.getElementById('shown'));
  });

  it('ends the Range where the quotation ends, not after hidden text that follows it', () => {
    const doc = page('<p id="story">Kim: we will not move<script>var x = 1;</script> again.</p>');
    const a = anchored(doc, { exact: 'we will not move' });
    expect(a.range.toString()).toBe('we will not move');
    expect(a.range.endContainer).toBe(a.range.startContainer);
  });

  it('fails cleanly when the quotation is not there, or is empty', () => {
    const doc = page('<div id="story"><p>Nothing to see here at all.</p></div>');
    const missing = anchorQuote(root(doc), { exact: 'the sanctions would be restored at once' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('anchor-not-found');
    const empty = anchorQuote(root(doc), { exact: ' \u200b ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.code).toBe('anchor-empty-quote');
    const blank = anchorQuote(page('<div id="story"> </div>').getElementById('story')!, {
      exact: 'anything',
    });
    expect(blank.ok).toBe(false);
  });

  it('anchors many quotations against one index, leaving the DOM as it was', () => {
    const doc = page(
      '<div id="story"><p>“First,” said A.</p><p>“Second <b>one</b>,” said B.</p></div>',
    );
    const html = doc.body.innerHTML;
    const index = indexText(root(doc));
    const found = ['First', 'Second one', 'said B'].map((exact) => anchorInIndex(index, { exact }));
    expect(found.map((r) => r.ok && r.value.range.toString())).toEqual([
      'First',
      'Second one',
      'said B',
    ]);
    expect(doc.body.innerHTML).toBe(html);
  });

  it('property: any stretch of words of a page split into inline elements anchors to itself', () => {
    const words =
      'Kim said the harbour would reopen in May, and that “nobody” would lose a job over it'.split(
        ' ',
      );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('em', 'a', 'span', 'b', ''), {
          minLength: words.length,
          maxLength: words.length,
        }),
        fc.integer({ min: 0, max: words.length - 3 }),
        fc.integer({ min: 3, max: words.length }),
        (tags, from, len) => {
          const markup = words
            .map((w, i) => (tags[i] ? `<${tags[i]}>${w}</${tags[i]}>` : w))
            .join(' ');
          const doc = page(`<p id="story">${markup}</p>`);
          const exact = words.slice(from, Math.min(words.length, from + len)).join(' ');
          const a = anchored(doc, { exact });
          expect(normalize(a.range.toString()).text).toBe(normalize(exact).text);
          const back = offsetsOfRange(root(doc), a.range);
          expect(back).toEqual({ ok: true, value: { start: a.start, end: a.end } });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('offsetsOfRange', () => {
  it('gives a selection as offsets into its paragraph, across inline elements', () => {
    const doc = page('<p id="story">Lee said <em>we will</em> meet <a href="#">in spring</a>.</p>');
    const p = root(doc);
    const range = doc.createRange();
    range.setStart(p.querySelector('em')!.firstChild!, 3);
    range.setEnd(p.querySelector('a')!.firstChild!, 2);
    const r = offsetsOfRange(p, range);
    expect(r).toEqual({ ok: true, value: { start: 12, end: 24 } });
    expect(p.textContent!.slice(12, 24)).toBe('will meet in');
    expect(range.toString()).toBe('will meet in');
  });

  it('reads boundaries set on elements (before or after a child)', () => {
    const doc = page('<p id="story">Lee said <em>we will</em> meet.</p>');
    const p = root(doc);
    const range = doc.createRange();
    range.setStart(p, 1); // before <em>
    range.setEnd(p, 2); // after </em>
    expect(offsetsOfRange(p, range)).toEqual({ ok: true, value: { start: 9, end: 16 } });
  });

  it('says so when the selection is outside the root', () => {
    const doc = page('<p id="story">Inside.</p><p id="other">Outside.</p>');
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('other')!);
    const r = offsetsOfRange(root(doc), range);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('anchor-outside-root');
  });

  it('works on a linkedom document too, from plain boundary points', () => {
    const { document } = parseHTML(
      '<html><body><p id="story">Lee said <em>we will</em> meet.</p></body></html>',
    );
    const p = document.getElementById('story') as unknown as Element;
    const em = p.querySelector('em')!;
    const r = offsetsOfRange(p, {
      startContainer: em.firstChild!,
      startOffset: 0,
      endContainer: p.lastChild!,
      endOffset: 5,
    });
    expect(r).toEqual({ ok: true, value: { start: 9, end: 21 } });
    expect(p.textContent!.slice(9, 21)).toBe('we will meet');
    const index = indexText(p);
    expect(index.length).toBe(p.textContent!.length);
    expect(index.search.text).toBe('lee said we will meet.');
  });
});
