import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE } from './textFactsOf.ts';

/** The outlet of a copy: the headline, then `first` as the story's first paragraph. */
const outletOf = (first: string) => facts(HEADLINE, first, MORE).outlet;

describe('a wire credit in the forms agencies print it', () => {
  it('a publisher’s credit joined to the agency it carries by a hyphen names the publisher', () => {
    expect(
      outletOf(
        'TARROW, May 3 (Harbour-HNA) – The board voted to raise ferry fares by six percent.',
      ),
    ).toBe('Harbour');
    expect(
      outletOf(
        'QUILLBY, Oct. 12 (Lundpost-AFP) -- Fares will rise again, the port authority said.',
      ),
    ).toBe('Lundpost');
  });

  it('two stations’ credits joined by a slash are the outlet as printed', () => {
    expect(
      outletOf(
        'TARROW (WXYZNews/WXYZ 7) — The harbour board said on Sunday that fares would rise.',
      ),
    ).toBe('WXYZNews/WXYZ 7');
    expect(
      outletOf('QUILLBY, Ont. (KHRBTarrow/HBC TW) — Ferry fares are going up, officials said.'),
    ).toBe('KHRBTarrow/HBC TW');
  });

  it('an agency between slashes with a stop after it, or a name that opens with a digit', () => {
    expect(
      outletOf('TARROW, March 4. /HNA/. Ferry fares will rise by six percent, the board said.'),
    ).toBe('HNA');
    expect(
      outletOf('QUILLBY, June 9, 2024 /4AB/ – The harbour board announced higher ferry fares.'),
    ).toBe('4AB');
  });

  it('an agency named after the dateline’s dash, before a stop', () => {
    expect(
      outletOf('TARROW, February 16 - Harbour Novosti. The board will raise ferry fares in April.'),
    ).toBe('Harbour Novosti');
    expect(
      outletOf(
        'QUILLBY, 4 March — Lundwire. Ferry fares go up next month, the port authority said.',
      ),
    ).toBe('Lundwire');
    // A sentence after the dash names no agency.
    expect(
      outletOf('TARROW, February 16 - Fares rose. The board will raise ferry fares in April.'),
    ).toBeNull();
  });

  it('a desk in the credit’s place names no outlet', () => {
    expect(
      outletOf('TARROW, Wis. (Web Desk) – The harbour board voted to raise ferry fares on Monday.'),
    ).toBeNull();
    expect(
      outletOf('QUILLBY (News Desk) — Ferry fares will rise again in April, the board said.'),
    ).toBeNull();
  });

  it('a dateline in a paragraph the copy styled as a standfirst', () => {
    // A copy cut off before the paragraph's stop: it reads as a standfirst, not the story.
    expect(
      facts(
        HEADLINE,
        'Tarrow, WV (HNA) - If the vote were held now, the fare rise would pass by a wide margin, a poll of',
      ).outlet,
    ).toBe('HNA');
  });
});

const REST = 'board agreed on Monday to raise ferry fares by six percent from April.';

describe('a wire dateline’s credit in the forms plain-text copies print', () => {
  it('an underscore for the dash, as a wire’s plain text prints it', () => {
    expect(facts(HEADLINE, `TARROW, Ore. (AP) _ The harbour ${REST}`, MORE).outlet).toBe('AP');
    expect(facts(HEADLINE, `HARBOURVILLE (Reuters) _ The ${REST}`, MORE).outlet).toBe('Reuters');
    // A story with no headline: the outlet all the same.
    expect(facts(`TARROW, Ore. (AP) _ The harbour ${REST}`, MORE).outlet).toBe('AP');
  });

  it('a possessive name as the credit, with or without a place', () => {
    expect(facts(HEADLINE, `(Harbour's) -- The ${REST}`, MORE).outlet).toBe("Harbour's");
    expect(facts(HEADLINE, `TARROW (Quill’s) — The ${REST}`, MORE).outlet).toBe('Quill’s');
  });

  it('an underscore inside a sentence, or a bracket of lower-case words, is no credit', () => {
    expect(facts(HEADLINE, `The harbour (as planned) _ the ${REST}`, MORE).outlet).toBeNull();
    expect(facts(HEADLINE, `Ada Quill (who chairs it) said the ${REST}`, MORE).outlet).toBeNull();
  });
});

describe('an agency signing its story on the copy’s last line', () => {
  it('its initials in capitals right under the last paragraph', () => {
    expect(facts(HEADLINE, `The harbour ${REST}`, MORE, 'HNA').outlet).toBe('HNA');
    expect(
      facts(`The harbour ${REST}`, '“Fares will rise,” the board said.', 'TARWIRE').outlet,
    ).toBe('TARWIRE');
  });

  it('capitals above more lines, after an unfinished line, or of two letters sign nothing', () => {
    expect(facts(HEADLINE, `The harbour ${REST}`, 'HARBOUR', MORE).outlet).toBeNull();
    expect(facts(HEADLINE, `The harbour ${REST}`, 'Squad list', 'TARROW').outlet).toBeNull();
    expect(facts(HEADLINE, `The harbour ${REST}`, MORE, 'XS').outlet).toBeNull();
  });
});

describe('a byline that names an organisation after its desk', () => {
  it('the organisation without the desk’s word', () => {
    expect(facts(HEADLINE, 'By Staff Reuters', `The harbour ${REST}`, MORE).outlet).toBe('Reuters');
    expect(facts(HEADLINE, 'By Staff Harbour Wire Service', `The ${REST}`, MORE).outlet).toBe(
      'Harbour Wire Service',
    );
    expect(facts(HEADLINE, 'By Reuters Staff', `The harbour ${REST}`, MORE).outlet).toBe('Reuters');
  });
});
