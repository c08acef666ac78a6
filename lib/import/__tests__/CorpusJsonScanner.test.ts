import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusJsonScanner, type ScanEvent } from '../CorpusJsonScanner';

function scan(pieces: string[], max = 1000): { events: ScanEvent[]; error: string | null } {
  const s = new CorpusJsonScanner(max);
  const events: ScanEvent[] = [];
  for (const p of pieces) {
    const error = s.push(p, events);
    if (error) return { events, error };
  }
  return { events, error: s.end(events) };
}

const FILE = `{"schemaVersion":1,
"speakers":[
{"id":"a","name":"A \\"Ace\\" [x] {y}","aliases":[],"description":""},
{"id":"b","name":"B","aliases":["Bee"],"description":"}]"}
],
"extra": {"nested": [1, 2, {"deep": "]"}]},
"articles":[ ],
"quotes":[
{"id":"q1"} ,  {"id":"q2"},
"odd", 42
],
"narration":[]}
`;

describe('CorpusJsonScanner', () => {
  it('hands out each entry with its line, strings with brackets and escapes kept whole', () => {
    const { events, error } = scan([FILE]);
    expect(error).toBeNull();
    const entries = events.filter((e) => e.kind === 'entry');
    expect(entries.map((e) => [e.section, e.line, e.json && JSON.parse(e.json)])).toEqual([
      ['speakers', 3, { id: 'a', name: 'A "Ace" [x] {y}', aliases: [], description: '' }],
      ['speakers', 4, { id: 'b', name: 'B', aliases: ['Bee'], description: '}]' }],
      ['quotes', 9, { id: 'q1' }],
      ['quotes', 9, { id: 'q2' }],
      ['quotes', 10, 'odd'],
      ['quotes', 10, 42],
    ]);
    const values = events.filter((e) => e.kind === 'value');
    expect(values.map((v) => [v.key, v.json && JSON.parse(v.json)])).toEqual([
      ['schemaVersion', 1],
      ['extra', { nested: [1, 2, { deep: ']' }] }],
    ]);
    expect(events.filter((e) => e.kind === 'section-end').map((e) => e.section)).toEqual([
      'speakers',
      'articles',
      'quotes',
      'narration',
    ]);
  });

  it('gives the same events however the text is cut into pieces (property)', () => {
    const whole = scan([FILE]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: FILE.length }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), FILE.length];
        const pieces = at.slice(1).map((end, i) => FILE.slice(at[i], end));
        expect(scan(pieces)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('drops the text of an entry over the cap but still reports it and reads on', () => {
    const big = `{"schemaVersion":1,"quotes":[{"text":"${'z'.repeat(500)}"},{"id":"q2"}]}`;
    const { events, error } = scan([big.slice(0, 100), big.slice(100)], 200);
    expect(error).toBeNull();
    const entries = events.filter((e) => e.kind === 'entry');
    expect(entries.map((e) => [e.json, e.chars])).toEqual([
      [null, 511],
      ['{"id":"q2"}', 11],
    ]);
  });

  it('names the line of a broken outline', () => {
    expect(scan(['\n\n  x']).error).toBe(
      'line 3: the file does not start with a JSON object ("{")',
    );
    expect(scan(['{"quotes": 5}']).error).toBe('line 1: "quotes" must be an array');
    expect(scan(['{"quotes": [1,]}']).error).toBe('line 1: a comma before "]"');
    expect(scan(['{"quotes": [1 2]}']).error).toBe('line 1: expected "," or "]" in "quotes"');
    expect(scan(['{"a": 1\n "b": 2}']).error).toBe('line 2: expected "," or "}" after a member');
    expect(scan(['{"a": 1, "a": 2}']).error).toBe('line 1: "a" appears twice');
    expect(scan(['{"a": 1} {']).error).toBe('line 1: text after the end of the corpus object');
    expect(scan(['{"quotes": [{"id": 1},\n{"id"']).error).toBe(
      'line 2: the file ends before the corpus object closes (is it cut short?)',
    );
    expect(scan(['   ']).error).toBe('the file holds no JSON object');
  });
});
