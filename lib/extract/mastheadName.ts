/** Most words of a site's name printed with its initials ("Harbour Town Evening Post (HTEP)"). */
const MAX_INITIALLED_WORDS = 6;

/** A name and its initials in brackets, on a line of its own: "Off the Pier (OTP)". */
const INITIALLED = /^(\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+)*)\s+\((\p{Lu}{2,8})\)$/u;

/** A site's logo copied by its alternative text: "Site icon Harbour Times", "Site logo Tarrow Today". */
const LOGO = /^site (?:icon|logo)\s+(\p{Lu}.{1,40})$/iu;

/**
 * The site's name a line of the page's head prints as its masthead: a logo's alternative
 * text ("Site icon Harbour Times" → "Harbour Times"), or a name followed by its own initials
 * in brackets ("Off the Pier (OTP)" → "Off the Pier": each word's first letter, in order).
 * Null for any other line.
 */
export function mastheadName(text: string): string | null {
  const line = text.trim();
  const logo = LOGO.exec(line);
  if (logo) return logo[1]!.trim();
  const m = INITIALLED.exec(line);
  if (!m) return null;
  const ws = m[1]!.split(/\s+/);
  if (ws.length < 2 || ws.length > MAX_INITIALLED_WORDS) return null;
  const initials = ws.map((w) => w.charAt(0).toUpperCase()).join('');
  return initials === m[2] ? m[1]! : null;
}
