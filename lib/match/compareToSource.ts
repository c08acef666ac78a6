/**
 * Compares a selection with one source text (a quote or a narration sentence): aligns
 * their words, types every change, measures how alike they are and cuts the source
 * into display segments.
 */
import type { Token } from '../text/tokenize';
import { type AlignOp, alignWords } from './alignWords';
import { buildSegments, type WordFate } from './buildSegments';
import { classifyHunk } from './classifyHunk';
import { MATCH_CONFIG } from './config';
import { type FramingGrammar, fitFraming, readFraming } from './findFraming';
import { findMentions, type Mentions } from './findMentions';
import { isContentWord, isNegation, isNumberWord } from './lexicon';
import { looksLikeMisprint } from './looksLikeMisprint';
import { MESSAGES } from './messages';
import { nameRunChange } from './nameChange';
import { sameMeaning } from './sameMeaning';
import type { Change, DiffSegment } from './types';

/** A spelling variant counts this much of a matched word in the similarity. */
const SPELLING_CREDIT = 0.8;

export interface Comparison {
  /** 0..1: twice the matched words over the words of both sides that are compared. */
  similarity: number;
  /**
   * The same ratio over every word of the selection, framing included: how much of the
   * selection this source explains, which ranks a quote that holds all the selected words
   * above a shorter one that holds only some of them.
   */
  overallSimilarity: number;
  /**
   * The same ratio with each word weighted by how rare it is in the corpus (`weight`):
   * sharing "the … of … will" with a quote is no evidence, sharing its rare words is.
   */
  weightedSimilarity: number;
  changes: Change[];
  /** Some change alters what was said (negation, number, antonym, substitution, unmarked content omission or insertion). */
  meaningChanged: boolean;
  /** Some change keeps the meaning but is not mere quote style (spelling, punctuation, editorial, marked omission, a name's part or title). */
  minorChanged: boolean;
  /**
   * Some change says the same in words that are not the source's: the same intention put
   * otherwise ("would" for "plans to"). The verdict is then `paraphrase`, however many words
   * are shared.
   */
  reworded: boolean;
  /**
   * The page's own words around the quotation that were set aside ("Lee said", "…, he
   * said"), as printed, joined by " … " when there is framing on both sides; `null` if none.
   */
  framing: string | null;
  /** Content words matched, in order. */
  sharedContentWords: number;
  /** Selection words compared (framing around a fully quoted source left out). */
  selectionWords: number;
  /**
   * Where the part of the selection that lines up with the source ends, and whether
   * the source's last word is in it; with the number of selection words after it. A
   * selection that runs on past the end of one quote may continue into the next.
   */
  tail: { selEnd: number; reachesSourceEnd: boolean; extraWords: number };
  /** The same at the start: where the aligned part begins, and the words before it. */
  head: { selStart: number; reachesSourceStart: boolean; extraWords: number };
  /**
   * Selection words before its first and after its last word that the source holds
   * (the same or spelled otherwise): words of its own at the ends, however the
   * alignment paired them (a substituted last word ties with an inserted one).
   */
  looseEnds: number;
  segments: DiffSegment[];
}

/**
 * What is read of a selection once, whatever source it is compared with (a check
 * compares one selection with a dozen candidates): its words, the people it names, the
 * framing the grammar finds. Kept per token array, as long as the caller keeps that.
 */
interface SelectionFacts {
  text: string;
  words: Token[];
  mentions: Mentions;
  framing: FramingGrammar;
}
const selectionFacts = new WeakMap<readonly Token[], SelectionFacts>();
/** The people a source names, per token array (the matcher keeps a source's tokens). */
const sourceMentions = new WeakMap<readonly Token[], { text: string; mentions: Mentions }>();

function factsOf(selText: string, selTokens: readonly Token[]): SelectionFacts {
  const known = selectionFacts.get(selTokens);
  if (known && known.text === selText) return known;
  const words = selTokens.filter((t) => t.kind === 'word');
  const mentions = findMentions(selText, words);
  const facts = { text: selText, words, mentions, framing: readFraming(selText, words, mentions) };
  selectionFacts.set(selTokens, facts);
  return facts;
}

const UPPER = /\p{Lu}/uy;
/** Whether the word is printed with a capital first letter. */
function startsUpper(text: string, t: Token): boolean {
  UPPER.lastIndex = t.start;
  return UPPER.test(text);
}

const isPlaced = (o: AlignOp): o is Extract<AlignOp, { q: number; s: number }> =>
  o.op === 'equal' || o.op === 'spelling' || o.op === 'substitute';

