/**
 * Finds a quotation in normalised text: every exact occurrence first; when there is
 * none, the closest approximate ones. Each candidate is scored by how like the quote it
 * is, how well the text around it fits the expected context, and how near it is to the
 * expected place (`ANCHOR_CONFIG.weights`), and the best is taken.
 */
import { approximateMatches, editDistance } from './approximateMatches';
import { ANCHOR_CONFIG } from './config';

export interface Found {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  score: number;
  method: 'exact' | 'approximate';
  candidates: number;
}

export interface Expected {
  /** Normalised context before and after, if known. */
  prefix?: string;
  suffix?: string;
  /** Expected start, in normalised offsets. */
  hint?: number;
}

/** 1 when `actual` is `expected`, falling by one edit's share per edit. */
function likeness(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - editDistance(actual, expected) / expected.length);
}

export function findQuote(text: string, quote: string, expected: Expected = {}): Found | null {
  if (quote.length === 0 || text.length === 0) return null;
  const { weights, contextChars } = ANCHOR_CONFIG;
  const prefix = expected.prefix?.slice(-contextChars) ?? '';
  const suffix = expected.suffix?.slice(0, contextChars) ?? '';
  const total = weights.quote + weights.prefix + weights.suffix + weights.position;
  const score = (start: number, end: number, errors: number) => {
    const q = 1 - errors / quote.length;
    const p = likeness(
      text.slice(Math.max(0, start - prefix.length), start).trimStart(),
      prefix.trim(),
    );
    const s = likeness(text.slice(end, end + suffix.length).trimEnd(), suffix.trim());
    const pos = expected.hint === undefined ? 1 : 1 - Math.abs(start - expected.hint) / text.length;
    return (
      (weights.quote * q + weights.prefix * p + weights.suffix * s + weights.position * pos) / total
    );
  };

  const exact: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) exact.push(at);
  const candidates =
    exact.length > 0
      ? exact.map((start) => ({ start, end: start + quote.length, errors: 0 }))
      : approximateMatches(
          text,
          quote,
          Math.min(ANCHOR_CONFIG.maxErrors, quote.length * ANCHOR_CONFIG.maxErrorRatio),
          ANCHOR_CONFIG.maxCandidates,
        );
  let best: Found | null = null;
  for (const c of candidates) {
    const s = score(c.start, c.end, c.errors);
    if (!best || s > best.score) {
      best = {
        start: c.start,
        end: c.end,
        score: s,
        method: exact.length > 0 ? 'exact' : 'approximate',
        candidates: candidates.length,
      };
    }
  }
  return best;
}
