import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';
import { textFactsOf as facts, STORY } from './textFactsOf.ts';

describe('the outlet of a plain-text copy', () => {
  it('a wire dateline, a byline that is an organisation, a copyright notice, an agency line', () => {
    expect(facts('Ferry fares rise again in spring', `TARROW (AP) — ${STORY}`).outlet).toBe('AP');
    expect(
      facts('Ferry fares rise again in spring', `Tarrow, May 3 (Harbour Wire): ${STORY}`).outlet,
    ).toBe('Harbour Wire');
    expect(facts('Ferry fares rise again in spring', 'By The Associated Press', STORY).outlet).toBe(
      'The Associated Press',
    );
    expect(
      facts('Ferry fares rise again in spring', 'Jo Reed (c) 2021, The Tarrow Post', STORY).outlet,
    ).toBe('The Tarrow Post');
    expect(facts('Ferry fares rise again in spring', 'PTI', STORY).outlet).toBe('PTI');
  });

  it('the publisher’s copyright wins over a wire credit, unless it is the agency’s parent', () => {
    expect(
      facts(
        'Ferry fares rise again in spring',
        `TARROW (Yonhap) -- ${STORY}`,
        'Copyright © The Tarrow Post. All rights reserved.',
      ).outlet,
    ).toBe('The Tarrow Post');
  });

  it('a number, a label, a section, a menu word or a person above the headline is no outlet', () => {
    for (const line of [
      '39217',
      'Text Size',
      'Press Release',
      'National',
      'HamberMenu',
      'In',
      'James Saunders',
      'Category Archive: Company Updates',
    ]) {
      expect(facts(line, 'Ferry fares rise again in spring', STORY).outlet, line).toBeNull();
    }
    expect(facts('The Tarrow Post', 'Ferry fares rise again in spring', STORY).outlet).toBe(
      'The Tarrow Post',
    );
    // A label in capitals in brackets is no wire credit.
    expect(
      facts(
        'Press conference by the harbour minister',
        `HARBOUR OFFICE SECRETARY (MODERATOR): ${STORY}`,
      ).outlet,
    ).toBeNull();
  });
});

describe('the headline of a plain-text copy', () => {
  it('the headline nearest above the byline, not a teaser for another story', () => {
    expect(
      facts(
        'From hogs to honey: fair registration opens for the season',
        'Harbour board raises ferry fares for the spring',
        'By Jo Reed',
        STORY,
      ).title,
    ).toBe('Harbour board raises ferry fares for the spring');
  });

  it('a wire service’s tags are no part of the headline; skip links, post links and archive headings are no headline', () => {
    expect(
      facts(
        'Go to Contents Go to Navigation',
        '(3rd LD) Harbour board raises ferry fares (ATTN: ADDS comments) By Jo Reed',
        STORY,
      ).title,
    ).toBe('Harbour board raises ferry fares');
    expect(
      facts(
        '<< Older post | Main | Newer post >>',
        'Category Archive: Ferry News',
        'Harbour board raises ferry fares',
        STORY,
      ).title,
    ).toBe('Harbour board raises ferry fares');
    expect(
      facts('Halden Rovers 3-1 Brackwater United', 'Rovers climb out of the bottom three', STORY)
        .title,
    ).toBe('Rovers climb out of the bottom three');
  });
});

describe('the date of a plain-text copy', () => {
  it('a date label printed alone takes the date on the line after it', () => {
    expect(
      facts('Harbour board raises ferry fares', 'Posted On:', '4th March 2019', STORY).published,
    ).toBe('2019-03-04');
    expect(
      facts('Harbour board raises ferry fares', 'Updated on:', 'March 5, 2019, 10:02', STORY)
        .published,
    ).toBe('2019-03-05');
  });

  it('a date line without a readable date leaves the copy undated, with a warning, never refused', () => {
    for (const lines of [
      ['Harbour board raises ferry fares', 'Posted On:', STORY],
      ['Harbour board raises ferry fares', 'Posted On:', 'soon, the board says', STORY],
      ['Harbour board raises ferry fares', 'Published : sometime in May', STORY],
    ]) {
      const parsed = parseArticle('t.txt', lines.join('\n'));
      if (!parsed.ok) throw new Error(`refused: ${parsed.error.message}`);
      expect(parsed.value.meta.published).toBeNull();
      expect(parsed.value.meta.dateSource).toBeNull();
      expect(parsed.value.warnings).toEqual([
        {
          line: 2,
          message: `the date line holds no readable date, so the article is read as undated: "${lines[1]}"`,
        },
      ]);
      expect(parsed.value.narration.length).toBeGreaterThan(0);
    }
  });

  it('a readable date line gives no warning', () => {
    const parsed = parseArticle(
      't.txt',
      ['Harbour board raises ferry fares', 'Published 4 March 2019', STORY].join('\n'),
    );
    expect(parsed.ok && parsed.value.warnings).toEqual([]);
  });
});

