import type { FoundQuote } from './types.ts';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Drops a reported quote repeated inside a longer quote of the same speaker (a standfirst echoing the body). */
export function dropContained<T extends FoundQuote>(quotes: T[]): T[] {
  // Normalised once and grouped by speaker: a long page stays linear in its speakers' quotes.
  const bySpeaker = new Map<string, { q: T; text: string }[]>();
  for (const q of quotes) {
    const who = q.speaker ?? `source:${q.source}`;
    const list = bySpeaker.get(who) ?? [];
    list.push({ q, text: norm(q.text) });
    bySpeaker.set(who, list);
  }
  const contained = new Set<T>();
  for (const list of bySpeaker.values()) {
    for (const r of list) {
      if (r.q.kind !== 'reported') continue;
      if (
        list.some(
          (o) => o.q !== r.q && o.q.text.length > r.q.text.length && o.text.includes(r.text),
        )
      )
        contained.add(r.q);
    }
  }
  return quotes.filter((q) => !contained.has(q));
}
