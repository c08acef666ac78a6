/**
 * The word and the one-line explanation each verdict shows. The word is the answer; the
 * explanation says what it means, so no reader has to know the jargon.
 */
import type { MessageKey } from './translate';
import type { CardVerdict } from './verdictStyle';

export interface VerdictMessages {
  word: MessageKey;
  /** `null` for `error`, whose explanation is the error's own message. */
  detail: MessageKey | null;
}

export const VERDICT_MESSAGES: Readonly<Record<CardVerdict, VerdictMessages>> = {
  verbatim: { word: 'verdictVerbatim', detail: 'verdictVerbatimDetail' },
  close: { word: 'verdictClose', detail: 'verdictCloseDetail' },
  altered: { word: 'verdictAltered', detail: 'verdictAlteredDetail' },
  paraphrase: { word: 'verdictParaphrase', detail: 'verdictParaphraseDetail' },
  'source-text': { word: 'verdictSourceText', detail: 'verdictSourceTextDetail' },
  'no-match': { word: 'verdictNoMatch', detail: 'verdictNoMatchDetail' },
  'too-short': { word: 'verdictTooShort', detail: 'verdictTooShortDetail' },
  error: { word: 'verdictError', detail: null },
};
