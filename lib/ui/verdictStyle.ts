/**
 * How each verdict looks: the badge's short text and the colour both the toolbar badge
 * and the card use. The word itself always appears on the card, so colour is never the
 * only signal. Every colour carries white text at a contrast of at least 4.5:1 (WCAG AA).
 */
import type { Verdict } from '../match/types';

/**
 * The verdicts, plus the card's own states: `misattributed` (the words are the source's,
 * but the page names someone else: said first, in the warning colour) and `error` (a
 * check that failed).
 */
export type CardVerdict = Verdict | 'misattributed' | 'error';

export interface VerdictStyle {
  /** At most 4 characters: Chrome cuts longer badge text. */
  badge: string;
  /** Background for white text, contrast ≥ 4.5:1. */
  color: string;
}

export const VERDICT_STYLES: Readonly<Record<CardVerdict, VerdictStyle>> = {
  verbatim: { badge: '✓', color: '#116329' },
  close: { badge: '≈', color: '#0b6e69' },
  altered: { badge: '!', color: '#b3261e' },
  paraphrase: { badge: '~', color: '#8a4b00' },
  'source-text': { badge: '¶', color: '#6639ba' },
  'no-match': { badge: '?', color: '#57606a' },
  'too-short': { badge: '…', color: '#57606a' },
  common: { badge: '—', color: '#57606a' },
  // Amber, the warning colour: "said by someone else" is not "words changed" (red).
  misattributed: { badge: '≠', color: '#b45309' },
  error: { badge: '×', color: '#6e2b2b' },
};

export function verdictStyle(verdict: CardVerdict): VerdictStyle {
  return VERDICT_STYLES[verdict];
}
