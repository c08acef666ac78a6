/**
 * Resolves a claimed name ("Lee", "President Lee", "Lee Jae Myung", "Moon Jae-in") to
 * the corpus speakers it can mean, and judges it against a quote's speaker:
 * `consistent`, `conflict` (someone else, including someone else with the same
 * surname), `ambiguous` (fits the source speaker and also another), `unknown`.
 * Exact names and aliases first; then fuse.js for spelling variants of a full name;
 * then a bare surname against every speaker's name words.
 */
import Fuse from 'fuse.js';
import type { Speaker } from '../corpus/schema';
import { TITLE_WORDS_LOWER } from '../extract/patterns';
import type { Attribution } from './types';

/** Titles set aside before a claim is compared with names: the extractor's one list. */
const TITLES = TITLE_WORDS_LOWER;

/**
 * fuse.js threshold for a full name spelled otherwise ("Lee Jae Myung", "Lee Jaemyung"):
 * strict, since "Lee Jae-myung" and "Lee Soo-hyuck" differ in only a few letters.
 */
const NAME_FUZZ_THRESHOLD = 0.2;

const words = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s.,]+/)
    .filter((w) => w !== '');
/** Words that make no name on their own: "The President" names a title, not a person. */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'his', 'her']);

const compact = (ws: readonly string[]) => ws.join('').replace(/[-‐‑–]/g, '');
const core = (s: string) => words(s).filter((w) => !TITLES.has(w));

export type SpeakerResolver = (claim: string) => string[];

/**
 * Name words this short must be spelled alike to be one person's: "John" is not "Joan",
 * though fuse.js finds them a letter apart. Longer words may differ by a letter or two
 * ("Jae-myoung" for "Jae-myung"): a romanisation, not another person.
 */
const SHORT_NAME_WORD = 4;

/** A name's pieces for comparison: core words split at hyphens ("jae-myung" → jae, myung). */
const pieces = (ws: readonly string[]) => ws.flatMap((w) => w.split(/[-‐‑–]/)).filter(Boolean);
/** The same words in any order ("Jae-myung Lee" for "Lee Jae-myung"). */
const unorderedKey = (ws: readonly string[]) => [...pieces(ws)].sort().join(' ');

export function createSpeakerResolver(speakers: readonly Speaker[]): SpeakerResolver {
  const exact = new Map<string, Set<string>>();
  const unordered = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    if (key === '') return;
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(id);
  };
  const names: { id: string; key: string }[] = [];
  /** Every piece of every name a speaker goes by, for the short-word check. */
  const namePieces = new Map<string, Set<string>>();
  for (const s of speakers) {
    const own = namePieces.get(s.id) ?? new Set<string>();
    namePieces.set(s.id, own);
    for (const n of [s.name, ...s.aliases]) {
      add(exact, compact(words(n)), s.id);
      const c = core(n);
      for (const p of pieces(c)) own.add(p);
      if (c.length > 1) {
        add(exact, compact(c), s.id);
        add(unordered, unorderedKey(c), s.id);
        names.push({ id: s.id, key: compact(c) });
      }
    }
  }
  const fuse = new Fuse(names, {
    keys: ['key'],
    includeScore: true,
    threshold: NAME_FUZZ_THRESHOLD,
  });
  const surnames = new Map<string, Set<string>>();
  for (const s of speakers) {
    for (const n of [s.name, ...s.aliases]) {
      for (const w of core(n)) {
        if (w.includes('-')) continue; // a hyphenated given name is not a surname
        if (!surnames.has(w)) surnames.set(w, new Set());
        surnames.get(w)!.add(s.id);
      }
    }
  }
  /** A full name (two words or more), exactly, in another order, or spelled a little otherwise. */
  const fullName = (c: readonly string[]): string[] | null => {
    const hit = exact.get(compact(c)) ?? unordered.get(unorderedKey(c));
    if (hit) return [...hit].sort();
    const top = fuse.search(compact(c))[0];
    if (!top) return null;
    // Short words must be the speaker's own ("John Mercer" is not Joan Mercer); an
    // initial, the first letter of one of them ("A. Quill").
    const own = [...namePieces.get(top.item.id)!];
    const fits = (p: string) =>
      p.length === 1 ? own.some((o) => o.startsWith(p)) : own.includes(p);
    const short = pieces(c).filter((p) => p.length <= SHORT_NAME_WORD);
    return short.every(fits) ? [top.item.id] : null;
  };
  return (claim: string) => {
    const full = exact.get(compact(words(claim)));
    if (full) return [...full].sort();
    const c = core(claim);
    if (c.length === 1) return [...(surnames.get(c[0]!) ?? [])].sort();
    // A full name, possibly after words the title list lacks ("Harrow Freight chief
    // executive Tomas Vell", "Chief Executive Joan Mercer"): the claim ends with the name.
    for (let from = 0; from <= c.length - 2; from++) {
      const found = fullName(c.slice(from));
      if (found) return found;
    }
    return [];
  };
}

export function judgeAttribution(
  resolve: SpeakerResolver,
  claim: string | null,
  sourceSpeakerId: string | null,
): Attribution {
  if (claim === null || sourceSpeakerId === null) return 'unknown';
  // A title alone ("The President", "the ambassador") could be anyone: no claim to judge.
  if (core(claim).every((w) => NOT_A_NAME.has(w))) return 'unknown';
  const ids = resolve(claim);
  if (!ids.includes(sourceSpeakerId)) return 'conflict';
  return ids.length === 1 ? 'consistent' : 'ambiguous';
}
