import { describe, expect, it } from 'vitest';
import { quotesOf } from './inventedArticle.ts';

describe('a setting’s phrase before a sentence’s role subject', () => {
  it('“During the hearing, the investigating officer …” is the subject a later “He said” means', () => {
    expect(
      quotesOf(
        'Tomas Brenner, 34, accused of setting fire to the harbour office, has been sent to police custody by a Velmore court.',
        'The accused Tomas Brenner was arrested in Norland on Monday. The police asked for ten days of custody.',
        "During the hearing, the investigating officer asked for ten more days. He said, 'The fire damaged three boats and a warehouse. We must find out who helped him.'",
      ),
    ).toEqual([
      [
        'anonymous: the investigating officer',
        'The fire damaged three boats and a warehouse. We must find out who helped him.',
      ],
    ]);
  });
});
