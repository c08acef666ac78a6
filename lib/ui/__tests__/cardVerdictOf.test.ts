import { describe, expect, it } from 'vitest';
import type { Match, VerifyResult } from '../../match/types';
import { err, ok } from '../../result';
import { cardVerdictOf } from '../cardVerdictOf';

const best = { speaker: 'Lee Jae-myung' } as Match;
const result = (r: Partial<VerifyResult>): VerifyResult => ({
  verdict: 'verbatim',
  attribution: 'unknown',
  claimedSpeaker: null,
  best,
  matches: [best],
  ...r,
});
const of = (r: Partial<VerifyResult>) => cardVerdictOf({ text: 'x', result: ok(result(r)) });

describe('cardVerdictOf', () => {
  it('is misattributed when the page names someone else, whatever the words’ verdict', () => {
    for (const verdict of ['verbatim', 'close', 'altered', 'paraphrase'] as const) {
      expect(of({ verdict, attribution: 'conflict' }), verdict).toBe('misattributed');
    }
  });

  it('is the words’ verdict when the page agrees, says nothing, or may mean the same person', () => {
    expect(of({ attribution: 'consistent' })).toBe('verbatim');
    expect(of({ attribution: 'ambiguous', verdict: 'altered' })).toBe('altered');
    expect(of({ attribution: 'unknown', verdict: 'close' })).toBe('close');
  });

  it('never calls a check without a source quote misattributed', () => {
    expect(of({ verdict: 'common', attribution: 'conflict', best: null })).toBe('common');
    expect(of({ verdict: 'no-match', attribution: 'conflict', best: null })).toBe('no-match');
    expect(of({ verdict: 'verbatim', attribution: 'conflict', best: null })).toBe('verbatim');
    // An unnamed source ("a senior official") is never the one who "said this".
    const unnamed = { ...best, speaker: null } as Match;
    expect(of({ attribution: 'conflict', best: unnamed, matches: [unnamed] })).toBe('verbatim');
  });

  it('is error for a failed check', () => {
    expect(cardVerdictOf({ text: '', result: err({ code: 'x', message: 'y' }) })).toBe('error');
  });
});
