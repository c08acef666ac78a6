/**
 * `extractClaimFromSelection` answers a selection that holds no quotation mark it could
 * pair without reading it as an article: that answer must be the reading's, always. Checked
 * on every quote and narration of the bundled corpus, every paragraph of the extractor's
 * article fixtures and selections cut from them, and marks placed to test the rule's edges.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaimFromSelection, readClaimInSelection } from '../readClaim.ts';

const root = join(import.meta.dirname, '../../..');
const corpus = JSON.parse(readFileSync(join(root, 'corpus/quotes.json'), 'utf8')) as {
  quotes: { text: string }[];
  narration: { text: string }[];
};
const fixtures = join(import.meta.dirname, 'fixtures');
const paragraphs = readdirSync(fixtures)
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => readFileSync(join(fixtures, f), 'utf8').split(/\n\s*\n/))
  .map((p) => p.trim())
  .filter((p) => p.length > 0);

/** Each paragraph, and its second half (a selection that starts inside a quotation). */
const cut = paragraphs.flatMap((p) => [p, p.slice(Math.floor(p.length / 2))]);

/** Marks at the rule's edges: apostrophes, single marks, doubled apostrophes, a mark alone. */
const edges = [
  "Lee said, 'There needs to be more change.'",
  "'We are ready,' said Ambassador Lee Soo-hyuck.",
  "The drivers' union said it was the '90s all over again",
  "It's rock 'n' roll, and it don't stop",
  'Korea’s plan is what the minister’s office wants',
  "“We are ready,'' said Liu.",
  'We are ready,” said Liu.',
  '‘We are ready,’ said Liu.',
  "Liu said:'We are ready.'",
  "Liu said ('we are ready') and left",
  "Liu said \u200b'we are ready' and left",
  "Liu said—'we are ready'",
  'There is no reason for us to limit our own room to maneuver',
];

describe('extractClaimFromSelection: the shortcut gives the reading’s answer', () => {
  const texts = [
    ...corpus.quotes.map((q) => q.text),
    ...corpus.narration.map((n) => n.text),
    ...cut,
    ...edges,
  ];

  it('on every text, with and without quotation marks', () => {
    let skipped = 0;
    for (const text of texts) {
      const full = readClaimInSelection(text);
      const fast = extractClaimFromSelection(text);
      expect(fast, text).toEqual(full);
      if (fast.text === text && !/[“”"‘']/.test(text)) skipped++;
    }
    // Both kinds are there: selections without marks, and ones the reading cuts.
    expect(skipped).toBeGreaterThan(50);
    expect(texts.filter((t) => readClaimInSelection(t).claim !== null).length).toBeGreaterThan(5);
  });

  it('reads a selection whose single marks may quote: the attribution is cut', () => {
    expect(extractClaimFromSelection(edges[0]!)).toEqual({
      text: "'There needs to be more change.'",
      claim: 'Lee',
    });
    expect(extractClaimFromSelection(edges[1]!)).toEqual({
      text: "'We are ready,'",
      claim: 'Ambassador Lee Soo-hyuck',
    });
  });

  it('gives the same answer when asked twice, and a new one for a new selection', () => {
    const a = extractClaimFromSelection(edges[0]!);
    expect(extractClaimFromSelection(edges[0]!)).toBe(a);
    expect(extractClaimFromSelection(edges[1]!).claim).toBe('Ambassador Lee Soo-hyuck');
    expect(extractClaimFromSelection(edges[0]!)).toEqual(a);
  });
});
