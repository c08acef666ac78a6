/**
 * The check itself: read (and cap) the selection, take the claimed speaker from the
 * request, the selection or its context, retrieve candidates from the index, score
 * them with fuse.js and the word alignment, and decide verdict and attribution.
 */

import { offsetsWithin } from '../anchor/offsetsWithin';
import type { Article } from '../corpus/schema';
import type { Segment } from '../segment/Segment';
import { BodyDamaged, NotRead } from '../segment/SegmentBody';
import type { SegmentEntry, SegmentSet } from '../segment/SegmentSet';
import { capText } from '../text/capText';
import { type Token, tokenize } from '../text/tokenize';
import { type Comparison, compareToSource } from './compareToSource';
import { MATCH_CONFIG } from './config';
import { createSpeakerDirectory, type SpeakerDirectory } from './createSpeakerDirectory';
import { judgeAttribution } from './createSpeakerResolver';
import { createWordWeight } from './createWordWeight';
import { decideVerdict } from './decideVerdict';
import { explainVerdict } from './explainVerdict';
import {
  extractClaimFromContext,
  extractClaimFromSelection,
  trimAttribution,
} from './extractClaim';
import { fuseSimilarity } from './fuseSimilarity';
import { makeScratch, type RetrievalScratch, retrieveCandidates } from './retrieveCandidates';
import { shingleKeys, wordKey } from './shingleKeys';
import type { ArticleRef, Match, Verdict, VerifyRequest, VerifyResult } from './types';

/**
 * Decoded documents kept between checks: a check scores a dozen candidates, so this is
 * the candidates of the last forty or so checks (a popup opened again, the card after the
 * popup). Each holds its tokens and what the comparison derives from them (its mentions:
 * about 4 KB a document, measured), so the cache stays near 2 MB; at 2,000 it held 8 MB,
 * a quarter of the matcher at 100,000 quotes. Cleared when it grows past this many.
 */
const TOKEN_CACHE_LIMIT = 500;

/**
 * Characters of the context (the selection's paragraph) searched for who is speaking:
 * four times what is read of the selection, so the paragraph around even the longest
 * selection read is covered, while a whole page passed as context is not scanned.
 */
const CONTEXT_CHAR_LIMIT = MATCH_CONFIG.readCharLimit * 4;

/**
 * A document is named by one number: its segment's place in the list searched times
 * this, plus its number in the segment. Ordering by it orders by segment, then document.
 */
const SEG = 2 ** 32;

interface Scored {
  doc: number;
  comparison: Comparison;
  score: number;
}

/** One quote's part of a selection that runs over two quotes, with the claim found beside it. */
interface SpanPart extends Scored {
  claim: string | null;
}

/** From the verdict that keeps the words best to the one that keeps them least. */
const VERDICT_ORDER: readonly Verdict[] = ['verbatim', 'close', 'paraphrase', 'altered'];
const worstVerdict = (a: Verdict, b: Verdict): Verdict =>
  VERDICT_ORDER.indexOf(a) >= VERDICT_ORDER.indexOf(b) ? a : b;

/** A decoded document: its tokens, and its words as fuse.js compares them (made on first use). */
interface Decoded {
  tokens: Token[];
  words?: string;
}

/** What checks share across changes of the segment set: decoded documents, scratch space. */
interface Shared {
  tokenCache: Map<number, Decoded>;
  scratch: RetrievalScratch;
}

/**
 * The check over a segment set. What depends on which segments there are (word
 * weights, the speaker directory) is made again when the set changes; a check always
 * searches the set as it is when the check starts.
 */
export function createVerify(
  set: SegmentSet,
): (req: VerifyRequest) => VerifyResult | Promise<VerifyResult> {
  const shared: Shared = { tokenCache: new Map(), scratch: makeScratch() };
  let version = -1;
  let check: Check = () => {
    throw new Error('unreachable');
  };
  const current = (): Check => {
    if (version !== set.version) {
      version = set.version;
      check = createCheck(set, shared);
    }
    return check;
  };
  // A segment whose body turns out damaged as a check reads it is rebuilt from what is
  // intact by its owner (the check waits for that: `BodyDamaged.recovery`), or else leaves
  // the set (`readEach`); the check runs again over the set as it is then: never an answer
  // from a half-read segment. Bytes a check needed but had not read ahead (`NotRead`: a gap
  // in what it reads ahead) are never decoded: the segments are read whole and the check
  // runs again.
  const retry = async (req: VerifyRequest, first: Promise<VerifyResult>) => {
    let attempt = first;
    for (let tries = 0; ; tries++) {
      try {
        return await attempt;
      } catch (e) {
        if (!(e instanceof BodyDamaged || e instanceof NotRead) || tries > set.entries.length)
          throw e;
        if (e instanceof BodyDamaged && e.recovery) await e.recovery;
        if (e instanceof NotRead)
          await Promise.all(set.entries.map(({ segment }) => segment.loadAll()));
        attempt = Promise.resolve(current()(req));
      }
    }
  };
  return (req) => {
    let result: VerifyResult | Promise<VerifyResult>;
    try {
      result = current()(req);
    } catch (e) {
      if (!(e instanceof NotRead)) throw e;
      result = Promise.reject(e);
    }
    return result instanceof Promise ? retry(req, result) : result;
  };
}

