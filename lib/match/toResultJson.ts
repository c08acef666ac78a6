/**
 * The CLI's JSON answer (`npm run verify -- --json`): the verify result with each
 * match cut to the fields a script needs (`segments` and the speaker's description
 * are for display and left out).
 */
import type { ArticleRef, Change, Match, VerifyResult } from './types';

export interface MatchJson {
  quoteId: string;
  quote: string;
  speaker: string | null;
  speakerId: string | null;
  /** An unnamed source's phrase, when `speakerId` is null. */
  source: string | null;
  kind: Match['kind'];
  score: number;
  changes: Change[];
  article: ArticleRef;
  origin: Match['origin'];
}

export interface ResultJson {
  verdict: VerifyResult['verdict'];
  attribution: VerifyResult['attribution'];
  claimedSpeaker: string | null;
  best: MatchJson | null;
  matches: MatchJson[];
  narration?: VerifyResult['narration'];
  span?: VerifyResult['span'];
  truncated?: VerifyResult['truncated'];
  reason?: VerifyResult['reason'];
  specificityBits?: VerifyResult['specificityBits'];
}

const matchJson = (m: Match): MatchJson => ({
  quoteId: m.quoteId,
  quote: m.quote,
  speaker: m.speaker,
  speakerId: m.speakerId,
  source: m.source,
  kind: m.kind,
  score: m.score,
  changes: m.changes,
  article: m.article,
  origin: m.origin,
});

export function toResultJson(r: VerifyResult): ResultJson {
  const out: ResultJson = {
    verdict: r.verdict,
    attribution: r.attribution,
    claimedSpeaker: r.claimedSpeaker,
    best: r.best ? matchJson(r.best) : null,
    matches: r.matches.map(matchJson),
  };
  if (r.narration) out.narration = r.narration;
  if (r.span) out.span = r.span;
  if (r.truncated) out.truncated = r.truncated;
  if (r.reason) out.reason = r.reason;
  if (r.specificityBits !== undefined) out.specificityBits = r.specificityBits;
  return out;
}
