import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a rank, a court title or a keeper’s job printed before a full name is no part of it', () => {
  it('reads the name after a police, court or zoo title', () => {
    const variants = [
      'Detective Garda Orla Brannick told the court',
      'Garda Orla Brannick told the court',
      'Senior Principal Magistrate Orla Brannick said',
      'Chief Magistrate Orla Brannick told reporters',
      'Reptile Keeper Orla Brannick says',
    ];
    for (const intro of variants) {
      const text = article(
        'A hearing about the stolen ferry tickets was held in Tarrow on Monday.',
        `${intro} that the queue of cases had grown all winter.`,
      );
      expect(speakerIn(text, 'queue of cases had grown'), intro).toBe('Orla Brannick');
    }
  });

  it('a hyphenated description of a parent before the name ("Father-of-three")', () => {
    for (const epithet of ['Mother-of-four', 'Father-of-three', 'Grandmother-of-six']) {
      const text = article(
        'Water rose over the river road at Tarrow overnight.',
        `${epithet} Orla Brannick says she has only now dried out the shed after the rain.`,
      );
      expect(speakerIn(text, 'dried out the shed'), epithet).toBe('Orla Brannick');
    }
  });

  it('keeps the force’s name whole when no full name follows ("Garda Síochána")', () => {
    const text = article(
      'A hearing about the stolen ferry tickets was held in Tarrow on Monday.',
      'Garda Síochána said in a statement that the inquiry was still open.',
    );
    expect(speakerIn(text, 'inquiry was still open')).not.toBe('Síochána');
  });
});
