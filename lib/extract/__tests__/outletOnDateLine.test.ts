import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

/** Outlet and date of a copy: the headline, `line` under it, then the story. */
const factsUnder = (line: string) => {
  const { outlet, published } = facts(HEADLINE, line, STORY, MORE);
  return { outlet, published };
};

describe('an outlet that opens a facts bar with the date', () => {
  it('an agency or an organisation before the bar, the date among the facts after it', () => {
    expect(
      factsUnder('ANI | Tarrow | Updated: 14-03-2025 10:12 IST | Created: 14-03-2025 09:50 IST'),
    ).toEqual({
      outlet: 'ANI',
      published: '2025-03-14',
    });
    expect(factsUnder('PTI | Harbourton | Updated: 04-03-2025 10:12 IST').outlet).toBe('PTI');
    expect(factsUnder('Tarrow Daily | Updated: 2025-03-04 08:47')).toEqual({
      outlet: 'Tarrow Daily',
      published: '2025-03-04',
    });
    expect(factsUnder('Harbour Wire Service | Published: March 4, 2025').outlet).toBe(
      'Harbour Wire Service',
    );
  });

  it('a writer, a desk or a section before the bar names no outlet', () => {
    expect(factsUnder('Ada Quill | Updated: 2025-03-04 08:47').outlet).toBeNull();
    expect(factsUnder('News Desk | Updated: 2025-03-04 08:47').outlet).toBeNull();
    expect(factsUnder('Sport | Tarrow | Updated: 04-03-2025 10:12 IST').outlet).toBeNull();
    // A labelled fact before the bar is read as its label says: the source's name alone.
    expect(factsUnder('Source: Harbour Wire| 2025-03-04 08:28:37|Editor: Ada Quill').outlet).toBe(
      'Harbour Wire',
    );
  });
});

describe('a byline that names an organisation before its date label', () => {
  it('"By Harbour Times Published: …" names the organisation without the label', () => {
    expect(factsUnder('By Harbour Times Published: Mar 4, 2025 04:23 PM')).toEqual({
      outlet: 'Harbour Times',
      published: '2025-03-04',
    });
    expect(factsUnder('By Quay Daily News Updated: Mar 4, 2025').outlet).toBe('Quay Daily News');
    expect(factsUnder('By Tarrow Herald Posted on March 4, 2025').outlet).toBe('Tarrow Herald');
  });
});

describe('a byline’s affiliation before the date', () => {
  it('"By Writer, Outlet – Date" names the outlet, whatever separates the date', () => {
    expect(factsUnder('By Ada Quill, Tarrow Evening Post – March 4, 2025').outlet).toBe(
      'Tarrow Evening Post',
    );
    expect(factsUnder('By Ada Quill, Harbour Herald | Mar 4, 2025').outlet).toBe('Harbour Herald');
    expect(factsUnder('By Ben Hallam, The Quay Gazette, 4 March 2025').outlet).toBe(
      'The Quay Gazette',
    );
  });

  it('a writer’s title before the date is no outlet', () => {
    expect(factsUnder('By Ada Quill, Harbour Correspondent – March 4, 2025').outlet).toBeNull();
  });
});
