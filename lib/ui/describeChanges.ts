/**
 * The lines for every meaning-bearing change of a match, in order, each said once
 * (a matcher may report the same edit twice, e.g. as a number and a substitution).
 */
import type { Change } from '../match/types';
import { type ChangeDescription, describeChange } from './describeChange';

export function describeChanges(changes: readonly Change[]): ChangeDescription[] {
  const seen = new Set<string>();
  const out: ChangeDescription[] = [];
  for (const change of changes) {
    const description = describeChange(change);
    if (!description) continue;
    const id = `${description.key}\u0000${description.substitutions.join('\u0000')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(description);
  }
  return out;
}
