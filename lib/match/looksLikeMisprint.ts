/**
 * Whether the source word at `j` looks like a misprint that repeats a neighbouring
 * word (dittography), as in seed 000's "the restores would be immediately restored":
 * another word at most `REACH` words away is the same word but for its last letter or
 * two ("restores"/"restored": all but the last letter shared). Sharing only a stem is
 * not enough: "the legal defense is trying to defend" prints two words, not one twice.
 * A reader who quotes the intended word there has not changed the quotation.
 */
const STEM = 5;
const REACH = 4;
/** Letters at the end of the word that the repetition may change ("restore-s"/"restore-d"). */
const ENDING = 1;

export function looksLikeMisprint(words: readonly string[], j: number): boolean {
  const w = words[j];
  if (w === undefined || w.length < STEM) return false;
  const stem = w.slice(0, Math.max(STEM, w.length - ENDING));
  for (let k = Math.max(0, j - REACH); k <= Math.min(words.length - 1, j + REACH); k++) {
    const other = words[k]!;
    if (k !== j && other.startsWith(stem) && other.length - stem.length <= ENDING + 1) return true;
  }
  return false;
}
