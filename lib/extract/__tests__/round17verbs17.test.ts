import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"accused the ministry of hiding …": an accusation reported', () => {
  it('is the accuser’s reported words', () => {
    const text = article(
      'PORTVALE (Tidewire) - The opposition leader Hana Brevik accused the government of using public funds to win votes in the harbour towns.',
      'Prime Minister Ada Solberg accused the opposition of treating the chamber as a stage for its campaign.',
    );
    expect(speakerIn(text, 'using public funds to win votes')).toBe('Hana Brevik');
    expect(speakerIn(text, 'treating the chamber as a stage')).toBe('Ada Solberg');
  });
  it('says nothing of who spoke in a passive or without anyone accused', () => {
    const text = article(
      'PORTVALE (Tidewire) - Harbour treasurer Oskar Lindqvist was accused by auditors of hiding the ferry accounts from the board.',
      'Councillor Petra Hollis accused of taking bribes from the ferry operator resigned on Friday.',
    );
    expect(speakerIn(text, 'hiding the ferry accounts')).not.toBe('Oskar Lindqvist');
    expect(speakerIn(text, 'taking bribes from the ferry')).not.toBe('Petra Hollis');
  });
});
