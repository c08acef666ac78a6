import { parseQuotebankLine } from '../../lib/import/parseQuotebankLine';

/**
 * True when the import keeps this Quotebank line (parsed JSON) with its named speaker: the
 * import's own rule (parseQuotebankLine: not "None", not a speaker Quotebank gave less than
 * an even chance), so a sample picked with it is one the import attributes.
 */
export function isNamedLine(line: unknown): boolean {
  const parsed = parseQuotebankLine(line);
  return parsed.ok && parsed.value.speaker !== null;
}
