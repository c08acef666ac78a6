import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('two titles joined by "and" before one name are one person', () => {
  it('"Ex-Mayor and Green Party leader Tomas Brenner has said …" is Brenner', () => {
    const text = article(
      'Ex-Mayor and Green Party leader Tomas Brenner has said the change of council broke the rules of the town charter.',
    );
    expect(speakerIn(text, 'the change of council broke')).toBe('Tomas Brenner');
  });

  it('a name before "and" is still two people', () => {
    const text = article(
      'Ada Quill and Green Party leader Tomas Brenner have said the change of council broke the rules of the town charter.',
    );
    expect(speakerIn(text, 'the change of council broke')).toBe('unattributed');
  });
});
