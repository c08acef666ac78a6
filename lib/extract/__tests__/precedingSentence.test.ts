import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

/** Another person in the story, so that no quotation is hers merely as its only speaker. */
const OPENING =
  'Harbour master Ben Holt opened the ferry trial on Monday, and two new boats crossed the strait.';
const QUOTE = '“Give people a boat they will actually use and they will come back every day.”';

describe('a quotation opening a sentence after narration about one person, same paragraph', () => {
  it.each([
    ['Ada Quill seemed happy with the figures.'],
    ['Speaking at the depot on Friday, Ada Quill took aim at the ministry.'],
    ['Ada Quill, the board chair, summed up the day with a metaphor.'],
    ['Board chair Ada Quill was in a good mood after the last crossing.'],
  ])('"%s “…”": hers', (narration) => {
    const text = article(OPENING, `${narration} ${QUOTE}`);
    expect(speakerIn(text, 'actually use')).toBe('Ada Quill');
  });

  it.each([
    ['Ada Quill and Mira Stent toured the depot after the last crossing.'],
    ['The board chair seemed happy with the figures.'],
  ])('"%s “…”": two people, or no name, leave it open', (narration) => {
    const text = article(OPENING, `Ada Quill chairs the board. ${narration} ${QUOTE}`);
    expect(speakerIn(text, 'actually use')).not.toBe('Ada Quill');
  });

  it('a word after the quotation may be its own attribution: not hers', () => {
    const text = article(
      OPENING,
      'Ada Quill pinned a notice to the depot door. “Closed for repairs until the spring,” the notice reads.',
    );
    expect(speakerIn(text, 'Closed for repairs')).not.toBe('Ada Quill');
  });

  it('a paragraph with a quotation already given to someone else is left alone', () => {
    const text = article(
      OPENING,
      'Ada Quill smiled at the result. “We won the argument,” Lina Varga said. “Now we need the money.”',
    );
    expect(speakerIn(text, 'We won the argument')).toMatch(/Lina Varga/);
    expect(speakerIn(text, 'Now we need the money')).not.toBe('Ada Quill');
  });
});
