import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, STORY } from './textFactsOf.ts';

const HEADLINE = 'Ferry fares rise again this spring';
/** The headline read from a copy whose lines are `lines`, then HEADLINE, then the story. */
const headlineBelow = (...lines: string[]) => facts(...lines, HEADLINE, STORY).title;
const MORE = 'Commuters who cross twice a day will pay about forty pounds more over the year.';

describe('the headline of a copy that prints the page title twice', () => {
  it('a title printed again as the heading, below a tagline and a label, is the headline', () => {
    expect(
      facts(
        'Plain Talk About Rivers and the Towns Beside Them',
        'Ferry fares rise again this spring',
        'Trending',
        'Ferry fares rise again this spring',
        STORY,
        MORE,
      ).title,
    ).toBe('Ferry fares rise again this spring');
    // Three words are enough for a title printed twice.
    expect(
      facts(
        'Harbour fares rise',
        'A longer teaser line that sits above the story',
        'Jan 4, 2019',
        'Harbour fares rise',
        STORY,
      ).title,
    ).toBe('Harbour fares rise');
  });

  it('a caption printed twice in a row, or a label of symbols and two words, is no title', () => {
    expect(
      facts(
        'Ferry fares rise again this spring',
        'Councillor Ada Quill at the harbour. Photo: Tarrow Pictures',
        'Councillor Ada Quill at the harbour. Photo: Tarrow Pictures',
        STORY,
      ).title,
    ).toBe('Ferry fares rise again this spring');
    expect(
      facts(
        'Questions to the Harbour Minister',
        'Thursday 9th June 2016',
        '- Record - - - Excerpts',
        'Ada Quill Portrait Ada Quill (Tarrow North) (Green)',
        '- Record - - - Excerpts',
        STORY,
      ).title,
    ).toBe('Questions to the Harbour Minister');
  });
});

describe('the headline of a blog post under its date', () => {
  it('the short title right under the post’s date line, below the blog’s name', () => {
    expect(
      facts('Tarrow Notes', 'Sunday, March 6, 2011', 'Ferry Fares Again', STORY, MORE),
    ).toEqual({
      title: 'Ferry Fares Again',
      outlet: null,
      published: '2011-03-06',
    });
    expect(facts('Wednesday, January 21, 2009', 'Harbour Matters', STORY).title).toBe(
      'Harbour Matters',
    );
  });

  it('a news page’s headline above its date keeps it: the line under the date is a caption or label', () => {
    expect(
      facts(
        'Ferry fares rise again this spring',
        'March 6, 2011',
        'Tarrow Pictures/Harbour Wire',
        STORY,
      ).title,
    ).toBe('Ferry fares rise again this spring');
    expect(facts('Tarrow Notes', 'Sunday, March 6, 2011', 'Author :', STORY).title).not.toBe(
      'Author :',
    );
  });
});

describe('a site’s notices, archive labels and captions above the headline are no headline', () => {
  it('a notice about the reader’s browser, or a note about the page with quotation marks', () => {
    expect(
      headlineBelow(
        'Old browsers are not supported. For the best experience open this site in another browser.',
      ),
    ).toBe(HEADLINE);
    expect(
      headlineBelow('This is archived material “kept as it was”. Links on it may no longer work.'),
    ).toBe(HEADLINE);
  });

  it('a tag archive’s heading and an issuing office are no headline', () => {
    expect(headlineBelow('Posts tagged with "Harbour Board"')).toBe(HEADLINE);
    expect(
      facts(
        'Office of the Harbour Master',
        'For Immediate Release',
        'Statement by the Harbour Master on the Spring Ferry Fares',
        STORY,
      ).title,
    ).toBe('Statement by the Harbour Master on the Spring Ferry Fares');
  });

  it('a caption ending in its picture’s credit is no headline, and its date is no stated date', () => {
    expect(headlineBelow('Advertisement', 'Ada Quill waves from the ferry deck. PA')).toBe(
      HEADLINE,
    );
    expect(
      facts(
        'Ada Quill is pictured at the Tarrow quay on March 3, 2019. — Harbour Wire pic',
        `TARROW, March 3 — ${STORY}`,
        MORE,
      ).published,
    ).toBeNull();
  });
});

describe('the headline of a hard-wrapped copy', () => {
  it('a headline in capitals is not joined to the story below it; a “Source:” line never titles it', () => {
    const wrapped = [
      'Date: Mon, 4 Jul 2005',
      'Source: Tarrow Weekly, The (Harbour Edition)',
      'Copyright: 2005 The Tarrow Weekly',
      'HARBOUR FERRY FARES TO RISE AGAIN IN SPRING, BOARD SAYS',
      'The harbour board agreed on Monday to raise the fares of every ferry',
      'that crosses the bay by six percent from the first week of April this',
      'year, the third rise in as many years, its chairman told reporters.',
      'Commuters who cross the bay twice a day will pay about forty pounds more',
      'over the year, and the board said that season tickets would rise too.',
    ];
    // With no headline, the copy is titled by its story's first sentence, not its source line.
    expect(
      facts(
        'Date: Mon, 4 Jul 2005',
        'Source: Tarrow Weekly, The (Harbour Edition)',
        `${STORY} ${MORE}`,
      ).title,
    ).toBe(STORY);
    expect(facts(...wrapped).title).toBe('HARBOUR FERRY FARES TO RISE AGAIN IN SPRING, BOARD SAYS');
  });
});

