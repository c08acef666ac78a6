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

describe('"expressed disappointment that …", "voiced her concern that …": a feeling put into words', () => {
  it('is the reported words of the one who voiced it', () => {
    const text = article(
      'Councillor Petra Hollis expressed disappointment that the harbour board had closed the north ferry without a vote.',
      'The ferry captain Jonas Mell voiced his concern that winter crossings would be cut next.',
    );
    expect(speakerIn(text, 'closed the north ferry')).toBe('Petra Hollis');
    expect(speakerIn(text, 'winter crossings would be cut')).toBe('Jonas Mell');
  });
});
