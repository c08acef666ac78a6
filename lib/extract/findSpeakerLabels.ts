import { escapeRegExp } from '../text/escapeRegExp.ts';
import { givenName } from './givenNames.ts';
import { introducesWords } from './introducesStatement.ts';
import { memberHeader } from './memberHeader.ts';
import {
  PLACES,
  QA_LABEL,
  ROLE_NOUNS,
  SPEAKING_WORDS,
  SPEECH_VERBS,
  TITLE_SMALL_WORDS,
  TITLES,
} from './patterns.ts';

/** Lower-case words of a title-cased label, "and" among them ("Minister of Trade and Industry"). */
const SMALL_WORDS = new Set([...TITLE_SMALL_WORDS, 'and']);

/** "Palsson: …", "Rosa Tellander: …", "RT: …", "Sen. Holt (R-PV): …", "CABINET SECRETARY (MODERATOR): …". */
const LABEL = new RegExp(
  `^((?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|${[...SMALL_WORDS].join('|')})){0,6})(?:\\s*\\([^()]{1,40}\\)){0,2}\\s*:\\s+(?=[^\\s"“‘'])`,
  'u',
);
/**
 * A broadcast transcript's label in capitals, the name then the title after a comma:
 * "ADA QUILL, HARBOUR MINISTER: …", "GEN. BEN HOLT, COAST GUARD: …". Group 1: the name.
 */
const TITLED_CAPITALS_LABEL =
  /^(\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,4}),\s+\p{Lu}[\p{Lu}\d\s.,'’&()/-]{1,80}:\s+(?=[^\s"“‘'])/u;
/**
 * A column's or a press-conference transcript's label in title case, a person's name then
 * their team, school or employer after a comma, perhaps with their role in lower case
 * between: "Ada Quill, Tarrow State: …", "Ben Holt, Harbour United: …", "Ada Quill, head
 * coach, Harbour United: …". Group 1: the name, which must open with a known given name
 * (`givenName`), so a headline ("Harbour Stocks, Bonds Rise: …") is no label.
 */
const TITLED_NAME_LABEL =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,3},\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|at|for)){0,5}:\s+(?=[^\s"“‘'])/u;
/** Whether a label of TITLED_NAME_LABEL opens with a known given name ("Ada Quill, …"). */
const opensWithGivenName = (m: RegExpExecArray) => givenName(m[1]!.split(/\s+/)[0]!) !== undefined;
/** The speaker-change mark of closed captions (">>Ada Quill: …", "• >>Mr Speaker: …"), before a label. */
const CAPTION_MARK = /^(?:[•·]\s*)?>>\s*/;
/**
 * A label in capitals printed without a space before the words ("CHIEF CABINET SECRETARY
 * FUJIMURA:Yes, …", "REPORTER:I have …", as some official transcripts print them): the words
 * start a sentence, so a ticker ("NYSE:HFC") or a run-together word is no label.
 */
const GLUED_LABEL =
  /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,6})(?:\s*\([^()]{1,40}\))?:(?=\p{Lu}[\p{Ll}\s'’])/u;
/**
 * A speaker's label printed on a line of its own: a title or a party and state in
 * brackets tells it from any short line ("Sen. Marsh (D-PV)", "Sen. Holt (R-PV):").
 */
const LABEL_LINE =
  /^((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s*(\([DRI]-[A-Z][A-Za-z.]{1,5}\))?\s*(:)?$/u;
/**
 * The speaker a line of its own labels ("Sen. Holt (R-PV):" → "Sen. Holt", a
 * parliamentary record's "Ada Quill (Harbour North, Green Party)" → "Ada Quill"), or null.
 */
export function speakerLabelLine(line: string): string | null {
  const trimmed = line.trim();
  const timed = TIMED_LABEL_LINE.exec(trimmed) ?? LONE_TITLED_LABEL.exec(trimmed);
  if (timed) return timed[1]!;
  const m = LABEL_LINE.exec(trimmed);
  const titled = m ? TITLES.has(m[1]!.split(' ')[0]!) : false;
  return m && (titled || m[2] !== undefined) ? m[1]! : memberHeader(line);
}

/**
 * A broadcast script's label on a line of its own, a name in capitals then the title after
 * a comma, the words on the lines below it: "BEN HOLT, HOST:", "ADA QUILL, Harbour
 * Minister, Port Vell Council:". A wire dateline, a place in capitals then a month and a
 * day after the comma ("HARBOUR STATE, March 17 - Today, Governor Ada Quill signed …:"),
 * opens a story's paragraph and labels no one.
 */
export const LONE_TITLED_LABEL =
  /^(\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,4}),\s+(?!\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)\p{Lu}[^:]{0,100}:$/u;

/**
 * A transcription service's label on a line of its own, with the time into the recording:
 * "Ada Quill (01:20):", "Ada Quill: (00:03)", "Speaker 2 (1:05:10):".
 */
const TIMED_LABEL_LINE =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d{1,2})){0,4})\s*(?::\s*\(\d{1,2}:\d{2}(?::\d{2})?\)|\(\d{1,2}:\d{2}(?::\d{2})?\)\s*:?)$/u;

