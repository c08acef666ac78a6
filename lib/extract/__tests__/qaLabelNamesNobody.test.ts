import { describe, expect, it } from 'vitest';
import { read } from './inventedArticle.ts';

/**
 * The named speakers an invented transcript gives its quotations: its paragraphs printed
 * one under the other with no headline, so the first question is read as the headline
 * and the first answer has no question before it, as a page's copy may come.
 */
const speakersOf = (...paragraphs: string[]) =>
  read(paragraphs.join('\n'))
    .quotes.map((q) => q.speaker)
    .filter((s) => s !== null);

describe('an interview’s own labels before a quotation', () => {
  it('“Question: “…”” and “Answer: “…”” name nobody called Question or Answer', () => {
    const named = speakersOf(
      'Question: “The lighthouse behind you looks very narrow, how did you sleep in it?”',
      'Answer: “Badly at first, I must admit, but after a month the wind started to sound like music to me.”',
      'Question: “Which season was the hardest of the four you spent out on the rock?”',
      'Answer: “Winter, without a doubt, because the supply boat could not land for six long weeks.”',
    );
    expect(named).toEqual([]);
  });

  it('“Q: “…”” is no name either, while “Ada Quill: “…”” still is', () => {
    const named = speakersOf(
      'The harbour board met on Monday to hear the keeper of the Tarrow light.',
      'Q: “Did the board ever ask you what the light needed before the storm came?”',
      'Ada Quill: “Never once, and I wrote to them every single spring for nine years.”',
    );
    expect(named).not.toContain('Q');
    expect(named).toContain('Ada Quill');
  });
});
