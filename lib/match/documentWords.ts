/**
 * The normalised words of a text, as the index stores and looks them up: the `norm` of
 * `tokenize`'s word tokens (a property test holds them equal), computed without the offset
 * map, since every document of a new segment goes through here.
 */
import { normalizeText } from '../text/normalize';
import { wordsOfNormalized } from '../text/tokenize';

export function documentWords(text: string): string[] {
  return wordsOfNormalized(normalizeText(text));
}
