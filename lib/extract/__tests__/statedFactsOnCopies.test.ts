import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, STORY } from './textFactsOf.ts';

const HEADLINE = 'Harbour Vaccines Wins Approval For Cat Test';

describe('dates that wire copies print in their first words', () => {
  it('a release whose wire credit stands between dashes before its date', () => {
    expect(
      facts(
        HEADLINE,
        'TARROW--(HARBOUR WIRE)--Feb. 9, 2001--Harbour Vaccines Inc. said on Friday that it may now sell its new test for cats.',
      ).published,
    ).toBe('2001-02-09');
    // Without a date between the dashes there is none to read.
    expect(
      facts(
        HEADLINE,
        'TARROW--(HARBOUR WIRE)--Harbour Vaccines Inc. said on Friday that it may now sell its new test for cats.',
      ).published,
    ).toBeNull();
  });

  it('a dateline whose bracketed credit holds the date, with no dash after it', () => {
    expect(
      facts(
        'Quill says Rovers earned their derby win',
        'Tarrow, (HNA - Harbour News Agency - 21st Mar, 2023) Ada Quill said Tarrow Rovers "earned every point" in the derby on Sunday.',
        'The home side scored twice in the last ten minutes of the match.',
      ).published,
    ).toBe('2023-03-21');
    // A credit without a year states no date ("a dateline without a year gives no date").
    expect(
      facts(
        'Quill says Rovers earned their derby win',
        'Tarrow, (HNA - Harbour News Agency - 21st Mar) Ada Quill said Tarrow Rovers "earned every point" in the derby on Sunday.',
      ).published,
    ).toBeNull();
  });

  it('a publication date glued to the update after it: the publication date', () => {
    expect(
      facts(HEADLINE, 'Published November 12, 2018Updated November 13, 2018', STORY).published,
    ).toBe('2018-11-12');
  });

  it('a date line glued to the first words of the story', () => {
    expect(
      facts(
        'Flood toll rises in the valley',
        'May 14, 2016Harbour officials said overnight that the flood had closed four more roads in the valley.',
      ).published,
    ).toBe('2016-05-14');
    // A year that is part of the sentence, not glued to a new word, is no date line.
    expect(
      facts(
        'Flood toll rises in the valley',
        'In May 2016 Harbour officials said the flood had closed four more roads in the valley.',
      ).published,
    ).toBeNull();
  });
});

const TITLE = 'Board accepts the ferry budget as it stands';

describe('page controls and offers above the headline', () => {
  it('a link to more of the site’s pages is no headline', () => {
    expect(facts('Press Releases', 'View More In This Section', TITLE, STORY).title).toBe(TITLE);
    expect(facts('See all stories from the harbour', TITLE, STORY).title).toBe(TITLE);
  });

  it('an offer addressed to the reader, without a stop, is no headline', () => {
    expect(
      facts('Get the newest stories as we write them — right in your inbox', TITLE, STORY).title,
    ).toBe(TITLE);
    // A headline may speak to the reader, even in the imperative; only the site's offer of
    // news, alerts, a newsletter or an app is furniture.
    expect(facts('Get your flu jab before the winter, doctors urge', STORY).title).toBe(
      'Get your flu jab before the winter, doctors urge',
    );
    expect(facts('What your ferry ticket will cost from April', STORY).title).toBe(
      'What your ferry ticket will cost from April',
    );
  });
});

describe('the title bar’s line with the site’s name, then the heading', () => {
  it('the heading printed without the site’s name is the headline', () => {
    expect(
      facts(
        `${TITLE} - WXYZ Tarrow, Harbourville News, Weather and Sports`,
        TITLE,
        `TARROW (WXYZ) -- ${STORY}`,
      ).title,
    ).toBe(TITLE);
    expect(facts(`${TITLE} | The Harbour Post`, 'Local', TITLE, STORY).title).toBe(TITLE);
  });
});

