import { hasDoubleMarks } from './findQuoteSpans.ts';
import { SPEAKING_WORDS } from './patterns.ts';

/** A line of an interview printed as questions and answers. */
export interface InterviewLine {
  /** `question`: the interviewer's; `answer`: the interviewee's (a labelled answer or a paragraph of one). */
  role: 'question' | 'answer';
  /** Where the words start after the label ("Q: ", "A. "), 0 for an answer's later paragraph. */
  at: number;
  /** True on the first question of a block: the interviewee is read from just before it. */
  opensBlock: boolean;
  /**
   * True for an answer printed without any label, in a transcript that labels only its
   * questions ("Q - …" then the spokesperson's paragraphs): only a named interviewee has it.
   */
  unlabelled?: true;
}

/**
 * "Q: …", "Q. …", "Question: …", "Q) …", "Q - …" (briefings print all of these), and
 * the White House transcripts' "Q    Thanks, …": a bare Q set off by a tab or a run of
 * spaces before a capital (one space would be a sentence's "Q" word).
 */
const QUESTION = /^(?:(?:Q|Question)\s*(?:[:.)]|\s[-–—])\s+(?=\S)|Q(?:\t|\s{2,})\s*(?=\p{Lu}))/u;
/** "A: …", "A. …", "Answer: …", "A) …", "A - …". */
const ANSWER = /^(?:A|Answer)\s*(?:[:.)]|\s[-–—])\s+(?=\S)/;

