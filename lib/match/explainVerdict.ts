/**
 * The reason for a verdict in one line: the rule that decided it, as a code the UI words
 * in the reader's language (`lib/ui/describeReason.ts`), and the words it rests on. For a
 * verdict decided by changes, the change that weighs most for that verdict speaks for it.
 */
import type { Comparison } from './compareToSource';
import { isContentWord } from './lexicon';
import { MESSAGES } from './messages';
import type { Change, ReasonCode, Verdict, VerdictReason } from './types';

/** Changes of meaning, the gravest first: the one an `altered` verdict names. */
const ALTERED_ORDER: readonly ReasonCode[] = [
  'negation',
  'number',
  'antonym',
  'changed-words',
  'dropped-words',
  'added-words',
];

/** Changes that keep the meaning, the one a reader most needs to know first. */
const CLOSE_ORDER: readonly ReasonCode[] = [
  'name-part',
  'title',
  'editorial',
  'same-meaning',
  'misprint',
  'spelling',
  'marked-omission',
  'trimmed-word',
  'function-words',
  'punctuation',
];

const touchesContent = (c: Change) =>
  `${c.from} ${c.to}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .some((w) => w !== '' && isContentWord(w.replace(/’/gu, "'")));

/** The reason code of one change. */
function codeOf(c: Change): ReasonCode {
  switch (c.type) {
    case 'negation':
    case 'number':
    case 'antonym':
    case 'editorial':
    case 'title':
    case 'punctuation':
      return c.type;
    case 'name':
      return 'name-part';
    case 'intention':
      return 'same-intention';
    case 'spelling':
      // A spelling change carries no note, the "written otherwise" note ("4" for "four"),
      // or the misprint note (the only other one `compareToSource` gives).
      if (!c.note) return 'spelling';
      return c.note === MESSAGES.writtenOtherwise ? 'same-meaning' : 'misprint';
    case 'substitution':
      return c.note ? 'same-meaning' : 'changed-words';
    case 'omission':
      if (c.note === MESSAGES.markedOmission) return 'marked-omission';
      if (c.note === MESSAGES.trimmedWord) return 'trimmed-word';
      return touchesContent(c) ? 'dropped-words' : 'function-words';
    case 'insertion':
      return touchesContent(c) ? 'added-words' : 'function-words';
  }
}

const wordsOf = (c: Change) => [c.from, c.to].filter((w) => w !== '');

/** The first change whose code comes earliest in `order`. */
function firstBy(changes: readonly Change[], order: readonly ReasonCode[]): VerdictReason | null {
  let best: { rank: number; change: Change; code: ReasonCode } | null = null;
  for (const change of changes) {
    const code = codeOf(change);
    const rank = order.indexOf(code);
    if (rank >= 0 && (!best || rank < best.rank)) best = { rank, change, code };
  }
  return best ? { code: best.code, words: wordsOf(best.change) } : null;
}

/**
 * `c`: the comparison the verdict was decided on (none for `too-short`, `source-text` and
 * a `no-match` without a candidate); `wordsRead`: the words of the selection read.
 */
export function explainVerdict(
  verdict: Verdict,
  c: Comparison | null,
  wordsRead = 0,
): VerdictReason {
  const reason = reasonFor(verdict, c, wordsRead);
  return c?.framing && verdict !== 'no-match' && verdict !== 'too-short' && verdict !== 'common'
    ? { ...reason, framing: c.framing }
    : reason;
}

function reasonFor(verdict: Verdict, c: Comparison | null, wordsRead: number): VerdictReason {
  const changes = c?.changes ?? [];
  switch (verdict) {
    case 'too-short':
      return { code: 'too-few-words', words: [String(wordsRead)] };
    case 'common':
      return { code: 'common-phrase', words: [] };
    case 'source-text':
      return { code: 'narration', words: [] };
    case 'no-match':
      return { code: 'no-match', words: [] };
    case 'verbatim':
      return { code: 'same-words', words: [] };
    case 'close':
      return firstBy(changes, CLOSE_ORDER) ?? { code: 'same-words', words: [] };
    case 'altered':
      return firstBy(changes, ALTERED_ORDER) ?? { code: 'changed-words', words: [] };
    case 'paraphrase':
      return (
        firstBy(changes, ['same-intention']) ?? {
          code: 'reworded',
          words: [String(c?.sharedContentWords ?? 0)],
        }
      );
  }
}
