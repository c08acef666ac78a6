import { describe, expect, it } from 'vitest';
import { withoutTagMarkup } from '../withoutTagMarkup.ts';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/** Invented copies of pages that carry bits of their HTML markup. Every sentence is the test's own. */
describe('a page copied with tags of its markup left in the text', () => {
  it('reads the quotations around the tags, the marks of attributes no quotation marks', () => {
    const found = quotesOf(
      'The harbour board on Monday said the <a href="https://example.com/ferry-plan" target="_blank">ferry plan</a> for <a href="https://example.com/x/y" target="_blank">Tarrow and Eastmoor</a> would go ahead, as the <a href="https://example.com/tags/fares/" target="_blank">fares</a> rise. Board chair Ada Quill told Radio Tarrow<i> </i>the vote had been close. “We argued about it for three evenings. In the end the numbers won,” she said. “Nobody on the board wanted higher fares.”',
    );
    expect(speakerAmong(found, 'We argued about it')).toBe('Ada Quill');
    expect(speakerAmong(found, 'Nobody on the board')).toBe('Ada Quill');
  });

  it('takes out whole tags only', () => {
    expect(withoutTagMarkup('the <a href="https://example.com/a">plan</a> and <br/> more')).toBe(
      'the plan and  more',
    );
    expect(withoutTagMarkup('if a < b and c > d, or <3')).toBe('if a < b and c > d, or <3');
    expect(withoutTagMarkup('< position="inread" aria-hidden="true"/>')).toBe(
      '< position="inread" aria-hidden="true"/>',
    );
  });
});