describe('date lines as blogs and small sites print them', () => {
  it('a date then its author, or a date then a comment counter, is the date line', () => {
    expect(
      facts('Ferry fares rise again this spring', 'March 6, 2011 By Ada Quill', STORY).published,
    ).toBe('2011-03-06');
    expect(
      facts('Ferry fares rise again this spring', '6th March 2011, Comments 3 comments', STORY)
        .published,
    ).toBe('2011-03-06');
  });

  it('a month’s full name printed with a stop after it', () => {
    expect(
      facts('Ferry fares rise again this spring', 'Posted March. 6, 2011 09:15,', STORY).published,
    ).toBe('2011-03-06');
  });

  it('an author or a counter does not make a sentence a date line', () => {
    expect(
      facts(
        'Ferry fares rise again this spring',
        'On March 6, 2011 by the harbour wall, the board met the ferry crews, their first talks since the strike.',
        STORY,
      ).published,
    ).toBeNull();
  });
});

describe('the outlet a byline, a source line, an agency line or a copyright states', () => {
  const HEAD = 'Ferry fares rise again this spring';
  it('the agency or broadcaster after the writer’s name in a byline', () => {
    expect(facts(HEAD, 'By ADA QUILL, Associated Press Writer', STORY).outlet).toBe(
      'Associated Press',
    );
    expect(facts(HEAD, 'By Ada Quill, The Associated Press', STORY).outlet).toBe(
      'The Associated Press',
    );
    expect(facts(HEAD, 'By: Ada Quill | WTRW 7', STORY).outlet).toBe('WTRW 7');
  });

  it('a writer’s title after the name is no outlet', () => {
    expect(facts(HEAD, 'By Ada Quill, Harbour Correspondent', STORY).outlet).toBeNull();
    expect(facts(HEAD, 'By Ada Quill, Senior Reporter', STORY).outlet).toBeNull();
  });

  it('a “Source:” line, an agency’s name with “The” or “Press”, or with its full name', () => {
    expect(facts('Source: Harbour Wire', HEAD, STORY).outlet).toBe('Harbour Wire');
    expect(facts(HEAD, STORY, 'SOURCE: HWN').outlet).toBe('HWN');
    expect(facts(HEAD, 'The Associated Press', STORY).outlet).toBe('The Associated Press');
    expect(facts(HEAD, 'Jiji Press', STORY).outlet).toBe('Jiji Press');
    expect(facts(HEAD, 'Bernama - Malaysian National News Agency', STORY).outlet).toBe('Bernama');
  });

  it('a copyright with a colon, and without its “All Rights Reserved”', () => {
    expect(facts(HEAD, STORY, 'Copyright: 2005 The Tarrow Weekly').outlet).toBe(
      'The Tarrow Weekly',
    );
    expect(
      facts(HEAD, STORY, 'Copyright © 2012 Tarrowpost.com. All Rights Reserved. |').outlet,
    ).toBe('Tarrowpost.com');
  });
});

describe('the outlet a wire dateline or a closing signature states', () => {
  const HEAD = 'Ferry fares rise again this spring';
  it('a call sign and channel, a joint credit, a place’s region in brackets before the credit', () => {
    expect(facts(HEAD, `TARROW, Ont. (WTRW 7) -- ${STORY}`).outlet).toBe('WTRW 7');
    expect(facts(HEAD, `TARROW (HBC/AP) — ${STORY}`).outlet).toBe('HBC/AP');
    expect(facts(HEAD, `Tarrow (Harbourshire) [Ruritania], May 3 (ANI): ${STORY}`).outlet).toBe(
      'ANI',
    );
  });

  it('an agency’s name after a dash closing a paragraph', () => {
    expect(facts(HEAD, STORY, `${MORE} — Bernama`).outlet).toBe('Bernama');
  });

  it('a credit after a sentence, or a label in capitals, is no dateline credit', () => {
    expect(facts(HEAD, `The board met on Monday. Later (AP) — ${STORY}`).outlet).toBeNull();
    expect(facts(HEAD, `${MORE} — Tarrow`).outlet).toBeNull();
  });
});

describe('no outlet where the copy names none', () => {
  const HEAD = 'Ferry fares rise again this spring';
  it('a photographer’s copyright in a caption is no publisher', () => {
    expect(
      facts(HEAD, 'Ada Quill at the quay. Photo: Tom Reed/HW© Tom Reed', STORY).outlet,
    ).toBeNull();
  });

  it('a company’s ticker, or an interviewer’s initials before a colon, is no wire credit', () => {
    expect(
      facts(HEAD, `Shares of Harbour Ferries Inc. (HBF) - Get Report rose 7% on Tuesday. ${MORE}`)
        .outlet,
    ).toBeNull();
    expect(
      facts(HEAD, 'Tarrow Screen (TS): What drew you to the harbour film and how did it start?')
        .outlet,
    ).toBeNull();
  });
});

