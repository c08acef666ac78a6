import type { Reported } from '../findReported.ts';
import { findReported } from '../findReported.ts';
import { REPORTING_PARTICIPLES } from '../patterns.ts';
import type { Token } from '../tokenize.ts';
import { isCapitalized } from '../tokenize.ts';

/**
 * A reported clause that opens with a name, whose own clause goes on after a comma with a
 * participle of speech ("Holt reported that Vell apologised to the crew, saying it may be
 * his last voyage"): the participle is that name's, whose words the outer speaker relays.
 * Returns where the outer clause now ends (the comma) and the inner report, the name its
 * subject; null when the clause opens otherwise, its name is the outer speaker's own, or no
 * such participle follows.
 */
export function relayedParticiple(
  text: string,
  tokens: readonly Token[],
  found: Reported,
): { end: number; inner: Reported } | null {
  if (found.subject.kind !== 'name' || found.before) return null;
  const inside = tokens.filter((t) => t.start >= found.start && t.start < found.end);
  if (!isCapitalized(inside[0])) return null;
  const inner = findReported(inside, text, { start: found.start, end: found.end }, false);
  if (inner?.subject.kind !== 'name' || inner.subject.text === found.subject.text) return null;
  // The name opens the clause ("Vell even apologised"), not one met later in it.
  if (!text.startsWith(inner.subject.text, inside[0]!.start)) return null;
  const comma = inside.findIndex(
    (t, i) =>
      t.text === ',' &&
      REPORTING_PARTICIPLES.has(inside[i + 1]?.word ?? '') &&
      inside[i + 1]!.end <= inner.start,
  );
  if (comma < 1) return null;
  // Only the participle's clause: no speech verb of the inner name's own before it.
  const verbAt = findReported(
    inside.slice(0, comma),
    text,
    { start: found.start, end: inside[comma]!.start },
    false,
  );
  if (verbAt) return null;
  return { end: inside[comma]!.start, inner };
}
