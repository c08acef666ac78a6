/** The normalised words of a text, as the index stores and looks them up. */
import { tokenize } from '../text/tokenize';

export function documentWords(text: string): string[] {
  const words: string[] = [];
  for (const t of tokenize(text)) if (t.kind === 'word') words.push(t.norm);
  return words;
}