type Check = (req: VerifyRequest) => VerifyResult | Promise<VerifyResult>;

/**
 * Runs `read` for each segment read on demand (those in memory whole are skipped); `null`
 * when there is none. A segment whose body turns out damaged is taken out of the set,
 * unless its owner is rebuilding it (`BodyDamaged.recovery`: it swaps the rebuilt one in).
 */
function readEach(
  entries: readonly SegmentEntry[],
  set: SegmentSet,
  read: (segment: Segment, seg: number) => Promise<void> | null,
): Promise<void> | null {
  const reads: Promise<void>[] = [];
  entries.forEach(({ segment }, seg) => {
    if (segment.whole) return;
    const reading = read(segment, seg);
    if (!reading) return;
    reads.push(
      reading.catch((e: unknown) => {
        if (e instanceof BodyDamaged && !e.recovery) set.drop(segment);
        throw e;
      }),
    );
  });
  return reads.length > 0 ? Promise.all(reads).then(() => undefined) : null;
}

/** The keys under which words' rarity is looked up (`createWordWeight`). */
const weightKeys = (tokens: readonly Token[]) => tokens.map((t) => wordKey(t.norm));

function createCheck(set: SegmentSet, shared: Shared): Check {
  const entries = set.entries;
  const segOf = (doc: number): Segment => entries[Math.floor(doc / SEG)]!.segment;
  const local = (doc: number) => doc % SEG;
  const weight = createWordWeight(entries);
  let directory: SpeakerDirectory | null = null;
  const speakers = () => {
    directory ??= createSpeakerDirectory(entries);
    return directory;
  };
  const { tokenCache } = shared;
  const isQuote = (doc: number) => segOf(doc).isQuote(local(doc));
  const docText = (doc: number): string => segOf(doc).text(local(doc));
  const decoded = (doc: number): Decoded => {
    const key = segOf(doc).uid * SEG + local(doc);
    let d = tokenCache.get(key);
    if (!d) {
      if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
      d = { tokens: tokenize(docText(doc)) };
      tokenCache.set(key, d);
    }
    return d;
  };
  const docTokens = (doc: number): Token[] => decoded(doc).tokens;
  const docWords = (doc: number): string => {
    const d = decoded(doc);
    d.words ??= wordText(d.tokens);
    return d.words;
  };
  /** Rarity keys of every word of the candidates' articles (what scoring may weigh). */
  const candidateWordKeys = (docs: readonly number[]): number[] => {
    const keys = new Set<number>();
    const done = new Set<string>();
    for (const doc of docs) {
      const segment = segOf(doc);
      const a = segment.articleOf(local(doc));
      const key = `${Math.floor(doc / SEG)}:${a}`;
      if (done.has(key)) continue;
      done.add(key);
      const base = doc - local(doc);
      for (const [from, to] of [segment.quoteRange(a), segment.narrationRange(a)])
        for (let d = from; d < to; d++)
          for (const k of weightKeys(docTokens(base + d))) keys.add(k);
    }
    return [...keys];
  };
  const articleRef = (a: Article): ArticleRef => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    published: a.published,
    dateSource: a.dateSource,
    ...(a.addedAt !== undefined ? { addedAt: a.addedAt } : {}),
  });
  const toMatch = (s: Scored): Match => {
    const segment = segOf(s.doc);
    const q = segment.quote(local(s.doc));
    const si = segment.speakerOf(local(s.doc));
    const sp = si === null ? null : segment.speaker(si);
    return {
      quoteId: q.id,
      quote: q.text,
      speaker: sp?.name ?? q.speakerId,
      speakerId: q.speakerId,
      source: q.source ?? null,
      speakerDescription: sp?.description ?? '',
      kind: q.kind,
      score: round(s.score),
      changes: s.comparison.changes,
      segments: s.comparison.segments,
      article: articleRef(segment.article(segment.articleOf(local(s.doc)))),
      origin: segment.origin,
    };
  };
  /** Who said quote `doc`, as the speaker directory names people; `null` when no one is named. */
  const personOf = (doc: number): string | null => {
    const si = segOf(doc).speakerOf(local(doc));
    return si === null ? null : speakers().personOf(Math.floor(doc / SEG), si);
  };
  const attribution = (claim: string | null, doc: number) =>
    claim === null ? 'unknown' : judgeAttribution(speakers().resolve, claim, personOf(doc));

  /** Scores a part of the selection against one quote (no fuse.js share: the quote is already chosen). */
  const scorePart = (doc: number, text: string, claim: string | null): SpanPart => {
    const comparison = compareToSource(text, tokenize(text), docText(doc), docTokens(doc), weight);
    return { doc, comparison, score: comparison.overallSimilarity, claim };
  };
  /** The quote of the same article (other than `doc`) that this part of the selection matches best. */
  const bestInArticle = (doc: number, text: string, claim: string | null): SpanPart | null => {
    const segment = segOf(doc);
    const deleted = entries[Math.floor(doc / SEG)]!.deleted;
    const [from, to] = segment.quoteRange(segment.articleOf(local(doc)));
    const base = doc - local(doc);
    let best: SpanPart | null = null;
    for (let d = from; d < to; d++) {
      const other = base + d;
      if (other === doc || deleted?.[d]) continue;
      const part = scorePart(other, text, claim);
      if (!best || part.comparison.similarity > best.comparison.similarity) best = part;
    }
    return best;
  };

  /**
   * A selection that runs past the end (or start) of its best quote into another quote
   * of the same article, possibly over the attribution between them: both parts, in
   * article order, when each part matches its quote on its own.
   */
  const acrossQuotes = (top: Scored, text: string): [SpanPart, SpanPart] | null => {
    const c = top.comparison;
    let pair: [SpanPart, SpanPart] | null = null;
    if (c.tail.extraWords >= MATCH_CONFIG.minWords && c.tail.reachesSourceEnd) {
      const rest = trimAttribution(text.slice(c.tail.selEnd), 'start');
      const other = bestInArticle(top.doc, rest.text, rest.claim);
      if (other) pair = [scorePart(top.doc, text.slice(0, c.tail.selEnd), null), other];
    } else if (c.head.extraWords >= MATCH_CONFIG.minWords && c.head.reachesSourceStart) {
      const before = trimAttribution(text.slice(0, c.head.selStart), 'end');
      const other = bestInArticle(top.doc, before.text, before.claim);
      if (other) pair = [other, scorePart(top.doc, text.slice(c.head.selStart), null)];
    }
    if (!pair) return null;
    const ok = pair.every(
      (p) =>
        p.comparison.selectionWords >= MATCH_CONFIG.minWords &&
        decideVerdict(p.comparison, 0) !== 'no-match',
    );
    return ok ? pair : null;
  };

  /** Scores each candidate against the selection: fuse.js's similarity and the word alignment. */
  const score = (sel: Selection, candidates: readonly { doc: number }[]): Scored[] => {
    const fuseSims = fuseSimilarities(
      sel.words.join(' '),
      candidates.map((c) => docWords(c.doc)),
    );
    return candidates.map((c, i) => {
      const comparison = compareToSource(
        sel.text,
        sel.tokens,
        docText(c.doc),
        docTokens(c.doc),
        weight,
      );
      const score =
        (1 - MATCH_CONFIG.fuseWeight) * comparison.overallSimilarity +
        MATCH_CONFIG.fuseWeight * fuseSims[i]!;
      return { doc: c.doc, comparison, score };
    });
  };

  /** `source-text`: the article's narration the selection holds. */
  const narrationResult = (sel: Selection, narration: Scored): VerifyResult => {
    const segment = segOf(narration.doc);
    const d = local(narration.doc);
    return resultFor(sel, {
      verdict: 'source-text',
      reason: explainVerdict('source-text', null),
      narration: {
        text: segment.text(d),
        article: articleRef(segment.article(segment.articleOf(d))),
      },
    });
  };

  /** A selection over two quotes of one article: the weaker part's verdict, both quotes first. */
  const spanResult = (
    sel: Selection,
    top: Scored,
    [first, second]: [SpanPart, SpanPart],
    quotes: readonly Scored[],
  ): VerifyResult => {
    const pair = new Set([first.doc, second.doc]);
    const others = quotes.filter(
      (s) => !pair.has(s.doc) && decideVerdict(s.comparison, 0) !== 'no-match',
    );
    const [mine, other] = first.doc === top.doc ? [first, second] : [second, first];
    const matches = [mine, other, ...others].slice(0, MATCH_CONFIG.maxMatches).map(toMatch);
    const claim = sel.claimedSpeaker ?? first.claim ?? second.claim;
    const firstVerdict = decideVerdict(first.comparison);
    const verdict = worstVerdict(firstVerdict, decideVerdict(second.comparison));
    return resultFor(sel, {
      claimedSpeaker: claim,
      verdict,
      reason: explainVerdict(verdict, (verdict === firstVerdict ? first : second).comparison),
      attribution: attribution(claim, mine.doc),
      best: matches[0]!,
      matches,
      span: [first.doc, second.doc].sort((a, b) => a - b).map((d) => segOf(d).docId(local(d))),
    });
  };

  /** The best quote's verdict (or `no-match`), with the quotes that match too. */
  const quoteResult = (sel: Selection, quotes: readonly Scored[]): VerifyResult => {
    const top = quotes[0];
    const margin = top ? marginOver(top, quotes, (s) => docWords(s.doc)) : 0;
    const verdict = top ? decideVerdict(top.comparison, margin) : 'no-match';
    if (!top || verdict === 'no-match')
      return resultFor(sel, { verdict: 'no-match', reason: explainVerdict('no-match', null) });
    const matches = quotes
      .filter((s) => s === top || decideVerdict(s.comparison, 0) !== 'no-match')
      .slice(0, MATCH_CONFIG.maxMatches)
      .map(toMatch);
    return resultFor(sel, {
      verdict,
      reason: explainVerdict(verdict, top.comparison),
      attribution: attribution(sel.claimedSpeaker, top.doc),
      best: matches[0]!,
      matches,
    });
  };

  /** The answer from the candidates, once what they need is read. */
  const answer = (sel: Selection, candidates: readonly { doc: number }[]): VerifyResult => {
    const scored = score(sel, candidates);
    const byScore = (a: Scored, b: Scored) =>
      b.score - a.score || b.comparison.similarity - a.comparison.similarity || a.doc - b.doc;
    const quotes = scored.filter((s) => isQuote(s.doc)).sort(byScore);
    const narration = scored.filter((s) => !isQuote(s.doc)).sort(byScore)[0];
    const top = quotes[0];
    if (narration && fitsBetter(narration, top)) return narrationResult(sel, narration);
    const across = top ? acrossQuotes(top, sel.text) : null;
    return across ? spanResult(sel, top!, across, quotes) : quoteResult(sel, quotes);
  };

  /**
   * What the candidates need read from segments read on demand: their articles (texts,
   * records; every speaker for a claim to judge), then, for a segment without a word table,
   * the posting records of their words, whose rarity the alignment weighs. `null`: nothing.
   */
  const readCandidates = (
    candidates: readonly { doc: number }[],
    claimed: boolean,
  ): Promise<unknown> | null => {
    const docsRead = readEach(entries, set, (segment, seg) =>
      segment.ensureDocs(
        candidates.filter((c) => Math.floor(c.doc / SEG) === seg).map((c) => local(c.doc)),
        claimed,
      ),
    );
    return (
      docsRead?.then(() => {
        // (A segment with a word table gives words' rarity from its head.)
        if (entries.every((e) => e.segment.whole || e.segment.hasWordTable)) return;
        const keys = candidateWordKeys(candidates.map((c) => c.doc));
        return readEach(entries, set, (segment) =>
          segment.hasWordTable ? null : segment.ensureKeys(keys),
        );
      }) ?? null
    );
  };

  /** Retrieves the candidates, reads what they need, answers. */
  const find = (sel: Selection): VerifyResult | Promise<VerifyResult> => {
    const candidates = retrieveCandidates(entries, sel.words, shared.scratch).map((c) => ({
      doc: c.seg * SEG + c.doc,
      score: c.score,
    }));
    return after(readCandidates(candidates, sel.claimedSpeaker !== null), () =>
      answer(sel, candidates),
    );
  };

  return (req: VerifyRequest): VerifyResult | Promise<VerifyResult> => {
    const sel = readSelection(req);
    if (sel.words.length < MATCH_CONFIG.minWords)
      return resultFor(sel, {
        verdict: 'too-short',
        reason: explainVerdict('too-short', null, sel.words.length),
      });
    // Segments read on demand (the reader's store): before each step, what it will read;
    // first the posting records of the selection's keys (and its words', for their rarity).
    const selectionKeys = entries.every((e) => e.segment.whole)
      ? []
      : [...shingleKeys(sel.words), ...weightKeys(sel.tokens)];
    const keysRead = readEach(entries, set, (segment) => segment.ensureKeys(selectionKeys));
    return after(keysRead, () => find(sel));
  };
}

