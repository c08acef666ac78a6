/**
 * Offsets received from elsewhere (a page, a message), checked before use: whole numbers,
 * in order, inside a text of `length` characters. Anything else is `null`, never trusted.
 */
import type { TextOffsets } from './types';

export function offsetsWithin(at: unknown, length: number): TextOffsets | null {
  if (typeof at !== 'object' || at === null) return null;
  const { start, end } = at as Partial<TextOffsets>;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const s = start as number;
  const e = end as number;
  return s >= 0 && s <= e && e <= length ? { start: s, end: e } : null;
}
