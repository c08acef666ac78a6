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
import { extractClaimFromContext, extractClaimFromSelection } from './extractClaim';
import { makeScratch, retrieveCandidates } from './retrieveCandidates';
import type { ShingleIndex } from './ShingleIndex';
import type { ArticleRef, Match, VerifyRequest, VerifyResult } from './types';

/** Tokenised documents kept between checks; cleared when it grows past this many. */
const TOKEN_CACHE_LIMIT = 5000;

interface Scored {
  doc: number;
  comparison: Comparison;
  score: number;
}

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
    const sp = speakers.get(q.speakerId);
    return {
      quoteId: q.id,
      quote: q.text,
      speaker: sp?.name ?? q.speakerId,
      speakerId: q.speakerId,
      speakerDescription: sp?.description ?? '',
      kind: q.kind,
      score: round(s.score),
      changes: s.comparison.changes,
      segments: s.comparison.segments,
      article: articleRef(articles.get(q.articleId), q.articleId),
    };
  };

  return (req: VerifyRequest): VerifyResult => {
    const raw = typeof req?.text === 'string' ? req.text : '';
    const read = capText(raw, MATCH_CONFIG.readCharLimit);
    const truncated =
      read.length < raw.length ? { readChars: read.length, totalChars: raw.length } : undefined;
    const inSelection = extractClaimFromSelection(read);
    const explicit = typeof req?.claimedSpeaker === 'string' ? req.claimedSpeaker.trim() : '';
    const context =
      typeof req?.context === 'string' ? capText(req.context, MATCH_CONFIG.readCharLimit * 4) : '';
    const claimedSpeaker =
      explicit || inSelection.claim || (context ? extractClaimFromContext(context, read) : null);
    const base = { attribution: 'unknown' as const, claimedSpeaker, best: null, matches: [] };
    const withTruncation = <T extends object>(r: T) => (truncated ? { ...r, truncated } : r);

    const selTokens = tokenize(inSelection.text);
    const words = selTokens.filter((t) => t.kind === 'word').map((t) => t.norm);
    if (words.length < MATCH_CONFIG.minWords)
      return withTruncation({ ...base, verdict: 'too-short' });

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
        (1 - MATCH_CONFIG.fuseWeight) * comparison.similarity +
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
        narration: { text: n.text, article: articleRef(articles.get(n.articleId), n.articleId) },
      });
    }
    const margin = top ? marginOver(top, quotes, (s) => wordText(docTokens(s.doc))) : 0;
    const verdict = top ? decideVerdict(top.comparison, margin) : 'no-match';
    if (!top || verdict === 'no-match') return withTruncation({ ...base, verdict: 'no-match' });
    const matches = quotes
      .filter((s) => s === top || decideVerdict(s.comparison, 0) !== 'no-match')
      .slice(0, MATCH_CONFIG.maxMatches)
      .map(toMatch);
    const best = matches[0]!;
    return withTruncation({
      ...base,
      verdict,
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
