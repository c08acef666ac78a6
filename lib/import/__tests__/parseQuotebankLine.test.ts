import { describe, expect, it } from 'vitest';
import { parseQuotebankLine } from '../parseQuotebankLine';

const line = (fields: Record<string, unknown> = {}) => ({
  quoteID: '2020-01-16-000001',
  quotation: 'The harbour bridge will open before the winter storms arrive.',
  speaker: 'Mira Castellane',
  qids: ['Q4242'],
  date: '2020-01-16 12:00:00',
  numOccurrences: 2,
  probas: [
    ['Mira Castellane', '0.8812'],
    ['None', '0.1188'],
  ],
  urls: ['https://www.harbour-gazette.test/2020/01/16/bridge', 'https://other.test/b'],
  phase: 'E',
  ...fields,
});

const reason = (value: unknown): string => {
  const r = parseQuotebankLine(value);
  if (r.ok) throw new Error('expected the line to be skipped');
  return r.error;
};

const record = (value: unknown) => {
  const r = parseQuotebankLine(value);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('parseQuotebankLine', () => {
  it('keeps quotation, speaker, qids, the date as YYYY-MM-DD and the first URL with its host as outlet', () => {
    expect(record(line())).toEqual({
      quoteId: '2020-01-16-000001',
      quotation: 'The harbour bridge will open before the winter storms arrive.',
      speaker: 'Mira Castellane',
      qids: ['Q4242'],
      date: '2020-01-16',
      url: 'https://www.harbour-gazette.test/2020/01/16/bridge',
      outlet: 'harbour-gazette.test',
      weakSpeaker: false,
      notes: [],
    });
  });

  it('"None" (or no speaker) is an unattributed quotation, never a person called None', () => {
    const none = record(line({ speaker: 'None', qids: [], probas: [['None', '0.9']] }));
    expect(none.speaker).toBeNull();
    expect(none.qids).toEqual([]);
    expect(record(line({ speaker: null })).speaker).toBeNull();
    expect(record(line({ speaker: undefined })).speaker).toBeNull();
  });

  it('a speaker Quotebank gives less than an even chance is imported unattributed', () => {
    const weak = record(
      line({
        probas: [
          ['Mira Castellane', '0.4100'],
          ['None', '0.3500'],
          ['Tomas Brand', '0.2400'],
        ],
      }),
    );
    expect(weak.speaker).toBeNull();
    expect(weak.weakSpeaker).toBe(true);
    expect(record(line({ probas: [['Mira Castellane', '0.5']] })).speaker).toBe('Mira Castellane');
  });

  it('skips a line that is not an object, with what it was', () => {
    expect(reason([1, 2])).toBe('not a JSON object (got an array)');
    expect(reason('a quotation')).toBe('not a JSON object (got a string)');
    expect(reason(null)).toBe('not a JSON object (got null)');
    expect(reason(42)).toBe('not a JSON object (got a number)');
  });

  it('skips a line without a quotation, or with an empty or non-text one', () => {
    const { quotation: _, ...rest } = line();
    expect(reason(rest)).toBe('no "quotation"');
    expect(reason(line({ quotation: '   ' }))).toBe('"quotation" is empty');
    expect(reason(line({ quotation: 7 }))).toBe('"quotation" must be a string, got a number');
    expect(reason({ articleID: 'x', quotations: [] })).toMatch(/article-centric Quotebank line/);
  });

  it('skips a quotation over the size cap (1 MB), saying how long it was', () => {
    expect(reason(line({ quotation: 'a'.repeat(1_000_000) }))).toBe(
      '"quotation" has 1,000,000 characters, over the cap of 10,000',
    );
    expect(record(line({ quotation: 'a'.repeat(10_000) })).quotation).toHaveLength(10_000);
  });

  it('skips a date that is not a date, and accepts the forms Quotebank and ISO use', () => {
    expect(reason(line({ date: 'last Tuesday' }))).toBe('"date" is not a date: "last Tuesday"');
    expect(reason(line({ date: '2020-02-30 12:00:00' }))).toBe(
      '"date" is not a date: "2020-02-30 12:00:00"',
    );
    expect(reason(line({ date: 20200116 }))).toBe('"date" is not a date: a number');
    expect(record(line({ date: '2020-01-16' })).date).toBe('2020-01-16');
    expect(record(line({ date: '2020-01-16T08:30:00Z' })).date).toBe('2020-01-16');
    expect(record(line({ date: null })).date).toBeNull();
  });

  it('keeps a quotation whose URL is not http(s), without a link or outlet, and notes it', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '/relative/path',
      'ftp://files.test/a',
    ]) {
      const r = record(line({ urls: [bad] }));
      expect(r.url, bad).toBeNull();
      expect(r.outlet).toBeNull();
      expect(r.notes).toEqual([`URL ${JSON.stringify(bad)} is not http(s); kept without a link`]);
    }
    expect(record(line({ urls: [] })).url).toBeNull();
    expect(record(line({ urls: 'https://a.test/' })).notes).toEqual([
      '"urls" is not a list; kept without a link',
    ]);
  });

  it('keeps a speaker name with HTML in it as plain text, and notes it', () => {
    const name = '<img src=x onerror=alert(1)>Mira';
    const r = record(line({ speaker: name, probas: [] }));
    expect(r.speaker).toBe(name);
    expect(r.notes).toEqual([
      `speaker name ${JSON.stringify(name)} looks like HTML; kept as plain text, never rendered as HTML`,
    ]);
    expect(record(line({ speaker: 'Tom &amp; Jerry' })).notes).toHaveLength(1);
    expect(record(line()).notes).toEqual([]);
  });

  it('skips a speaker that is not text or is far too long; keeps only Wikidata ids', () => {
    expect(reason(line({ speaker: ['Mira'] }))).toBe('"speaker" must be a string, got an array');
    expect(reason(line({ speaker: 'M'.repeat(301) }))).toBe(
      '"speaker" has 301 characters, over the cap of 300',
    );
    const r = record(line({ qids: ['Q4242', 'Mira', 12, 'Q0'] }));
    expect(r.qids).toEqual(['Q4242']);
    expect(r.notes).toEqual(['"qids": left out 3 that are not Wikidata ids (Q…)']);
  });

  it('keeps only a plain quoteID for ids', () => {
    expect(record(line({ quoteID: '<script>' })).quoteId).toBeNull();
    expect(record(line({ quoteID: undefined })).quoteId).toBeNull();
  });
});
