import type { FoundQuote } from './types.ts';

/** Drops a reported quote repeated inside a longer quote of the same speaker (a standfirst echoing the body). */
export function dropContained<T extends FoundQuote>(quotes: T[]): T[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return quotes.filter(
    (q) =>
      q.kind !== 'reported' ||
      !quotes.some(
        (o) =>
          o !== q &&
          o.speaker === q.speaker &&
          o.text.length > q.text.length &&
          norm(o.text).includes(norm(q.text)),
      ),
  );
}
