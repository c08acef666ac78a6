import { briefingHost } from './briefingHost.ts';
import { capitalsHeadingName } from './capitalsHeadingName.ts';
import { evidentPerson } from './evidentPerson.ts';
import { findInterview } from './findInterview.ts';
import { findPosts } from './findPosts.ts';
import { hasDoubleMarks, opensInside } from './findQuoteSpans.ts';
import {
  findSpeakerLabels,
  LONE_TITLED_LABEL,
  labelText,
  reportsSpeech,
  speakerLabelLine,
} from './findSpeakerLabels.ts';
import type { Subject } from './findSubject.ts';
import { foldCapitals } from './foldCapitals.ts';
import { givenName } from './givenNames.ts';
import { headlineNamedWords } from './headlineNamedWords.ts';
import { inlineQuestions } from './inlineQuestions.ts';
import { introducedByHeading } from './introducedByHeading.ts';
import { CAPITALISED_NAME, introducesWords } from './introducesStatement.ts';
import { introHost } from './introHost.ts';
import { nameRuns } from './nameRuns.ts';
import { nameTagHeading } from './nameTagHeading.ts';
import { noteCapitalsLede } from './noteCapitalsLede.ts';
import { noteCaptionNames } from './noteCaptionNames.ts';
import { noteLoneNames } from './noteLoneNames.ts';
import { othersWordsInQuote } from './othersWordsInQuote.ts';
import { PeopleIndex } from './PeopleIndex.ts';
import { type NameRun, parseNameRun } from './parseNameRun.ts';
import { SPEAKING_WORDS, SPEECH_VERBS } from './patterns.ts';
import { postAuthor } from './postAuthor.ts';
import { postSignature } from './postSignature.ts';
import type { ParagraphRead } from './readParagraph.ts';
import { readParagraph } from './readParagraph.ts';
import { registerNames } from './registerNames.ts';
import type { ArticleDoc, Candidate, Para } from './sieves/types.ts';
import { signatureName } from './signatureName.ts';
import { titledHeadingName } from './titledHeadingName.ts';
import { tokenize } from './tokenize.ts';
import { topicHeadingName } from './topicHeadingName.ts';
import type { BodyLine } from './types.ts';

/**
 * Most paragraphs looked ahead through for the one that closes a quotation opened above
 * and left unmarked in between: a statement printed as one long quotation rarely runs
 * longer; further on, an unmatched closing mark is more likely a stray one.
 */
const MAX_UNMARKED_QUOTE_PARAS = 10;
/** Most stray quotation marks set aside in one paragraph before it is read as having none. */
const MAX_STRAY_MARKS = 8;
/** Why a quotation inside another stays unattributed. */
const NESTED = 'a quotation inside a speaker’s quotation: the words of someone they quote';
/** What stands in for a stray mark: a modifier apostrophe, which pairs with nothing. */
const STRAY = '\u02bc';

/**
 * Reads the readable lines of an article (headline, standfirst, body) into what the sieves
 * work on: paragraphs with their quotations, sentences and interview roles; one candidate
 * per quotation (an interview answer is one quotation as a whole); every person named
 * outside quotations. A stray quotation mark never stops the reading: it is set aside and
 * the paragraph notes it.
 */
