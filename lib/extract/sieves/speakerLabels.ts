import { labelText } from '../findSpeakerLabels.ts';
import type { Subject } from '../findSubject.ts';
import { givenName } from '../givenNames.ts';
import { parseNameRun } from '../parseNameRun.ts';
import { ROLE_NOUNS, TITLES } from '../patterns.ts';
import { tokenize } from '../tokenize.ts';
import type { Person } from '../types.ts';
import { open } from './attributionsOf.ts';
import type { Para, Sieve } from './types.ts';

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
      const printed = para.label.label;
      // A label the prose never names that only asks ("Harbour Weekly: What drew you …?"):
      // the outlet or an unnamed interviewer asking, never a person.
      const named = labelMention(printed, people);
      const asker =
        named?.kind !== 'name' ||
        INITIALS.test(printed) ||
        personShaped(printed, people) ||
        namedInProse(doc.paras, printed)
          ? null
          : interviewer(doc.paras, printed);
      const mention =
        asker ?? named ?? (INITIALS.test(printed) ? interviewer(doc.paras, printed) : null);
      if (mention) c.link = { sieve: this.name, mentions: [mention] };
    }
  },
};

/**
 * The interviewer of a transcript labelled with initials no person of the article has
 * ("AP: What drew you to this job?", the agency asking), or with a name the prose never
 * gives (an outlet's, "Harbour Weekly: …?"): when every turn under the label is a
 * question and another label answers them, the label is an unnamed interviewer's (read
 * as an unnamed source), never a person's.
 */
function interviewer(paras: readonly Para[], printed: string): Subject | null {
  const turns = paras.filter((p) => p.label?.label === printed && !p.label.continued);
  const asks = turns.every((p) => /\?[”"’']?\s*$/.test(p.text.slice(p.label!.at)));
  const answered = paras.some((p) => p.label && p.label.label !== printed);
  return turns.length > 0 && asks && answered
    ? { kind: 'role', head: printed.toLowerCase(), text: printed, label: true }
    : null;
}

/**
 * Whether the article names a label's words outside the labels ("Interview by Ada Quill"
 * above "Quill: …?"): then the label may be a person of the article.
 */
function namedInProse(paras: readonly Para[], printed: string): boolean {
  const words = labelText(printed).toLowerCase();
  return paras.some((p) =>
    p.text
      .slice(p.label?.at ?? 0)
      .toLowerCase()
      .includes(words),
  );
}

/**
 * A label shaped as a person's name: a known given name or a title before a surname ("Ben
 * Holt:", "Dr Quill:"), or the surname of someone named in full ("Holt:" after "Ben Holt").
 */
function personShaped(printed: string, people: readonly Person[]): boolean {
  const words = labelText(printed).split(/\s+/);
  if (words.length >= 2 && (givenName(words[0]!) !== undefined || TITLES.has(words[0]!)))
    return true;
  return people.some((p) => p.surname === words.at(-1) && p.name.includes(' '));
}

/** A transcription's label for a voice it could not name ("Speaker 2", "Unidentified Male"). */
const UNNAMED_VOICE =
  /^(?:(?:speaker|participant|voice|person|caller)\s*\d+|(?:unidentified|unknown)\b.*)$/i;

export function labelMention(printed: string, people: readonly Person[]): Subject | null {
  const label = labelText(printed);
  if (UNNAMED_VOICE.test(label)) return null;
  // "AMIN:" in a transcript in capitals is the surname of a person of the article, not initials.
  const surname = label.charAt(0) + label.slice(1).toLowerCase();
  if (INITIALS.test(label) && people.some((p) => p.surname === surname))
    return labelMention(surname, people);
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
  // "Cabinet Secretary for Public Relations", "Council on Foreign Relations": the words
  // after "for", "of" or "on" say of what; the name or role is before them.
  const head = label.split(/\s+(?:for|of|on)\s+/)[0]!;
  const run = parseNameRun(tokenize(head));
  if (!run) {
    // A title without a name ("REPORTER:", "CABINET PUBLIC RELATIONS SECRETARY:"): whoever
    // holds it in the article, else an unnamed source.
    const words = head.toLowerCase().split(/\s+/);
    const role = words.findLast((w) => ROLE_NOUNS.has(w)) ?? words.at(-1)!;
    return { kind: 'role', head: role, text: label, label: true };
  }
  return { kind: 'name', run, text: label, role: null };
}