/** Labels of page furniture and notes, never of a speaker. */
const NOT_SPEAKERS = new Set(
  'photo photos image images picture source sources contact note notes update updated editor editors correction caption video watch read related advertisement share tags tag topics topic posted published date by q a question answer warning summary transcript credit credits pictured above below file listen subscribe follow email tel phone fax web website address location when where what who why how disclosure disclaimer ps nb key'.split(
    ' ',
  ),
);
/** Fewest labelled paragraphs, and fewest different labels, that make a printed dialogue. */
const MIN_TURNS = 2;
const MIN_SPEAKERS = 2;
/** A stage direction of a transcript: "(Applause.)", "[Laughter]". */
const STAGE_DIRECTION = /^[([][^()[\]]*[)\]]\.?$/;
/**
 * A transcript's heading that says whose words follow: "Opening Statement by Prime
 * Minister Ada Quill", "Remarks by the Chair".
 */
const SPEAKER_HEADING =
  /^(?:(?:opening|closing|introductory|keynote|prepared)\s+)?(?:statement|remarks|address|speech|announcement)s?\s+(?:by|of|from)\s+(.+?)\.?$/i;

/** A paragraph printed as one speaker's turn: the label, and where the words start. */
export interface SpeakerLabel {
  label: string;
  at: number;
  /** True for a paragraph without a label that goes on with the turn before it. */
  continued?: boolean;
}

/**
 * A paragraph that reports someone speaking and has no first- or second-person word ("The
 * office said the remarks were a mistake."): narration, which ends a speaker's turn.
 */
export function reportsSpeech(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}’']+/u);
  return !words.some((w) => SPEAKING_WORDS.has(w)) && words.some((w) => SPEECH_VERBS.has(w));
}

/**
 * A paragraph about the member a heading names, not by them: it opens with "He", "She" or
 * "They", or names them by surname ("Ada Quill (Harbour North, Green Party)" over "Quill,
 * 45, has held the seat since 2016."), as a list of candidates prints it.
 */
const aboutThem = (text: string, label: string): boolean => {
  const surname = escapeRegExp(label.split(/\s+/).at(-1)!);
  return (
    /^(?:He|She|They)\b/.test(text) ||
    new RegExp(`(?:^|[^\\p{L}])${surname}(?![\\p{L}])`, 'u').test(text)
  );
};

/** Fewest words of a wire story's opening sentence after its dateline. */
const MIN_DATELINE_WORDS = 10;

/**
 * A wire dateline in capitals ("PORTVELLAN: The board said on Monday …"), as a round-up of
 * several wire stories prints one above each story, whatever town it names: a label in
 * capitals without a title, printed once on the page, above a news sentence in the third
 * person. A transcript's speaker comes back, or speaks as "I", "we" or "you".
 */
function isDateline(
  f: SpeakerLabel,
  text: string,
  found: readonly (SpeakerLabel | null)[],
  page: string,
) {
  if (!inCapitals(f.label) || INITIALS.test(f.label)) return false;
  if (namedInFull(f.label, page)) return false;
  if (holdsRole(f.label.toLowerCase().split(/[\s-]+/))) return false;
  if (found.filter((o) => o?.label === f.label).length > 1) return false;
  const said = text
    .slice(f.at)
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .filter(Boolean);
  return said.length >= MIN_DATELINE_WORDS && !said.some((w) => SPEAKING_WORDS.has(w));
}

