import { nameAloneHeading } from './nameAloneHeading.ts';

/** Most words of the tag after the name ("1st", "14th", "Harbour United"): more is a sentence. */
const MAX_TAG_WORDS = 3;

/**
 * The person a heading line names by a full name alone ("Ada Quill", `nameAloneHeading`) or
 * with a short tag after a comma ("Ada Quill, 1st", "Ben Holt, Harbour United"), as a results
 * page prints each speaker's heading over their quoted words; or null: the name must be one
 * `nameAloneHeading` reads, and the tag a few words with no sentence's stop, colon or
 * quotation mark.
 */
export function nameTagHeading(line: string): string | null {
  const alone = nameAloneHeading(line);
  if (alone) return alone;
  const m = /^([^,]+),\s*([^,.:;!?“”"]+)$/u.exec(line.trim());
  if (!m || m[2]!.trim().split(/\s+/).length > MAX_TAG_WORDS) return null;
  return nameAloneHeading(m[1]!);
}
