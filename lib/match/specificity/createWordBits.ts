/**
 * A word's information in general English, in bits, from the derived table
 * (`deriveWordTable`): the table's value for a listed word; for a number written in
 * figures, `numberBits`; for a word with an inner apostrophe ("don't", "Korea's"), the
 * value of its part before the apostrophe (the frequency list splits contractions that
 * way); for anything else, the table's `maxBits` (a name, a rare word, another script).
 */
import type { WordTable } from './deriveWordTable';

export type WordBits = (word: string) => number;

export function createWordBits(table: WordTable, numberBits: number): WordBits {
  const bits = new Map<string, number>();
  table.bands.forEach((band, i) => {
    if (band === '') return;
    const value = table.minBits + i * table.stepBits;
    for (const word of band.split(' ')) bits.set(word, value);
  });
  return (word: string) => {
    const key = word.toLowerCase();
    const listed = bits.get(key);
    if (listed !== undefined) return listed;
    if (/^\p{N}/u.test(key)) return numberBits;
    const apostrophe = key.indexOf("'");
    if (apostrophe > 0) {
      const stem = bits.get(key.slice(0, apostrophe));
      if (stem !== undefined) return stem;
    }
    return table.maxBits;
  };
}
