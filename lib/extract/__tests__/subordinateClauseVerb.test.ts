import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a speech verb inside a subordinate clause does not reach a quotation of the main clause', () => {
  it('“Why, days after OTHER told …, did the minister tell the House ‘…’”: never OTHER', () => {
    for (const sentence of [
      "Why, nine days after Mr Holt told the minister he was pausing his review, did the minister tell the chamber 'The review is going ahead,' when it was not?",
      "So, a week after Mr Holt told the minister he had stopped the review, why did the minister then tell the chamber 'The review is going ahead'?",
      "And, only hours before Dr Holt wrote to the minister that the review was over, the minister told the chamber 'The review is going ahead.'",
      "Then, because Ms Holt said the review had stalled, the minister told the chamber 'The review is going ahead.'",
    ]) {
      const text = article(
        'Question time in the Harbour Assembly ran long on Tuesday.',
        'Opposition Leader Mira Quell rose to ask about the review of the ferry contracts.',
        sentence,
      );
      expect(speakerIn(text, 'The review is going ahead'), sentence).not.toContain('Holt');
    }
  });

  it('a subordinate clause that leads into its own quotation keeps it', () => {
    const text = article(
      "After Councillor Ada Holt told the meeting 'We cannot afford the bridge,' the vote was put off.",
    );
    expect(speakerIn(text, 'We cannot afford the bridge')).toBe('Ada Holt');
  });
});
