import { describe, expect, it } from 'vitest';
import { officeInitials } from '../officeInitials.ts';
import { article, speakerIn } from './inventedArticle.ts';

describe('officeInitials', () => {
  it('spells an office by its words’ initials, linking words left out', () => {
    expect(officeInitials('deputy commissioner of police')).toEqual(['DC', 'DCP']);
    expect(officeInitials('Chief Executive Officer')).toEqual(['CEO']);
    expect(officeInitials('Tarrow’s harbour master')).toEqual(['HM']);
    expect(officeInitials('head of fire for the hill district')).toEqual(['HF', 'HFHD']);
  });

  it('stops at a bracket or comma and gives nothing for one word', () => {
    expect(officeInitials('regional fire officer (RFO')).toEqual(['RFO']);
    expect(officeInitials('mayor')).toEqual([]);
  });
});

describe('"the DCP said" means the one person quoted before with that office', () => {
  it('the holder quoted before', () => {
    const text = article(
      '“The ferry thieves were caught at the quay on Friday,” said Ilse Varrow, deputy commissioner of police for the harbour district.',
      'The DCP said that the stolen engines had been returned to their owners in Portmere.',
    );
    expect(speakerIn(text, 'stolen engines had been returned')).toBe('Ilse Varrow');
  });

  it('two people quoted with that office: nobody', () => {
    const text = article(
      '“The ferry thieves were caught at the quay on Friday,” said Ilse Varrow, deputy commissioner of police for the harbour district.',
      '“We found nothing at the depot,” said Oren Saltash, deputy commissioner of police for the hill district.',
      'The DCP said that the stolen engines had been returned to their owners in Portmere.',
    );
    expect(speakerIn(text, 'stolen engines had been returned')).not.toMatch(/Varrow|Saltash/);
  });

  it('a holder never quoted: not them', () => {
    const text = article(
      'Ilse Varrow, the harbour’s deputy commissioner of police, toured the quay on Friday.',
      'The DCP said that the stolen engines had been returned to their owners in Portmere.',
    );
    expect(speakerIn(text, 'stolen engines had been returned')).not.toBe('Ilse Varrow');
  });

  it('a holder quoted only later: not them', () => {
    const text = article(
      'The DCP said that the stolen engines had been returned to their owners in Portmere.',
      '“The ferry thieves were caught at the quay on Friday,” said Ilse Varrow, deputy commissioner of police for the harbour district.',
    );
    expect(speakerIn(text, 'stolen engines had been returned')).not.toBe('Ilse Varrow');
  });
});
