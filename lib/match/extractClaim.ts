/**
 * Finds who a text says is speaking: in a selection (`Moon Jae-in: "…"`,
 * `"…," Lee said`, `Lee said, "…"`), and the attribution is cut off so that only the
 * quoted words are matched; or in the context around a selection (its paragraph).
 */

/** Titles that may precede a name; kept in the claim (they help resolve it). */
const TITLE =
  '(?:(?:Former|former|Then|then|Gyeonggi|South Korean|North Korean|US|U\\.S\\.)\\s+)?(?:President|Gov\\.|Governor|Ambassador|Minister|Foreign Minister|Prime Minister|Premier|Chairman|Chairwoman|Secretary|Senator|Sen\\.|Rep\\.|Representative|Mayor|Leader|Chancellor|General|Gen\\.|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Prof\\.)';
/** A capitalised name of one to four words (hyphenated given names included). */
const NAME = `(?:${TITLE}\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3}`;
const PRONOUN = '(?:he|she|they|He|She|They)';
const VERB =
  '(?:said|says|added|adds|stated|states|told|tells|noted|notes|remarked|emphasized|emphasised|explained|declared|wrote|writes|argued|insisted|highlighted|stressed|mentioned|announced|responded|replied|asked|continued|claimed)';
const OPEN = '["“‘«„\'‹「『]';
const CLOSE = '["”’»\'›」』]';

const PREFIX_COLON = new RegExp(`^\\s*(${NAME})\\s*:\\s*(?=${OPEN})([\\s\\S]+)$`, 'u');
const PREFIX_SAID = new RegExp(
  `^\\s*(${NAME}|${PRONOUN})\\s+${VERB}(?:\\s+[\\p{Ll}]+){0,3}?\\s*[,:]?\\s*(?=${OPEN})([\\s\\S]+)$`,
  'u',
);
const SUFFIX_SAID = new RegExp(
  `^([\\s\\S]+?[,.!?…]?\\s*${CLOSE}?)\\s*,?\\s*(?:(${NAME}|${PRONOUN})\\s+${VERB}|${VERB}\\s+(${NAME}))\\b[^"“”]{0,80}$`,
  'u',
);
const IN_CONTEXT = new RegExp(
  `(?:(${NAME})\\s+(?:also\\s+|later\\s+|then\\s+)?${VERB}\\b|${VERB}\\s+(${NAME})|[Aa]ccording to\\s+(${NAME})|(${NAME})\\s*:\\s*${OPEN})`,
  'gu',
);

const isPronoun = (s: string) => /^(?:he|she|they)$/i.test(s);

/**
 * The selection's first characters looked for in its context to place it there: a few
 * words, enough to find it in one paragraph, few enough that a difference further on
 * (a cut word, a changed quote) does not lose it.
 */
const PLACE_BY_CHARS = 40;

export interface ClaimInSelection {
  /** The selection with any attribution removed (the words to match). */
  text: string;
  /** The name the selection gives, or `null` (none, or only a pronoun). */
  claim: string | null;
}

export function extractClaimFromSelection(selection: string): ClaimInSelection {
  for (const re of [PREFIX_COLON, PREFIX_SAID]) {
    const m = re.exec(selection);
    if (m?.[1] && m[2]) return { text: m[2], claim: isPronoun(m[1]) ? null : m[1].trim() };
  }
  const m = SUFFIX_SAID.exec(selection);
  if (m?.[1] && /\p{L}/u.test(m[1])) {
    const who = (m[2] ?? m[3] ?? '').trim();
    // Only cut when the quoted part is itself closed by a quote mark or a comma: "…," Lee said.
    if (/[,"”’»']\s*$/u.test(m[1])) return { text: m[1], claim: isPronoun(who) ? null : who };
  }
  return { text: selection, claim: null };
}

/**
 * The name the context gives for the selection: the attribution nearest to where the
 * selection sits in it (or to its start when the selection is not found in it).
 */
export function extractClaimFromContext(context: string, selection: string): string | null {
  const at = Math.max(0, context.indexOf(selection.slice(0, PLACE_BY_CHARS)));
  const end = at + selection.length;
  let best: { name: string; distance: number } | null = null;
  for (const m of context.matchAll(IN_CONTEXT)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (name === '' || isPronoun(name)) continue;
    const i = m.index;
    const distance = i >= end ? i - end : i + m[0].length <= at ? at - (i + m[0].length) : 0;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name ?? null;
}

const QUOTE_OR_PUNCT = `[\\s,.;:!?…"“”‘’«»'—–-]`;
const LEADING_ATTRIBUTION = new RegExp(
  `^${QUOTE_OR_PUNCT}*(?:(${NAME}|${PRONOUN})\\s+${VERB}|${VERB}\\s+(${NAME}|${PRONOUN}))\\b${QUOTE_OR_PUNCT}*`,
  'u',
);
const TRAILING_ATTRIBUTION = new RegExp(
  `${QUOTE_OR_PUNCT}*(?:(${NAME}|${PRONOUN})\\s+${VERB}|${VERB}\\s+(${NAME}|${PRONOUN}))${QUOTE_OR_PUNCT}*$`,
  'u',
);

/**
 * The attribution that stands between two quotations of one selection
 * (`…,” she said. “…`): cut from the start of the later part or the end of the
 * earlier part, so that each part is only the quoted words.
 */
export function trimAttribution(
  text: string,
  at: 'start' | 'end',
): { text: string; claim: string | null } {
  const m = (at === 'start' ? LEADING_ATTRIBUTION : TRAILING_ATTRIBUTION).exec(text);
  if (!m) return { text, claim: null };
  const who = (m[1] ?? m[2] ?? '').trim();
  const rest = at === 'start' ? text.slice(m[0].length) : text.slice(0, m.index);
  return { text: rest, claim: who === '' || isPronoun(who) ? null : who };
}
