import { describe, expect, it } from 'vitest';
import { article, read, speakerIn } from './inventedArticle.ts';

describe('an outlet “quoted X as saying”: the words are the one quoted, never the outlet', () => {
  it('in reported speech, with or without an appositive saying who they are', () => {
    const variants: [string, string, string][] = [
      [
        'State radio quoted Hemant Lodrani, director of the flood office of the Tarrow government, as saying the first reports showed 300 people were safe.',
        'the first reports showed 300 people',
        'Hemant Lodrani',
      ],
      [
        'Harbour Radio quoted Ada Quillan as saying the quay was safe for the winter.',
        'the quay was safe for the winter',
        'Ada Quillan',
      ],
      [
        'The Tarrow Courier quotes Brenna Oakhurst, the bridge engineer, as saying that the span will reopen in May.',
        'the span will reopen in May',
        'Brenna Oakhurst',
      ],
    ];
    for (const [paragraph, words, speaker] of variants)
      expect(speakerIn(article(paragraph), words)).toBe(speaker);
  });

  it('a direct quotation after it is that person’s, whose given name no list holds', () => {
    const text = article(
      'Wire quoted Pradipta Lodrani as saying, "Talks between the two fronts failed because the Left would not sign."',
    );
    expect(speakerIn(text, 'Talks between the two fronts failed')).toBe('Pradipta Lodrani');
  });

  it('where they spoke is no reported clause', () => {
    const found = read(
      article(
        '“We accept the result,” Wire quoted Ada Quillan as saying at a briefing in Olstad on Thursday.',
      ),
    );
    expect(found.quotes.map((q) => q.text)).not.toContain('at a briefing in Olstad on Thursday');
    expect(found.quotes.find((q) => q.text.includes('We accept'))?.speaker).toBe('Ada Quillan');
  });
});
