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
