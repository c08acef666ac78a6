import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a speaker is the name as printed, without the words around it', () => {
  it('“Alongside Orla Quennell, …”: a preposition opening the sentence is no name word', () => {
    const text = article(
      'Orla Quennell answered questions about the takings of her new film on Friday.',
      'Alongside Orla Quennell, the cast of the film includes several famous faces.',
      '“A film can do badly and that is quite normal for all of us,” Quennell said.',
    );
    expect(speakerIn(text, 'quite normal')).toBe('Orla Quennell');
  });

  it('“Harbour-born Wales winger Colm Vellacott”: the epithet and the team describe him', () => {
    const text = article(
      'Harbour-born Wales winger Colm Vellacott was scathing about the referee after the game.',
      '“We were pushed around all afternoon and nobody saw it,” he said.',
    );
    expect(speakerIn(text, 'pushed around')).toBe('Colm Vellacott');
  });

  it('“Vellacott Republicans”: a party’s members are no word of a person’s name', () => {
    const text = article(
      'The senator kept up her fight against Vellacott Republicans over the harbour budget.',
      'Vellacott took a swipe at the senator for her comments, writing, “Please tell the senator that the budget is a disgrace.”',
    );
    expect(speakerIn(text, 'budget is a disgrace')).not.toBe('Vellacott Republicans');
  });

  it('“Quennell - born as Orla Brisk … - said”: a birth name set off by spaced hyphens', () => {
    const text = article(
      'Orla Quennell released her fourth record on Friday.',
      'In an interview last week, Quennell - born as Orla Brisk to a family of farmers in Tarrow - said the record reflected her life in her thirties.',
    );
    expect(speakerIn(text, 'the record reflected her life')).toBe('Orla Quennell');
  });

  it('“Tory Osric Vellacott”: a party’s word before a given name no list holds', () => {
    const text = article(
      'Tory Osric Vellacott is the newest member of the chamber after winning the seat on Thursday.',
      'Mr Vellacott said: “This is the proudest day of my working life.”',
    );
    expect(speakerIn(text, 'proudest day')).toBe('Osric Vellacott');
  });

  it('“according to Osric Vellacott, Tarrow’s regional police commander.”: a role after the name', () => {
    const text = article(
      'Dozens of protesters were held overnight to stop them damaging shops, according to Osric Vellacott, Tarrow’s regional police commander.',
    );
    expect(speakerIn(text, 'to stop them damaging shops')).toBe('Osric Vellacott');
  });

  it('“party leader Per Vellacott”: a given name that is also a small word, after a role', () => {
    const text = article(
      'Harbour Party leader Per Vellacott said that the budget was drafted, for once, with the greens in mind.',
    );
    expect(speakerIn(text, 'the budget was drafted')).toBe('Per Vellacott');
  });
});
