/**
 * The page's own framing that a selection may carry around a quotation: who says it and
 * the speech verb, before it ("Lee said he would …", "President Lee Jae-myung told
 * reporters in Seoul on Monday that …", "The minister says …") or after it ("…, Lee said",
 * "…, according to Lee"). These are the page's words, not the speaker's: the quotation is
 * compared without them (`compareToSource`), and the page's claim of who spoke is read
 * elsewhere (`extractClaim`).
 *
 * Framing is kept narrow, so that it can never hide a change of the quotation: a
 * subject (a named person, possibly titled; he, she or they; "the" and a role noun),
 * adverbs, a speech verb, a few words of circumstance (whom, where, when), then "that", a
 * colon, a comma or a quotation mark, or a bare clause after the verbs that take one
 * ("said he would"). No negation or number can be in it, and "I"/"we" are never a
 * subject (a first-person "We promise" is the speaker's own words). "Lee promised to
 * pursue …" is not framing: "promised to" is the statement itself.
 */
import {
  ADVERBS,
  BARE_CLAUSE_VERBS,
  PRONOUNS,
  QUOTE_ONLY_VERBS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
} from '../extract/patterns';
import type { Token } from '../text/tokenize';
import { MATCH_CONFIG } from './config';
import { findMentions, type Mentions } from './findMentions';

export interface Framing {
  /** Words of framing at the start of the selection. */
  lead: number;
  /** Words of framing at its end. */
  trail: number;
}

const THIRD_PERSON = new Set(Object.keys(PRONOUNS).filter((p) => p !== 'i' && p !== 'we'));
const TELL_VERBS = new Set(['tell', 'tells', 'told']);
const PLACE_ADVERBS = new Set(['here', 'there']);
/** Between the quotation and a trailing attribution: a comma or a closing quotation mark. */
const BEFORE_TRAIL = /[,"'\u201d\u2019\u00bb]/u;
/** After a speech verb: the quotation itself follows (colon, comma, opening quotation mark). */
const QUOTE_FOLLOWS = /[:,"'\u201c\u2018\u00ab\u201e]/u;

/**
 * `sourceWords`: the normalised words of the text compared with. Words it prints itself
 * are its own, not the page's, and stay: the framing's verb and what follows it up to the
 * first word after the framing ("told the board that the" in a quote that opens "Lee
 * Jae-myung told the board that the …", where "Lee Soo-hyuck told …" changes the quote),
 * or the last word before a trailing framing and its first word.
 */
export function findFraming(
  text: string,
  words: readonly Token[],
  sourceWords: readonly string[] = [],
): Framing {
  return fitFraming(readFraming(text, words, findMentions(text, words)), words, sourceWords);
}

/** What the grammar finds in a selection, before any source is looked at. */
export interface FramingGrammar {
  /** The framing at the start: where its verb is and where it ends. */
  lead: { verb: number; end: number } | null;
  /** Words of framing at the end. */
  trail: number;
}

/** The grammar's reading of a selection: the same for every source it is compared with. */
export function readFraming(
  text: string,
  words: readonly Token[],
  mentions: Mentions,
): FramingGrammar {
  const g = new Grammar(text, words, mentions);
  const lead = g.lead();
  return { lead, trail: g.trail(lead?.end ?? 0) };
}

/** The framing that stays framing against this source (`findFraming`). */
export function fitFraming(
  grammar: FramingGrammar,
  words: readonly Token[],
  sourceWords: readonly string[],
): Framing {
  const head = grammar.lead;
  let lead = head?.end ?? 0;
  let trail = grammar.trail;
  const norms = (from: number, to: number) => words.slice(from, to).map((w) => w.norm);
  if (head && printedIn(norms(head.verb, head.end + 1), sourceWords)) lead = 0;
  const t = words.length - trail;
  if (trail > 0 && printedIn(norms(t - 1, t + 1), sourceWords)) trail = 0;
  if (words.length - lead - trail < MATCH_CONFIG.minWords) return { lead: 0, trail: 0 };
  return { lead, trail };
}

/** Whether `part` occurs in `whole` as consecutive words. */
function printedIn(part: readonly string[], whole: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((w, k) => whole[i + k] === w)) return true;
  }
  return false;
}

class Grammar {
  constructor(
    private readonly text: string,
    private readonly ws: readonly Token[],
    private readonly mentions: Mentions,
  ) {}

