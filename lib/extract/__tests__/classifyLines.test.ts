import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bylineName, classifyLines } from '../classifyLines.ts';

const seed = (name: string) =>
  readFileSync(`corpus/articles/${name}.md`, 'utf8').split('\n---\n')[1]!;

describe('classifyLines', () => {
  it('finds headline, dek, date, captions and furniture of seed 000', () => {
    const roles = classifyLines(seed('000_1461a4e715c05d43'), 1, null).map((l) => [
      l.role,
      l.text.slice(0, 20),
    ]);
    expect(roles).toEqual([
      ['headline', 'Lee Jae-myung says h'],
      ['date', 'Posted on : 2021-08-'],
      ['dek', 'Lee also said he pla'],
      ['caption', 'Gyeonggi Gov. Lee Ja'],
      ['caption', 'Gyeonggi Gov. Lee Ja'],
      ...Array.from({ length: 12 }, () => ['body', expect.any(String)]),
      ['byline', 'By Song Chae Kyung-h'],
      ['furniture', 'Please direct commen'],
      ['furniture', 'button that move to '],
      ['furniture', 'Related stories'],
      ['furniture', 'Most viewed articles'],
    ]);
  });

  it('takes the outlet line above the headline of seed 002 and the doubled caption', () => {
    const lines = classifyLines(seed('002_4a49de1aac6f285b'), 1, null);
    expect(lines.slice(0, 7).map((l) => l.role)).toEqual([
      'outlet',
      'furniture',
      'headline',
      'byline',
      'date',
      'furniture',
      'caption',
    ]);
  });

  it('reads a byline name, or none', () => {
    expect(bylineName('By Song Chae Kyung-hwa, staff reporter')).toBe(
      'Song Chae Kyung-hwa, staff reporter',
    );
    expect(bylineName('Written by 11:21 AM Politics')).toBeNull();
  });
});

describe('classifyLines: navigation', () => {
  it('a line of short items joined by | · › is navigation, not the headline', () => {
    const lines = classifyLines(
      [
        'Home | News | Health | Opinion',
        'World › Asia › North Korea',
        'Mayor opens the new bridge after two years of delay | The Valley Post',
        'The bridge opened on Monday after two years of delays and a court case.',
      ].join('\n'),
      1,
      null,
    );
    expect(lines.map((l) => l.role)).toEqual(['furniture', 'furniture', 'headline', 'body']);
  });
});

describe('classifyLines: body paragraphs that do not end a sentence', () => {
  const story = [
    'Ferry fares to rise in spring',
    'The harbour board agreed on Monday to raise fares by six percent from April.',
  ];
  it('a long paragraph in prose is body, though cut off or ending without a stop', () => {
    const lines = classifyLines(
      [
        ...story,
        'Speaking to the council, the chair said the rise had been delayed twice already, reports The Courier',
        'The board will meet again in May, when it expects to hear from the unions about the ne',
      ].join('\n'),
      1,
      null,
    );
    expect(lines.map((l) => l.role)).toEqual(['headline', 'body', 'body', 'body']);
  });

  it('a wire credit line, a short label and a capitalised caption stay furniture', () => {
    const lines = classifyLines(
      [
        ...story,
        '(Reporting by Ana Ruiz and Tom Weller; editing by Kate Marsh and Liam Doyle)',
        'Next week: the',
        'Harbour Board Chair Ada Quill At The Annual Meeting In Tarrow',
      ].join('\n'),
      1,
      null,
    );
    expect(lines.map((l) => l.role)).toEqual([
      'headline',
      'body',
      'furniture',
      'furniture',
      'furniture',
    ]);
  });
});

describe('classifyLines: where the article ends', () => {
  /** The roles of a two-line story (headline, one paragraph) followed by `after`. */
  const rolesAfterStory = (...after: string[]) =>
    classifyLines(
      [
        'Bees out early on the allotment',
        'The bees were out on the plot before I was on the first warm afternoon.',
        ...after,
      ].join('\n'),
      1,
      null,
    ).map((l) => l.role);

  it('readers’ comments and a blog’s filing line end the article', () => {
    expect(
      rolesAfterStory(
        'Posted in Bees, Spring | Tagged dandelions, beekeeping | 3 Comments',
        'Jo Park says:',
        'My gran always said the first bees bring a wet summer, and she was often right.',
      ),
    ).toEqual(['headline', 'body', 'furniture', 'furniture', 'furniture']);
    for (const heading of ['2 thoughts on “Bees out early”', 'Leave a Reply', 'Post a Comment']) {
      const roles = rolesAfterStory(
        heading,
        'A reader wrote that the first bees bring a wet summer, and she was often right.',
      );
      expect(roles.slice(2), heading).toEqual(['furniture', 'furniture']);
    }
  });

  it('a box of other articles ends the article when teasers follow its heading', () => {
    for (const heading of ['Related Press Releases', 'Most Read', 'READ MORE']) {
      const roles = rolesAfterStory(
        heading,
        'Council Votes To Move The Allotment Gates',
        'Why the wet summer was good for honey, and what it means for the hives.',
      );
      expect(roles.slice(2), heading).toEqual(['furniture', 'furniture', 'furniture']);
    }
  });

  it('a box heading printed in the middle of the story: the story goes on below it', () => {
    for (const heading of [
      'READ MORE',
      'Related Stories',
      'Most Read',
      'READ MORE: Council Votes To Move The Allotment Gates',
    ]) {
      const roles = rolesAfterStory(
        heading,
        '“We have never seen them this early,” said the club’s secretary, Ada Quill.',
        'The committee said the hives must be registered by April, as every year.',
      );
      expect(roles, heading).toEqual(['headline', 'body', 'furniture', 'body', 'body']);
    }
  });

  it('an inline "Related:" teaser is furniture, and the story goes on after it', () => {
    expect(
      rolesAfterStory(
        'Related: Why the wet summer was good for honey',
        'The committee said the hives must be registered by April, as every year.',
      ),
    ).toEqual(['headline', 'body', 'furniture', 'body']);
  });
});

describe('words run together', () => {
  const roleOf = (text: string) =>
    classifyLines(['Harbour fares rise again', text].join('\n'), 1, null)[1]!.role;

  it('a company written in one word, however often, leaves a paragraph prose', () => {
    expect(
      roleOf(
        'PORTVALE -- SeaLink Ferries said today that SeaLink Ferries will merge its subsidiary, SeaLink Cargo, into the parent company.',
      ),
    ).toBe('body');
    expect(
      roleOf(
        'The fares were reviewed last winter by FareWatch and by BoatReview.org, two groups of volunteers who publish what every crossing on the harbour costs and how often the boats run late.',
      ),
    ).toBe('body');
  });

  it('a menu copied without spaces, and a paragraph holding a pop-up card, are furniture', () => {
    expect(roleOf('FerriesTimetables FaresContact Harbour Wire')).toBe('furniture');
    expect(
      roleOf(
        'On Friday, Mayor Jo ReedJo ReedHarbour fares rise again MORE called the Councillor Ann Pike Ann PikeTarrow votes no on the fare plan a mistake in a long speech.',
      ),
    ).toBe('furniture');
  });
});