/**
 * A person's label: a given name and a surname ("BEN HOLT, BYLINE:"), or a surname the
 * page gives in full elsewhere ("HOLT:" where it prints "BEN HOLT" or "as Ben Holt
 * reports"), as broadcast transcripts label their turns; never a town's dateline (a town
 * word, "NEW", "PORT", "SAN", is no given name).
 */
function namedInFull(label: string, page: string): boolean {
  const words = label.split(/\s+/);
  if (words.some((w) => PLACES.has(w.toLowerCase()))) return false;
  if (words.length >= 2 && givenName(words[0]!) !== undefined) return true;
  const escaped = escapeRegExp(label);
  const before = new RegExp(`(\\p{L}+)\\s+${escaped}(?![\\p{L}])`, 'giu');
  return [...page.matchAll(before)].some((m) => givenName(m[1]!) !== undefined);
}

/** A name in capitals, as transcripts print their labels ("HAASS", "KURTZ-PHELAN"). */
const inCapitals = (label: string) => /\p{Lu}{2}/u.test(label) && label === label.toUpperCase();
/** Whether a label's words, in lower case, hold a role noun or a title ("head", "coach"). */
const holdsRole = (words: readonly string[]) =>
  words.some((w) => ROLE_NOUNS.has(w) || TITLES.has(w[0]!.toUpperCase() + w.slice(1)));