describe('the date of a press release', () => {
  it('the dateline of a paragraph after a subhead, when no date line is printed', () => {
    expect(
      facts(
        'Harbour Ferries Announces Merger with Tarrow Boats',
        'New company name will be Harbour Tarrow Lines, Inc.',
        `PORTVALE, Maine March 23, 2004 -- ${STORY}`,
      ).published,
    ).toBe('2004-03-23');
    // The place may be set off by a dash, as a hard-wrapped copy's dateline is (`unwrapLines`).
    expect(
      facts(
        'Harbour Ferries Announces Merger with Tarrow Boats',
        'New company name will be Harbour Tarrow Lines, Inc.',
        `PORTVALE - March 23, 2004 -- ${STORY}`,
      ).published,
    ).toBe('2004-03-23');
    // Only a paragraph that opens with a place in capitals has a dateline.
    expect(
      facts(
        'Harbour Ferries Announces Merger with Tarrow Boats',
        'New company name will be Harbour Tarrow Lines, Inc.',
        `The merger agreed on March 23, 2004 -- ${STORY}`,
      ).published,
    ).toBeNull();
  });
});

describe('the headline of a copy that starts with the site’s notices', () => {
  const HEADLINE = 'Ferry fares rise again in spring';

  it('a notice to the reader or about the page is never the headline', () => {
    for (const notice of [
      'Your browser is out of date. To read the harbour news, update it here',
      'If you have a question about your subscription you can write to us.',
      'This is an archived article and the fares in it may have changed',
    ]) {
      expect(facts(notice, HEADLINE, STORY).title, notice).toBe(HEADLINE);
    }
  });

  it('a note that ends with the publication date gives the date', () => {
    const read = facts('This is an archived story published on March 4, 2019', HEADLINE, STORY);
    expect(read).toMatchObject({ title: HEADLINE, published: '2019-03-04' });
  });

  it('numbered page controls, a column’s label, and a date then its update', () => {
    expect(facts('1. Skip to navigation', '2. Skip to content', HEADLINE, STORY).title).toBe(
      HEADLINE,
    );
    expect(facts(`[Newsmaker] ${HEADLINE}`, STORY).title).toBe(HEADLINE);
    expect(facts('03/29/2019 03:27 pm ET Updated Apr 2, 2019', HEADLINE, STORY)).toMatchObject({
      title: HEADLINE,
      published: '2019-03-29',
    });
  });
});

describe('the outlet a wire credit states', () => {
  const HEADLINE = 'Ferry fares rise again in spring';
  const REST = 'Harbour Ferries said on Monday that fares would rise by six percent from April.';

  it('a release’s wire between slashes or in capitals, after a subhead too', () => {
    expect(
      facts(HEADLINE, `PORTVALE, Maine, Sept. 4, 2020 /Harbour Newswire/ -- ${REST}`).outlet,
    ).toBe('Harbour Newswire');
    expect(
      facts(HEADLINE, 'New routes to open in May', `PORTVALE, Maine (HARBOUR WIRE) -- ${REST}`)
        .outlet,
    ).toBe('HARBOUR WIRE');
  });

  it('an agency’s credit without a dash, or closing a paragraph; a lone capital credit later is not', () => {
    expect(facts(HEADLINE, `Tarrow, Sep 4 (PTI) ${REST}`).outlet).toBe('PTI');
    expect(facts(HEADLINE, `${REST} (ANI)`).outlet).toBe('ANI');
    expect(facts(HEADLINE, '• Kyodo News', STORY).outlet).toBe('Kyodo News');
    expect(
      facts(HEADLINE, STORY, 'A blogger quotes the wire:', `TARROW (AP) -- ${REST}`).outlet,
    ).toBeNull();
  });
});

describe('a short line above the headline names the outlet only as a publication’s name does', () => {
  const HEADLINE = 'Ferry fares rise again in spring';

  it('a kicker, a section or a page control is no outlet', () => {
    for (const line of [
      'Stock Watch',
      'Birthday Club',
      'Explainer',
      // "Watch Harbour News" is no masthead either, but the page's call to watch its channel
      // names the outlet (promotedOutlet.test.ts).
      'Register',
    ]) {
      expect(facts(line, HEADLINE, STORY).outlet, line).toBeNull();
    }
  });

  it('a masthead’s word, “The …”, or a name the site’s menu follows is the outlet', () => {
    expect(facts('Tarrow Evening News', HEADLINE, STORY).outlet).toBe('Tarrow Evening News');
    expect(facts('The Tarrow Clarion', HEADLINE, STORY).outlet).toBe('The Tarrow Clarion');
    expect(facts('Northwake', 'Home', 'World', HEADLINE, STORY).outlet).toBe('Northwake');
  });
});

describe('the head of a press release and a language bar', () => {
  const HEADLINE = 'Harbour Ferries Announces Merger with Tarrow Boats';

  it('the contact under a “Contact:” label is not the headline', () => {
    expect(
      facts('FOR IMMEDIATE RELEASE', 'Contact:', 'Jo Reed, Chairman and CEO', HEADLINE, STORY)
        .title,
    ).toBe(HEADLINE);
    // A menu's "Contact" item labels nothing.
    expect(facts('Home', 'Contact', HEADLINE, STORY).title).toBe(HEADLINE);
  });

  it('a line of lower-case words with no capital is a menu, not the headline', () => {
    expect(facts('english deutsch français fb tw ig', HEADLINE, STORY).title).toBe(HEADLINE);
    expect(facts('5 studies you may have missed', STORY).title).toBe(
      '5 studies you may have missed',
    );
  });
});
