import { describe, expect, it } from 'vitest';
import { withoutArticle } from '../withoutArticle';

describe('withoutArticle', () => {
  it('drops one leading "the", "a" or "an", in any case', () => {
    expect(withoutArticle("the party's leader")).toBe("party's leader");
    expect(withoutArticle('A spokeswoman')).toBe('spokeswoman');
    expect(withoutArticle('an  adviser')).toBe('adviser');
  });

  it('keeps a word that only begins like an article, and an article inside', () => {
    expect(withoutArticle('theatre director')).toBe('theatre director');
    expect(withoutArticle('another adviser')).toBe('another adviser');
    expect(withoutArticle('head of the union')).toBe('head of the union');
  });
});