/** Initials in capitals ("RT", "JM"): a label that stands for a full name. */
const INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * A label as a name is written: one printed in capitals title-cased ("KURTZ-PHELAN" →
 * "Kurtz-Phelan", "CABINET SECRETARY FOR PUBLIC RELATIONS" → "Cabinet Secretary for Public
 * Relations"); initials ("RT") and any other label as printed.
 */
export function labelText(printed: string): string {
  if (!inCapitals(printed) || INITIALS.test(printed)) return printed;
  return printed
    .toLowerCase()
    .split(' ')
    .map((w) => (SMALL_WORDS.has(w) ? w : w.replace(/(^|-)\p{L}/gu, (m) => m.toUpperCase())))
    .join(' ');
}

/**
 * Finds a dialogue printed with speakers' labels ("Whitcombe: …", "RT: …",
 * "KURTZ-PHELAN: …"): paragraphs that open with a label and a colon, when the article has
 * at least two such paragraphs with at least two different labels (one label alone is a
 * headline's "Minister Cho: …" or a note, not a dialogue), a transcript with "Q:" lines, or
 * a transcript's label in capitals that is not the story's first paragraph or holds a title ("CABINET PUBLIC RELATIONS SECRETARY:"); a dateline ("NEW
 * DELHI: …") is neither, and a place is never a speaker. A label followed by a quotation mark is an attribution the sentence
 * sieves read instead.
 *
 * In a dialogue, an unlabelled paragraph after a turn goes on with it (a turn over several
 * paragraphs) when another label follows, unless the turn asked (the paragraph below is the
 * answer, someone else's); in a transcript labelled in capitals, to its end. A label may stand on a line of its own above the words ("Sen. Holt (R-PV):"). A
 * paragraph that reports someone speaking in the third person is narration and
 * ends the turn. A stage direction ("(Applause.)") is nobody's; a heading naming a speaker
 * (`headings[i]`, the furniture line above paragraph i: "Opening Statement by Prime
 * Minister Ada Quill") starts that speaker's turn.
 */
export function findSpeakerLabels(
  paragraphs: readonly string[],
  hasQuestions = false,
  headings: readonly (string | null)[] = [],
): (SpeakerLabel | null)[] {
  const firstBody = paragraphs.findIndex((p) => p !== '');
  // The member each heading names ("Ada Quill (Harbour North, Green Party)"), read once.
  const memberOf = headings.map((h) => (h === null ? null : memberHeader(h)));
  /** Paragraphs labelled by a line of their own, or by a name with its title ("ADA QUILL, HOST"). */
  const titled = new Set<number>();
  // "Ada Quill, Tarrow State: …": labels of a name and a team in title case, read only when
  // at least two of them open with a known given name (a press-conference column; one
  // such line is a headline's shape); then every one of them is a turn ("Zed Holt, …").
  const shaped = paragraphs.map((text) => TITLED_NAME_LABEL.exec(text));
  const namesTeams = shaped.filter((m) => m !== null && opensWithGivenName(m)).length;
  const named = namesTeams >= MIN_SPEAKERS ? shaped : shaped.map(() => null);
  const found = paragraphs.map((text, i): SpeakerLabel | null => {
    // "Sen. Holt (R-PV):" on a line of its own, the words in the paragraph below it.
    const above = headings[i] ? speakerLabelLine(headings[i]!) : null;
    if (above && text !== '' && !(memberOf[i] && aboutThem(text, above))) {
      if (LONE_TITLED_LABEL.test(headings[i]!.trim())) titled.add(i);
      return { label: above, at: 0 };
    }
    const mark = CAPTION_MARK.exec(text)?.[0] ?? '';
    const rest = text.slice(mark.length);
    const m =
      LABEL.exec(rest) ??
      GLUED_LABEL.exec(rest) ??
      TITLED_CAPITALS_LABEL.exec(rest) ??
      named[i] ??
      null;
    if (!m) return null;
    if (m[0] === TITLED_CAPITALS_LABEL.exec(rest)?.[0] || m === named[i]) titled.add(i);
    // "Ada Quill (Harbour North) (SNP):", "The Prime Minister (Mr Ben Holt):": the member
    // the brackets say; else the words before them.
    const label = memberHeader(m[0].replace(/\s*:\s*$/, '')) ?? m[1]!;
    if (NOT_SPEAKERS.has(label.toLowerCase().replace(/[.’']s?$/, ''))) return null;
    return { label, at: mark.length + m[0].length };
  });
  const page = [...headings.filter((h) => h !== null), ...paragraphs].join('\n');
  /** Paragraphs whose label in capitals is a dateline: a transcript's turn never runs into them. */
  const datelines = new Set<number>();
  for (const [i, f] of found.entries())
    if (f && !titled.has(i) && isDateline(f, paragraphs[i]!, found, page)) {
      found[i] = null;
      datelines.add(i);
    }
  // Among name-and-team turns, a one-word label that is no labelled person's surname
  // ("Translation: …", "Verdict: …") is the columnist's aside: nobody's turn, and it ends
  // the turn before it.
  const surnames = new Set(named.flatMap((m) => (m ? [m[1]!.split(/\s+/).at(-1)!] : [])));
  const asides = new Set<number>();
  for (const [i, f] of found.entries())
    if (f && surnames.size > 0 && !named[i] && !f.label.includes(' ') && !surnames.has(f.label)) {
      found[i] = null;
      asides.add(i);
    }
  const labels = found.filter((f) => f !== null);
  const distinct = new Set(labels.map((l) => l.label));
  // Labels in capitals that are no place; a dateline ("NEW DELHI: …") opens the story.
  const capitals = found.flatMap((f, i) =>
    f !== null &&
    inCapitals(f.label) &&
    !f.label.split(/[\s-]+/).some((w) => PLACES.has(w.toLowerCase()))
      ? [{ i, words: f.label.toLowerCase().split(/[\s-]+/) }]
      : [],
  );
  const transcript = capitals.some((c) => c.i !== firstBody || holdsRole(c.words));
  // A broadcast transcript: turns labelled with at least two people's full names in
  // capitals ("ADA QUILL: …", "BEN HOLT: …"). Its presenters narrate in their own turns
  // ("Ada Quill reports from the harbour."), so narration does not end a turn there. A
  // name is a person's when a title follows it ("ADA QUILL, HOST"), it starts with a given
  // name, or the prose prints it ("Ada Quill").
  const broadcast =
    new Set(
      capitals
        .filter(({ i }) => {
          const l = found[i]!.label;
          return (
            titled.has(i) ||
            (l.includes(' ') && (namedInFull(l, page) || page.includes(labelText(l))))
          );
        })
        .map(({ i }) => found[i]!.label),
    ).size >= MIN_SPEAKERS;
  // A parliamentary record: a member's heading above their speech, which runs to the next
  // heading ("Ada Quill (Harbour North, Green Party)"); one heading makes a record only
  // above the first paragraph (further down, it may be a photo's caption in a story).
  const members = memberOf.flatMap((m, i) => (m !== null ? [i] : []));
  const record = members.length >= 2 || (members.length === 1 && members[0]! <= firstBody);
  // A transcript of questions ("Q: …") with the speaker's first turn labelled by name ("Jiang: …").
  const dialogue =
    hasQuestions ||
    transcript ||
    record ||
    (labels.length >= MIN_TURNS && distinct.size >= MIN_SPEAKERS);
  const bites = soundBites(paragraphs);
  if (!dialogue) return bites;
  const out = [...found];
  let turn: SpeakerLabel | null = null;
  let held: number[] = [];
  paragraphs.forEach((text, i) => {
    const heading = headings[i] ? SPEAKER_HEADING.exec(headings[i]!) : null;
    if (heading && !out[i]) {
      // The heading's speaker starts a turn; their words are this paragraph and those after.
      held = [];
      turn = { label: heading[1]!, at: 0, continued: true };
    }
    if (out[i]) {
      for (const h of held) out[h] = { label: turn!.label, at: 0, continued: true };
      held = [];
      turn = out[i]!;
      return;
    }
    if (text === '' || QA_LABEL.test(text) || datelines.has(i) || asides.has(i)) {
      turn = null;
      held = [];
      return;
    }
    if (turn === null || STAGE_DIRECTION.test(text.trim())) return;
    // A heading we cannot read ("Ada Quill Portrait Ada Quill") between a record's
    // paragraphs, or a script's cue between a transcript's ("{VO}", "[ad]"): someone else
    // may speak below it. A stage direction ("(Laughter.)") leaves the turn going on.
    const cue = transcript && !heading && !STAGE_DIRECTION.test(headings[i]?.trim() ?? '');
    if (headings[i] && (record || cue)) {
      turn = null;
      held = [];
      return;
    }
    // A record's speech runs to the next heading, narrating or not ("People learned that …").
    if (!record && !broadcast && reportsSpeech(text)) {
      // "The office said the remarks were a mistake.": the article's narration again.
      turn = null;
      held = [];
      return;
    }
    // "… the Taoiseach said on Sunday. He said:": the paragraph after is his words, quoted
    // in the turn, and the turn goes on after it.
    if (record && introducesWords(paragraphs[i - 1] ?? '')) return;
    if (heading || transcript || record) out[i] = { label: turn.label, at: 0, continued: true };
    // "Ada Quill: Are you ready to rezone? …" then an unlabelled paragraph: the turn asked,
    // and the words below are the answer, someone else's, not the asker's going on.
    else if (held.length === 0 && out[i - 1] === turn && asks(paragraphs[i - 1]!.slice(turn.at))) {
      turn = null;
    } else held.push(i);
  });
  return out.map((o, i) => bites[i] ?? o);
}

/** A turn that opens or ends by asking: its first sentence, or its last, ends with a question mark. */
const asks = (turn: string) => /^[^.!?]*\?/.test(turn) || /\?[”"’']?\s*$/.test(turn);

/** A broadcast's sound bite in square brackets: "[Ada Quill / Harbour Minister: …]". */
const SOUND_BITE = /^\[(\p{Lu}[\p{L}'’. -]{1,40}?)\s*\/\s*[^\]:]{1,80}:\s+(?=\S)/u;
/** Most paragraphs a bracketed sound bite runs over before its closing bracket. */
const MAX_BITE_PARAGRAPHS = 4;

/**
 * Sound bites as broadcasters' web copies print them, in square brackets with the
 * speaker's name and title: "[Ada Quill / Harbour Minister: We took a long time. …]". The
 * bite is the named speaker's turn, over the paragraphs up to its closing bracket.
 */
function soundBites(paragraphs: readonly string[]): (SpeakerLabel | null)[] {
  const out: (SpeakerLabel | null)[] = paragraphs.map(() => null);
  paragraphs.forEach((text, i) => {
    const m = SOUND_BITE.exec(text);
    if (!m) return;
    out[i] = { label: m[1]!.trim(), at: m[0].length };
    for (let j = i; j < i + MAX_BITE_PARAGRAPHS && !paragraphs[j]!.trimEnd().endsWith(']'); j++) {
      const next = paragraphs[j + 1];
      if (next === undefined || next === '' || SOUND_BITE.test(next)) break;
      out[j + 1] = { label: m[1]!.trim(), at: 0, continued: true };
    }
  });
  return out;
}