describe('site furniture above the headline, and a section’s label before it', () => {
  const HEAD = 'Ferry fares rise again this spring';
  it('a link back to the site’s top page, or a line with no Latin letter, is no headline', () => {
    expect(facts('Notices and Speeches by the Harbour Board top page', HEAD, STORY).title).toBe(
      HEAD,
    );
    expect(facts('본문 바로가기 메뉴 가기', 'Press Notices', HEAD, STORY).title).toBe(HEAD);
  });

  it('a section’s label in capitals before a bar is no part of the headline', () => {
    expect(facts(`HARBOUR | ${HEAD}`, STORY).title).toBe(HEAD);
  });

  it('a section that lists documents is no outlet; a control glued to the masthead is dropped', () => {
    expect(facts('Harbour News Briefings', HEAD, STORY).outlet).toBeNull();
    expect(facts('News Columns & Blogs', HEAD, STORY).outlet).toBeNull();
    expect(facts('Harbour News Share', HEAD, STORY).outlet).toBe('Harbour News');
  });
});

describe('a blog post’s short title right above its first paragraph (facts9)', () => {
  const OPINION = 'Everything is a fare rise these days.';
  it('two or three words in title case over the post, with no other headline, are the title', () => {
    expect(facts('Ferry Fares', STORY, MORE).title).toBe('Ferry Fares');
    // Under a tag line; and over a short first paragraph that ends a sentence.
    expect(facts("Tags: Harbour '25", 'Quill Concedes', STORY, MORE).title).toBe('Quill Concedes');
    expect(facts('Ferry Fare Tax', OPINION, STORY, MORE).title).toBe('Ferry Fare Tax');
    // A quoted paragraph first: still the title above it.
    expect(
      facts('Ferry Fares', `“${STORY}”`, 'These are the words of Ada Quill, the harbour master.')
        .title,
    ).toBe('Ferry Fares');
  });

  it('a masthead, a section, a writer’s name or a headline elsewhere keeps it from being the title', () => {
    expect(facts('The Harbour Post', STORY, MORE).title).not.toBe('The Harbour Post');
    expect(facts('Press Releases', STORY, MORE).title).not.toBe('Press Releases');
    expect(facts('Ada Quill', STORY, MORE).title).not.toBe('Ada Quill');
    expect(facts(HEADLINE, 'By Ben Hallam', 'Harbour Desk', STORY, MORE).title).toBe(HEADLINE);
    expect(facts('August 2012', STORY, MORE).title).not.toBe('August 2012');
    // A lower-case label is no title.
    expect(facts('Ferry fares', STORY, MORE).title).not.toBe('Ferry fares');
  });
});

describe('headlines among a copy’s leftovers (facts9)', () => {
  it('a short line that ends with a skip link is no headline', () => {
    expect(facts('harbourstats Skip to main content', HEADLINE, STORY, MORE).title).toBe(HEADLINE);
  });

  it('an image’s words above its credit line are a caption, not the headline', () => {
    expect(
      facts('Ferries at the quay in Tarrow', 'Photo: Harbour Wire', HEADLINE, STORY, MORE).title,
    ).toBe(HEADLINE);
    // A headline over its picture's credit, then the story's standfirst: still the headline.
    expect(facts(HEADLINE, 'Photo: Harbour Wire', STORY, MORE).title).toBe(HEADLINE);
  });

  it('a byline run into the headline is cut off it', () => {
    expect(
      facts(`${HEADLINE}By Ada Quill, Ben Hallam and Cai Lund, Harbour Wire`, STORY, MORE).title,
    ).toBe(HEADLINE);
  });

  it('a headline run into the first paragraph: the title ends at its stop', () => {
    expect(
      facts(`Ferry fares rise again this spring.The harbour board met on Monday and ${MORE}`).title,
    ).toBe('Ferry fares rise again this spring.');
  });

  it('a post’s short title above an unfinished intro paragraph', () => {
    const intro =
      'The harbour board has been raising fares for years now and not everyone on the island has noticed how much the crossing costs. Here are the fares as they were set each spring, compiled by';
    expect(facts('Famous Ferry Fares', intro, STORY, MORE).title).toBe('Famous Ferry Fares');
  });
});

describe('a site’s sentence above the headline (facts9)', () => {
  it('a counter sentence over a line shaped as a headline: that line is the headline', () => {
    expect(
      facts(
        'Submit Release',
        'There were 1,204 notices filed on this site today and 9,870 this year.',
        HEADLINE,
        STORY,
        MORE,
      ).title,
    ).toBe(HEADLINE);
    // A headline over its standfirst keeps it; a page control is no post's title.
    expect(facts(HEADLINE, `${STORY} ${MORE}`, STORY).title).toBe(HEADLINE);
    expect(facts('Submit Release', STORY, MORE).title).not.toBe('Submit Release');
  });
});
