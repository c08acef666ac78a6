/**
 * One short line per meaning-bearing change ("adds ‘not’", "four → eight"), as a message
 * key and its substitutions, so the UI can say it in the reader's language.
 * Spelling, punctuation, editorial marks and a person's name put otherwise (a given name
 * or a title added or dropped) do not change what was said: they stay visible in the
 * marked-up quote but get no line of their own (`null`); the reason line names them.
 */
import type { Change } from '../match/types';

export type ChangeMessageKey = 'changeAdds' | 'changeDrops' | 'changeReplaces' | 'changeOpposite';

export interface ChangeDescription {
  key: ChangeMessageKey;
  substitutions: string[];
}

/** Longer spans are cut so one change stays one line in a 360 px popup. */
export const MAX_CHANGE_CHARS = 48;

/** One line's worth of a change's text: spaces folded, cut with "…" past `MAX_CHANGE_CHARS`. */
export function clipChangeText(text: string): string {
  const trimmed = text.trim().replace(/\s+/gu, ' ');
  if (trimmed.length <= MAX_CHANGE_CHARS) return trimmed;
  return `${trimmed.slice(0, MAX_CHANGE_CHARS - 1).trimEnd()}…`;
}

export function describeChange(change: Change): ChangeDescription | null {
  const from = clipChangeText(change.from);
  const to = clipChangeText(change.to);
  switch (change.type) {
    case 'spelling':
    case 'punctuation':
    case 'editorial':
    case 'name':
    case 'title':
      return null;
    case 'antonym':
      return { key: 'changeOpposite', substitutions: [from, to] };
    default:
      if (from === '' && to === '') return null;
      if (from === '') return { key: 'changeAdds', substitutions: [to] };
      if (to === '') return { key: 'changeDrops', substitutions: [from] };
      return { key: 'changeReplaces', substitutions: [from, to] };
  }
}
