import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"Then he spoke briefly about Quill: “…”": a pronoun clause before a colon', () => {
  it('is the pronoun’s, resolved to the person before it, never a source named by the clause', () => {
    const text = article(
      'Harbour coach Tomas Vell praised his side after the 2-0 win over Brackwater on Sunday.',
      'The coach, hoarse after the match, went on: "We can get better still but tonight I am very happy". Then he spoke briefly about Quill: "She was our best player when she came on. The whole side worked for her".',
    );
    expect(speakerIn(text, 'She was our best player')).toBe('Tomas Vell');
  });
  it('with nobody the pronoun fits is left unattributed, no source printed', () => {
    const text = article(
      'Harbour coach Tomas Vell praised his side after the 2-0 win over Brackwater on Sunday.',
      'Later she turned to the referee: "He had a fine game and we have no complaints at all."',
    );
    expect(speakerIn(text, 'He had a fine game')).toBe('unattributed');
  });
});

describe('"Quill gave a far more cautious answer …, telling reporters …": a speech word after a determiner and describing words', () => {
  const text = article(
    'Harbour mayor Tomas Vell and council leader Ada Quill met on Monday to discuss the budget.',
    'Quill gave a far more cautious answer about the date, though, when pressed on the delay, telling reporters the plan “is always dependent on what the council can pass.”',
    'Vell offered a warmer reply, telling reporters the plan “will be ready by the spring.”',
  );
  it('is a noun: the clause’s subject speaks, no source called by the words before it', () => {
    expect(speakerIn(text, 'is always dependent')).toBe('Ada Quill');
    expect(speakerIn(text, 'will be ready by the spring')).toBe('Tomas Vell');
  });
  it('is still a verb after a pronoun', () => {
    const other = article(
      'Harbour mayor Tomas Vell spoke at the council on Monday.',
      'At the same time he claims the council "will not raise any taxes this year".',
    );
    expect(speakerIn(other, 'will not raise any taxes')).toBe('Tomas Vell');
  });
});

describe('"…, with Deputy Leader Ada Quill (G-HN) telling reporters that …": a bracket between the name and its participle', () => {
  it('says more about the named person, who speaks, not the sentence’s subject', () => {
    const text = article(
      'Harbour mayor Tomas Vell met council leaders on Monday.',
      'Council leaders arrived back at the hall suggesting a deal from the talks, with Deputy Leader Ada Quill (G-HN) telling reporters that the council had settled on a single budget.',
    );
    expect(speakerIn(text, 'the council had settled on a single budget')).toBe('Ada Quill');
  });
});

describe('"- Harbour Sport News Like": a page’s name and its social button on a line of its own', () => {
  it('signs no quotation: the quoted paragraphs above it stay their speaker’s', () => {
    const text = article(
      'Brackwater Rovers have signed winger Tomas Vell from Harbour Athletic on a four-year deal.',
      '“It is a big step for me and I want to win trophies here,” Vell told the club’s website.',
      '“I have followed this club since I was a boy and I cannot wait to play in front of our fans.',
      '“I am quick and I like to take players on, and I will work hard for the team.”',
      '- Harbour Sport News Like',
    );
    expect(speakerIn(text, 'I am quick and I like to take players on')).toBe('Tomas Vell');
  });
});
