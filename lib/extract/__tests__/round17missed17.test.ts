import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"called on her supporters to …", "asked the board to …": a request reported', () => {
  it('is the asker’s reported words', () => {
    const text = article(
      'PORT ELLERY (Tidewire) - The opposition leader Maren Dovic has called on her supporters to stay home from work in protest at the count.',
      'Mayor Tobias Renner asked the harbour board to delay the ferry vote until the spring.',
    );
    expect(speakerIn(text, 'to stay home from work')).toBe('Maren Dovic');
    expect(speakerIn(text, 'to delay the ferry vote')).toBe('Tobias Renner');
  });
  it('asks nothing of a named speaker in a passive or without anyone asked', () => {
    const text = article(
      'Mayor Tobias Renner was asked by the harbour board to delay the ferry vote until the spring.',
      'The opposition leader Maren Dovic called the vote a farce and left the hall early.',
    );
    expect(speakerIn(text, 'to delay the ferry vote')).not.toBe('Tobias Renner');
    expect(speakerIn(text, 'the vote a farce')).not.toBe('Maren Dovic');
  });
});
