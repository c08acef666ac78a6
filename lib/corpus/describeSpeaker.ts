import { COURTESY_TITLES, TITLE_WORDS } from '../extract/patterns.ts';
import type { Person } from '../extract/types.ts';
import { absoluteRole } from './absoluteRole.ts';

/** What one article says a person is, with the article's date. */
export interface RoleNote {
  text: string;
  published: string | null;
}

/** Said when an article quotes someone without saying who they are. */
const NO_ROLE = 'role not stated in the source articles';

/**
 * The roles one article gives a person: titles written out, then appositives ("Gyeonggi
 * governor, Democratic Party frontrunner for the 2022 presidential election"), in absolute
 * time (`absoluteRole`, from the article's date `published`).
 */
export function rolesInArticle(person: Person, published: string | null): string {
  const parts: string[] = [];
  for (const title of person.titles) {
    const words = title.split(' ').filter((w) => !COURTESY_TITLES.has(w));
    if (words.length === 0) continue;
    const last = words[words.length - 1]!;
    const written = TITLE_WORDS[last] ? [...words.slice(0, -1), TITLE_WORDS[last]!] : words;
    parts.push(written.join(' '));
  }
  for (const role of person.roles) {
    const fixed = absoluteRole(role, published);
    if (fixed !== null) parts.push(fixed);
  }
  const unique: string[] = [];
  for (const p of parts) {
    const lower = p.toLowerCase();
    if (unique.some((u) => u.toLowerCase().includes(lower))) continue;
    for (let i = unique.length - 1; i >= 0; i--)
      if (lower.includes(unique[i]!.toLowerCase())) unique.splice(i, 1);
    unique.push(p);
  }
  return unique.join(', ');
}

/**
 * One line for a speaker from every article that names them: the latest role first, and
 * the year of each role when the articles span several ("President (2025); Gyeonggi
 * governor, Democratic Party frontrunner for the 2022 presidential election (2021)").
 */
export function describeSpeaker(notes: readonly RoleNote[]): string {
  const byText = new Map<string, string | null>();
  for (const n of notes) {
    if (n.text === '') continue;
    const seen = byText.get(n.text);
    if (seen === undefined || (n.published ?? '') > (seen ?? '')) byText.set(n.text, n.published);
  }
  const entries = [...byText.entries()].sort(
    (a, b) => (b[1] ?? '').localeCompare(a[1] ?? '') || a[0].localeCompare(b[0]),
  );
  if (entries.length === 0) return NO_ROLE;
  if (entries.length === 1) return entries[0]![0];
  return entries.map(([text, date]) => (date ? `${text} (${date.slice(0, 4)})` : text)).join('; ');
}
