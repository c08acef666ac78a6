import { describe, expect, it } from 'vitest';
import { MATCH_CONFIG } from '../../match/config';
import { selectionQuotations } from '../selectionQuotations';

const FIRST = 'The northern ferry will run twice a day from the first of May';
const SECOND = 'Nobody has asked the crews what they think about the new timetable';
const paragraph = `“${FIRST},” said Mara Lind, the harbour board’s chief executive. Mayor Ines Roa disagreed. “${SECOND},” she said.`;

/** Offsets of `from`…`to` (inclusive of `to`) in `text`. */
const between = (text: string, from: string, to: string) => {
  const start = text.indexOf(from);
  return { start, end: text.indexOf(to, start) + to.length };
};

describe('selectionQuotations', () => {
  it('a selection from one speaker’s quotation into the next: both, each with its speaker', () => {
    const at = between(paragraph, 'twice a day', 'asked the crews what');
    const read = selectionQuotations({
      text: paragraph.slice(at.start, at.end),
      context: paragraph,
      at,
    });
    expect(read?.parts).toEqual([
      {
        text: 'twice a day from the first of May,',
        kind: 'direct',
        speaker: 'Mara Lind',
        source: null,
      },
      {
        text: 'Nobody has asked the crews what',
        kind: 'direct',
        speaker: 'Ines Roa',
        source: null,
      },
    ]);
    expect(read?.readChars).toBe(read?.totalChars);
  });

  it('the text alone, without its paragraph, when the marks are in it', () => {
    const read = selectionQuotations({ text: paragraph });
    expect(read?.parts.map((p) => [p.speaker, p.text])).toEqual([
      ['Mara Lind', `${FIRST},`],
      ['Ines Roa', `${SECOND},`],
    ]);
  });

  it('one quotation, or a part of one, is left to the matcher (null)', () => {
    const at = between(paragraph, 'ferry will', 'first of May');
    expect(selectionQuotations({ text: 'ferry will …', context: paragraph, at })).toBeNull();
    expect(selectionQuotations({ text: FIRST })).toBeNull();
    // A bit of the next quotation too short to check (under minWords) does not count.
    const tail = between(paragraph, 'twice a day', 'Nobody has');
    expect(
      selectionQuotations({
        text: paragraph.slice(tail.start, tail.end),
        context: paragraph,
        at: tail,
      }),
    ).toBeNull();
  });

  it('a selection past the matcher’s cap: every quotation inside it, even just one', () => {
    const filler = 'The council spent the afternoon on drainage, parking and the library roof. ';
    const long = `${filler.repeat(20)}\n${paragraph}\n${filler.repeat(20)}\nAmbassador Tomas Vell said: “The harbour agreement will stand whatever happens.”\n${filler.repeat(20)}`;
    expect(long.length).toBeGreaterThan(MATCH_CONFIG.readCharLimit);
    const read = selectionQuotations({ text: long });
    expect(read?.parts.map((p) => p.speaker)).toEqual(['Mara Lind', 'Ines Roa', 'Tomas Vell']);
    const one = `${filler.repeat(30)}\n“${FIRST},” said Mara Lind, the chief executive.`;
    expect(selectionQuotations({ text: one })?.parts.map((p) => p.speaker)).toEqual(['Mara Lind']);
  });

  it('reads at most maxChars of a huge selection and says how much', () => {
    const filler = 'The council spent the afternoon on drainage and parking. '.repeat(50);
    const text = `${paragraph}\n${filler}\n“This quotation lies past the cut,” said Mara Lind, the chief executive.`;
    const read = selectionQuotations({ text }, 1000);
    expect(read?.readChars).toBe(1000);
    expect(read?.totalChars).toBe(text.length);
    expect(read?.parts.map((p) => p.text)).not.toContain('This quotation lies past the cut,');
  });

  it('ignores offsets that do not fit the context, reading the text instead', () => {
    const read = selectionQuotations({
      text: paragraph,
      context: 'short',
      at: { start: 0, end: 99 },
    });
    expect(read?.parts).toHaveLength(2);
  });
});
