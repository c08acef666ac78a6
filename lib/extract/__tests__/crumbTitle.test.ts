import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('the headline a breadcrumb trail names', () => {
  it('the line printing the trail’s last item again, below a section label', () => {
    expect(
      facts(
        'Skip to main content',
        `Home >  News >  The Harbour Board in Action >  May 2018 >  ${HEADLINE}`,
        'The Harbour Board in Action',
        HEADLINE,
        'May 25, 2018',
        STORY,
        MORE,
      ).title,
    ).toBe(HEADLINE);
    expect(
      facts(`Home » Region » ${HEADLINE}`, 'Notes From the Tarrow Quayside', HEADLINE, STORY, MORE)
        .title,
    ).toBe(HEADLINE);
  });

  it('a trail one item a line, its last crumb cut short: the line printing it in full', () => {
    expect(
      facts(
        '- Home',
        '- /',
        '- Top Stories',
        '- /',
        '- Harbour Board Weekly Round Up...',
        'Harbour Board Weekly Round Up [March 1 to March 7 2021]',
        'Ada Quill',
        '7 Mar 2021 10:07 AM',
        STORY,
        MORE,
      ).title,
    ).toBe('Harbour Board Weekly Round Up [March 1 to March 7 2021]');
    expect(
      facts('Home / Harbour / Harbour board raises ferry…', 'Local', HEADLINE, STORY, MORE).title,
    ).toBe(HEADLINE);
  });

  it('a trail whose last item is a section or a date names no headline', () => {
    expect(facts('Home > Harbour Spokesperson’s Remarks', HEADLINE, STORY, MORE).title).toBe(
      HEADLINE,
    );
    expect(
      facts('Home > News > Friday, May 17, 2013', HEADLINE, 'Friday, May 17, 2013', STORY, MORE)
        .title,
    ).toBe(HEADLINE);
  });
});