describe('a headline in title case that opens with a person’s title', () => {
  it('is the headline, not a speaker’s label line', () => {
    expect(facts('Mayor Ada Quill Should Resign', STORY).title).toBe(
      'Mayor Ada Quill Should Resign',
    );
  });

  it('a label line with a colon still labels the words below', () => {
    expect(facts('Mayor Ada Quill Harbour North:', STORY).title).not.toBe(
      'Mayor Ada Quill Harbour North:',
    );
  });
});

describe('the outlet a date line’s author, a desk or an affiliation below the byline names', () => {
  const HEAD = 'Ferry fares rise again this spring';
  it('an organisation as the author on a date line, a counter after it dropped', () => {
    expect(facts(HEAD, 'March 4, 2025 — By Harbour Wildlife Federation', STORY).outlet).toBe(
      'Harbour Wildlife Federation',
    );
    expect(
      facts(HEAD, 'Posted on: March 4th, 2025 by Harbour News No Comments', STORY).outlet,
    ).toBe('Harbour News');
    // A person as the author names no outlet.
    expect(facts(HEAD, 'March 4, 2025 — By Ada Quill', STORY).outlet).toBeNull();
  });

  it('the outlet’s desk as the author', () => {
    expect(
      facts(HEAD, 'Mar 4, 2025 — by TarrowTech Staff — from the TarrowTech Archive', STORY).outlet,
    ).toBe('TarrowTech');
    expect(facts(HEAD, 'Written By HPN Web Team | Updated:', STORY).outlet).toBe('HPN');
  });

  it('the affiliation on the line under the byline', () => {
    expect(
      facts(HEAD, 'By Ada Quill and Bo Hale', 'Harbour Post Staff Writers', STORY).outlet,
    ).toBe('Harbour Post');
    // A writer's title alone below the byline is no outlet.
    expect(facts(HEAD, 'By Ada Quill', 'Senior Correspondent', STORY).outlet).toBeNull();
  });
});

const FARES = 'Board Raises Ferry Fares For Spring';
/** The title of a copy: FARES, then `lines`, then the story. */
const titleUnder = (...lines: string[]) => facts(FARES, ...lines, STORY).title;

describe('a site’s menu printed one link per line above the story', () => {
  it('the line right above the story is the headline, not a link above the menu', () => {
    expect(
      facts(
        'Weather',
        'Learn to Sail Harbour Boats',
        'Exchange Rates',
        'Hot Links',
        'Harbour Visitor Centre',
        FARES,
        STORY,
      ).title,
    ).toBe(FARES);
  });

  it('a headline over a byline block and a standfirst keeps its place', () => {
    expect(
      titleUnder(
        'Ada Quill',
        'Transport Correspondent',
        'Harbour Desk',
        'Operators Blame Fuel Costs For The Rise',
      ),
    ).toBe(FARES);
    // Under links, a standfirst written as prose is no headline either.
    expect(
      titleUnder(
        'Weather',
        'Exchange Rates',
        'Hot Links',
        'Operators blame the price of fuel for the rise',
      ),
    ).toBe(FARES);
  });

  it('a headline with labels, a caption or a long standfirst under it keeps its place', () => {
    expect(
      titleUnder(
        '• Published',
        'Ferry boatImage source, Tarrow',
        'Image caption,',
        'The Ferry Runs Four Times A Day',
      ),
    ).toBe(FARES);
    expect(
      titleUnder(
        'Harbour Post',
        'Transport Regional News',
        'Harbour Post',
        'Ada Quill Says The Timing Of The Rise Has Put Islanders In A Hard Place As The Season Starts',
      ),
    ).toBe(FARES);
    expect(titleUnder('Transport', 'By Ada Quill')).toBe(FARES);
    expect(titleUnder('Transport', 'Operators blame the price of fuel')).toBe(FARES);
  });
});

