import { describe, expect, it } from 'vitest';
import { isNamedLine } from '../isNamedLine';
import { makeQuotebankLines } from '../makeQuotebankLines';

const line = (speaker: string, p: string) => ({
  quotation: 'A made-up sentence for the test.',
  speaker,
  probas: [
    [speaker, p],
    ['None', '0.1'],
  ],
});

describe('isNamedLine', () => {
  it('keeps a speaker given an even chance or better', () => {
    expect(isNamedLine(line('Mira Castellane', '0.5000'))).toBe(true);
  });

  it('drops "None", a doubted speaker and a line the import skips', () => {
    expect(isNamedLine(line('None', '0.9'))).toBe(false);
    expect(isNamedLine(line('Mira Castellane', '0.4900'))).toBe(false);
    expect(isNamedLine({ speaker: 'Mira Castellane' })).toBe(false);
  });

  it('picks the generated lines whose first proba is their named speaker at 0.5 or more', () => {
    const head = [...makeQuotebankLines(200)].map(
      (l) => JSON.parse(l) as { speaker: string; probas: string[][] },
    );
    const named = head.filter(isNamedLine);
    expect(named.length).toBeGreaterThan(50);
    expect(named).toEqual(
      head.filter((r) => r.speaker !== 'None' && Number(r.probas[0]?.[1]) >= 0.5),
    );
  });
});
