import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a role printed alone means the one person whose printed title is that office', () => {
  it('an office before an academic title ("Senator Professor Ada Quill") is still the office', () => {
    const variants: [string, string][] = [
      ['Harbour Alliance (HA) Senator Professor Brenna Oakhurst', 'the HA senator argued'],
      ['Fisheries Minister Prof. Brenna Oakhurst', 'the fisheries minister said'],
      ['Senator Prof Brenna Oakhurst', 'the senator added'],
    ];
    for (const [titled, role] of variants) {
      const text = article(
        `Rising in the chamber on Monday, ${titled} said the ferry levy had failed the islands.`,
        `"We must all pull together to mend the harbour wall," ${role}.`,
      );
      expect(speakerIn(text, 'pull together to mend')).toBe('Brenna Oakhurst');
    }
  });

  it('"the prosecutor" is the district, county or state attorney the story names', () => {
    const variants = ['Tarrow County District Attorney', 'County Attorney', 'State Attorney'];
    for (const title of variants) {
      const text = article(
        `${title} Rob Quiller said his office was concerned about the shooting.`,
        'Quiller declined to discuss the details of the case.',
        '“What we weigh first is whether the officer was afraid,” the prosecutor said.',
      );
      expect(speakerIn(text, 'whether the officer was afraid')).toBe('Rob Quiller');
    }
  });

  it('not a defence attorney, nor an associate professor as an office', () => {
    const defence = article(
      'Defence attorney Rob Quiller said his client would appeal.',
      '“The officer was plainly afraid,” the prosecutor said.',
    );
    expect(speakerIn(defence, 'The officer was plainly afraid')).not.toBe('Rob Quiller');
    const associate = article(
      'Associate Professor Brenna Oakhurst said the study was small.',
      '“We need a larger trial,” the associate said.',
    );
    expect(speakerIn(associate, 'We need a larger trial')).not.toBe('Brenna Oakhurst');
  });

  it('"the pollster" is the one pollster the story named, whatever the verb or word order', () => {
    const variants = [
      [
        '“It is the mayor’s race to lose,” said pollster Thomas Arkwell, who runs Tarrow Surveys.',
        '“The challenger is far behind,” the pollster stated.',
      ],
      [
        'Pollster Thomas Arkwell published a survey of the harbour vote on Monday.',
        'Helen Farrow, a ferry captain, read it.',
        'The challenger is far behind, the pollster told reporters.',
      ],
      [
        'Thomas Arkwell, a pollster at Tarrow Surveys, published the figures.',
        'Helen Farrow, a ferry captain, read them.',
        '“The challenger is far behind,” said the pollster.',
      ],
    ];
    for (const paras of variants)
      expect(speakerIn(article(...paras), 'challenger is far behind')).toBe('Thomas Arkwell');
    // Two pollsters: which one is not told.
    const two = article(
      'Pollster Thomas Arkwell and pollster Helen Farrow published rival surveys.',
      'The harbour board met on Monday.',
      '“The challenger is far behind,” the pollster said.',
    );
    expect(speakerIn(two, 'challenger is far behind')).toBe('unattributed');
  });
});
