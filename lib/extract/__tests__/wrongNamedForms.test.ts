import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a speaker is named without the rank or office printed before the name', () => {
  it('a police constable’s rank is a title ("Detective Constable Ada Quill")', () => {
    const variants: [string, string][] = [
      ['Detective Constable Brenna Oakhurst:', '“Ring us if you walked the towpath'],
      ['Police Constable Brenna Oakhurst said:', '“Ring us if you walked the towpath'],
      ['Constable Brenna Oakhurst told reporters:', '“Ring us if you walked the towpath'],
    ];
    for (const [intro, words] of variants) {
      const text = article(
        'Officers investigating a theft in Tarrow are appealing for witnesses.',
        `${intro} ${words} that evening.”`,
      );
      expect(speakerIn(text, 'if you walked the towpath')).toBe('Brenna Oakhurst');
    }
  });

  it('the same word as a surname is still a name ("Rod Constable … Constable said")', () => {
    const text = article(
      'Village council member Rob Constable spoke about the old mill on Monday.',
      '“He knew every family on this street,” Constable said.',
      'Constable added that the council would meet again in May.',
    );
    expect(speakerIn(text, 'knew every family')).toBe('Rob Constable');
    expect(speakerIn(text, 'the council would meet again')).toBe('Rob Constable');
  });

  it('an elected county supervisor’s office is a title ("Third District Supervisor Ada Quill")', () => {
    const variants = [
      'Tarrow County Third District Supervisor Rob Quiller told the Gazette',
      'County Supervisor Rob Quiller said',
      'Supervisor Rob Quiller has said',
    ];
    for (const intro of variants) {
      const text = article(
        'The ferry notice was taken down after an hour.',
        `${intro} that he had received many calls from worried ferry users.`,
      );
      expect(speakerIn(text, 'received many calls from worried')).toBe('Rob Quiller');
    }
  });
});

describe('a surname the text uses alone takes the full name a heading prints', () => {
  it('a heading in capitals or title case over a gallery item ("WHEN ADA QUILL MET …")', () => {
    const headings = [
      'WHEN RACHEL OAKHURST SANG WITH THE HARBOUR CHOIR',
      'THE NIGHT RACHEL OAKHURST MET HER HEROES',
      'How Rachel Oakhurst Won Over the Harbour Choir',
    ];
    for (const heading of headings) {
      const text = article(
        'Singers Who Adore Each Other Online',
        heading,
        '“Met the whole choir today and they were lovely,” Oakhurst posted on Sunday.',
      );
      expect(speakerIn(text, 'Met the whole choir today')).toBe('Rachel Oakhurst');
    }
  });
});

describe('a pronoun does not reach back past another person named on the way', () => {
  it('a described person of unknown gender named between leaves "he" open', () => {
    const variants = [
      'A Facebook post by Tarrow resident Jory Penhallow on Monday drew many replies.',
      'A letter from local farmer Jory Penhallow was read out at the meeting.',
      'The complaint, filed by ferry worker Jory Penhallow, reached the council on Friday.',
    ];
    for (const middle of variants) {
      const text = article(
        'The Tarrow County sheriff has answered a complaint about his deputies.',
        middle,
        'In the post, he said the queue had stretched past the old mill for an hour.',
        'In a statement Friday, Sheriff Rob Quiller said the account was not accurate.',
      );
      expect(speakerIn(text, 'the queue had stretched past')).not.toBe('Rob Quiller');
    }
  });

  it('a name with no role (a thing’s, perhaps) does not', () => {
    const text = article(
      'Geologist Rob Quiller studied the cliffs for a decade.',
      'The Tarrow Coastal Survey found the cracks in 2019.',
      'He said the cracks had widened every winter since.',
    );
    expect(speakerIn(text, 'the cracks had widened')).toBe('Rob Quiller');
  });
});

describe('a digest’s next headline starts another item: its quotation is nobody’s from above', () => {
  it('a quoted paragraph under a title-case headline does not go on from the item before', () => {
    const headlines = [
      'Harbour Choir Finds A New Home',
      'Tarrow Ballet Signs Long Lease On Old Mill',
      'Why The Ferry Orchestra Still Plays',
    ];
    for (const headline of headlines) {
      const text = [
        'Arts Digest',
        '',
        'Gallery Chief Speaks Plainly About Loans',
        '',
        'Rob Quiller: “Loans from other museums are changing what a gallery is for, and we must decide how far.”',
        '',
        headline,
        '',
        '“After twenty years in the town hall, the company has agreed to move its season across the river next spring.”',
        '',
      ].join('\n');
      expect(speakerIn(text, 'move its season across the river')).not.toBe('Rob Quiller');
    }
  });

  it('a subheading in sentence case inside one person’s item still goes on', () => {
    const text = [
      'Ferry Company Chief Interview',
      '',
      'Tarrow Ferries chief executive Rob Quiller said the new route would not change its plans.',
      '',
      '“The new route changes nothing for our crews and nothing for our passengers.”',
      '',
      'Still looking for new harbours',
      '',
      '“We are committed to the islands and we will keep adding sailings there.”',
      '',
    ].join('\n');
    expect(speakerIn(text, 'committed to the islands')).toBe('Rob Quiller');
  });
});

describe('a pronoun after its own sentence’s named subject does not reach further back', () => {
  it('"Cris Vell, speaking for the group, said …; she told …" is not someone before', () => {
    const variants = [
      'Christian Penhallow, speaking for the parents’ group, said the list went in on time; she told the trustees their deadline had passed “with no answer at all from the office.”',
      'Michael Penhallow, who chairs the parents’ group, said the list went in on time, and she told the trustees their deadline had passed “with no answer at all from the office.”',
      'Christian Penhallow said the list went in on time; later she told the trustees their deadline had passed “with no answer at all from the office.”',
    ];
    for (const line of variants) {
      const text = article(
        'Parents criticised the harbour school board on Monday.',
        'Rachel Quiller told the board, “Every one of you should step down tonight.”',
        line,
      );
      expect(speakerIn(text, 'with no answer at all')).not.toBe('Rachel Quiller');
    }
  });
});
