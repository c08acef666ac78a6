import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, quotesOf } from './inventedArticle.ts';

describe('a short fragment inside the speaker’s reported clause', () => {
  it('is no quotation of its own: the clause is what was said', () => {
    const found = quotesOf(
      HARBOUR_INTRO,
      'Quell said the council members had raised doubts over the harbour board and made “rude remarks” at the quay.',
    );
    expect(found.map(([, text]) => text)).not.toContain('rude remarks');
    expect(
      found.some(([who, text]) => who === 'Mira Quell' && text.includes('raised doubts')),
    ).toBe(true);
  });

  it('a longer quotation inside the clause stays one', () => {
    const found = quotesOf(
      HARBOUR_INTRO,
      'Vell said the audit of the harbour revealed “a long trail of broken repair promises” by both ferry boards.',
    );
    expect(found.length).toBeGreaterThan(0);
  });
});
