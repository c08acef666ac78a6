import { SPEECH_VERBS } from './patterns.ts';

/** A top-level quotation in one paragraph; quotations nested inside it are part of its text. */
export interface QuoteSpan {
  /**
   * Index of the opening mark; -1 when the paragraph starts inside the quotation (a
   * quotation going on from the paragraph before without a mark of its own, or one whose
   * opening mark the page lost): its words then start at 0.
   */
  open: number;
  /** Index of the closing mark, or the paragraph's length when the quotation runs on. */
  close: number;
  /** Exactly the characters between the marks. */
  text: string;
  mark: '“' | '‘' | '"' | "'";
  /** True when the quotation is not closed in this paragraph (it goes on in the next). */
  runsOn: boolean;
}

export type SpanScan =
  | { ok: true; spans: QuoteSpan[] }
  | { ok: false; index: number; problem: string };

/** Longest text between single marks that is an elision rather than a quotation ("‘n’"). */
const MAX_ELISION_CHARS = 2;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const opensAfter = (c: string | undefined) => c === undefined || /[\s([{“‘"—–-]/.test(c);
/**
 * "wasn”t", "Darby”s": a closing double mark between a letter and a lower-case letter is an
 * apostrophe the page printed as a double mark (no quotation closes with a letter right
 * after it).
 */
const misprintedApostrophe = (text: string, i: number) =>
  text[i] === '”' && isWordChar(text[i - 1]) && /\p{Ll}/u.test(text[i + 1] ?? '');

/**
 * Pairs the quotation marks of one paragraph: curly and straight, double and single.
 * An apostrophe (’ or ' inside or at the end of a word, "Korea’s", "drivers'") is told from
 * a closing single mark by what follows it. A quotation still open at the end of the
 * paragraph `runsOn` (news style for a quote over several paragraphs). A double mark of one
 * style closes a quotation opened with the other when none of its own is open (“…" and
 * "…”, as pages that mix curly and straight marks print them). `inside`: the paragraph
 * starts inside a double quotation (its first closing mark ends it, at `open` -1).
 */
export function findQuoteSpans(text: string, inside = false): SpanScan {
  const spans: QuoteSpan[] = [];
  const stack: { mark: QuoteSpan['mark']; at: number }[] = inside ? [{ mark: '“', at: -1 }] : [];
  const closeTo = (mark: QuoteSpan['mark'], at: number): boolean => {
    const depth = stack.map((s) => s.mark).lastIndexOf(mark);
    if (depth < 0) return false;
    const opened = stack[depth]!;
    stack.length = depth;
    // ‘n’ in "rock ‘n’ roll" is an elision, not a quotation.
    const elision = (mark === '‘' || mark === "'") && at - opened.at - 1 <= MAX_ELISION_CHARS;
    if (depth === 0 && !elision) {
      spans.push({
        open: opened.at,
        close: at,
        text: text.slice(opened.at + 1, at),
        mark,
        runsOn: false,
      });
    }
    return true;
  };
  // Where a “ first opened inside another “ that is still open (see the end).
  let nestedAt: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    const top = stack[stack.length - 1]?.mark;
    // "“…,'' said Liu": two apostrophes typed for a closing double mark, as wire copy from
    // older systems prints it, close the double quotation that is open.
    const doubled = (c === "'" || c === '’') && next === c && top !== "'" && top !== '‘';
    if (doubled && (closeTo('“', i) || closeTo('"', i))) {
      i++;
      continue;
    }
    // "``We will stay,'' Liu said": an opening double mark typed as two backticks, as older
    // wire systems print it, opens a double quotation (the doubled closing mark above
    // closes it). (Two single marks, ‘‘…’’, already pair as a quotation in a quotation.)
    const doubledOpen = c === '`' && next === c && opensAfter(prev);
    if (doubledOpen) {
      if (stack.length === 1 && top === '“') nestedAt ??= i + 1;
      stack.push({ mark: '“', at: i + 1 });
      i++;
      continue;
    }
    if (c === '“') {
      if (stack.length === 1 && top === '“') nestedAt ??= i;
      stack.push({ mark: '“', at: i });
    } else if (c === '”') {
      if (misprintedApostrophe(text, i)) continue;
      if (!closeTo('“', i) && !closeTo('"', i))
        return { ok: false, index: i, problem: 'a closing ” that no “ opened' };
    } else if (c === '‘') {
      if (!isWordChar(prev)) stack.push({ mark: '‘', at: i });
    } else if (c === '’') {
      if (stack.some((s) => s.mark === '‘') && !isWordChar(next)) closeTo('‘', i);
    } else if (c === '"') {
      if (top === '"' || (stack.some((s) => s.mark === '"') && !opensAfter(prev))) closeTo('"', i);
      else if (opensAfter(prev)) stack.push({ mark: '"', at: i });
      else if (!closeTo('“', i))
        return { ok: false, index: i, problem: 'a closing " that no " opened' };
    } else if (c === "'") {
      if (top === "'" && !isWordChar(next)) closeTo("'", i);
      else if (opensAfter(prev) && isWordChar(next) && top !== "'")
        stack.push({ mark: "'", at: i });
    }
  }
  const first = stack[0];
  const lost =
    first?.mark === '“' && nestedAt !== null ? lostClose(text, first.at, nestedAt) : null;
  if (lost !== null) {
    // “… for this operation. Mr Ricca’s view was shared by Ada Quill, head of the guild; “I
    // hope …”: a “ opened inside one never closed, after a sentence of narration that
    // introduces it, is the next quotation; the page lost the first one's closing mark,
    // which stood where that sentence begins. The rest is read again on its own.
    const rest = findQuoteSpans(' '.repeat(nestedAt!) + text.slice(nestedAt!));
    if (rest.ok) {
      const span: QuoteSpan = {
        open: first!.at,
        close: lost,
        text: text.slice(first!.at + 1, lost),
        mark: '“',
        runsOn: false,
      };
      return { ok: true, spans: [...spans, span, ...rest.spans] };
    }
  }
  if (first) {
    const introduced = /[:,]\s*$/.test(text.slice(0, first.at));
    if ((first.mark === '‘' || first.mark === "'") && first.at > 0 && !introduced) {
      // An unmatched single mark inside a paragraph is far more often an apostrophe (‘90s,
      // rock ‘n’ roll) than a quotation running on; one that opens the paragraph, or comes
      // right after "said:" or "said,", runs on.
      return findQuoteSpansWithout(text, first.at, inside);
    }
    // "“The bridge is ready, Mayor Quill said.": the closing mark the page lost before an
    // attribution of its own; the quotation ends at the comma. (Not when marks follow: then
    // the marks are muddled, and nothing tells where the quotation ends.)
    const quoted = text.slice(first.at + 1);
    const lost = LOST_CLOSE.exec(quoted);
    if (lost && SPEECH_VERBS.has(lost[2]!) && !hasDoubleMarks(quoted.slice(lost.index))) {
      const close = first.at + 1 + lost.index + 1;
      spans.push({
        open: first.at,
        close,
        text: text.slice(first.at + 1, close),
        mark: first.mark,
        runsOn: false,
      });
    } else
      spans.push({
        open: first.at,
        close: text.length,
        text: text.slice(first.at + 1),
        mark: first.mark,
        runsOn: true,
      });
  }
  return { ok: true, spans };
}

/**
 * Where a quotation opened at `open` and never closed ends, when a “ at `nested` inside it
 * is really the next quotation: after the first sentence end that follows the last double
 * mark before `nested`, provided narration runs from there to `nested` and introduces it
 * (ends with ";", ":" or ","). Null otherwise: a term in marks inside a quotation
 * (“… called him “humble”, …”) is no lost close.
 */
function lostClose(text: string, open: number, nested: number): number | null {
  if (!/[;:,]$/.test(text.slice(0, nested).trimEnd())) return null;
  let last = nested - 1;
  while (last > open && !/[“”"]/.test(text[last]!)) last--;
  const end = /[.!?]\s+(?=\p{Lu})/u.exec(text.slice(last + 1, nested));
  return end ? last + 1 + end.index + 1 : null;
}

/** ", Name Name said." / ", he added." inside a quotation never closed: its own attribution. */
const LOST_CLOSE =
  /,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*|he|she|they)\s+(\p{Ll}+)[.,;]/u;

/** Rescans with one unmatched single mark treated as an apostrophe. */
function findQuoteSpansWithout(text: string, at: number, inside: boolean): SpanScan {
  const masked = `${text.slice(0, at)}\u02bc${text.slice(at + 1)}`;
  const scan = findQuoteSpans(masked, inside);
  if (!scan.ok) return scan;
  return {
    ok: true,
    spans: scan.spans.map((s) => ({
      ...s,
      text: text.slice(s.open + 1, s.runsOn ? text.length : s.close),
    })),
  };
}

/**
 * True when a paragraph's first double quotation mark closes a quotation rather than
 * opening one: the paragraph starts inside a quotation (the last paragraph of one opened
 * once and closed once, or a quotation whose opening mark the page lost).
 */
export function opensInside(text: string): boolean {
  const at = [...text.matchAll(/[“”"]/g)].find((m) => !misprintedApostrophe(text, m.index))?.index;
  if (at === undefined) return false;
  return text[at] === '”' || (text[at] === '"' && !opensAfter(text[at - 1]));
}

/** True when a paragraph holds a double quotation mark. */
export const hasDoubleMarks = (text: string): boolean => /[“”"]/.test(text);
