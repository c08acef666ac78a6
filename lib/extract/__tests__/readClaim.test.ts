import { describe, expect, it } from 'vitest';
import {
  extractClaimFromContext,
  extractClaimFromSelection,
  trimAttribution,
} from '../readClaim.ts';

describe('readClaim: the same answers as the matcher’s claim reader', () => {
  it('cuts the attribution from a selection and keeps the quoted words', () => {
    expect(extractClaimFromSelection('Lee said, “There needs to be more change.”')).toEqual({
      text: '“There needs to be more change.”',
      claim: 'Lee',
    });
    expect(extractClaimFromSelection('"We are ready," said Ambassador Lee Soo-hyuck.')).toEqual({
      text: '"We are ready,"',
      claim: 'Ambassador Lee Soo-hyuck',
    });
    expect(extractClaimFromSelection('“We are ready,” he said.')).toEqual({
      text: '“We are ready,”',
      claim: null,
    });
    const plain = 'There is no reason for us to limit our own room to maneuver';
    expect(extractClaimFromSelection(plain)).toEqual({ text: plain, claim: null });
  });

  it('finds the attribution of the quotation the selection stands in, and skips pronouns', () => {
    const context =
      'Speaking at the home of the late former President Kim Dae-jung in Seoul, Lee said, “There needs to be more change.” Kim said nothing.';
    expect(extractClaimFromContext(context, 'There needs to be more change')).toBe('Lee');
    expect(extractClaimFromContext('“We are ready,” he said.', 'We are ready')).toBeNull();
    expect(
      extractClaimFromContext('According to Moon Jae-in, “we are ready.”', 'we are ready'),
    ).toBe('Moon Jae-in');
  });
});

describe('readClaim: the claim patterns of issue #12', () => {
  const claim = (context: string, selection: string) => extractClaimFromContext(context, selection);

  it('"NAME told reporters in PLACE: “…”" claims NAME, never the place', () => {
    expect(
      claim('Lee told reporters in Washington: “The talks will go on.”', 'The talks will go on'),
    ).toBe('Lee');
  });

  it('"Professor NAME said", "Chief Executive NAME said": the person, title and all', () => {
    expect(
      claim('“Glaciers are retreating,” Professor Ada Quill said.', 'Glaciers are retreating'),
    ).toBe('Professor Ada Quill');
    expect(claim('Chief Executive Joan Mercer said: “We will appeal.”', 'We will appeal')).toBe(
      'Chief Executive Joan Mercer',
    );
  });

  it('"said COMPANY chief executive NAME" claims NAME, not the company', () => {
    expect(
      claim('“Orders doubled,” said Harrow Freight chief executive Tomas Vell.', 'Orders doubled'),
    ).toBe('Tomas Vell');
  });

  it('"said minister NAME": the name, not whichever minister the article named before', () => {
    const context =
      'Minister Oskar Okafor said: “The bridge will be finished next spring.”\n“The road stays closed until summer,” said minister Zara Okafor.';
    const at = context.indexOf('The road');
    expect(
      extractClaimFromContext(context, 'The road stays closed until summer', {
        start: at,
        end: at + 34,
      }),
    ).toBe('Zara Okafor');
  });

  it('"said a passer-by", "one shopper said": someone unnamed, never the speaker before', () => {
    const before = 'Mayor Ines Roa was less sure. “Nobody asked the crews,” she said.\n';
    for (const line of [
      '“It was never going to be cheap,” said a passer-by.',
      '“It was never going to be cheap,” a passer-by said.',
      '“It was never going to be cheap,” said one shopper.',
    ]) {
      const context = before + line;
      const at = context.indexOf('It was');
      expect(
        extractClaimFromContext(context, 'It was never going to be cheap', {
          start: at,
          end: at + 30,
        }),
        line,
      ).toBeNull();
    }
  });

  it('"NAME warned" is an attribution too', () => {
    expect(claim('“Winter will be hard,” Ada Quill warned.', 'Winter will be hard')).toBe(
      'Ada Quill',
    );
  });

  it('a no-break space in the selection or the paragraph loses nothing', () => {
    expect(
      claim('“Winter will\u00a0be hard,” Ada\u00a0Quill warned.', 'Winter will\u00a0be hard'),
    ).toBe('Ada Quill');
  });

  it('a place, an organisation or a title alone is never a claimed person', () => {
    expect(claim('“We will not sign,” Washington said.', 'We will not sign')).toBeNull();
    expect(
      claim('“We regret the delay,” the Harrow Freight Company said.', 'We regret the delay'),
    ).toBeNull();
    expect(
      claim('“Profits will fall,” said the Chief Executive Officer.', 'Profits will fall'),
    ).toBeNull();
  });

  it('"he said" in the paragraph after the one that names him', () => {
    expect(
      claim(
        'Ambassador Lee Soo-hyuck met reporters on Wednesday.\n“The alliance will hold,” he said.',
        'The alliance will hold',
      ),
    ).toBe('Lee Soo-hyuck');
  });
});

describe('readClaim: the selection located by its offsets in the page text', () => {
  // Two quotations that open with the same words, given to two people: searching for the
  // selection's first words finds the first; its offsets say which one was selected.
  const context =
    '“We will not give up the talks,” Kim Do-hyun said on Monday.\n' +
    'A day later the minister answered him. “We will not give up the   talks, ever,” Park Se-jin told reporters in Busan.';
  const selected = 'We will not give up the   talks';

  it('claims the speaker of the quotation at the offsets, not of the first that reads alike', () => {
    const start = context.lastIndexOf(selected);
    expect(extractClaimFromContext(context, selected)).toBe('Kim Do-hyun');
    expect(
      extractClaimFromContext(context, selected, { start, end: start + selected.length }),
    ).toBe('Park Se-jin');
  });

  it('offsets into raw text with no-break spaces, tabs and line breaks still land on the quotation', () => {
    const raw = context
      .replace('Park Se-jin', 'Park\u00a0Se-jin')
      .replace('A day', '\r\n\tA\u00a0day');
    const start = raw.lastIndexOf(selected);
    expect(extractClaimFromContext(raw, selected, { start, end: start + selected.length })).toBe(
      'Park Se-jin',
    );
  });

  it('"he said" after the paragraph before, found by offsets', () => {
    const text =
      'Ambassador Lee Soo-hyuck spoke first.\n“The alliance will hold,” he said. “It has before,” Moon Jae-in said.';
    const start = text.indexOf('The alliance');
    expect(
      extractClaimFromContext(text, 'The alliance will hold', { start, end: start + 22 }),
    ).toBe('Lee Soo-hyuck');
    const second = text.indexOf('It has before');
    expect(
      extractClaimFromContext(text, 'It has before', { start: second, end: second + 13 }),
    ).toBe('Moon Jae-in');
  });
});

describe('trimAttribution', () => {
  it('cuts an attribution from the start of the later part of a selection', () => {
    expect(trimAttribution('” she said. “We will go on.', 'start')).toEqual({
      text: 'We will go on.',
      claim: null,
    });
    expect(trimAttribution(',” Lee said. “We will go on.', 'start')).toEqual({
      text: 'We will go on.',
      claim: 'Lee',
    });
  });

  it('cuts an attribution from the end of the earlier part', () => {
    expect(trimAttribution('We are ready,” Lee said. “', 'end')).toEqual({
      text: 'We are ready',
      claim: 'Lee',
    });
    expect(trimAttribution('We are ready', 'end')).toEqual({ text: 'We are ready', claim: null });
  });
});
