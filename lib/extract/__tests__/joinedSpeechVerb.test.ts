import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"NAME said A, but added that B": the same speaker’s second verb', () => {
  it('reads both clauses as the speaker’s, each on its own', () => {
    const text = article(
      'Orla Venn, a ferry pilot from Tarrow, spoke after the storm.',
      'Venn said families hurried inland to wait for the buses, but added that the harbour wall had held.',
      'Venn said the north pier flooded and added that the ferry would not sail.',
    );
    expect(speakerIn(text, 'families hurried inland to wait')).toBe('Orla Venn');
    expect(speakerIn(text, 'the harbour wall had held')).toBe('Orla Venn');
    expect(speakerIn(text, 'the north pier flooded')).toBe('Orla Venn');
    expect(speakerIn(text, 'the ferry would not sail')).toBe('Orla Venn');
    expect(speakerIn(text, 'the north pier flooded and added')).toBe('missing');
  });
  it('leaves a second speaker after "but" their own words', () => {
    const text = article(
      'Orla Venn, a ferry pilot from Tarrow, and Piet Moran, the harbour clerk, spoke after the storm.',
      'Venn said the north pier flooded on Monday night, but Moran said the ferry would still sail.',
    );
    expect(speakerIn(text, 'the north pier flooded')).toBe('Orla Venn');
    expect(speakerIn(text, 'the ferry would still sail')).toBe('Piet Moran');
  });
});

describe('"reports of damage": a speech word before "of" is a noun', () => {
  it('does not stop a clause after "said" from being read', () => {
    const text = article(
      'Orla Venn, a ferry pilot from Tarrow, spoke after the storm.',
      'She said spray from the breakers swept over several streets near the quay, though there were no early reports of injuries.',
    );
    expect(speakerIn(text, 'spray from the breakers swept over')).toBe('Orla Venn');
  });
});
