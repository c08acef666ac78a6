import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

describe('"Helped only by a stick, NAME walked … and said …": an opening participle is no speaker', () => {
  it('never names the participle that opens the sentence', () => {
    const found = quotesOf(
      'Helped only by a wooden stick, Tova Lind made her way up the aisle of the hall on Tuesday morning and said the fall that broke her hip had changed her life.',
    );
    const who = speakerAmong(found, 'the fall that broke her hip');
    expect(who).toBeDefined();
    expect(who).not.toBe('Helped');
    expect(who).toMatch(/Tova Lind/);
  });
});
