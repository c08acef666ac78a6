import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a department or office printed before a full name is no part of the name', () => {
  it('keeps "Administrative Services", "Patient Experience", "Coroner" out of the name', () => {
    const text = article(
      'BRAMLEY FORD (Tidewire) - Enrolment fell again this autumn, according to Deputy Superintendent of Administrative Services Hilda Marrow.',
      'Harbour Clinic Director of Patient Experience Tomas Vell told the Courier on Monday that two wards had been closed.',
      'The river had “taken three more cars” overnight in the flooded lower valley, Coroner Ezra Quillon said.',
    );
    expect(speakerIn(text, 'taken three more cars')).toBe('Ezra Quillon');
    expect(speakerIn(text, 'two wards had been closed')).toBe('Tomas Vell');
  });
});

describe('a lone quotation before another person’s quoted call', () => {
  it('is not the later speaker’s when two people are named between them', () => {
    const text = article(
      'On Tuesday the glaciologist Petra Lindqvist, a professor at Harrow Institute, spoke to the Tidewire about the winter floods.',
      '“Warmer air carries more water, so the storms we get are heavier than they used to be.” Lindqvist’s scientific account supports Harbour Mayor Brenner’s call for caution: “We can wait for the next flood, or we can build the levees now.”',
    );
    expect(speakerIn(text, 'Warmer air carries more water')).not.toBe('Brenner');
    expect(speakerIn(text, 'build the levees now')).toBe('Brenner');
  });
});