export function readDocument(lines: readonly BodyLine[]): ArticleDoc {
  const readable = lines.filter(
    (l) => l.role === 'headline' || l.role === 'dek' || l.role === 'body',
  );
  const bodies = readable.map((l) => (l.role === 'body' ? l.text : ''));
  const at = positionsOf(readable);
  const headings = headingsBefore(lines, at);
  // Questions printed without labels are looked for only where no speaker is labelled on a
  // line of its own ("Ada Quill (01:20):").
  const titleNames = titleHost(lines);
  // Else an intro announcing an interview's transcript ("I interviewed Ada Quill …") or
  // naming who answers a press conference's questions ("Here is what Ada Quill had to say").
  const intro = titleNames
    ? null
    : introHost(readable.filter((l) => l.role === 'body').map((l) => l.text));
  const host = titleNames ?? intro?.host ?? null;
  const unlabelledTurns = !headings.some((h) => h !== null && speakerLabelLine(h) !== null);
  const titled = (titleNames !== null || intro?.announced === false) && unlabelledTurns;
  const interview = findInterview(
    bodies,
    titled,
    intro?.announced === true && unlabelledTurns,
    unlabelledTurns,
  );
  const labels = findSpeakerLabels(
    bodies,
    interview.some((q) => q?.role === 'question'),
    headings,
  );
  const posts = findPosts(
    readable.map((l) => (l.role === 'body' ? l.text : null)),
    headings,
  );
  const paras: Para[] = [];
  const candidates: Candidate[] = [];
  const people = new PeopleIndex();
  // "STEVE HOLT, HOST:" on a line of its own above a broadcast transcript: the full name
  // its later "HOLT:" turns stand for.
  for (const l of lines) {
    const name = LONE_TITLED_LABEL.exec(l.text.trim())?.[1];
    if (name && givenName(name.split(/\s+/)[0]!) !== undefined) noteLabel(people, name);
  }
  noteCaptionNames(people, lines);
  noteCapitalsLede(people, lines);
  for (const body of bodies) people.noteLowerWords(body);
  let offset = 0;
  let openChain: Candidate | null = null;
  for (const [index, line] of readable.entries()) {
    // "Q. …" then "ADA QUILL: …": an answer the interview reads as unlabelled is its
    // labelled speaker's turn when the transcript labels it by name.
    const guessed = interview[index] ?? null;
    const qa = guessed?.unlabelled && labels[index] ? null : guessed;
    const label = qa ? null : (labels[index] ?? null);
    const role = line.role as Para['role'];
    const para: Para = {
      index,
      line: line.line,
      role,
      text: line.text,
      offset,
      spans: [],
      sentences: [],
      qa,
      label,
      problem: null,
      ...(line.path ? { path: line.path } : {}),
      ...(line.block ? { block: line.block } : {}),
      ...(headings[index] ? { heading: headings[index] } : {}),
    };
    offset += line.text.length + 1;
    paras.push(para);
    const add = (c: Omit<Candidate, 'id' | 'para' | 'link' | 'problem' | 'chain'>) => {
      const candidate: Candidate = {
        ...c,
        id: candidates.length,
        para: index,
        link: null,
        problem: null,
        chain: null,
      };
      candidates.push(candidate);
      return candidate;
    };
    /** Words of this line from `start` to `end` as one quotation, read from the line rather than a sentence. */
    const addLine = (start: number, end: number, maybe = false) =>
      add({
        sentence: -1,
        start,
        end,
        text: line.text.slice(start, end),
        kind: 'direct',
        span: null,
        token: -1,
        maybe,
      });
    if (qa?.role === 'answer') {
      // "A: …": the interviewee's words, exactly as printed after the label (and inside
      // the marks a press conference's answer may be printed in).
      openChain = null;
      // Only marks around the whole answer (or opening one that runs on to the next
      // paragraph): "“Stop the ferries,” they told me, …" keeps its own.
      const closes = /[”"]$/.test(line.text);
      const inner = line.text.slice(qa.at + 1, closes ? -1 : undefined);
      const marked = /^[“"]/.test(line.text.charAt(qa.at)) && !/[“”"]/.test(inner);
      const start = qa.at + (marked ? 1 : 0);
      // ('A: “' alone: nothing inside the marks, never an end before the start.)
      const end = Math.max(start, line.text.length - (marked && closes ? 1 : 0));
      addLine(start, end);
      continue;
    }
    // "… our first study. (What have the results been?) Most patients …": each bracketed
    // question and each answer between them is one quotation.
    const inline = role === 'body' && !label && !qa ? inlineQuestions(line.text) : null;
    if (inline) {
      para.inline = inline;
      for (const r of [...inline.questions, ...inline.answers]) addLine(r.start, r.end);
    }
    // A question or a labelled turn is read without its label ("Q: ", "Palsson: "), masked by spaces.
    const labelEnd = qa?.role === 'question' ? qa.at : (label?.at ?? 0);
    // A paragraph in capitals is read with its words in their usual case (`foldCapitals`).
    const shown = foldCapitals(line.text);
    let readText = ' '.repeat(labelEnd) + shown.slice(labelEnd);
    // The bracketed questions are the interviewer's as a whole, read without their words.
    for (const q of inline?.questions ?? [])
      readText = readText.slice(0, q.start) + ' '.repeat(q.end - q.start) + readText.slice(q.end);
    if (label && !label.continued) noteLabel(people, label.label);
    if (label || qa?.role === 'question') {
      // The turn (a labelled speaker's, or an interviewer's question) is one quotation as
      // a whole; quotations inside it are read as well.
      addLine(labelEnd, line.text.length);
    }
    // The paragraph starts inside a quotation: it closes one it never opened, or it is an
    // unmarked paragraph of a quotation opened above and closed in a paragraph below.
    const inside =
      (opensInside(readText) && (openChain !== null || !speaksBeforeMark(readText))) ||
      (openChain !== null && !hasDoubleMarks(readText) && closedBelow(readable, index));
    const read = readTolerant(readText, openChain !== null, inside);
    para.problem = read.problem;
    const { spans, sentences } = read.paragraph;
    para.spans = spans;
    para.sentences = sentences;
    // An embedded post printed with its signature: "… — Ada Quill (@adaquill) May 29, 2020",
    // its words on this line or on a few lines ending in the signature.
    const post = !label && !qa ? posts[index] : null;
    const author = post ? postAuthor(post.author) : null;
    if (post) {
      if (author?.kind === 'person' && !post.quotesAnother)
        people.register(author.run, null, author.evident);
      para.post = post.author;
      const words = addLine(0, post.end);
      // A repost, or a post quoting someone else: not the author's words, nor the speaker's before.
      if (post.quotesAnother)
        words.problem = 'an embedded post that reposts or quotes someone else';
    }
    // A quote box: "Ada Quill" / words without marks / "Ada Quill", the name lines furniture.
    const boxed =
      role === 'body' && !post && spans.length === 0
        ? pullQuoteName(lines, line, headings[index] ?? null)
        : null;
    if (boxed) {
      para.pullQuote = boxed;
      addLine(0, line.text.length);
    }
    // "Ada Quill: We were not good enough today": a headline giving someone's words unmarked.
    const given = role === 'headline' && spans.length === 0 ? headlineNamedWords(line.text) : null;
    if (given) {
      // Words not in the first person are a quotation only if the body echoes them
      // (`headlineEcho`): a short fragment until then.
      if (given.firstPerson) para.headlineSpeaker = given.name;
      else para.headlineEchoName = given.name;
      addLine(given.start, given.end, !given.firstPerson);
    }
    // "Senator Quill released the following statement:" then a paragraph without marks:
    // the statement; later paragraphs without marks in the first person go on with it.
    const prev = paras[index - 1];
    para.statement =
      role === 'body' &&
      !label &&
      !qa &&
      line.block === undefined &&
      (!hasDoubleMarks(line.text) || onlyTitlesMarked(line.text, spans, read.problem)) &&
      prev !== undefined &&
      (prev.statement
        ? (speaksFirstPerson(line.text) && !reportsSpeech(line.text)) ||
          listGoesOn(prev.text, line.text)
        : // ("Governor Quill made the following statement on the first bill:" under "…
          // signed the following bills:" introduces the words below it, and is none of them.)
          introducesWordsBelow(prev) && !introducesWordsBelow(para));
    if (!para.statement) delete para.statement;
    if (
      (line.block === 'blockquote' || para.statement) &&
      !para.post &&
      postSignature(line.text)?.at !== 0 &&
      !label &&
      !quotedWhole(line.text, spans) &&
      !SALUTATION.test(line.text.trim())
    ) {
      // A paragraph set as a block quotation, without quotation marks: someone's words as a whole.
      addLine(0, line.text.length);
    }
    // A quotation that does not go on here ends at the end of its own paragraph.
    if (openChain && (spans[0]?.open ?? 1) > 0) openChain = null;
    // A headline in title case ("Councillors Take Aim At Harbour Budget") capitalises words
    // that are no names: only a name of its own shape (Korean style) is registered from it.
    const titleCase = role !== 'body' && isTitleCase(line.text);
    // "WHEN ADA QUILL MET BEN HOLT", a gallery's heading over "Quill tweeted": a given
    // name and a surname a heading prints (in capitals or title case) may complete a
    // surname the text uses alone, as a full name printed only in a quotation does.
    const capitals = CAPITALS_HEADING.test(line.text.trim());
    if (titleCase || capitals)
      for (const { run } of nameRuns(tokenize(capitals ? inTitleCase(line.text) : line.text)))
        for (let w = 0; w + 1 < run.length; w++)
          people.noteQuotedName({ title: null, name: [run[w]!.text, run[w + 1]!.text] });
    for (const [si, s] of sentences.entries()) {
      registerNames(people, s.tokens, shown, titleCase);
      if (!titleCase) noteLoneNames(people, s.tokens, shown);
      // "somebody like Ada Quill": a full name only a quotation prints may complete a
      // surname the text uses alone.
      for (const q of [...s.quotes, ...s.maybes])
        for (const { run } of nameRuns(tokenize(shown.slice(q.open + 1, q.close)))) {
          const parsed = parseNameRun(run);
          if (parsed) people.noteQuotedName(parsed);
        }
      const all = [
        ...s.quotes.map((q) => ({ q, maybe: false })),
        ...s.maybes.map((q) => ({ q, maybe: true })),
      ];
      all.sort((a, b) => a.q.open - b.q.open);
      for (const { q, maybe } of all) {
        // A quotation the paragraph opens inside starts after a masked label ("Q: …”"),
        // never on the label's spaces; its text is the page's, even where the paragraph was
        // read without a stray mark.
        const start = Math.max(q.open + 1, labelEnd);
        const c = add({
          sentence: si,
          start,
          end: q.close,
          text: line.text.slice(start, q.close),
          kind: 'direct',
          span: q,
          token: s.tokens.findIndex((t) => t.start === Math.max(0, q.open)),
          maybe,
        });
        if (openChain && q.open <= 0) {
          c.chain = openChain.chain ?? openChain.id;
          openChain = null;
        }
        if (q.runsOn) openChain = c;
        // "“A boy asked me, ‘Do you have a book about trains?’ …”": the words the speaker
        // quotes are the boy's, never the speaker's: listed on their own, unattributed.
        if (!maybe)
          for (const n of othersWordsInQuote(c.text, q.mark)) {
            const inner = add({
              sentence: si,
              start: start + n.start,
              end: start + n.end,
              text: n.text,
              kind: 'direct',
              span: null,
              token: -1,
              maybe: false,
            });
            inner.problem = NESTED;
          }
      }
    }
  }
  noteSignatures(people, paras, lines, at);
  learnFromCaptions(people, lines);
  noteInitialsOwner(
    people,
    lines,
    labels.map((l) => l?.label ?? null),
  );
  noteSurnameLabelOwner(
    people,
    lines,
    labels.map((l) => l?.label ?? null),
  );
  return { paras, candidates, people, host: noteHost(people, host) };
}

/** A line's words with only their first letter capitalised ("ADA QUILL" → "Ada Quill"). */
const inTitleCase = (text: string) =>
  text.replace(/\p{L}[\p{L}'’]*/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());

/** Initials in capitals ("ZW"): a transcript's label that stands for a full name. */
const LABEL_INITIALS = /^\p{Lu}{2,3}$/u;
/** A line above the story printed in capitals, a transcript's heading ("QUARTERBACK ADA QUILL"). */
const CAPITALS_HEADING = /^[\p{Lu}\s.'’-]+$/u;

/**
 * A transcript headed in capitals by its speaker ("HARBOUR COACH ADA QUILL", "POSTGAME
 * PRESS CONFERENCE") whose turns are labelled with initials ("AQ: …"): the one full name of
 * a heading above the first paragraph whose initials the label is, registered as a person,
 * when the article names nobody else with those initials.
 */
function noteInitialsOwner(
  people: PeopleIndex,
  lines: readonly BodyLine[],
  labels: readonly (string | null)[],
): void {
  const initials = new Set(labels.filter((l): l is string => l !== null && LABEL_INITIALS.test(l)));
  if (initials.size === 0) return;
  const initialsOf = (name: readonly string[]) => name.map((w) => w[0]!.toUpperCase()).join('');
  const firstBody = lines.findIndex((l) => l.role === 'body');
  const headings = lines
    .slice(0, firstBody < 0 ? 0 : firstBody)
    .filter((l) => CAPITALS_HEADING.test(l.text.trim()) && /\p{Lu}{2}/u.test(l.text));
  for (const label of initials) {
    if (people.list().some((p) => initialsOf(p.name.split(/[\s-]+/)) === label)) continue;
    const owners: NameRun[] = [];
    for (const h of headings) {
      const folded = h.text
        .trim()
        .split(/\s+/)
        .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
        .join(' ');
      for (const { run } of nameRuns(tokenize(folded))) {
        const parsed = parseNameRun(run);
        if (!parsed) continue;
        // "Quarterback Zach Wilson": a role word in capitals may open the run; the name is
        // the words whose initials the label is, the words before them its title.
        const at = parsed.name.findIndex(
          (_, i) => parsed.name.length - i >= 2 && initialsOf(parsed.name.slice(i)) === label,
        );
        if (at < 0) continue;
        const title = [parsed.title, ...parsed.name.slice(0, at)].filter(Boolean).join(' ');
        owners.push({ title: title || null, name: parsed.name.slice(at) });
      }
    }
    if (owners.length === 1) people.register(owners[0]!, null, true);
  }
}

/**
 * A transcript whose turns are labelled by a title and a surname ("MR QUILL:", "MS
 * QUILL:") under a line naming the speaker in full ("Ada Quill, Harbour Spokesperson", a
 * briefing's header): the one full name of the lines above the first paragraph with that
 * surname is registered as a person, so the label reads as the full name, not the
 * surname alone. Two full names with the surname above ("Ada and Ben Quill") register none.
 */
function noteSurnameLabelOwner(
  people: PeopleIndex,
  lines: readonly BodyLine[],
  labels: readonly (string | null)[],
): void {
  const firstBody = lines.findIndex((l) => l.role === 'body');
  const above = lines.slice(0, firstBody < 0 ? 0 : firstBody);
  const surnames = new Set<string>();
  for (const printed of labels) {
    const run = printed ? parseNameRun(tokenize(labelText(printed))) : null;
    if (run?.title && run.name.length === 1) surnames.add(run.name[0]!);
  }
  for (const surname of surnames) {
    const owners = new Map<string, NameRun>();
    for (const l of above)
      for (const { run } of nameRuns(tokenize(l.text))) {
        const parsed = parseNameRun(run);
        if (parsed && parsed.name.length >= 2 && parsed.name.at(-1) === surname)
          owners.set(parsed.name.join(' '), parsed);
      }
    if (owners.size === 1) people.register([...owners.values()][0]!, null, true);
  }
}

/**
 * A photo's caption describes the people in the picture ("Harbour Town's Chilean goalkeeper
 * Ramon Texeda reacts …"), and the story may then call one of them by that description
 * alone ("The Chilean goalkeeper told reporters: …"). A caption is not read for quotations
 * nor for new people: only the roles it gives a person the story names in full are learned.
 */
function learnFromCaptions(people: PeopleIndex, lines: readonly BodyLine[]): void {
  const named = new Map(people.list().map((p) => [p.name, p]));
  for (const line of lines) {
    if (line.role !== 'caption') continue;
    const pictured = new PeopleIndex();
    registerNames(pictured, tokenize(line.text), line.text);
    for (const p of pictured.list()) {
      const person = named.get(p.name);
      if (person) for (const role of p.roles) people.learn(person, null, role);
    }
  }
}

/**
 * A signature on a line of its own right after a body paragraph ("– Harbour coach, Ada
 * Quill") names the speaker of the quoted paragraphs above it: noted on the paragraph, the
 * name registered as a person (as is a speaker's heading's, "Harbour coach, Ada Quill:").
 */
function noteSignatures(
  people: PeopleIndex,
  paras: Para[],
  lines: readonly BodyLine[],
  at: ReadonlyMap<BodyLine, number>,
): void {
  // Each paragraph read as a signature, and its heading for a speaker, once, here: the
  // sieves read what they give.
  for (const para of paras) {
    const name = signatureName(para.text);
    if (name) para.signature = name;
    const speaker = para.heading ? titledHeadingName(para.heading) : null;
    if (speaker) para.headingSpeaker = speaker;
    // "Senate Majority Leader Ada Quill said –" or "HARBOUR TRUST CHAIR ADA QUILL" above a
    // quoted paragraph: the name is registered, the words-of-intro sieve reads the line.
    const introduced = para.heading
      ? (introducedByHeading(para.heading) ?? capitalsHeadingName(para.heading))
      : null;
    const introducedRun = introduced ? parseNameRun(tokenize(introduced)) : null;
    if (introducedRun) people.register(introducedRun, null, true);
    // "Ada Quill" alone on the line above a quoted paragraph, or with a short tag ("Ada
    // Quill, 1st"): registered, the words-of-intro sieve reads it when the headline names
    // the same person or the page heads several speakers' words so.
    const bare = para.heading && !introduced ? nameTagHeading(para.heading) : null;
    const bareRun = bare && para.spans[0]?.open === 0 ? parseNameRun(tokenize(bare)) : null;
    if (bareRun) people.register(bareRun, null, true);
  }
  /** What a line gives read as a signature: a paragraph's, or a line outside them read now. */
  const signatureOf = (line: BodyLine): string | null => {
    const index = at.get(line);
    return index === undefined ? signatureName(line.text) : (paras[index]!.signature ?? null);
  };
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    if (line.role !== 'body') continue;
    const index = at.get(line);
    if (index === undefined) continue;
    const endsInColon = line.text.trim().endsWith(':');
    // A speaker's heading above quoted paragraphs ("Harbour coach, Ada Quill:"): the name
    // is registered, the sieve reads the heading.
    const heading = endsInColon ? (paras[index]!.signature ?? null) : null;
    const headed = heading ? parseNameRun(tokenize(heading)) : null;
    if (headed) people.register(headed, null, true);
    // A section heading line above a topic line ("HEAD COACH Ada Quill" over "On the final:").
    const titled = endsInColon ? (paras[index]!.headingSpeaker ?? null) : null;
    const titledRun = titled ? parseNameRun(tokenize(titled)) : null;
    if (titledRun) people.register(titledRun, null, true);
    // A speaker's topic heading above quoted paragraphs ("Tarrow Freight (TFR) former CEO
    // Ada Quill on why she came back"), printed as a heading of the page: its name, when
    // it shows itself a person's.
    const above = paras[index]!.heading;
    const topic = above ? topicHeadingName(above) : null;
    const topicRun = topic ? parseNameRun(tokenize(topic)) : null;
    if (topicRun && evidentPerson(topicRun)) people.register(topicRun, null, true);
    // A signature may read as prose ("– Ada Quill, speaking after the final.").
    if (!next) continue;
    const name = signatureOf(next);
    const run = name ? parseNameRun(tokenize(name)) : null;
    if (!name || !run) continue;
    // "- Mr Holt on …": a surname alone is read as the person the article names in full.
    if (run.name.length >= 2) people.register(run, null, true);
    paras[index]!.signedBy = name;
  }
}

/**
 * The one person a transcript's title (a line above its first paragraph: "Regular Briefing
 * by Spokesperson Ada Quill") names as answering its questions (`titleHost`), registered
 * as a person.
 */
function noteHost(people: PeopleIndex, host: string | null): Subject | null {
  const run = host ? parseNameRun(tokenize(host)) : null;
  if (!host || !run) return null;
  people.register(run, null, true);
  return { kind: 'name', run, text: host, role: null };
}

/** The host a line above the article's first paragraph names (`briefingHost`), if any. */
function titleHost(lines: readonly BodyLine[]): string | null {
  const firstBody = lines.findIndex((l) => l.role === 'body');
  for (const l of lines.slice(0, firstBody < 0 ? lines.length : firstBody)) {
    // `briefingHost` gives only a phrase that reads as a name.
    const host = briefingHost(l.text);
    if (host) return host;
  }
  return null;
}

/**
 * A transcript's label is a name the article uses for a person ("Palsson:", "FELIX
 * ROHATYN:", "CHIEF CABINET SECRETARY SUGA:"): a full name is registered as a person, a
 * surname with a title as a person named by surname.
 */
function noteLabel(people: PeopleIndex, printed: string): void {
  const name = labelText(printed).split(/\s+(?:for|of|on)\s+/)[0]!;
  const run = parseNameRun(tokenize(name));
  if (!run) return;
  if (run.name.length === 1) {
    people.noteSingle(run.name[0]!);
    if (run.title !== null) people.noteLonePerson(run, null);
  } else people.register(run, null, true);
}

/** Each readable line's position among them (the first, should a line be listed twice): one lookup per line, not a search. */
function positionsOf(readable: readonly BodyLine[]): ReadonlyMap<BodyLine, number> {
  const at = new Map<BodyLine, number>();
  readable.forEach((l, i) => {
    if (!at.has(l)) at.set(l, i);
  });
  return at;
}

/** For each readable line, the furniture line right above it (a heading), if any. */
function headingsBefore(
  lines: readonly BodyLine[],
  readable: ReadonlyMap<BodyLine, number>,
): (string | null)[] {
  const out: (string | null)[] = [];
  let last: string | null = null;
  for (const l of lines) {
    if (readable.has(l)) {
      out.push(last);
      last = null;
    } else if (l.role === 'furniture') {
      // A speaker's label stays the heading over links printed under it ("Link to this: …").
      if (last === null || speakerLabelLine(last) === null || speakerLabelLine(l.text) !== null)
        last = l.text;
    }
  }
  return out;
}

/** A line that is a capitalised name and nothing else. */
const NAME_LINE = new RegExp(`^${CAPITALISED_NAME}$`, 'u');

/**
 * The name a quote box prints above and below a paragraph ("Ada Quill" / words / "Ada
 * Quill"): the same line of furniture on both sides, a full name and nothing else.
 */
function pullQuoteName(
  lines: readonly BodyLine[],
  line: BodyLine,
  above: string | null,
): string | null {
  const below = lines[lines.indexOf(line) + 1];
  if (!above || below?.role !== 'furniture' || below.text !== above) return null;
  if (!NAME_LINE.test(above)) return null;
  const run = parseNameRun(tokenize(above));
  return run && run.name.length >= 2 ? above : null;
}

/** Fewest words of four letters or more, and their least share capitalised, in a title-cased line. */
const MIN_TITLE_CASE_WORDS = 3;
const TITLE_CASE_SHARE = 0.8;

/** A line in title case: most of its longer words capitalised ("Tomas Varga Sentenced to 30 Years"). */
function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
  const capitalised = long.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return long.length >= MIN_TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * long.length;
}

/** A paragraph whose last sentence ends in a colon and introduces someone's words ("…, he said:", "Statement from X:"). */
function introducesWordsBelow(para: Para): boolean {
  const sentence = para.sentences.at(-1);
  return introducesWords(sentence ? para.text.slice(sentence.start, sentence.end).trim() : '');
}

/** Most words of a marked title or name inside a statement ("the “Count Every Ferry Act”"). */
const MAX_TITLE_WORDS = 5;

/**
 * True when the paragraph's only double marks set off short titles or names ("Quill and I
 * wrote the “Every Ferry Counts Act”"), each a capitalised phrase of a few words: no
 * one else's words, so the paragraph may still be a statement's.
 */
function onlyTitlesMarked(
  text: string,
  spans: readonly { open: number; close: number }[],
  problem: string | null,
): boolean {
  if (problem !== null || spans.length === 0) return false;
  return spans.every((s) => {
    const words = text
      .slice(s.open + 1, s.close)
      .trim()
      .split(/\s+/);
    return words.length <= MAX_TITLE_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
  });
}

/** A letter's greeting ("Dear friends,"): it goes on with the letter but says nothing. */
const SALUTATION = /^Dear\s+[^.!?:]{1,80}[,:!]?$/;
/** A list item as a copied page prints one ("* Provide …", "- Set …", "• Require …"). */
const LIST_ITEM = /^(?:[*•·▪‣-]\s*)(?=\p{Lu})/u;

/**
 * A statement's list goes on: "This bill will:" then items, or an item after an item. The
 * items are the statement's words though they need not speak in the first person.
 */
const listGoesOn = (prev: string, text: string): boolean =>
  LIST_ITEM.test(text) && (prev.trimEnd().endsWith(':') || LIST_ITEM.test(prev));

/** True when a paragraph has a first- or second-person word ("we", "our", "I"): someone speaking. */
const speaksFirstPerson = (text: string): boolean =>
  text
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .some((w) => SPEAKING_WORDS.has(w));

/** True when quotation marks hold (nearly) the whole paragraph. */
function quotedWhole(text: string, spans: readonly { open: number; close: number }[]): boolean {
  return spans.some((s) => s.open <= 1 && s.close >= text.trimEnd().length - 2);
}

/**
 * True when, below paragraph `index`, the first paragraph with double quotation marks
 * starts inside a quotation (closes one it did not open): the unmarked paragraphs between
 * are part of a quotation opened above (a statement opened once and closed once).
 */
function closedBelow(readable: readonly BodyLine[], index: number): boolean {
  const next = readable
    .slice(index + 1, index + 1 + MAX_UNMARKED_QUOTE_PARAS)
    .find((l) => hasDoubleMarks(l.text));
  return next !== undefined && opensInside(next.text);
}

/**
 * True when the words before a paragraph's first (closing) double mark hold a speech verb
 * ("Mayor Ada Quill said the bridge was ready.”"): the missing opening mark belonged after
 * the verb, not at the paragraph's start, so the mark is set aside as a stray one.
 */
function speaksBeforeMark(text: string): boolean {
  const before = text.slice(0, text.search(/[“”"]/));
  return before.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w));
}

/** Reads a paragraph, setting aside quotation marks that pair with nothing. */
function readTolerant(
  text: string,
  continuesQuote: boolean,
  inside: boolean,
): { paragraph: Extract<ParagraphRead, { ok: true }>['value']; problem: string | null } {
  let current = text;
  let problem: string | null = null;
  for (let tries = 0; tries < MAX_STRAY_MARKS; tries++) {
    const read = readParagraph(current, continuesQuote, inside);
    if (read.ok) return { paragraph: read.value, problem };
    problem ??= `${read.problem} (at character ${read.index + 1})`;
    current = `${current.slice(0, read.index)}${STRAY}${current.slice(read.index + 1)}`;
  }
  return { paragraph: { spans: [], sentences: [] }, problem };
}
