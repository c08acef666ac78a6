import { nameRuns } from './nameRuns.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import { parseNameRun } from './parseNameRun.ts';
import type { Token } from './tokenize.ts';

/**
 * Moves the person a sentence is about to the front of attention: a name that opens the
 * sentence or its main clause ("Kim also issued …", "Speaking at …, Lee said"). Names
 * further in ("since Yoon’s declaration", "met with Biden") are only noted as mentioned:
 * a following "he" means them only when no subject fits.
 */
export function touchMentions(people: PeopleIndex, tokens: readonly Token[]): void {
  for (const { run } of nameRuns(tokens)) {
    const at = tokens.indexOf(run[0]!);
    const opensClause = at === 0 || tokens[at - 1]?.text === ',';
    const possessive = /[’']s$/.test(run[run.length - 1]!.text);
    const parsed = parseNameRun(run);
    if (!parsed) continue;
    const person = people.resolveName(parsed);
    if ('reason' in person) continue;
    if (parsed.name.length === 1 && parsed.title === null && !people.isStrong(person)) continue;
    if (opensClause && !possessive) people.touch(person);
    else people.mention(person);
  }
}
