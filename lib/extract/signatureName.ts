import { creditedName } from './creditedName.ts';
import { parseNameRun } from './parseNameRun.ts';
import {
  isCourtesyTitle,
  NAME_PARTICLES,
  ORGANIZATION_WORDS,
  PLACE_FIRST_WORDS,
  PLACES,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './patterns.ts';
import { tokenize } from './tokenize.ts';

/** A word in lower case that is no particle of a name ("coach", not the "de" of "Luis de Miranda"). */
const LOWER_CASE_WORD = new RegExp(
  `(?:^|\\s)(?!(?:${[...NAME_PARTICLES].join('|')})\\s)\\p{Ll}`,
  'u',
);
/** Words in lower case (no name's particle) before a capitalised word: a role before a name. */
const LOWER_CASE_LEAD = new RegExp(
  `^(?:(?!(?:${[...NAME_PARTICLES].join('|')})\\s)\\p{Ll}[\\p{L}-]*\\s+)+(?=\\p{Lu})`,
  'u',
);
/** A dash that opens a signature line ("– Harbour coach, Ada Quill"). */
const DASH = /^(?:[–—]|-{1,3})\s*/;
/** Lower-case words that make a line a sentence or a heading, not a title before a name. */
const NOT_TITLE_WORDS = /(?:^|\s)(?:from|by|on|to|with|at|in|a|an)\s/;
/** A full name closing a part of the line: two to four capitalised words ("Ada Quill"). */
const NAME_AT_END = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A word printed in capitals ("USA TODAY", "AFP"): a credit or an outlet, not a name. */
const CAPITALS = /\b\p{Lu}{2,}\b/u;
/** What a signature may tell after the name and title: when or where they said it. */
const OCCASION =
  /^(?:after|following|before|during|on|at|in|when|speaking|talking|writing|reacting|responding|ahead)\b/i;
/** A social network's button printed after a page's name at the end of a line ("… Like", "… Follow"). */
const SOCIAL_BUTTON_END = /\s(?:Like|Follow|Share|Tweet)$/u;
/** Most words of a signature or a speaker's heading; longer lines are prose. */
const MAX_WORDS = 16;

/**
 * The person a line of its own names as the speaker of the quoted paragraphs next to it, as
 * round-ups of reactions print them: after the quotations, "– Harbour coach, Ada Quill" or
 * "— Ada Quill, harbour coach, on the final"; above them, "Harbour College Head Coach, Ada
 * Quill:". The name is a part of the line between commas (the first or second), in capitals
 * and lower case, with at least a given name and a surname; a line without a dash must
 * read "Title, Name", the name last. A byline ("– By Ada Quill"), two
 * people ("Ada Quill and Ben Holt"), a place or a credit in capitals names no speaker.
 */
export function signatureName(line: string): string | null {
  return signature(line) ?? creditLine(line);
}

/**
 * "— Tarrow's star flanker Ada Quill (pictured) on the goggles …", "– Veteran winger Ada
 * Quill knows how hard it will be.": a dashed credit that names the speaker first, whatever
 * it goes on to say (`creditedName`; no speech verb after the name: that line reports
 * speech of its own).
 */
function creditLine(line: string): string | null {
  const body = line.trim();
  if (!DASH.test(body)) return null;
  const words = body.replace(DASH, '');
  return creditedName(tokenize(words), words)?.text ?? null;
}

/** A signature proper: "– Harbour coach, Ada Quill", "— Ada Quill, harbour coach, on the final". */
function signature(line: string): string | null {
  const dashed = DASH.test(line.trim());
  const body = line.trim().replace(DASH, '').replace(/:$/, '').trim();
  if (/^by\s/i.test(body)) return null;
  // "- Harbour Sport News Like": a page's name and its social button, no signature.
  if (SOCIAL_BUTTON_END.test(body)) return null;
  // "- Mr Holt on the plan for the harbour.", "– Ada Quill in response.": a round-up's
  // signature that says the occasion straight after the name, without a comma.
  const occasion = dashed ? NAME_THEN_OCCASION.exec(body) : null;
  if (occasion && namesOnePerson(occasion[1]!)) return occasion[1]!;
  // A signature says who, not what they said: "— Ada Quill, the mayor, said …" is a sentence.
  if (body.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w))) return null;
  const parts = body.split(/,\s*/);
  // "– Ada Quill, AP", "— Ada Quill, Getty Images": a photo's credit, not a signature.
  if (parts.slice(1).some(isCredit)) return null;
  // After a dash, what follows the name and title may run on ("…, speaking after the final
  // (as quoted on Radio Harbour)."); without one, the line must read "Title, Name": "Ada
  // Quill, Harbour Secr…" may be the first words of a paragraph the copy cut off.
  const wordy = (text: string) =>
    text.split(/\s+/).length > MAX_WORDS || /[.!?“”"‘(]/.test(text.replace(/\b\p{Lu}\./gu, ''));
  // Without a dash: "Title, Name", or "Name, title" perhaps with the occasion ("Ada Quill,
  // harbour coach, after the 2-1 win over Brackwater.").
  const titleFirst = !wordy(body) && parts.length >= 2 && isTitle(parts.slice(0, -1).join(' '));
  const nameFirst =
    parts.length >= 2 &&
    !LOWER_CASE_WORD.test(parts[0]!) &&
    isRole(parts[1]!) &&
    (parts.length === 2 || OCCASION.test(parts.slice(2).join(', ')));
  const named = dashed
    ? parts.slice(0, 2)
    : [...(titleFirst ? parts.slice(-1) : []), ...(nameFirst ? [parts[0]!] : [])];
  for (const printed of named) {
    if (wordy(printed) || !NAME_AT_END.test(printed) || /\s(?:and|&)\s/.test(printed)) continue;
    if (NOT_TITLE_WORDS.test(` ${printed}`)) continue;
    // "– performer Ada Quill", "— keyboard player Ada Quill": a role in lower case that no
    // list of titles holds is no part of the name.
    const led = LOWER_CASE_LEAD.exec(printed);
    const whole = parseNameRun(tokenize(printed));
    const part =
      led && whole?.title === null && /^\p{Ll}/u.test(whole.name[0] ?? '')
        ? printed.slice(led[0].length)
        : printed;
    const run = part === printed ? whole : parseNameRun(tokenize(part));
    if (!run || run.name.length < 2) continue;
    // The name itself, not its title ("Harbour Governor Ada Quill", "UN envoy Ada Quill"),
    // is no credit in capitals and no place.
    const name = run.name.map((w) => w.toLowerCase());
    // "For Democrats, attention …": a sentence's opening words, not a name.
    if (
      NOT_TITLE_WORDS.test(` ${name[0]} `) ||
      /^(?:for|as|but|and|if|after|when|the)$/.test(name[0]!)
    )
      continue;
    if (run.name.some((w) => CAPITALS.test(w)) || name.some((w) => PLACES.has(w))) continue;
    if (PLACE_FIRST_WORDS.has(name[0]!)) continue;
    // "- Harbour News Like": an outlet's name and a button's word, as a page's share box
    // prints them under the story, is no one's signature.
    if (name.some((w) => ORGANIZATION_WORDS.has(w))) continue;
    return part;
  }
  return null;
}