/** What a check reads of its request. */
interface Selection {
  /** The selection as read: capped at `readCharLimit`, an attribution in it cut off. */
  text: string;
  tokens: Token[];
  /** Its words, normalised. */
  words: string[];
  /** From the request, else the selection, else its context. */
  claimedSpeaker: string | null;
  /** Set when the selection was longer than what is read. */
  truncated: { readChars: number; totalChars: number } | undefined;
}

function readSelection(req: VerifyRequest): Selection {
  const raw = typeof req?.text === 'string' ? req.text : '';
  const read = capText(raw, MATCH_CONFIG.readCharLimit);
  const truncated =
    read.length < raw.length ? { readChars: read.length, totalChars: raw.length } : undefined;
  const inSelection = extractClaimFromSelection(read);
  const explicit = typeof req?.claimedSpeaker === 'string' ? req.claimedSpeaker.trim() : '';
  const { context, at } = contextWindow(req);
  const claimedSpeaker =
    explicit ||
    inSelection.claim ||
    (context ? extractClaimFromContext(context, read, at ?? undefined) : null);
  const tokens = tokenize(inSelection.text);
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  return { text: inSelection.text, tokens, words, claimedSpeaker, truncated };
}

/**
 * A result for the selection: no one named and nothing matched unless `fields` say
 * otherwise, and `truncated` when the selection was cut.
 */