describe('a title, section and heading flattened into the first line', () => {
  it('the words printed twice at its start are the headline', () => {
    expect(
      facts(
        `Islanders react to the new ferry fares Local News Islanders react to the new ferry fares Islanders who cross twice a day said on Monday that they would pay more. ${STORY}`,
      ).title,
    ).toBe('Islanders react to the new ferry fares');
  });

  it('a first line without such a repetition is titled by its first sentence', () => {
    expect(
      facts(
        `Islanders said on Monday that they would pay more for the ferry this spring than last. ${STORY}`,
      ).title,
    ).toBe(
      'Islanders said on Monday that they would pay more for the ferry this spring than last.',
    );
  });
});

describe('a newsletter box at the top of a copy', () => {
  it('its heading is no outlet, its offer no headline nor title', () => {
    const read = facts(
      'Harbour News Emails',
      'Get harbour news alerts and weekend specials. The ferry stories you want, sent out each morning.',
      'By Ada Quill',
      `${STORY} Islanders who cross twice a day will pay about forty pounds more over the year.`,
    );
    expect(read.outlet).toBeNull();
    expect(read.title).toBe(STORY);
    // Above a headline, too, the box's heading names no outlet.
    expect(facts('Harbour News Emails', HEADLINE, STORY).outlet).toBeNull();
  });
});

describe('a wire credit under a one-sentence standfirst', () => {
  it('the dateline of the second paragraph names the outlet', () => {
    expect(
      facts(
        HEADLINE,
        'The vote came ahead of the regional ferry summit in Tarrow.',
        `Sept. 23 (HNA) -- ${STORY}`,
      ).outlet,
    ).toBe('HNA');
  });

  it('a blog’s own paragraph before the wire story it quotes keeps it from naming the outlet', () => {
    expect(
      facts(
        HEADLINE,
        'Should a fare rise be voted before the summer? Even if you say yes, the timing looks odd.',
        `TARROW (HNA) -- ${STORY}`,
      ).outlet,
    ).toBeNull();
  });
});

describe('a media label before the headline', () => {
  it('“VIDEO:” above the date line: the headline without the label', () => {
    expect(
      facts(
        'NewsHarbour News',
        'VIDEO: Ada Quill wins the harbour council seat',
        'Posted at 8:42 AM, Mar 3, 2024',
        'Ada Quill has won the harbour council seat by two hundred votes, officials said on Monday.',
        STORY,
      ).title,
    ).toBe('Ada Quill wins the harbour council seat');
  });
});

describe('what names no outlet and states no date', () => {
  it('a desk without the outlet’s name', () => {
    expect(facts('Ferry fares rise again this spring', 'By Web Desk', STORY).outlet).toBeNull();
    expect(
      facts('Ferry fares rise again this spring', 'March 4, 2025 — by the Editorial Team', STORY)
        .outlet,
    ).toBeNull();
  });

  it('a date in brackets after a person’s name is no dateline', () => {
    expect(
      facts(
        'Ferry fares rise again this spring',
        'Ada Quill (born March 3, 1950) Has run the harbour ferries for thirty years, and she said on Monday that fares must rise.',
      ).published,
    ).toBeNull();
  });
});

describe('date lines of feeds and of translated sites (facts9)', () => {
  const TITLE = 'Harbour ferries add a night sailing';

  it('a facts line under the headline, bars unspaced: "Source: …| date|Editor: …"', () => {
    expect(
      facts(TITLE, 'Source: Harbour Wire| 2019-04-02 10:15:07|Editor: Ada Quill', STORY),
    ).toEqual({ title: TITLE, outlet: 'Harbour Wire', published: '2019-04-02' });
  });

  it('a feed’s clock ("Updated: 3 hours 12 min ago") above the item’s own date line', () => {
    expect(
      facts(
        'Harbour Wire News',
        'Updated: 3 hours 12 min ago',
        TITLE,
        'Tue, 03/25/2025 - 8:10am',
        STORY,
      ).published,
    ).toBe('2025-03-25');
    // The clock alone states no date.
    expect(facts(TITLE, 'Updated: 3 hours 12 min ago', STORY).published).toBeNull();
  });

  it('"Write :" then "Update :" on one line: the written date', () => {
    expect(
      facts(TITLE, 'Write : 2025-03-04 11:02:13 Update : 2025-03-05 09:00:00', STORY).published,
    ).toBe('2025-03-04');
  });
});

