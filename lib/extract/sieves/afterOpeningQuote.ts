import type { Sentence } from '../readParagraph.ts';
import type { Para } from './types.ts';

/**
 * What the sentence a paragraph's opening quotation stands in says after it (its tokens
 * from the quotation's close on): where the quotation's own attribution stands ("“…,” a
 * baker at the shop said.", "“…,” Rep. Ada Quill (D-AZ) assessed:"), even one no sieve
 * could read. None for a paragraph without a quotation.
 */
export function afterOpeningQuote(para: Para): Sentence | undefined {
  const span = para.spans[0];
  if (!span) return undefined;
  const sentence = para.sentences.find((s) => s.end > span.open);
  return sentence && { ...sentence, tokens: sentence.tokens.filter((t) => t.start >= span.close) };
}