function resultFor(
  sel: Selection,
  fields: Partial<VerifyResult> & Pick<VerifyResult, 'verdict'>,
): VerifyResult {
  const result: VerifyResult = {
    attribution: 'unknown',
    claimedSpeaker: sel.claimedSpeaker,
    best: null,
    matches: [],
    ...fields,
  };
  return sel.truncated ? { ...result, truncated: sel.truncated } : result;
}

/** Runs `next` once `reading` is done, or at once when there is nothing to read. */
const after = <T>(reading: Promise<unknown> | null, next: () => T | Promise<T>): T | Promise<T> =>
  reading ? reading.then(next) : next();

/** True when the article's narration fits the selection clearly better than any quote. */
const fitsBetter = (narration: Scored, top: Scored | undefined): boolean =>
  narration.comparison.similarity >= MATCH_CONFIG.sourceTextFrom &&
  narration.comparison.similarity >
    (top?.comparison.similarity ?? 0) + MATCH_CONFIG.narrationMargin;

/** How far `top` is ahead of the next quote with other words, in weighted similarity. */
function marginOver(top: Scored, quotes: readonly Scored[], words: (s: Scored) => string): number {
  const mine = words(top);
  let next = 0;
  for (const s of quotes) {
    if (s === top || words(s) === mine) continue;
    next = Math.max(next, s.comparison.weightedSimilarity);
  }
  return top.comparison.weightedSimilarity - next;
}

