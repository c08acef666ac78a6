/**
 * Speakers of several segments as one list (INTERFACES.md §2): two speakers are one
 * person when their names agree after `nameKey` or they share a Wikidata id; otherwise
 * two people, even with the same id (an id is unique within its segment only, so the
 * later of two people with one id is renamed `<id>~2`, `~3`, …). A person's record takes
 * the first name and description met, the other names as aliases, and every qid.
 */

import type { Speaker } from '../corpus/schema';
import { nameKey } from './nameKey';

export interface UnifiedSpeakers {
  speakers: Speaker[];
  /** For each input list, each speaker's index in `speakers`. */
  indexOf: Int32Array[];
}

export function unifySpeakers(lists: readonly (readonly (Speaker | null)[])[]): UnifiedSpeakers {
  // Union-find over every (list, speaker) pair, joined by name key and by qid.
  const flat: Speaker[] = [];
  const at: Int32Array[] = lists.map((list) => new Int32Array(list.length).fill(-1));
  lists.forEach((list, l) => {
    list.forEach((s, i) => {
      if (!s) return;
      at[l]![i] = flat.length;
      flat.push(s);
    });
  });
  const parent = flat.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = new Map<string, number>();
  flat.forEach((s, i) => {
    for (const key of [`n:${nameKey(s.name)}`, ...(s.qids ?? []).map((q) => `q:${q}`)]) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, i);
      else join(other, i);
    }
  });
  const people = new Map<number, Speaker>();
  const order: number[] = [];
  flat.forEach((s, i) => {
    const root = find(i);
    const person = people.get(root);
    if (!person) {
      people.set(root, { ...s, aliases: [...s.aliases], ...(s.qids ? { qids: [...s.qids] } : {}) });
      order.push(root);
      return;
    }
    for (const name of [s.name, ...s.aliases])
      if (name !== person.name && !person.aliases.includes(name)) person.aliases.push(name);
    if (!person.description && s.description) person.description = s.description;
    for (const q of s.qids ?? []) {
      person.qids ??= [];
      if (!person.qids.includes(q)) person.qids.push(q);
    }
  });
  const taken = new Set<string>();
  const index = new Map<number, number>();
  const speakers = order.map((root, i) => {
    const person = people.get(root)!;
    let id = person.id;
    for (let n = 2; taken.has(id); n++) id = `${person.id}~${n}`;
    taken.add(id);
    index.set(root, i);
    return id === person.id ? person : { ...person, id };
  });
  const indexOf = at.map((list) => list.map((i) => (i < 0 ? -1 : index.get(find(i))!)));
  return { speakers, indexOf };
}
