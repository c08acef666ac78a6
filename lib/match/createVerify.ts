/**
 * The check itself: read (and cap) the selection, take the claimed speaker from the
 * request, the selection or its context, retrieve candidates from the index, score
 * them with fuse.js and the word alignment, and decide verdict and attribution.
 */
import Fuse from 'fuse.js';
import type { Article, Corpus } from '../corpus/schema';
import { type Token, tokenize } from '../text/tokenize';
import { type Comparison, compareToSource } from './compareToSource';
import { MATCH_CONFIG } from './config';
import { createSpeakerResolver, judgeAttribution } from './createSpeakerResolver';
import { createWordWeight } from './createWordWeight';
import { decideVerdict } from './decideVerdict';
import { explainVerdict } from './explainVerdict';
import {
  extractClaimFromContext,
  extractClaimFromSelection,
  trimAttribution,
} from './extractClaim';
import { makeScratch, retrieveCandidates } from './retrieveCandidates';
import type { ShingleIndex } from './ShingleIndex';
import type { ArticleRef, Match, Verdict, VerifyRequest, VerifyResult } from './types';

/**
 * Tokenised documents kept between checks (a few hundred bytes each); cleared when it
 * grows past this many, so it stays within a few megabytes.
 */
const TOKEN_CACHE_LIMIT = 2000;

/**
 * Characters of the context (the selection's paragraph) searched for who is speaking:
 * four times what is read of the selection, so the paragraph around even the longest
 * selection read is covered, while a whole page passed as context is not scanned.
 */
const CONTEXT_CHAR_LIMIT = MATCH_CONFIG.readCharLimit * 4;

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