/** A signature's name, then what the words were about or when: "Mr Holt on …", "Ada Quill in response". */
const NAME_THEN_OCCASION =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s+(?:on|in|after|at|during|when|about|following)\s+\S/u;
/** Titles a round-up signs a surname with besides the courtesies ("Senator Holt", "Rep. Quill"). */
const SIGNING_TITLE = /^(?:Senator|Sen|Rep)\.?$/;

/**
 * "Mr Holt" (an honorific and a surname) or "Ada Quill" (a given name and a surname, no
 * place, no credit in capitals): one person, whom the article names elsewhere.
 */
function namesOnePerson(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.some((w) => CAPITALS.test(w) || PLACES.has(w.toLowerCase()))) return false;
  if (PLACE_FIRST_WORDS.has(words[0]!.toLowerCase())) return false;
  if (words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()))) return false;
  if (words.length === 2 && (isCourtesyTitle(words[0]!) || SIGNING_TITLE.test(words[0]!)))
    return true;
  const run = parseNameRun(tokenize(text));
  return run !== null && run.title === null && run.name.length === words.length;
}

/** Most words of a title after a name ("Ada Quill, head coach of Harbour Rovers"). */
const MAX_TITLE_WORDS = 8;
/** A title after a name: short, and naming a role ("Chelsea manager", "the mayor"). */
const isRole = (text: string): boolean => {
  const words = text.toLowerCase().split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && words.some((w) => ROLE_NOUNS.has(w));
};

/** A title before a name: it holds a word in lower case or a role ("Australia coach", "Head Coach"). */
const isTitle = (text: string): boolean =>
  text.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) || ROLE_NOUNS.has(w.toLowerCase()));

/** A short part of a line that credits a picture: an agency or "… Images", "… Photo". */
const isCredit = (part: string): boolean => {
  const words = part.split(/\s+/);
  return (
    words.length <= 3 &&
    (words.every((w) => CAPITALS.test(w) || PLACES.has(w.toLowerCase())) ||
      /\b(?:images|photos?|pictures?|staff|file)\b/i.test(part))
  );
};