export function compareToSource(
  selText: string,
  selTokens: readonly Token[],
  srcText: string,
  srcTokens: readonly Token[],
  weight: (word: string) => number = () => 1,
): Comparison {
  let selIdx: number[] = [];
  const srcIdx: number[] = [];
  selTokens.forEach((t, i) => {
    if (t.kind === 'word') selIdx.push(i);
  });
  srcTokens.forEach((t, i) => {
    if (t.kind === 'word') srcIdx.push(i);
  });
  const qw = srcIdx.map((i) => srcTokens[i]!);
  const sliceSel = (a: Token, b: Token = a) => selText.slice(a.start, b.end);
  const sliceSrc = (a: Token, b: Token = a) => srcText.slice(a.start, b.end);
  // The page's framing ("Lee said he would …", "…, he said") is the page's, not the
  // quote's: it is set aside before the words are aligned.
  const facts = factsOf(selText, selTokens);
  const allSw = facts.words;
  const qNorms = qw.map((t) => t.norm);
  const page = fitFraming(facts.framing, allSw, qNorms);
  const keep = <T>(a: readonly T[]) => a.slice(page.lead, allSw.length - page.trail);
  selIdx = keep(selIdx);
  const sw = keep(allSw);
  const { ops, qFrom, qTo } = alignWords(
    sw.map((t) => t.norm),
    qNorms,
    MATCH_CONFIG.align,
    qw.some((t) => t.editorial) ? qw.map((t) => t.editorial) : [],
  );

  const changes: Change[] = [];
  let meaningChanged = false;
  let minorChanged = false;
  const fate: WordFate[] = qw.map((_, j) => (j < qFrom || j >= qTo ? 'trimmed' : 'equal'));
  const insertsAfter = new Map<number, string[]>();
  const addInsert = (afterQ: number, text: string) => {
    const list = insertsAfter.get(afterQ) ?? [];
    list.push(text);
    insertsAfter.set(afterQ, list);
  };

  // Selection words before the first / after the last placed word.
  const firstPlaced = ops.findIndex(isPlaced);
  let lastPlaced = -1;
  for (let k = ops.length - 1; k >= 0; k--) {
    if (isPlaced(ops[k]!)) {
      lastPlaced = k;
      break;
    }
  }
  // A selection that holds the whole source may carry other words around it (the
  // sentence it was printed in): those are framing, not changes to the quotation.
  // Framing never holds a negation or a number: "not" or "eight" next to a quote changes it.
  const outsideWords = ops.flatMap((o, k) =>
    o.op === 'insert' && (k < firstPlaced || k > lastPlaced) ? [sw[o.s]!.norm] : [],
  );
  const coversWhole =
    firstPlaced >= 0 &&
    qFrom === 0 &&
    qTo === qw.length &&
    !outsideWords.some((w) => isNegation(w) || isNumberWord(w));
  let framing = 0;
  let leadFraming = 0;
  let trailFraming = 0;
  const body = ops.filter((o, k) => {
    const outside = firstPlaced < 0 || k < firstPlaced || k > lastPlaced;
    if (coversWhole && outside && o.op === 'insert') {
      framing++;
      if (k < firstPlaced) leadFraming++;
      else trailFraming++;
      return false;
    }
    return true;
  });

  // Edge words cut mid-word by the selection ("ification is …"): a trimmed end.
  const edge = (k: number, atStart: boolean) => {
    const o = body[k];
    if (!o || !isPlaced(o) || o.op === 'equal') return;
    const s = sw[o.s]!.norm;
    const q = qw[o.q]!.norm;
    if (s.length >= 2 && (atStart ? q.endsWith(s) : q.startsWith(s))) {
      body[k] = { op: 'equal', s: o.s, q: o.q };
      const missing = atStart ? q.slice(0, q.length - s.length) : q.slice(s.length);
      changes.push({ type: 'omission', from: missing, to: '', note: MESSAGES.trimmedWord });
      minorChanged = true;
    }
  };
  edge(0, true);
  edge(body.length - 1, false);

  // Mentions of people on both sides, read only when a run of changed words may be
  // part of a name; and the words the alignment kept, selection word → source word.
  let mentions: { src: Mentions; sel: Mentions } | null = null;
  const mentionsOf = () => {
    if (!mentions) {
      let known = sourceMentions.get(srcTokens);
      if (known?.text !== srcText) {
        known = { text: srcText, mentions: findMentions(srcText, qw) };
        sourceMentions.set(srcTokens, known);
      }
      const src = known.mentions;
      // A framing word is never part of a name the quote holds: the grammar ends it before.
      const sel = { of: keep(facts.mentions.of), isTitle: keep(facts.mentions.isTitle) };
      mentions = { src, sel };
    }
    return mentions;
  };
  const kept = new Map<number, number>();
  for (const o of body) if (o.op === 'equal' || o.op === 'spelling') kept.set(o.s, o.q);

  let matched = 0;
  let matchedW = 0;
  let discountedW = 0;
  let shared = 0;
  let discounted = 0; // source words that do not count against the selection
  let discountedSel = 0; // selection words that do not count against it (a name's part added)
  let discountedSelW = 0;
  let reworded = false;
  let placedBefore = false;
  let prevQ = qFrom - 1;
  let prevPlaced: Extract<AlignOp, { q: number; s: number }> | null = null;
  let k = 0;
  while (k < body.length) {
    const o = body[k]!;
    if (o.op === 'equal' || o.op === 'spelling') {
      const s = sw[o.s]!;
      const q = qw[o.q]!;
      if (o.op === 'equal') {
        matched += 1;
        matchedW += weight(q.norm);
        if (isContentWord(q.norm)) shared++;
      } else {
        matched += SPELLING_CREDIT;
        matchedW += SPELLING_CREDIT * weight(q.norm);
        changes.push({ type: 'spelling', from: sliceSrc(q), to: sliceSel(s) });
        minorChanged = true;
        fate[o.q] = 'delete';
        addInsert(o.q, sliceSel(s));
      }
      if (prevPlaced && prevPlaced.s === o.s - 1 && prevPlaced.q === o.q - 1) {
        const a = punctBetween(selTokens, selIdx[prevPlaced.s]!, selIdx[o.s]!);
        const b = punctBetween(srcTokens, srcIdx[prevPlaced.q]!, srcIdx[o.q]!);
        if (a !== b) {
          changes.push({ type: 'punctuation', from: b, to: a });
          minorChanged = true;
        }
      }
      prevPlaced = o;
      placedBefore = true;
      prevQ = o.q;
      k++;
      continue;
    }
    // A run of differing words.
    const run: AlignOp[] = [];
    while (k < body.length && body[k]!.op !== 'equal' && body[k]!.op !== 'spelling')
      run.push(body[k++]!);
    let from = run.flatMap((r) => ('q' in r ? [qw[r.q]!] : []));
    const to = run.flatMap((r) => ('s' in r ? [sw[r.s]!] : []));
    let type = classifyHunk(from, to);
    let note: string | undefined;
    // Part of a person's name, or a title, added or dropped: who is meant is kept.
    // Only a capitalised word can be part of a name or a title: others skip the mentions.
    const named =
      (type === 'omission' || type === 'insertion' || type === 'substitution') &&
      (from.some((t) => startsUpper(srcText, t)) || to.some((t) => startsUpper(selText, t)))
        ? nameRunChange(
            mentionsOf(),
            run.flatMap((r) => ('q' in r ? [r.q] : [])),
            run.flatMap((r) => ('s' in r ? [r.s] : [])),
            kept,
            !placedBefore || k === body.length,
          )
        : null;
    if (named) {
      type = named.type;
      note = named.type === 'name' ? MESSAGES.namePart : MESSAGES.title;
      discounted += from.length;
      discountedW += sumWeights(from, weight);
      discountedSel += to.length;
      discountedSelW += sumWeights(to, weight);
      // Source words the alignment paired with a name's added part at the selection's
      // edge lie outside the selection: nothing of them was changed.
      if (named.outside) from = [];
    }
    if (type === 'omission' && ellipsisNear(selTokens, selIdx, run, body, k)) {
      note = MESSAGES.markedOmission;
      discounted += from.length;
      discountedW += sumWeights(from, weight);
    }
    if (type === 'editorial' && to.length === 0) {
      discounted += from.length;
      discountedW += sumWeights(from, weight);
    }
    // Words put otherwise with the meaning kept ("4" for "four", "numbers" for
    // "figures", "can never" for "cannot"): counted like a spelling variant.
    const same = type === 'substitution' ? sameMeaning(from, to) : null;
    if (same) {
      type = same.type;
      note = same.note;
      if (same.type === 'intention') reworded = true;
      const paired = Math.min(from.length, to.length);
      matched += SPELLING_CREDIT * paired;
      matchedW += SPELLING_CREDIT * sumWeights(from.slice(0, paired), weight);
    }
    if (type === 'substitution' && from.length === 1 && to.length === 1) {
      const j = (run.find((r) => 'q' in r) as { q: number }).q;
      if (looksLikeMisprint(qNorms, j)) {
        type = 'spelling';
        note = MESSAGES.misprint(qw[j]!.norm);
        matched += SPELLING_CREDIT;
        matchedW += SPELLING_CREDIT * weight(qw[j]!.norm);
      }
    }
    const change: Change = {
      type,
      from: from.length ? sliceSrc(from[0]!, from[from.length - 1]) : '',
      to: to.length ? sliceSel(to[0]!, to[to.length - 1]) : '',
    };
    if (note) change.note = note;
    changes.push(change);
    const contentTouched = [...from, ...to].some((t) => isContentWord(t.norm));
    if (
      type === 'negation' ||
      type === 'number' ||
      type === 'antonym' ||
      (type === 'substitution' && !same) ||
      ((type === 'omission' || type === 'insertion') && !note && contentTouched)
    ) {
      meaningChanged = true;
    } else {
      minorChanged = true;
    }
    for (const r of run) if ('q' in r) fate[r.q] = named?.outside ? 'trimmed' : 'delete';
    const lastQ = run.reduce((acc, r) => ('q' in r ? r.q : acc), prevQ);
    if (to.length) addInsert(lastQ, sliceSel(to[0]!, to[to.length - 1]));
    prevQ = lastQ;
    prevPlaced = null;
  }

  const sourceWords = Math.max(0, qTo - qFrom - discounted);
  const srcW = Math.max(0, sumWeights(qw.slice(qFrom, qTo), weight) - discountedW);
  const ratio = (m: number, a: number, b: number) =>
    a + b === 0 ? 0 : Math.min(1, (2 * m) / (a + b));
  let selectionWords = sw.length - framing - discountedSel;
  let similarity = ratio(matched, selectionWords, sourceWords);
  let selW = sumWeights(sw.slice(leadFraming, sw.length - trailFraming), weight) - discountedSelW;
  // Words around a whole quote are set aside only when the selection gives it (nearly) as
  // printed; otherwise a long text could pass for a short quote it merely resembles.
  if (framing > 0 && similarity < MATCH_CONFIG.alteredFrom) {
    selectionWords = sw.length - discountedSel;
    similarity = ratio(matched, selectionWords, sourceWords);
    selW = sumWeights(sw, weight) - discountedSelW;
    leadFraming = 0;
    trailFraming = 0;
  }
  const framingText = [
    ...(page.lead + leadFraming > 0
      ? [sliceSel(allSw[0]!, allSw[page.lead + leadFraming - 1])]
      : []),
    ...(page.trail + trailFraming > 0
      ? [sliceSel(allSw[allSw.length - page.trail - trailFraming]!, allSw[allSw.length - 1])]
      : []),
  ];
  const weightedSimilarity = ratio(matchedW, selW, srcW);
  return {
    similarity,
    overallSimilarity: ratio(matched, allSw.length, sourceWords),
    weightedSimilarity,
    changes,
    meaningChanged,
    minorChanged,
    reworded,
    framing: framingText.length > 0 ? framingText.join(' … ') : null,
    sharedContentWords: shared,
    selectionWords,
    segments: buildSegments(srcText, qw, fate, insertsAfter, qFrom),
    looseEnds: looseEnds(ops, sw.length),
    head: {
      selStart: firstPlaced >= 0 ? sw[(ops[firstPlaced] as { s: number }).s]!.start : 0,
      reachesSourceStart: qFrom === 0,
      extraWords: firstPlaced >= 0 ? firstPlaced - countDeletes(ops, 0, firstPlaced) : sw.length,
    },
    tail: {
      selEnd: lastPlaced >= 0 ? sw[(ops[lastPlaced] as { s: number }).s]!.end : selText.length,
      reachesSourceEnd: qTo === qw.length,
      extraWords:
        lastPlaced >= 0
          ? ops.length - 1 - lastPlaced - countDeletes(ops, lastPlaced + 1, ops.length)
          : sw.length,
    },
  };
}