export function createVerify(
  corpus: Corpus,
  index: ShingleIndex,
): (req: VerifyRequest) => VerifyResult {
  const speakers = new Map(corpus.speakers.map((s) => [s.id, s]));
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const resolve = createSpeakerResolver(corpus.speakers);
  const scratch = makeScratch(index);
  const weight = createWordWeight(index);
  const tokenCache = new Map<number, Token[]>();
  const docText = (doc: number): string =>
    doc < index.quoteCount
      ? corpus.quotes[doc]!.text
      : (corpus.narration[doc - index.quoteCount]?.text ?? '');
  const docTokens = (doc: number): Token[] => {
    let t = tokenCache.get(doc);
    if (!t) {
      if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
      t = tokenize(docText(doc));
      tokenCache.set(doc, t);
    }
    return t;
  };
  const articleRef = (a: Article | undefined, id: string): ArticleRef => ({
    id,
    title: a?.title ?? id,
    outlet: a?.outlet ?? null,
    url: a?.url ?? null,
    published: a?.published ?? null,
    dateSource: a?.dateSource ?? null,
  });
  const toMatch = (s: Scored): Match => {
    const q = corpus.quotes[s.doc]!;
    const sp = q.speakerId === null ? undefined : speakers.get(q.speakerId);
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
      article: articleRef(articles.get(q.articleId), q.articleId),
    };
  };

  /** Scores a part of the selection against one quote (no fuse.js share: the quote is already chosen). */
  const scorePart = (doc: number, text: string, claim: string | null): SpanPart => {
    const comparison = compareToSource(text, tokenize(text), docText(doc), docTokens(doc), weight);
    return { doc, comparison, score: comparison.overallSimilarity, claim };
  };
  const quotesByArticle = new Map<string, number[]>();
  corpus.quotes.forEach((q, doc) => {
    const list = quotesByArticle.get(q.articleId) ?? [];
    list.push(doc);
    quotesByArticle.set(q.articleId, list);
  });
  /** The quote of the same article (other than `doc`) that this part of the selection matches best. */
  const bestInArticle = (doc: number, text: string, claim: string | null): SpanPart | null => {
    let best: SpanPart | null = null;
    for (const other of quotesByArticle.get(corpus.quotes[doc]!.articleId) ?? []) {
      if (other === doc) continue;
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

  return (req: VerifyRequest): VerifyResult => {
    const raw = typeof req?.text === 'string' ? req.text : '';
    const read = capText(raw, MATCH_CONFIG.readCharLimit);
    const truncated =
      read.length < raw.length ? { readChars: read.length, totalChars: raw.length } : undefined;
    const inSelection = extractClaimFromSelection(read);
    const explicit = typeof req?.claimedSpeaker === 'string' ? req.claimedSpeaker.trim() : '';
    const context =
      typeof req?.context === 'string' ? capText(req.context, CONTEXT_CHAR_LIMIT) : '';
    const claimedSpeaker =
      explicit || inSelection.claim || (context ? extractClaimFromContext(context, read) : null);
    const base = { attribution: 'unknown' as const, claimedSpeaker, best: null, matches: [] };
    const withTruncation = <T extends object>(r: T) => (truncated ? { ...r, truncated } : r);

    const selTokens = tokenize(inSelection.text);
    const words = selTokens.filter((t) => t.kind === 'word').map((t) => t.norm);
    if (words.length < MATCH_CONFIG.minWords)
      return withTruncation({
        ...base,
        verdict: 'too-short',
        reason: explainVerdict('too-short', null, words.length),
      });

    const candidates = retrieveCandidates(index, words, scratch);
    const fuseSims = fuseSimilarities(
      words.join(' '),
      candidates.map((c) => wordText(docTokens(c.doc))),
    );
    const scored: Scored[] = candidates.map((c, i) => {
      const comparison = compareToSource(
        inSelection.text,
        selTokens,
        docText(c.doc),
        docTokens(c.doc),
        weight,
      );
      const score =
        (1 - MATCH_CONFIG.fuseWeight) * comparison.overallSimilarity +
        MATCH_CONFIG.fuseWeight * fuseSims[i]!;
      return { doc: c.doc, comparison, score };
    });
    const byScore = (a: Scored, b: Scored) =>
      b.score - a.score || b.comparison.similarity - a.comparison.similarity || a.doc - b.doc;
    const quotes = scored.filter((s) => s.doc < index.quoteCount).sort(byScore);
    const narration = scored.filter((s) => s.doc >= index.quoteCount).sort(byScore);

    const top = quotes[0];
    const topNarration = narration[0];
    const quoteSim = top?.comparison.similarity ?? 0;
    if (
      topNarration &&
      topNarration.comparison.similarity >= MATCH_CONFIG.sourceTextFrom &&
      topNarration.comparison.similarity > quoteSim + MATCH_CONFIG.narrationMargin
    ) {
      const n = corpus.narration[topNarration.doc - index.quoteCount]!;
      return withTruncation({
        ...base,
        verdict: 'source-text',
        reason: explainVerdict('source-text', null),
        narration: { text: n.text, article: articleRef(articles.get(n.articleId), n.articleId) },
      });
    }
    const across = top ? acrossQuotes(top, inSelection.text) : null;
    if (across) {
      const [first, second] = across;
      const pair = new Set([first.doc, second.doc]);
      const others = quotes.filter(
        (s) => !pair.has(s.doc) && decideVerdict(s.comparison, 0) !== 'no-match',
      );
      const [mine, other] = first.doc === top!.doc ? [first, second] : [second, first];
      const matches = [mine, other, ...others].slice(0, MATCH_CONFIG.maxMatches).map(toMatch);
      const best = matches[0]!;
      const claim = base.claimedSpeaker ?? first.claim ?? second.claim;
      const firstVerdict = decideVerdict(first.comparison);
      const verdict = worstVerdict(firstVerdict, decideVerdict(second.comparison));
      return withTruncation({
        ...base,
        claimedSpeaker: claim,
        verdict,
        reason: explainVerdict(verdict, (verdict === firstVerdict ? first : second).comparison),
        attribution: judgeAttribution(resolve, claim, best.speakerId),
        best,
        matches,
        span: [first.doc, second.doc].sort((a, b) => a - b).map((d) => corpus.quotes[d]!.id),
      });
    }
    const margin = top ? marginOver(top, quotes, (s) => wordText(docTokens(s.doc))) : 0;
    const verdict = top ? decideVerdict(top.comparison, margin) : 'no-match';
    if (!top || verdict === 'no-match')
      return withTruncation({
        ...base,
        verdict: 'no-match',
        reason: explainVerdict('no-match', null),
      });
    const matches = quotes
      .filter((s) => s === top || decideVerdict(s.comparison, 0) !== 'no-match')
      .slice(0, MATCH_CONFIG.maxMatches)
      .map(toMatch);
    const best = matches[0]!;
    return withTruncation({
      ...base,
      verdict,
      reason: explainVerdict(verdict, top.comparison),
      attribution: judgeAttribution(resolve, claimedSpeaker, best.speakerId),
      best,
      matches,
    });
  };
}

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

/** Cuts text to `limit` UTF-16 units without splitting a surrogate pair. */
function capText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

/** fuse.js similarity (1 − score) of the selection to each candidate text, in order. */
function fuseSimilarities(selection: string, texts: readonly string[]): number[] {
  const sims = texts.map(() => 0);
  if (texts.length === 0 || selection === '') return sims;
  const fuse = new Fuse(texts, {
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: 1,
    isCaseSensitive: true,
  });
  for (const r of fuse.search(selection.slice(0, MATCH_CONFIG.fusePatternChars))) {
    sims[r.refIndex] = 1 - (r.score ?? 1);
  }
  return sims;
}
