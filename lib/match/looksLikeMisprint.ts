/**
 * Whether the source word at `j` looks like a misprint that repeats a neighbouring
 * word (dittography), as in seed 000's "the restores would be immediately restored":
 * it shares its first `STEM` letters with another word at most `REACH` words away.
 * A reader who quotes the intended word there has not changed the quotation.
 */
const STEM = 5;
const REACH = 4;

export function looksLikeMisprint(words: readonly string[], j: number): boolean {
  const w = words[j];
  if (w === undefined || w.length < STEM) return false;
  const stem = w.slice(0, STEM);
  for (let k = Math.max(0, j - REACH); k <= Math.min(words.length - 1, j + REACH); k++) {
    if (k !== j && words[k]!.startsWith(stem)) return true;
  }
  return false;
}
