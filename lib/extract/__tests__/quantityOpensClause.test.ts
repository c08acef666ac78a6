import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"At least 40 boats sank …, NAME said": a count opens the clause, not a phrase of place', () => {
  it('reads the clause before a closing attribution as the speaker’s words', () => {
    const text = article(
      'Harbour master Edda Frell spoke to the press on the quay in Vessby.',
      'At least 40 fishing boats sank in the gale overnight, Frell said Friday, and another nine were towed home.',
      'About 200 volunteers had been sent along the coast road, Tomas Brell, the coastguard chief, said at a briefing that was aired live.',
    );
    expect(speakerIn(text, '40 fishing boats sank in the gale')).toBe('Edda Frell');
    expect(speakerIn(text, '200 volunteers had been sent')).toBe('Tomas Brell');
  });
  it('still reads an opening phrase of place as no clause', () => {
    const text = article(
      'Harbour master Edda Frell spoke to the press on the quay in Vessby.',
      'At the quay beside the old fish market, Frell said the boats were safe.',
    );
    expect(speakerIn(text, 'At the quay beside')).toBe('missing');
    expect(speakerIn(text, 'the boats were safe')).toBe('Edda Frell');
  });
});
