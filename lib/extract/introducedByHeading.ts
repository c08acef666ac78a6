import { parseNameRun } from './parseNameRun.ts';
import { SPEECH_VERBS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/** "… Ada Quill said –": a line ending in a verb of speech and a dash or a colon. Group 1: who. */
const SAID_LINE = /^(.{3,80}?)\s+(\p{L}+)\s*[:\-–—]$/u;

/** Fewest words of the name (a surname alone on such a line may be anyone's). */
const MIN_NAME_WORDS = 2;

/**
 * The person a line of its own introduces as speaking next, as a release prints its
 * speakers between quoted paragraphs ("Senate Majority Leader Ada Quill said –",
 * "Governor Ada Quill said:"): a title and a full name, then the verb and a dash or colon.
 * Null for anything else (a sentence, an organisation, a surname alone).
 */
export function introducedByHeading(line: string): string | null {
  const m = SAID_LINE.exec(line.trim());
  if (!m || !SPEECH_VERBS.has(m[2]!.toLowerCase())) return null;
  const tokens = tokenize(m[1]!);
  if (!tokens.every((t) => /^\p{Lu}/u.test(t.text) || /^[.,'’-]+$/.test(t.text))) return null;
  const run = parseNameRun(tokens);
  return run && run.name.length >= MIN_NAME_WORDS ? m[1]! : null;
}
