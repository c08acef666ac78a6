import { BE_FORMS } from './patterns.ts';
import { isShortFragment } from './sieves/isShortFragment.ts';
import type { FoundQuote } from './types.ts';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A fragment that is its clause's predicate ("the plan was “plainly unworkable”"): the
 * speaker's own words of judgement, kept as a quotation. A term after a preposition or a
 * verb's object ("made “rude remarks”", "the end of “harbour rule”") is not.
 */
function predicateFragment(q: FoundQuote): boolean {
  const at = q.context.indexOf(q.text);
  if (at < 0) return true;
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(q.context.slice(0, at))?.[1];
  return before !== undefined && BE_FORMS.has(before.toLowerCase());
}

/**
 * Drops a reported quote repeated inside a longer quote of the same speaker (a standfirst
 * echoing the body), and a fragment too short to be a quotation of its own that stands
 * inside the speaker's reported clause as a term ("… said the vote ended the “harbour
 * truce”"): the clause is what the speaker said; the marked words are a term it uses or
 * the writer's scare quotes, never a second quotation. A fragment that is the clause's
 * predicate ("… said the plan was “plainly unworkable”") stays a quotation too.
 */
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
      const inside = (o: { q: T }) =>
        o.q !== r.q &&
        o.q.kind === 'reported' &&
        o.q.start <= r.q.start &&
        o.q.end >= r.q.end &&
        o.q.end - o.q.start > r.q.end - r.q.start;
      if (r.q.kind !== 'reported') {
        if (isShortFragment(r.q.text) && !predicateFragment(r.q) && list.some(inside))
          contained.add(r.q);
        continue;
      }
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
