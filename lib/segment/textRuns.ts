/**
 * How the segment's text codec cuts a text: into maximal runs of word characters
 * (letters, digits, combining marks) and of everything else. A run that is exactly one
 * space between two word runs is left out: the decoder puts it back between any two word
 * runs (they can only meet there, since runs alternate). Joining the runs, with those
 * spaces restored, gives the text back exactly.
 */
const RUN = /[\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+/gu;
const WORD_START = /^[\p{L}\p{N}\p{M}]/u;

export function textRuns(text: string): string[] {
  const all = text.match(RUN) ?? [];
  const out: string[] = [];
  const last = all.length - 1;
  for (let i = 0; i <= last; i++) {
    const run = all[i]!;
    if (run === ' ' && i > 0 && i < last) continue;
    out.push(run);
  }
  return out;
}

/** Whether a run is made of word characters. */
export const isWordRun = (run: string): boolean => WORD_START.test(run);
