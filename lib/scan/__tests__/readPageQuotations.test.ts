import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPageQuotations } from '../readPageQuotations';

/** A news page of our own sentences (happy-dom: lib/scan gets the document passed in). */
function page(paragraphs: string[], extra = ''): Document {
  const window = new Window({ url: 'http://127.0.0.1/story.html' });
  window.document.write(`<!doctype html><html><head><title>Harbour story</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article id="story"><h1>The harbour plan and the people who spoke about it</h1>
    ${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>${extra}</body></html>`);
  return window.document as unknown as Document;
}

const STORY = [
  'The harbour board met on Tuesday to discuss the new ferry timetable for the islands.',
  '“We will run the northern ferry twice a day from the first of May,” said Mara Lind, the board’s <b>chief executive</b>.',
  'Ambassador Tomas Vell told reporters in Oslo: “The harbour agreement will stand whatever the elections bring.”',
  'Mayor Ines Roa was less sure of the timetable. “Nobody has asked the crews what they think about it,” she said.',
  '“It was never going to be cheap,” said a spokesperson for the port.',
];

describe('readPageQuotations', () => {
  it('finds each quotation with the speaker the page gives it, and its range in the live page', () => {
    const doc = page(STORY);
    const before = doc.documentElement.outerHTML;
    const read = readPageQuotations(doc);
    expect(read.quotations.map((q) => [q.id, q.speaker, q.text.slice(0, 24)])).toEqual([
      ['q1', 'Mara Lind', 'We will run the northern'],
      ['q2', 'Tomas Vell', 'The harbour agreement wi'],
      ['q3', 'Ines Roa', 'Nobody has asked the cre'],
      ['q4', null, 'It was never going to be'],
    ]);
    for (const q of read.quotations) expect(q.range?.toString()).toBe(q.text);
    // "told reporters in Oslo": the person, never the place; an unnamed source as printed.
    expect(read.quotations[1]!.speaker).not.toBe('Oslo');
    expect(read.quotations[3]!.source).toBe('a spokesperson');
    expect(read.root?.id).toBe('story');
    expect(read.coverage).toMatchObject({ found: 4, checked: 4, noArticle: false, frames: 0 });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a quotation split over inline elements maps to one range over them', () => {
    const doc = page([
      'The harbour board met again on Wednesday about the ferry plan.',
      '“The <em>northern</em> ferry will <a href="#">run twice</a> a day,” Ambassador Mara Lind said.',
    ]);
    const [q] = readPageQuotations(doc).quotations;
    expect(q?.range?.toString()).toBe('The northern ferry will run twice a day,');
    expect(q?.speaker).toBe('Mara Lind');
    expect(q?.range?.startContainer.nodeType).toBe(3);
  });

  it('checks at most maxQuotations and counts the rest', () => {
    const read = readPageQuotations(page(STORY), { maxQuotations: 2 });
    expect(read.quotations.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(read.coverage).toMatchObject({ found: 4, checked: 2 });
  });

  it('a page past maxPageChars is read up to the cut, and the ranges still lead into the live page', () => {
    const filler = Array.from(
      { length: 40 },
      (_, i) => `The board discussed item ${i} of the agenda at some length before moving on.`,
    );
    const doc = page([
      ...STORY,
      ...filler,
      '“This one comes after the cut,” said Mara Lind, the chief executive.',
    ]);
    const read = readPageQuotations(doc, { maxPageChars: 1500 });
    expect(read.coverage.readChars).toBeLessThan(read.coverage.pageChars);
    expect(read.quotations.map((q) => q.text)).not.toContain('This one comes after the cut,');
    expect(read.quotations.length).toBeGreaterThan(0);
    for (const q of read.quotations) {
      expect(q.range?.toString()).toBe(q.text);
      expect(doc.contains(q.range!.startContainer)).toBe(true);
    }
  });

  it('an article past maxArticleChars is read up to the paragraph that does not fit', () => {
    const read = readPageQuotations(page(STORY), { maxArticleChars: 300 });
    expect(read.coverage.articleChars).toBeLessThanOrEqual(300);
    expect(read.coverage.articleTotalChars).toBeGreaterThan(300);
    expect(read.quotations.map((q) => q.speaker)).toEqual(['Mara Lind']);
    expect(read.coverage.found).toBe(1);
  });

  it('a page with no article body: nothing found, and it says so', () => {
    const window = new Window();
    window.document.write(
      '<!doctype html><html><head><title>Log in</title></head><body><form><input name="u"><button>Go</button></form></body></html>',
    );
    const read = readPageQuotations(window.document as unknown as Document);
    expect(read.quotations).toEqual([]);
    expect(read.coverage.noArticle).toBe(true);
  });

  it('counts embedded frames it does not read', () => {
    const doc = page(STORY);
    doc
      .getElementById('story')!
      .insertAdjacentHTML('beforeend', '<iframe src="about:blank"></iframe>');
    expect(readPageQuotations(doc).coverage.frames).toBe(1);
  });
});
