import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('two people joined by “and”, then “…, saying that …”: never the first alone', () => {
  it('a participle of speech after a joint subject names no one person', () => {
    for (const sentence of [
      'Finance Minister Ada Quill and harbour spokesman Tomas Vell rejected the complaints at a Monday briefing, saying that the board was simply following the rules, and urged the council to change them.',
      'Mayor Ada Quill and Councillor Tomas Vell disagreed with the ruling on Tuesday, arguing that the board was simply following the rules.',
      'Ada Quill and Tomas Vell met the press at the quay, insisting the board was simply following the rules.',
    ]) {
      const text = article(
        '“We will not wait for the board,” Senator Lena Brill said in a statement.',
        sentence,
      );
      expect(speakerIn(text, 'simply following the rules'), sentence).not.toBe('Ada Quill');
    }
  });

  it('one person, then “…, saying that …”: still that person', () => {
    const text = article(
      'Finance Minister Ada Quill rejected the complaints on Monday, saying that the board was simply following the rules.',
    );
    expect(speakerIn(text, 'simply following the rules')).toBe('Ada Quill');
  });
});
