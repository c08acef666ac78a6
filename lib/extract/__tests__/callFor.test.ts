import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a call for something or a warning of it is reported speech by its noun phrase', () => {
  const intro = 'Councillor Brin Askew spoke at the Tallow council chamber on Monday.';
  it('reads what a person or a body calls for, appeals for, or warns of', () => {
    const text = article(
      intro,
      'Askew called for an urgent inquiry into the collapse of the harbour wall.',
      'The Tallow Coastguard warned of heavy swells along the northern beaches this weekend.',
      'Local police appealed for any drivers with dashboard footage of the crash to come forward.',
    );
    expect(speakerIn(text, 'an urgent inquiry into the collapse')).toBe('Brin Askew');
    expect(speakerIn(text, 'heavy swells along the northern beaches')).toBe(
      'organisation: Tallow Coastguard',
    );
    expect(speakerIn(text, 'any drivers with dashboard footage')).not.toBe('missing');
  });
  it('reads nothing when a plan calls for something, or a call is passive or too short', () => {
    const text = article(
      intro,
      'The new harbour plan calls for two more piers and a longer sea wall.',
      'A doctor was called for by the crew of the stranded trawler at dawn.',
      'Askew called for calm.',
    );
    expect(speakerIn(text, 'two more piers and a longer')).toBe('missing');
    expect(speakerIn(text, 'by the crew of the stranded')).toBe('missing');
    expect(speakerIn(text, 'calm')).toBe('missing');
  });
});
