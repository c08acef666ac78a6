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

export function createSpeakerResolver(speakers: readonly Speaker[]): SpeakerResolver {
  const exact = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    if (key === '') return;
    if (!exact.has(key)) exact.set(key, new Set());
    exact.get(key)!.add(id);
  };
  const names: { id: string; key: string }[] = [];
  for (const s of speakers) {
    for (const n of [s.name, ...s.aliases]) {
      add(compact(words(n)), s.id);
      const c = compact(core(n));
      if (c !== '' && core(n).length > 1) {
        add(c, s.id);
        names.push({ id: s.id, key: c });
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
  return (claim: string) => {
    const full = exact.get(compact(words(claim)));
    if (full) return [...full].sort();
    const c = core(claim);
    const coreHit = exact.get(compact(c));
    if (coreHit && c.length > 1) return [...coreHit].sort();
    if (c.length === 1) return [...(surnames.get(c[0]!) ?? [])].sort();
    if (c.length > 1) {
      const hits = fuse.search(compact(c));
      const top = hits[0];
      if (top) return [top.item.id];
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