/** A text's words, space-separated: what fuse.js compares (quote style and punctuation set aside). */
const wordText = (tokens: readonly Token[]) =>
  tokens
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ');

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The part of the request's context searched for who is speaking: all of it up to
 * `CONTEXT_CHAR_LIMIT` characters; past that, that many around the selection's offsets
 * (`at`, moved with the cut), or the start when the offsets are missing or out of range.
 */
function contextWindow(req: VerifyRequest): {
  context: string;
  at: { start: number; end: number } | null;
} {
  const context = typeof req?.context === 'string' ? req.context : '';
  const a = offsetsWithin(req?.at, context.length);
  if (context.length <= CONTEXT_CHAR_LIMIT) return { context, at: a };
  if (!a) return { context: capText(context, CONTEXT_CHAR_LIMIT), at: null };
  // Centred on the selection's start; a selection longer than the window keeps its start.
  const from = Math.max(
    0,
    Math.min(a.start - CONTEXT_CHAR_LIMIT / 2, context.length - CONTEXT_CHAR_LIMIT),
  );
  const cut = context.slice(from, from + CONTEXT_CHAR_LIMIT);
  return {
    context: cut,
    at: { start: a.start - from, end: Math.min(a.end - from, cut.length) },
  };
}

/**
 * fuse.js similarity (1 − score) of the selection to each candidate text, in order: its
 * first `fusePatternChars` characters searched anywhere in each text (`fuseSimilarity`
 * gives fuse.js's answer in one pass per text).
 */
function fuseSimilarities(selection: string, texts: readonly string[]): number[] {
  if (selection === '') return texts.map(() => 0);
  const pattern = selection.slice(0, MATCH_CONFIG.fusePatternChars);
  return texts.map((text) => fuseSimilarity(pattern, text));
}
