import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a name after “with”, “alongside” or “against” is not the subject of the verb after it', () => {
  it('“Quill in talks with her counterpart Vell said …”: never Vell', () => {
    for (const sentence of [
      '- Marrow Foreign Minister Ada Quill in talks with Tarrow counterpart Tomas Vell said no progress was made on the ferry deal',
      'Harbour Minister Ada Quill after a meeting with Tomas Vell told reporters no progress was made on the ferry deal.',
      'Ada Quill, standing alongside Mayor Tomas Vell said no progress was made on the ferry deal.',
      'Ada Quill in her case against Tomas Vell claimed no progress was made on the ferry deal.',
    ]) {
      const text = article(
        'Tarrow Harbour Minister Tomas Vell and Marrow Foreign Minister Ada Quill met on Thursday.',
        sentence,
      );
      expect(speakerIn(text, 'no progress was made'), sentence).not.toBe('Tomas Vell');
    }
  });

  it('“The bench headed by Justice Vell described it as “…””: never Vell', () => {
    for (const verb of ['headed', 'led', 'chaired']) {
      const sentence = `The bench ${verb} by Chief Justice Tomas Vell also called the case “a plainly idle petition”, and the lawyers withdrew it.`;
      const text = article('The Marrow High Court sat on Thursday.', sentence);
      expect(speakerIn(text, 'a plainly idle petition'), verb).not.toBe('Tomas Vell');
    }
  });

  it('a name that opens the sentence still speaks', () => {
    const text = article(
      'Tarrow Harbour Minister Tomas Vell met Marrow Foreign Minister Ada Quill on Thursday.',
      'Tomas Vell said no progress was made on the ferry deal.',
    );
    expect(speakerIn(text, 'no progress was made')).toBe('Tomas Vell');
  });
});
