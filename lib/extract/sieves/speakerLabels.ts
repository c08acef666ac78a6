import type { Subject } from '../findSubject.ts';
import { parseNameRun } from '../parseNameRun.ts';
import { tokenize } from '../tokenize.ts';
import type { Person } from '../types.ts';
import { open } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/** Initials in capitals ("RT", "JM"): a label that stands for a full name of the article. */
const INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * Turns of an interview printed with speakers' labels ("Palsson: …", "RT: …"): each turn
 * is its speaker's words, the label read as a name of the article (initials stand for the
 * one person whose initials they are). A label that is an organisation ("Council on
 * Foreign Relations:") is an organisation's turn, never a person's.
 */
export const speakerLabels: Sieve = {
  name: 'speaker-label',
  run(doc) {
    const people = doc.people.list();
    for (const c of open(doc)) {
      const para = doc.paras[c.para]!;
      if (!para.label || c.sentence !== -1) continue;
      const mention = labelMention(para.label.label, people);
      if (mention) c.link = { sieve: this.name, mentions: [mention] };
    }
  },
};

export function labelMention(printed: string, people: readonly Person[]): Subject | null {
  // "KURTZ-PHELAN:" is the name printed in capitals.
  const label =
    printed === printed.toUpperCase() && printed.length > 4
      ? printed.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase())
      : printed;
  if (INITIALS.test(label)) {
    const owners = people.filter(
      (p) =>
        p.name
          .split(/[\s-]+/)
          .map((w) => w[0])
          .join('')
          .toUpperCase() === label,
    );
    if (owners.length !== 1) return null;
    const run = parseNameRun(tokenize(owners[0]!.name));
    return run ? { kind: 'name', run, text: owners[0]!.name, role: null } : null;
  }
  const run = parseNameRun(tokenize(label));
  if (!run) return { kind: 'role', head: label.toLowerCase(), text: label };
  return { kind: 'name', run, text: label, role: null };
}
