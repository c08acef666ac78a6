import { escapeRegExp } from '../text/escapeRegExp.ts';
import type { Attribution } from './findAttribution.ts';
import { findAttribution, speechVerbs } from './findAttribution.ts';
import { isPersonSubject } from './findSubject.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/** Most tokens from a teller's verb to the verb of the one whose words they relay ("said the old coach had told him"). */
const MAX_RELAY_TOKENS = 12;
/** Most tokens of a teller set off by commas ("Brun, the club's former captain Ada Quill recalled, told …"). */
const MAX_TELLER_TOKENS = 8;
/** Most tokens between a teller set off by commas and the relayed verb ("…, recalled Quill, had once told …"). */
const MAX_BEFORE_RELAYED_VERB = 3;
/** What ends a teller's clause before a verb of its own: punctuation or a quotation. */
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '--', '(', ')']);

/** The attributions pointing at one quotation once the tellers of relayed words are read as such. */
export interface RelayedReading {
  /** The attributions left: the relayed person's, or those that were no teller. */
  own: Attribution[];
  /** True when a teller was set aside: the words are someone else's, told by them. */
  relayed: boolean;
}

/**
 * Reads the attributions pointing at the quotation at token `quote` for words one person
 * relays from another (eval/README.md: such words are the relayed person's, never the
 * teller's):
 * - "Quill said Brun told him: “…”", "Quill said Brun had warned the squad that “…”": a
 *   teller's verb whose clause holds, with no comma or mark between, the subject and verb of
 *   another attribution of the same quotation. The teller is set aside.
 * - "Brun, Quill recalled, once told him “…”": a teller set off by commas before a verb of
 *   speech that has no subject of its own. The sentence is read again without the teller:
 *   the subject before ("Brun") is the speaker, and when none is read the words stay open.
 * The words are the relayed person's only when the page names them; never the teller's.
 */
export function relayedSpeaker(
  tokens: readonly Token[],
  own: readonly Attribution[],
  quote: number,
  text: string,
): RelayedReading {
  const tellers = new Set<Attribution>();
  for (const a of own) {
    for (const b of own) {
      if (b === a || b.at <= a.at || b.at - a.at > MAX_RELAY_TOKENS || quote < b.at) continue;
      // Only a name or a pronoun relayed (a verb after "the company" or "a report" may be
      // none of speech: "told analysts that the company expected …").
      if (!isPersonSubject(b.subject)) continue;
      const between = tokens.slice(a.at + 1, b.at);
      if (between.some((t) => CLAUSE_BREAK.has(t.text) || isQuoteToken(t))) continue;
      // The relayed subject stands inside the teller's clause: after the teller's verb.
      const clause = text.slice(tokens[a.at]!.end, tokens[b.at]!.start);
      const inside = new RegExp(`(?:^|\\s)${escapeRegExp(b.subject.text)}(?:\\s|$)`, 'u');
      if (inside.test(clause)) tellers.add(a);
    }
  }
  if (tellers.size > 0) return { own: own.filter((a) => !tellers.has(a)), relayed: true };
  for (const a of own) {
    const relayed = setOffTeller(tokens, a, quote, text);
    if (relayed !== undefined) return { own: relayed ? [relayed] : [], relayed: true };
  }
  return { own: [...own], relayed: false };
}

/**
 * "Brun, Quill recalled, once told him “…”": when attribution `a` is a teller set off by
 * commas before a verb of speech that leads to the quotation, the attribution the sentence
 * gives that verb without the teller (null when it gives none); undefined when `a` is no
 * such teller.
 */
function setOffTeller(
  tokens: readonly Token[],
  a: Attribution,
  quote: number,
  text: string,
): Attribution | null | undefined {
  if (tokens[a.at + 1]?.text !== ',') return undefined;
  // The comma that opens the aside: the teller's subject between it and the verb.
  let open = a.at - 1;
  while (open > 0 && a.at - open <= MAX_TELLER_TOKENS && tokens[open]!.text !== ',') open--;
  if (open <= 0 || tokens[open]!.text !== ',') return undefined;
  if (tokens.slice(0, open).some((t) => isQuoteToken(t))) return undefined;
  // A verb of speech right after the aside, before the quotation: the relayed person's.
  const verbs = speechVerbs(tokens);
  const verb = verbs.find((v) => v > a.at + 1 && v - (a.at + 1) <= MAX_BEFORE_RELAYED_VERB + 1);
  // (A finite verb: "…, Quill said, adding “…”" goes on with the teller's own words.)
  if (verb === undefined || verb > quote || /ing$/.test(tokens[verb]!.word)) return undefined;
  if (tokens.slice(a.at + 2, verb).some((t) => CLAUSE_BREAK.has(t.text) || isQuoteToken(t)))
    return undefined;
  const cut = a.at + 2 - open;
  const without = [...tokens.slice(0, open), ...tokens.slice(a.at + 2)];
  const found = findAttribution(without, text).find(
    (b) => b.at === verb - cut && b.target === quote - cut,
  );
  return found ? { ...found, at: found.at + cut, target: quote } : null;
}
