import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

/** The outlet of a copy: the headline, then `lines`, then the story's second paragraph. */
const outletOf = (...lines: string[]) => facts(HEADLINE, ...lines, MORE).outlet;

describe('a wire credit printed with a space inside its brackets', () => {
  it('the agency is the credit, the space no part of it', () => {
    expect(outletOf(`Tarrow, Nov 1 (PTI ) ${STORY}`)).toBe('PTI');
    expect(outletOf(`Harbourton, May 3 ( IANS ) ${STORY}`)).toBe('IANS');
    expect(outletOf(`TARROW, Ont. (Harbour Wire ) — ${STORY}`)).toBe('Harbour Wire');
  });
});

describe('a wire credit that runs its words together', () => {
  it('a name in joined capitalised words credits the story', () => {
    expect(outletOf(`MONDAY, March 3, 2025 (HarbourHealthNews) -- ${STORY}`)).toBe(
      'HarbourHealthNews',
    );
    expect(outletOf(`TARROW, Ore. (QuayWire) — ${STORY}`)).toBe('QuayWire');
  });
});

describe('a dateline in brackets that names only the place', () => {
  it('"(TARROW) —" opening the story is a place, never the outlet', () => {
    expect(outletOf(`(TARROW) — ${STORY}`)).toBeNull();
    expect(outletOf(`(NEW TARROW) -- ${STORY}`)).toBeNull();
    expect(outletOf(`(PORT TARROW CITY) — ${STORY}`)).toBeNull();
  });

  it('a wire in capitals after the dateline still credits the release', () => {
    expect(outletOf(`TARROW, Ore.--(HARBOUR WIRE)-- ${STORY}`)).toBe('HARBOUR WIRE');
    expect(outletOf(`Tarrow, March 4, 2025 (QUAY NEWSWIRE) -- ${STORY}`)).toBe('QUAY NEWSWIRE');
  });
});

describe('a dateline under a notice or a first paragraph', () => {
  it('the credit of a place in capitals in one of the first paragraphs names the outlet', () => {
    const notice = 'This archived story is kept for your personal use and may now be out of date.';
    expect(outletOf(notice, `TARROW (AP) — ${STORY}`)).toBe('AP');
    expect(outletOf(notice, `PORT TARROW, Ore. (Harbour Wire) -- ${STORY}`)).toBe('Harbour Wire');
    const lead =
      'Ferry fares will rise by six percent from April and again in the autumn, the harbour board said on Monday in a statement on its site.';
    expect(outletOf(lead, `TARROW (Quayside) — ${MORE}`)).toBe('Quayside');
  });

  it('a blog’s own paragraph of several sentences before a wire story it quotes', () => {
    const own = 'Should fares rise at all this year? Even the board seems unsure of it.';
    expect(outletOf(own, `TARROW (AP) — ${STORY}`)).toBeNull();
    expect(outletOf(own, `PORT TARROW, Ore. (Harbour Wire) -- ${STORY}`)).toBeNull();
  });

  it('a place in title case or a credit deep in the story names none', () => {
    const lead = `${STORY} The fares go up again in the autumn, the board said in a statement on its site.`;
    expect(outletOf(lead, `Commuters (Tarrow) — ${MORE}`)).toBeNull();
    const later = 'Ferry crews said the new timetable would be printed before the month was out.';
    expect(outletOf(lead, MORE, later, `TARROW (AP) — ${MORE}`)).toBeNull();
  });
});

describe('a copyright that credits a photograph', () => {
  it('"© AGENCY / Photographer" over a picture names the picture’s agency, not the outlet', () => {
    expect(outletOf('© QUAYPIX / Ada Quill/Pool', STORY)).toBeNull();
    expect(outletOf('© Harbour Photos / Ben Hallam', STORY)).toBeNull();
  });

  it('a publisher’s own notice still names the outlet', () => {
    expect(outletOf(STORY, '© 2025 Harbour Wire. All rights reserved.')).toBe('Harbour Wire');
  });
});
