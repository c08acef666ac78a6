import type { NameRun } from './parseNameRun.ts';
import { isKoreanStyle, surnameOf } from './parseNameRun.ts';
import { HONORIFICS, ORGANIZATION_WORDS, ROLE_SYNONYMS, ROLE_VERBS } from './patterns.ts';
import type { Person } from './types.ts';

/** Why a reference could not be tied to a person. */
export type Unresolved = { reason: string };

const lastWord = (s: string) => (s.split(' ').pop() ?? '').replace(/\.$/, '').toLowerCase();
/** "European Commission", "Democratic Alliance": names of organisations, never speakers. */
const isOrganization = (run: NameRun) =>
  run.name.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()));
/** "Gov." and "Governor" are one title. */
const TITLE_EQUIVALENTS: Record<string, string> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  prof: 'professor',
  capt: 'captain',
};
const titleKey = (title: string) => {
  const w = lastWord(title);
  return TITLE_EQUIVALENTS[w] ?? w;
};

/**
 * The people of one article and how recently each was mentioned: full names, titles,
 * role phrases. Resolves "Lee", "President Lee", "the ambassador" and "he" to a person.
 * Two people who share a surname stay two people; a bare surname picks the one
 * mentioned most recently, a title picks the one who holds it.
 */
export class PeopleIndex {
  private readonly people = new Map<string, Person>();
  /** Full names, most recently mentioned last. */
  private recent: string[] = [];
  /** Full names named anywhere so far, most recent last. */
  private mentioned: string[] = [];
  /** Names known from titles or Korean-style full names, as opposed to any two capitalised words. */
  private readonly strong = new Set<string>();

  list(): Person[] {
    return [...this.people.values()];
  }

  /**
   * Records a full-name mention ("Gyeonggi Gov. Lee Jae-myung"), strong when it is clearly
   * a person (titled, or a Korean-style full name).
   */
  register(run: NameRun, appositive: string | null): Person | null {
    if (run.name.length < 2 || isOrganization(run)) return null;
    const name = run.name.join(' ');
    let person = this.people.get(name);
    if (!person) {
      person = {
        name,
        surname: surnameOf(run.name),
        titles: [],
        roles: [],
        aliases: [],
        gender: null,
      };
      this.people.set(name, person);
    }
    if (run.title !== null || isKoreanStyle(run.name)) this.strong.add(name);
    this.learn(person, run, appositive);
    return person;
  }

  /** Adds what a mention says about a person: title, role phrase, alias, gender. */
  learn(person: Person, run: NameRun | null, role: string | null): void {
    if (run?.title) {
      const honorific = HONORIFICS[run.title.split(' ').pop() ?? ''];
      if (honorific) person.gender = honorific;
      if (!person.titles.includes(run.title)) person.titles.push(run.title);
      const alias = `${run.title} ${run.name.join(' ')}`;
      if (!person.aliases.includes(alias)) person.aliases.push(alias);
    }
    // A relative clause is a role only when it says what the person does ("who chairs …").
    const relative = role ? /^(?:who|which)\s+(\S+)/i.exec(role) : null;
    if (relative && !ROLE_VERBS.has(relative[1]!.toLowerCase())) return;
    const cleaned = role
      ?.replace(/^(?:the|a|an|who|which)\s+/i, '')
      .replace(/[\s.,;:]+$/, '')
      .trim();
    // "Mercer, 52, said": an age is not a role.
    if (cleaned && /\p{L}/u.test(cleaned) && !person.roles.includes(cleaned))
      person.roles.push(cleaned);
  }

  /** True when the person is surely a person (titled, or a Korean-style full name). */
  isStrong(person: Person): boolean {
    return this.strong.has(person.name);
  }

  /** Marks a person who has just spoken: surely a person, and the latest one talked about. */
  markSpeaker(person: Person): void {
    this.strong.add(person.name);
    this.touch(person);
  }

  /** Marks a person as the latest one the article talks about (a subject or a speaker). */
  touch(person: Person): void {
    this.recent = this.recent.filter((n) => n !== person.name);
    this.recent.push(person.name);
    this.mention(person);
  }

  /** Notes a person named in passing ("met Mr. Ben Holt"): a pronoun's last resort. */
  mention(person: Person): void {
    this.mentioned = this.mentioned.filter((n) => n !== person.name);
    this.mentioned.push(person.name);
  }

  /** A named reference: full name, title plus surname, or surname alone. */
  resolveName(run: NameRun): Person | Unresolved {
    if (isOrganization(run))
      return { reason: `"${run.name.join(' ')}" is an organisation, not a person` };
    if (run.name.length >= 2) {
      const known = this.people.get(run.name.join(' '));
      if (known) {
        this.learn(known, run, null);
        return known;
      }
      return { reason: `"${run.name.join(' ')}" is not a person this article names` };
    }
    const surname = run.name[0]!;
    const all = [...this.people.values()].filter(
      (p) => p.surname === surname || p.name.split(' ').includes(surname),
    );
    const strongOnes = all.filter((p) => this.strong.has(p.name));
    const candidates = strongOnes.length > 0 ? strongOnes : all;
    if (candidates.length === 0) {
      return { reason: `no person with the name "${surname}" is named in full in this article` };
    }
    let pool = candidates;
    if (run.title) {
      const key = titleKey(run.title);
      const titled = candidates.filter((p) => p.titles.some((t) => titleKey(t) === key));
      if (titled.length > 0) pool = titled;
      else if (candidates.length > 1) {
        return {
          reason: `"${run.title} ${surname}" could be ${candidates.map((p) => p.name).join(' or ')}`,
        };
      }
    }
    const person = this.mostRecent(pool);
    if (run.title) {
      const alias = `${run.title} ${surname}`;
      if (!person.aliases.includes(alias)) person.aliases.push(alias);
      const honorific = HONORIFICS[run.title];
      if (honorific) person.gender = honorific;
    }
    return person;
  }

  /** A role phrase ("the ambassador", "South Korea's top diplomat in the United States"). */
  resolveRole(head: string): Person | Unresolved {
    const heads = [head, ...(ROLE_SYNONYMS[head] ?? [])];
    const holds = (p: Person) =>
      [...p.titles.map(titleKey), ...p.roles.flatMap((r) => r.toLowerCase().split(/\s+/))].some(
        (w) => heads.includes(w),
      );
    const pool = [...this.people.values()].filter(holds);
    if (pool.length > 0) return this.mostRecent(pool);
    // "said the North Korean senior official" when nobody is called an official: the
    // person the article is talking about, as for a pronoun.
    const focus = this.resolvePronoun(null);
    return 'reason' in focus ? { reason: `nobody in this article is called "${head}"` } : focus;
  }

  /**
   * "he" or "she": the person the article is talking about — the latest subject or
   * speaker of a fitting gender, else the latest person named at all.
   */
  resolvePronoun(gender: 'm' | 'f' | null): Person | Unresolved {
    for (const list of [this.recent, this.mentioned]) {
      for (let i = list.length - 1; i >= 0; i--) {
        const p = this.people.get(list[i]!)!;
        if (!this.strong.has(p.name)) continue;
        if (gender === null || p.gender === null || p.gender === gender) {
          if (gender !== null && p.gender === null) p.gender = gender;
          return p;
        }
      }
    }
    return { reason: 'no person has been mentioned before this pronoun' };
  }

  private mostRecent(pool: Person[]): Person {
    let best = pool[0]!;
    let bestAt = -1;
    for (const p of pool) {
      const at = this.recent.indexOf(p.name);
      if (at > bestAt) {
        best = p;
        bestAt = at;
      }
    }
    return best;
  }
}
