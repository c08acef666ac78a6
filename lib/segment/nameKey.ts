/**
 * A speaker's name as compared across segments (INTERFACES.md §2): Unicode NFKC, lower
 * case, runs of white space as one space, no space at either end. Two speakers of
 * different segments are one person when these agree or they share a Wikidata id.
 */
export const nameKey = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