/** Fewest unlabelled questions that make an interview (one is a rhetorical question). */
const MIN_UNLABELLED_QUESTIONS = 2;
/** A turn's label ("Whitcombe: …"): an interview printed with them is read by its labels. */
const TURN_LABEL = /^\p{Lu}[\p{L}\d.'’ -]{0,40}(?:\s*\([^()]{1,40}\))?\s*:(?:\s|$)/u;
/**
 * Most words of an interviewer's question printed without a label: a blogger's question
 * often opens with a sentence or two about the book before it asks (about 65 words).
 */
const MAX_QUESTION_WORDS = 80;

/**
 * An interviewer's question printed without a label: a short paragraph that ends in a
 * question mark, quotes nobody and speaks to "you" ("How did you come to write it?", "…
 * after you’d scored?").
 */
function asksTheInterviewee(text: string): boolean {
  return (
    asksPlainly(text, MAX_QUESTION_WORDS) &&
    wordsOf(text).some((w) => /^(?:you|your|yourself|you['’](?:d|re|ve|ll))$/.test(w))
  );
}

/** A paragraph's words in lower case, apostrophes kept ("you’d"). */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}’']+/u);

/**
 * Most words of a question that does not speak to "you", in a transcript its intro
 * announces ("What are the lessons of your first months?" misprinted, "Why now?").
 */
const MAX_PLAIN_QUESTION_WORDS = 40;

/** A paragraph of at most `most` words that ends in a question mark and quotes nobody. */
function asksPlainly(text: string, most: number): boolean {
  return /\?[)\]]*$/.test(text.trim()) && !hasDoubleMarks(text) && wordsOf(text).length <= most;
}

/** A paragraph in the first person without quotation marks: the interviewee still talking. */
const goesOnAnswering = (text: string): boolean =>
  !hasDoubleMarks(text) && wordsOf(text).some((w) => FIRST_PERSON.has(w));
/** Words of someone speaking of themselves. */
const FIRST_PERSON = new Set([...SPEAKING_WORDS].filter((w) => !w.startsWith('you')));

/**
 * An interview that neither labels nor titles anything, printed as it was held: no
 * quotation marks anywhere (a story would quote its people), and every paragraph that asks
 * "you" something, at least two of them, answered by the next in the first person.
 */
function answeredInTurn(paragraphs: readonly string[]): boolean {
  if (paragraphs.some(hasDoubleMarks)) return false;
  const asks = paragraphs.flatMap((p, i) => (asksTheInterviewee(p) ? [i] : []));
  return (
    asks.length >= MIN_UNLABELLED_QUESTIONS &&
    asks.every(
      (i) => goesOnAnswering(paragraphs[i + 1] ?? '') && !asksTheInterviewee(paragraphs[i + 1]!),
    )
  );
}

/**
 * Finds interview blocks among an article's paragraphs: a "Q:" paragraph opens one, "A:"
 * paragraphs after a question are answers, and unlabelled paragraphs between labelled
 * ones are more of the question or answer before them. Unlabelled paragraphs after the
 * last answer are the article again. An "A:" with no question before it is not an answer.
 * A transcript that labels only its questions answers them in the unlabelled paragraphs
 * between them; `titled` (the title names the interviewee), at least two paragraphs asking
 * "you" something are the questions of one that labels nothing, and the paragraphs after its
 * last question (no longer than its longest answer) answer it. `introduced` (an intro
 * announces the transcript of an interview with one person, `introHost`): any short
 * paragraph asking something is a question, and the last answer runs on while it speaks in
 * the first person. `bare` (no speaker is labelled on a line of its own): an interview that
 * labels and titles nothing may be read from its questions answered in turn.
 */
export function findInterview(
  paragraphs: readonly string[],
  titled = false,
  introduced = false,
  bare = false,
): (InterviewLine | null)[] {
  const out: (InterviewLine | null)[] = paragraphs.map(() => null);
  const answersLabelled = paragraphs.some((p) => ANSWER.test(p));
  // An interview whose title names the interviewee ("… interview: Ada Quill") may print its
  // questions without labels: paragraphs that ask "you" something.
  const labelled = paragraphs.filter((p) => TURN_LABEL.test(p)).length;
  const unlabelled =
    labelled < MIN_UNLABELLED_QUESTIONS && !paragraphs.some((p) => QUESTION.test(p));
  // An intro announcing the transcript of an interview with one person ("I interviewed
  // Mayor Ada Quill … Here is a transcript"): its questions need not say "you", and one
  // is enough.
  const asked =
    unlabelled && introduced
      ? paragraphs.map((p) => asksPlainly(p, MAX_PLAIN_QUESTION_WORDS) || asksTheInterviewee(p))
      : unlabelled && (titled || (bare && answeredInTurn(paragraphs)))
        ? paragraphs.map(asksTheInterviewee)
        : paragraphs.map(() => false);
  if (asked.filter(Boolean).length < (introduced ? 1 : MIN_UNLABELLED_QUESTIONS)) asked.fill(false);
  let inBlock = false;
  let last: InterviewLine['role'] = 'question';
  /** Unlabelled paragraphs inside a block, kept only if another label follows. */
  let held: number[] = [];
  /** Most paragraphs of one unlabelled answer so far: how far the last one may run. */
  let longestAnswer = 1;
  const flush = () => {
    if (last === 'question' && !answersLabelled)
      longestAnswer = Math.max(longestAnswer, held.length);
    for (const h of held)
      out[h] =
        last === 'question' && !answersLabelled
          ? { role: 'answer', at: 0, opensBlock: false, unlabelled: true }
          : { role: last, at: 0, opensBlock: false };
    held = [];
  };
  paragraphs.forEach((text, i) => {
    const q = QUESTION.exec(text)?.[0] ?? (asked[i] ? '' : null);
    const a = inBlock ? ANSWER.exec(text) : null;
    if (q !== null || a) {
      flush();
      last = q !== null ? 'question' : 'answer';
      out[i] = { role: last, at: (q ?? a![0]).length, opensBlock: q !== null && !inBlock };
      inBlock = true;
    } else if (inBlock) held.push(i);
  });
  // An interview that labels nothing ends on an answer: the paragraphs after its last
  // question are that answer, as long as its longest answer so far (a closing note after
  // it is the article again).
  if (asked.some(Boolean) && last === 'question') {
    // An announced transcript's last answer goes on while the paragraphs speak in the
    // first person without quotation marks.
    let end = longestAnswer;
    while (introduced && end < held.length && goesOnAnswering(paragraphs[held[end]!]!)) end++;
    held = held.slice(0, end);
    flush();
  }
  return out;
}
