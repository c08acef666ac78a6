import { nameRuns } from './nameRuns.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import { parseNameRun } from './parseNameRun.ts';
import type { Token } from './tokenize.ts';

/** Moves every person a sentence names (outside quotations) to the front of attention. */
export function touchMentions(people: PeopleIndex, tokens: readonly Token[]): void {
  for (const { run } of nameRuns(tokens)) {
    const parsed = parseNameRun(run);
    if (!parsed) continue;
    const person = people.resolveName(parsed);
    if ('reason' in person) continue;
    if (parsed.name.length === 1 && parsed.title === null && !people.isStrong(person)) continue;
    people.touch(person);
  }
}
