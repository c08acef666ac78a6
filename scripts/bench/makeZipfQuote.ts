/**
 * A made-up quotation of real English words at their real frequencies (see
 * `createZipfWords`): one to three sentences of 5 to 45 words (about 20 words a quote,
 * as news quotations run), with commas, contractions ("don't", "it's"), a number now and
 * then, a capital at the start and a full stop, question or exclamation mark at the end.
 * The words follow no grammar: what matters to the matcher is how often each occurs.
 */

import type { ZipfWords } from './createZipfWords';
import type { Random } from './mulberry32';

/** Contraction pieces SUBTLEX counts as words of their own. */
const PIECES = new Set(['s', 't', 'm', 're', 've', 'll', 'd']);

function number(rnd: Random): string {
  const r = rnd();
  if (r < 0.4) return String(2 + Math.floor(rnd() * 98));
  if (r < 0.6) return String(1990 + Math.floor(rnd() * 36));
  if (r < 0.8)
    return `${1 + Math.floor(rnd() * 9)},${String(Math.floor(rnd() * 1000)).padStart(3, '0')}`;
  return `${1 + Math.floor(rnd() * 9)}.${1 + Math.floor(rnd() * 9)}`;
}

function sentence(rnd: Random, words: ZipfWords): string {
  const length = Math.min(45, 5 + Math.floor(-Math.log(1 - rnd()) * 9));
  const out: string[] = [];
  while (out.length < length) {
    if (rnd() < 0.01) {
      out.push(number(rnd));
      continue;
    }
    const w = words.draw(rnd);
    if (PIECES.has(w)) {
      if (out.length > 0 && /[a-z]$/i.test(out[out.length - 1]!)) out[out.length - 1] += `'${w}`;
      continue;
    }
    if (out.length > 0 && out.length < length - 1 && rnd() < 0.06) out[out.length - 1] += ',';
    out.push(w);
  }
  const end = rnd();
  const text = `${out.join(' ')}${end < 0.85 ? '.' : end < 0.95 ? '?' : '!'}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function makeZipfQuote(rnd: Random, words: ZipfWords): string {
  const r = rnd();
  const n = r < 0.55 ? 1 : r < 0.9 ? 2 : 3;
  return Array.from({ length: n }, () => sentence(rnd, words)).join(' ');
}
