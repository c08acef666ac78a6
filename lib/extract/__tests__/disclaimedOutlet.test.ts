import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

/** The outlet of a copy: the headline, the story, then `line` under it. */
const outletOver = (line: string) => facts(HEADLINE, STORY, MORE, line).outlet;

describe('the outlet a page names where it disclaims what it carries', () => {
  it('the publisher that is not responsible for other sites, or for a feed it reprints', () => {
    expect(outletOver('The HBC is not responsible for what external sites hold.')).toBe('HBC');
    expect(
      outletOver(
        'This item reached us from an agency feed. Tarrow-day accepts no liability for how reliable it is.',
      ),
    ).toBe('Tarrow-day');
    expect(
      outletOver('Harbour Newswire takes no responsibility for the content of this article.'),
    ).toBe('Harbour Newswire');
  });

  it('the publisher that provides the content "as is"', () => {
    expect(
      outletOver('Quay Presswire provides this news content to readers "as is", with no promise.'),
    ).toBe('Quay Presswire');
    expect(outletOver('Tarrow Wire provides this content as is, without any warranty.')).toBe(
      'Tarrow Wire',
    );
  });

  it('a body that disclaims anything but the page’s content names no outlet', () => {
    expect(
      outletOver('The Harbour Council accepts no responsibility for the flooding of the quay.'),
    ).toBeNull();
    expect(outletOver('Ada Quill is not responsible for the delays, the board said.')).toBeNull();
  });
});
