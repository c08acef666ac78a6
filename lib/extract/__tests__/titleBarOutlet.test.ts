import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, MORE, STORY } from './textFactsOf.ts';

const TITLE = 'Harbour board raises ferry fares for spring';

describe('the site’s name after the title in the browser’s title line', () => {
  it('the title printed again below without the name: the name is the outlet', () => {
    expect(facts(`${TITLE} - HBC`, 'A A A', TITLE, STORY, MORE).outlet).toBe('HBC');
    expect(facts(`${TITLE} | Tarrow Evening Post`, TITLE, STORY, MORE).outlet).toBe(
      'Tarrow Evening Post',
    );
    expect(facts(`${TITLE} – Quay Radio: News, Weather and Sport`, TITLE, STORY).outlet).toBe(
      'Quay Radio',
    );
  });

  it('a title the browser cut short, printed in full below', () => {
    const read = facts(
      'Harbour board raises ferry fares for spr - WXYZ News 7 Tarrow OR: News, Weather and Sports',
      TITLE,
      STORY,
      MORE,
    );
    expect(read.outlet).toBe('WXYZ News 7');
    expect(read.title).toBe(TITLE);
  });

  it('a signature printed with the title each time, or a title never printed again, is none', () => {
    // "… - Harbour Herald" printed twice: the newspaper a wire story credits, part of the title.
    expect(
      facts(`${TITLE} - Harbour Herald`, 'March 4, 2025', `${TITLE} - Harbour Herald`, STORY)
        .outlet,
    ).toBeNull();
    expect(facts(`${TITLE} – Quay Review`, STORY, MORE).outlet).toBeNull();
    expect(facts(`${TITLE} - minister`, TITLE, STORY, MORE).outlet).toBeNull();
  });
});
