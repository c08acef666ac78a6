import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/*
 * "“…” – Rovers boss Ada Quill (lost 3-1 at Brackwater).": a round-up signs a quotation
 * with a dash, a role in lower case and the name. The name speaks, not another holder of
 * a "boss" the article named before. Every sentence here is ours.
 */
describe('a dash signature with a role in lower case before the name', () => {
  it('gives the quotation to the name, not to another boss named earlier', () => {
    const found = quotesOf(
      'Managers found many ways to explain away heavy defeats at the weekend.',
      'Harbour boss Tomas Vell (beaten 4-0 at home): “We stayed in the contest right to the end.”',
      '“I do not think our shape or our plan was the problem today” – Rovers boss Ada Quill (lost 3-1 at Brackwater).',
    );
    expect(speakerAmong(found, 'our shape or our plan')).toBe('Ada Quill');
  });
});