function looseEnds(ops: readonly AlignOp[], selectionWords: number): number {
  const found = ops.flatMap((o) => (o.op === 'equal' || o.op === 'spelling' ? [o.s] : []));
  if (found.length === 0) return selectionWords;
  return found[0]! + (selectionWords - 1 - found[found.length - 1]!);
}

function countDeletes(ops: readonly AlignOp[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (ops[k]!.op === 'delete') n++;
  return n;
}

function sumWeights(tokens: readonly Token[], weight: (word: string) => number): number {
  let sum = 0;
  for (const t of tokens) sum += weight(t.norm);
  return sum;
}

/** The punctuation printed between two tokens, joined (`''` when none). */
function punctBetween(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let i = a + 1; i < b; i++) if (tokens[i]!.kind === 'punct') out += tokens[i]!.norm;
  return out;
}

/** Whether the selection prints an ellipsis where this omission is (between the words around it). */
function ellipsisNear(
  selTokens: readonly Token[],
  selIdx: readonly number[],
  run: readonly AlignOp[],
  body: readonly AlignOp[],
  next: number,
): boolean {
  const start = body.indexOf(run[0]!);
  let before = -1;
  for (let k = start - 1; k >= 0; k--) {
    const o = body[k]!;
    if ('s' in o) {
      before = selIdx[o.s]!;
      break;
    }
  }
  let after = selTokens.length;
  for (let k = next; k < body.length; k++) {
    const o = body[k]!;
    if ('s' in o) {
      after = selIdx[o.s]!;
      break;
    }
  }
  for (let i = before + 1; i < after; i++) if (selTokens[i]!.kind === 'ellipsis') return true;
  return false;
}
