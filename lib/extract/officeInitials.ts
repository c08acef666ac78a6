/** Words an office's abbreviation leaves out ("Deputy Commissioner of Police" is "DCP"). */
const LINKING_WORDS = new Set(['of', 'for', 'the', 'and', '&', 'in', 'at']);

/**
 * The abbreviations an office phrase may be printed as, upper case: its words' initials
 * ("Deputy Commissioner of Police", "deputy commissioner of police" give "DCP"), and those
 * of the office before any linking word that opens a further qualifier ("deputy
 * commissioner of police for the harbour district" gives "DCPHD", "DCP" and "DC"). Linking
 * words ("of", "for", "the") have no letter, a possessive before the office ("Harbour's")
 * says whose office it is and is left out, and anything from a bracket or a comma on is
 * another phrase. "The DCP said" then means the holder of that office, which news writing
 * names in full once and abbreviates after. Spellings of fewer than two letters are left out.
 */
export function officeInitials(office: string): string[] {
  const words = office
    .split(/[(,;]/)[0]!
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const from = words.findLastIndex((w) => /[’']s$/.test(w)) + 1;
  const out: string[] = [];
  let initials = '';
  for (const w of words.slice(from)) {
    if (LINKING_WORDS.has(w.toLowerCase())) {
      if (initials.length >= 2 && !out.includes(initials)) out.push(initials);
      continue;
    }
    initials += w.match(/\p{L}/u)![0]!.toUpperCase();
  }
  if (initials.length >= 2 && !out.includes(initials)) out.push(initials);
  return out;
}
