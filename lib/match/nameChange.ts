/**
 * Whether a run of changed words only adds or drops part of one person's name: a given
 * name ("Moon administration" for "Moon Jae-in administration", "Lee Jae-myung said" for
 * "Lee said"), a title or honorific ("Lee" for "President Lee", "Mr. Biden" for
 * "President Biden"). Such a change keeps who is meant and what was said: `close`.
 *
 * It is one only when, on both sides, the changed words lie inside one mention of a
 * person (`findMentions`), the two mentions keep at least one name word in common (paired
 * by the alignment), the name words of one are all in the other (so "Lee Soo-hyuck" for
 * "Lee Jae-myung" is another person: a substitution), and the titles of one are all in
 * the other, or one side has only courtesies (Mr., Dr.) and the other only roles
 * (President): "Dr." for "Mr." or "Ambassador" for "President" may be another person.
 */
import type { Mentions, NameMention } from './findMentions';

export interface NameRunChange {
  type: 'name' | 'title';
  /**
   * The source words of the run lie outside the selection: at its start or end, the
   * alignment paired the name's added part with the source words just beyond the words
   * the selection quotes ("President" with the "and" before "Moon Jae-in").
   */
  outside: boolean;
}

/**
 * A run of changed words of the alignment (`qs`: its source words, `ss`: its selection
 * words) read as a change inside one name, or `null`. `atEdge`: nothing kept before the
 * run, or nothing after it.
 */
export function nameRunChange(
  mentions: { src: Mentions; sel: Mentions },
  qs: readonly number[],
  ss: readonly number[],
  pairs: ReadonlyMap<number, number>,
  atEdge: boolean,
): NameRunChange | null {
  const sel = { mentions: mentions.sel, changed: ss };
  const type = nameChange({ mentions: mentions.src, changed: qs }, sel, pairs);
  if (type) return { type, outside: false };
  if (!atEdge || qs.length === 0 || ss.length === 0) return null;
  const added = nameChange({ mentions: mentions.src, changed: [] }, sel, pairs);
  return added ? { type: added, outside: true } : null;
}

export interface NameSide {
  mentions: Mentions;
  /** Indexes (among the side's words) of the changed words. */
  changed: readonly number[];
}

/** Every word of `a` is in `b`, as many times. */
function within(a: readonly string[], b: readonly string[]): boolean {
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n === 0) return false;
    left.set(w, n - 1);
  }
  return true;
}

const titlesAgree = (a: NameMention, b: NameMention) =>
  within(a.titles, b.titles) ||
  within(b.titles, a.titles) ||
  (a.titles.length > 0 && b.titles.length > 0 && a.courtesyOnly !== b.courtesyOnly);

/** The one mention all `changed` words belong to (`null` if they span none or several). */
function mentionOfChanged(side: NameSide): NameMention | null | undefined {
  if (side.changed.length === 0) return undefined;
  const m = side.mentions.of[side.changed[0]!];
  if (!m || side.changed.some((i) => side.mentions.of[i] !== m)) return null;
  return m;
}

/**
 * `pairs`: selection word index → source word index, for the words the alignment kept
 * (the same or spelled otherwise). Returns `title` when only title words changed,
 * `name` when a name word did, `null` when this is not a change inside one name.
 */
export function nameChange(
  src: NameSide,
  sel: NameSide,
  pairs: ReadonlyMap<number, number>,
): 'name' | 'title' | null {
  let mSrc = mentionOfChanged(src);
  let mSel = mentionOfChanged(sel);
  if (mSrc === null || mSel === null || (mSrc === undefined && mSel === undefined)) return null;
  // The kept name words that tie the two mentions together (the surname, usually).
  let anchored = false;
  for (const [s, q] of pairs) {
    const a = sel.mentions.of[s];
    const b = src.mentions.of[q];
    if (!a || !b || (mSel && a !== mSel) || (mSrc && b !== mSrc)) continue;
    if (sel.mentions.isTitle[s] || src.mentions.isTitle[q]) continue;
    mSel ??= a;
    mSrc ??= b;
    if (a === mSel && b === mSrc) anchored = true;
  }
  if (!anchored || !mSrc || !mSel) return null;
  if (!mSrc.person && !mSel.person) return null;
  if (!within(mSrc.names, mSel.names) && !within(mSel.names, mSrc.names)) return null;
  if (!titlesAgree(mSrc, mSel)) return null;
  const onlyTitles =
    src.changed.every((i) => src.mentions.isTitle[i]) &&
    sel.changed.every((i) => sel.mentions.isTitle[i]);
  return onlyTitles ? 'title' : 'name';
}
