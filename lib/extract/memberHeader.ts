import { parseNameRun } from './parseNameRun.ts';
import {
  isCourtesyTitle,
  ORGANIZATION_WORDS,
  PLACE_FIRST_WORDS,
  PLACES,
  TITLES,
} from './patterns.ts';
import { tokenize } from './tokenize.ts';

/**
 * A member's heading in a parliamentary record, printed on a line of its own above their
 * speech: "Ada Quill (Harbour North, Green Party)", "Mr Ada Quill (Harbour North) (Grn)",
 * "The Minister for Harbours (Ada Quill)", perhaps after the portrait's text ("Photo of Ada
 * QuillAda Quill (…)") and before a link, perhaps after a few words of it ("… | Record
 * source", "… Share this | | Record source"). Group 1: what comes before
 * the brackets; group 2: the first brackets' words.
 */
const HEADER =
  /^([^()|]{3,120}?)\s*\(([^()]{2,60})\)(?:\s*\((?:[^()]{1,30})\))?(?:\s*(?:\p{L}+\s+){0,3}[|–—-]\s.*)?$/u;
/** A name run together with the portrait's text before it ("QuillAda"): split at the join. */
const JOINED = /(\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu;
/**
 * What brackets after a member's name hold: a constituency, a party, capitalised words
 * ("Harbour North, Green Party", "Con", "Dublin South West"), never a date, a credit
 * (an agency is a place-like word) or a note ("pictured").
 */
const CONSTITUENCY = /^\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:\p{Lu}[\p{L}'’.-]*|and|of|the|upon|on))*$/u;
/**
 * A wire dateline in brackets and capitals, then a dash and the story's first sentence:
 * "(PORT VELL) — The harbour board said …", as a copy glues it to a photo credit before it.
 */
const BRACKETED_DATELINE = /\(\p{Lu}[\p{Lu}\s.'’-]+\)\s*[–—-]\s+(?:\S+\s+){5,}/u;
/** Most words of a member's name. */
const MAX_NAME_WORDS = 4;

/**
 * The member a parliamentary record's heading names, or null. The name stands right before
 * the brackets (constituency and party: "(Harbour North, Green Party)", "(Harbour North)
 * (Grn)"), with nothing before it but a courtesy title or the same name printed once more
 * (a portrait's caption run into it); or a role names them in the brackets ("The Prime
 * Minister (Mr Ada Quill)"). A full name only: a surname alone, or a place, names nobody here.
 */
export function memberHeader(line: string): string | null {
  const m = HEADER.exec(line.trim());
  if (!m || !CONSTITUENCY.test(m[2]!)) return null;
  // "(Reuters)", "(Yonhap)": a credit, which news names like a place.
  if (PLACES.has(m[2]!.toLowerCase())) return null;
  if (BRACKETED_DATELINE.test(line)) return null;
  const inside = fullName(m[2]!.split(/\s+/).filter((w, i) => i > 0 || !isCourtesyTitle(w)));
  if (inside && /(?:^|\s)The\s/.test(m[1]!)) return inside;
  const words = m[1]!.replace(JOINED, '$1 ').split(/\s+/);
  const most = Math.min(MAX_NAME_WORDS, words.length);
  // The same name printed twice ("Photo of Seán Ó FearghaílSeán Ó Fearghaíl"): the longest.
  for (let k = most; k >= 2; k--)
    if (words.slice(0, -k).join(' ').includes(words.slice(-k).join(' ')))
      return fullName(words.slice(-k));
  for (let k = 2; k <= most; k++) {
    const before = words.slice(0, -k);
    if (before.length === 0 || (before.length === 1 && isCourtesyTitle(before[0]!)))
      return fullName(words.slice(-k));
  }
  return null;
}

/** The words as a person's full name (two words or more, each capitalised), or null. */
function fullName(words: readonly string[]): string | null {
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return null;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !TITLES.has(w))) return null;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => ORGANIZATION_WORDS.has(w) || PLACES.has(w))) return null;
  if (PLACE_FIRST_WORDS.has(lower[0]!)) return null;
  const text = words.join(' ');
  const run = parseNameRun(tokenize(text));
  return run && run.title === null && run.name.length >= 2 ? text : null;
}
