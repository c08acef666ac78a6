/**
 * The verdict's reason as one line the UI can say in the reader's language: the message
 * of its code with the words it rests on (`‘plans to’ → ‘would’`), and, when the page's
 * framing was set aside, a second sentence that says which words.
 */
import type { ReasonCode, VerdictReason } from '../match/types';
import { clipChangeText } from './describeChange';
import type { MessageKey } from './translate';

export interface ReasonDescription {
  key: MessageKey;
  substitutions: string[];
  /** The framing sentence's substitutions, when there is one (`reasonFraming`). */
  framing: string[] | null;
}

/** The message of every reason code (a `Record`, so a code without one does not compile). */
export const REASON_MESSAGE_KEYS: Readonly<Record<ReasonCode, MessageKey>> = {
  'same-words': 'reasonSameWords',
  'name-part': 'reasonNamePart',
  title: 'reasonTitle',
  editorial: 'reasonEditorial',
  'same-meaning': 'reasonSameMeaning',
  misprint: 'reasonMisprint',
  spelling: 'reasonSpelling',
  'marked-omission': 'reasonMarkedOmission',
  'trimmed-word': 'reasonTrimmedWord',
  'function-words': 'reasonFunctionWords',
  punctuation: 'reasonPunctuation',
  negation: 'reasonNegation',
  number: 'reasonNumber',
  antonym: 'reasonAntonym',
  'changed-words': 'reasonChangedWords',
  'dropped-words': 'reasonDroppedWords',
  'added-words': 'reasonAddedWords',
  'same-intention': 'reasonSameIntention',
  reworded: 'reasonReworded',
  narration: 'reasonNarration',
  'no-match': 'reasonNoMatch',
  'too-few-words': 'reasonTooFewWords',
  'common-phrase': 'reasonCommonPhrase',
};

/** Codes whose one word is a count, not words of the text. */
const COUNTS: ReadonlySet<ReasonCode> = new Set(['reworded', 'too-few-words']);

/** `‘from’ → ‘to’`, or `‘word’` when the reason rests on one. */
const quoted = (words: readonly string[]) => words.map((w) => `‘${clipChangeText(w)}’`).join(' → ');

export function describeReason(reason: VerdictReason): ReasonDescription {
  const substitutions = COUNTS.has(reason.code)
    ? [reason.words[0] ?? '0']
    : [quoted(reason.words.slice(0, 2))];
  return {
    key: REASON_MESSAGE_KEYS[reason.code],
    substitutions,
    framing: reason.framing ? [quoted([reason.framing])] : null,
  };
}
