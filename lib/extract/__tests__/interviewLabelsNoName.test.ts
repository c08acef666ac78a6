import { describe, expect, it } from 'vitest';
import { read } from './inventedArticle.ts';

describe('an interview’s “Question:” and “Answer:” labels are never a speaker', () => {
  it('gives no quotation to the label words', () => {
    // Each question and its answer on adjacent lines, as an interview page prints them.
    const text = [
      'Question: “That lighthouse looks tiny from the shore, what is it like inside?”',
      'Answer: “It is cramped and it sways in a gale, but it has kept every keeper dry for a century. I loved it.”',
      '',
      'Question: You lived there a whole winter, what was that like?',
      'Answer: It was the quietest season of my life and I would do it again tomorrow.',
    ].join('\n');
    const speakers = read(text).quotes.map((q) => q.speaker ?? '');
    for (const label of ['Question', 'Answer', 'QUESTION', 'ANSWER'])
      expect(speakers).not.toContain(label);
  });
});