  private norm(i: number): string {
    return this.ws[i]?.norm ?? '';
  }

  /** The text printed between word i - 1 and word i. */
  private gap(i: number): string {
    const a = this.ws[i - 1];
    const b = this.ws[i];
    return a && b ? this.text.slice(a.end, b.start) : '';
  }

  /** Index after a subject starting at i, or -1. */
  private subject(i: number): number {
    if (THIRD_PERSON.has(this.norm(i))) return i + 1;
    if (this.norm(i) === 'the') {
      const last = i + 1 + MATCH_CONFIG.framing.maxRoleModifiers;
      for (let j = i + 1; j <= last && j < this.ws.length; j++) {
        if (ROLE_NOUNS.has(this.norm(j))) return j + 1;
      }
      return -1;
    }
    return this.mentionEnd(i);
  }

  /** Index after the mention of a name that starts at i, or -1. */
  private mentionEnd(i: number): number {
    const m = this.mentions.of[i];
    if (!m || (i > 0 && this.mentions.of[i - 1] === m)) return -1;
    let j = i;
    while (this.mentions.of[j] === m) j++;
    return j;
  }

  private adverbs(i: number): number {
    let j = i;
    while (ADVERBS.has(this.norm(j))) j++;
    return j;
  }

  /**
   * Words of time or place after a verb: "today", "on Monday", "here that". "Here" and
   * "there" only before "that": "says there is no reason" opens the quotation.
   */
  private time(i: number): number {
    const w = this.norm(i);
    if (TIME_WORDS.has(w) && (!PLACE_ADVERBS.has(w) || this.norm(i + 1) === 'that')) return i + 1;
    if (w === 'on' && TIME_WORDS.has(this.norm(i + 1))) return i + 2;
    return i;
  }

  /** Whom (after "told"), where ("in Seoul") and when, in that order, each optional. */
  private circumstance(i: number, verb: string): number {
    let j = i;
    if (TELL_VERBS.has(verb)) {
      const named = this.mentionEnd(j);
      if (named > 0) j = named;
      else {
        const k = this.norm(j) === 'the' ? j + 1 : j;
        const w = this.ws[k];
        if (w && /^\p{Ll}/u.test(this.text.slice(w.start, w.end)) && this.norm(k) !== 'that')
          j = k + 1;
      }
    }
    if (this.norm(j) === 'in' || this.norm(j) === 'at') {
      const place = this.mentionEnd(j + 1);
      if (place > 0) j = place;
    }
    return this.time(j);
  }

  /** The framing at the start: where its verb is and where it ends; `null` if none. */
  lead(): { verb: number; end: number } | null {
    const s = this.subject(0);
    if (s < 0) return null;
    const v = this.adverbs(s);
    const verb = this.norm(v);
    if (!SPEECH_VERBS.has(verb)) return null;
    const j = this.circumstance(v + 1, verb);
    if (j >= this.ws.length) return null;
    if (this.norm(j) === 'that') return { verb: v, end: j + 1 };
    if (QUOTE_FOLLOWS.test(this.gap(j))) return { verb: v, end: j };
    const bare = BARE_CLAUSE_VERBS.has(verb) && !QUOTE_ONLY_VERBS.has(verb);
    return bare && this.norm(j) !== 'to' ? { verb: v, end: j } : null;
  }

  /** Words of framing at the end, after the first `lead` words. */
  trail(lead: number): number {
    const n = this.ws.length;
    for (let t = Math.max(lead + 1, n - MATCH_CONFIG.framing.maxTrailWords); t < n; t++) {
      if (BEFORE_TRAIL.test(this.gap(t)) && this.trailFrom(t) === n) return n - t;
    }
    return 0;
  }

  private trailFrom(t: number): number {
    // "Lee (also) said (on Monday)"
    const s = this.subject(t);
    if (s > 0) {
      const v = this.adverbs(s);
      if (SPEECH_VERBS.has(this.norm(v))) return this.time(v + 1);
    }
    // "said Lee (on Monday)"
    if (SPEECH_VERBS.has(this.norm(t))) {
      const s2 = this.subject(t + 1);
      if (s2 > 0) return this.time(s2);
    }
    // "according to Lee"
    if (this.norm(t) === 'according' && this.norm(t + 1) === 'to') {
      const s3 = this.subject(t + 2);
      if (s3 > 0) return s3;
    }
    return -1;
  }
}
