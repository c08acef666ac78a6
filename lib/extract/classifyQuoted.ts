import { characterisingVerb, MIN_CHARACTERISED_WORDS } from './characterisingVerb.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import {
  MAX_TERM_WORDS,
  SPEAKING_WORDS,
  SPEECH_VERBS,
  TERM_FOLLOWERS,
  TERM_PRECEDERS,
} from './patterns.ts';

/**
 * What a quoted span is, before attribution is looked at:
 * - `quote`: someone speaking — it holds a first/second-person word ("our", "I") or is
 *   longer than a name or term can be;
 * - `term`: a name or term the article itself uses — short, and either title-cased
 *   (‘Anadolu Agency’) or a noun phrase after a determiner or possessive ("a “peace
 *   economy”", "the Moon administration’s “driver’s seat” approach") or before a noun
 *   like "approach" or "campaign";
 * - `maybe`: a short fragment; a quote if an attribution governs its sentence, a
 *   scare-quoted term otherwise.
 */
/** Verbs after a quoted term that ask what it means ("what “ceasefire” means"). */
const MEANING_VERBS: ReadonlySet<string> = new Set([
  'means',
  'meant',
  'mean',
  'entails',
  'involves',
]);
/** Fewest words of a quoted title of a work ("Your Neighbourhood, Reimagined"). */
const MIN_TITLE_WORDS = 3;
/** Share of a title's longer words that are capitalised ("… Communities that Arise in Disaster"). */
const TITLE_SHARE = 0.8;

export function classifyQuoted(span: QuoteSpan, paragraph: string): 'quote' | 'term' | 'maybe' {
  const words = span.text.split(/\s+/).filter(Boolean);
  const bare = words.map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}’']+$/gu, ''));
  // A title of a work, a sign, a slogan: every word of four letters or more capitalised,
  // no closing full stop ("A Lantern Lit at Sea: The Remarkable …").
  const long = words.filter((w) => /\p{L}{4,}/u.test(w));
  // Every long word capitalised, it may end with the sentence's full stop, which American
  // style sets inside the marks ("… the “General Scheme for the Support of Lighthouses.”").
  const capitalised = long.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  const stop = /[.!?…]["”’']*$/.test(span.text.trim());
  const titleOfWork =
    words.length >= MIN_TITLE_WORDS &&
    long.length >= MIN_TITLE_WORDS - 1 &&
    capitalised >= TITLE_SHARE * long.length &&
    (!stop ||
      (capitalised === long.length && long.length >= MIN_TITLE_WORDS && !/[!?]/.test(span.text)));
  if (titleOfWork) return 'term';
  if (bare.some((w) => SPEAKING_WORDS.has(w))) return 'quote';
  if (words.length > MAX_TERM_WORDS) return 'quote';
  // One word in quotation marks is a scare quote or a term, whoever's verb is near it.
  // ("“Twice.”" closing its own sentence is someone's answer: a fragment, decided later.)
  if (words.length === 1 && !/[.!?…]$/.test(span.text.trim())) return 'term';
  const before = /([\p{L}’'-]+)\W*$/u.exec(paragraph.slice(0, Math.max(0, span.open)))?.[1] ?? '';
  const after =
    /^\W*([\p{L}-]+)/u.exec(paragraph.slice(span.runsOn ? span.close : span.close + 1))?.[1] ?? '';
  // "calling it a “great day for the whole town”", "described as the council’s “…”":
  // someone characterising a thing in their own words, however it is determined; a fragment
  // for `characterisedWords` to give to whoever does the calling.
  if (
    words.length >= MIN_CHARACTERISED_WORDS &&
    characterisingVerb(paragraph.slice(0, Math.max(0, span.open))) >= 0
  )
    return 'maybe';
  if (TERM_PRECEDERS.has(before.toLowerCase()) || /[’']s$/.test(before)) return 'term';
  if (TERM_FOLLOWERS.has(after.toLowerCase())) return 'term';
  // "explained what “30-day truce” means": words mentioned to be explained, not said.
  if (before.toLowerCase() === 'what' && MEANING_VERBS.has(after.toLowerCase())) return 'term';
  // "a minor “ticking off” of …": a noun phrase's head after a determiner and an adjective.
  const twoBack = /([\p{L}’'-]+)\s+\p{Ll}+\s*$/u.exec(paragraph.slice(0, Math.max(0, span.open)));
  if (/^(?:a|an)$/i.test(twoBack?.[1] ?? '')) return 'term';
  // "to stop “no deal” Brexit", "a friend of “Mad Dog” Reyes": a modifier or a nickname
  // run straight into the name after it, with no comma or stop, and no verb of speech
  // after that name ("“We won” Reyes said" is a quotation missing its comma).
  const rest = span.runsOn ? '' : paragraph.slice(span.close + 1);
  const named = /^ (\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*)*) ?([\p{L}]*)/u.exec(rest);
  if (
    named &&
    // (An initialism's full stop is no sentence's: "“mind P.I.” Nick Bannon".)
    !/[\p{P}]$/u.test(span.text.trim().replace(/(\p{Lu})\.$/u, '$1')) &&
    !SPEECH_VERBS.has(named[2]!.toLowerCase())
  )
    return 'term';
  const titleCased = words.every((w) =>
    /^[^\p{L}]*(?:\p{Lu}|of$|the$|and$|for$|in$|on$|a$)/u.test(w),
  );
  if (titleCased && !/[.!?…]$/.test(span.text.trim())) return 'term';
  // "said on “Morning Harbour.”", "wrote in “The Tide Review.”": a programme or a paper
  // named after "on" or "in", its full stop set inside the marks in American style.
  if (titleCased && /^(?:on|in)$/.test(before)) return 'term';
  return 'maybe';
}
