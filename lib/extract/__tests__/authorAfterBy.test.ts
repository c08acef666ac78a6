import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a noun’s author named after "by" before a "that" clause', () => {
  it('the clause is not the sentence subject’s', () => {
    const text = article(
      'The harbour master of Tarrowby answered questions on Friday.',
      'Peter Renstrom was responding to a warning by the Vessian consulate that it had heard of threats against the ferry terminal.',
    );
    expect(speakerIn(text, 'heard of threats')).not.toBe('Peter Renstrom');
  });

  it('a means after "by" ("by phone") still leaves the clause the speaker’s', () => {
    const text = article(
      'The harbour master of Tarrowby answered questions on Friday.',
      'Peter Renstrom said by phone that the ferry terminal would reopen on Monday.',
    );
    expect(speakerIn(text, 'terminal would reopen')).toBe('Peter Renstrom');
  });
});
