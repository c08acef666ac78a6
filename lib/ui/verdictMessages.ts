/**
 * The word and the one-line explanation each verdict shows. The word is the answer; the
 * explanation says what it means, so no reader has to know the jargon.
 */
import type { MessageKey } from './translate';
import type { CardVerdict } from './verdictStyle';

export interface VerdictMessages {
  word: MessageKey;
  /**
   * `null` for `error`, whose explanation is the error's own message, and for
   * `misattributed`, whose line names the two speakers.
   */
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
  common: { word: 'verdictCommon', detail: 'verdictCommonDetail' },
  // Its line names both people (`misattributedHeading`); the words' verdict follows it.
  misattributed: { word: 'verdictMisattributed', detail: null },
  error: { word: 'verdictError', detail: null },
};
