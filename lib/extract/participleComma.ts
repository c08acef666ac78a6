import type { Token } from './tokenize.ts';

/**
 * Index of the first comma after `from` that opens a participle's clause ("…, calling the
 * delays a scandal", "…, saying the fund is empty"), or the tokens' length when none does:
 * a promise or a call runs to there, and the participle's clause is the speaker's next
 * act, not part of what was promised or called for.
 */
export function participleComma(tokens: readonly Token[], from: number): number {
  const at = tokens.findIndex(
    (t, i) => i > from && t.text === ',' && /^\p{Ll}{2,}ing$/u.test(tokens[i + 1]?.text ?? ''),
  );
  return at < 0 ? tokens.length : at;
}