describe('head lines that sign the story with its date, and credited captions (facts9)', () => {
  const TITLE = 'Harbour ferries add a night sailing';

  it('a byline after a bullet, with the outlet and the date after bars', () => {
    expect(
      facts(TITLE, '• By Ada Quill | harbourwire.example | March 4, 2025 04:02 PM', STORY)
        .published,
    ).toBe('2025-03-04');
  });

  it('a name and the date after a bar under the headline, above the story', () => {
    expect(facts('5 min read', TITLE, 'Harbour Wire Media | Mar 04, 2025', STORY).published).toBe(
      '2025-03-04',
    );
    // Below the story's start, or beside a teaser's title, it is no date of this story.
    expect(facts(TITLE, STORY, 'Harbour Wire Media | Mar 04, 2025').published).toBeNull();
    expect(
      facts(TITLE, 'Ferry fares rise again this spring | Mar 04, 2025', STORY).published,
    ).toBeNull();
  });

  it('a caption that ends with an agency’s credit in capitals is no headline, and its date none', () => {
    const caption =
      'Ada Quill (L) and Ben Hallam wave from the ferry deck in Tarrow March 4, 2025. REUTERS/Cai Lund';
    expect(facts(caption, `TARROW (Reuters) - ${STORY}`)).toMatchObject({ published: null });
    expect(facts(caption, `TARROW (Reuters) - ${STORY}`).title).not.toBe(caption);
    expect(
      facts('Ada Quill waves from the ferry deck. AP Photo/Cai Lund', TITLE, STORY).title,
    ).toBe(TITLE);
  });
});

describe('outlets a head line names, and sections that name none (facts9)', () => {
  const TITLE = 'Harbour ferries add a night sailing';

  it('an organisation that signs the story with its date; a site’s address in the byline', () => {
    expect(facts(TITLE, 'Harbour Wire Media | Mar 04, 2025', STORY).outlet).toBe(
      'Harbour Wire Media',
    );
    // A writer who signs it is no outlet, nor a desk.
    expect(facts(TITLE, 'Ada Quill | Mar 04, 2025', STORY).outlet).toBeNull();
    expect(facts(TITLE, 'News Staff | Mar 04, 2025', STORY).outlet).toBeNull();
    expect(facts(TITLE, 'News Staff | posted Tuesday, Mar 4th, 2025', STORY).outlet).toBeNull();
    expect(
      facts(TITLE, '• By Ada Quill | harbourwire.example | March 4, 2025 04:02 PM', STORY).outlet,
    ).toBe('harbourwire.example');
  });

  it('a byline with a colon after a bullet that names an organisation', () => {
    expect(facts(TITLE, 'March 4, 2025', '• By: Harbour Daily Brief', STORY).outlet).toBe(
      'Harbour Daily Brief',
    );
    expect(facts(TITLE, 'March 4, 2025', 'By: Ada Quill', STORY).outlet).toBeNull();
    // Facts listed with bullets: the date lines stay date lines, the headline stays.
    expect(
      facts(
        TITLE,
        `Ada Quill wrote on her page after the talks: ${STORY} ${STORY} “We will meet again”`,
        'Print Email',
        '• Published: 2 days ago on Tuesday, 4 March 2025',
        '• By: Harbour Daily Brief',
        STORY,
      ),
    ).toEqual({ title: TITLE, outlet: 'Harbour Daily Brief', published: '2025-03-04' });
  });

  it('two sections joined above the headline name no outlet', () => {
    expect(facts('News & Politics', TITLE, STORY).outlet).toBeNull();
    expect(facts('Business and Economy', TITLE, STORY).outlet).toBeNull();
  });
});
