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

/** "Q: …", "Q. …", "Question: …", "Q) …", "Q - …" (briefings print all of these). */
const QUESTION = /^(?:Q|Question)\s*(?:[:.)]|\s[-–—])\s+(?=\S)/;
/** "A: …", "A. …", "Answer: …", "A) …", "A - …". */
const ANSWER = /^(?:A|Answer)\s*(?:[:.)]|\s[-–—])\s+(?=\S)/;

/**
 * Finds interview blocks among an article's paragraphs: a "Q:" paragraph opens one, "A:"
 * paragraphs after a question are answers, and unlabelled paragraphs between labelled
 * ones are more of the question or answer before them. Unlabelled paragraphs after the
 * last answer are the article again. An "A:" with no question before it is not an answer.
 * A transcript that labels only its questions answers them in the unlabelled paragraphs
 * between them.
 */
export function findInterview(paragraphs: readonly string[]): (InterviewLine | null)[] {
  const out: (InterviewLine | null)[] = paragraphs.map(() => null);
  const answersLabelled = paragraphs.some((p) => ANSWER.test(p));
  let inBlock = false;
  let last: InterviewLine['role'] = 'question';
  /** Unlabelled paragraphs inside a block, kept only if another label follows. */
  let held: number[] = [];
  const flush = () => {
    for (const h of held)
      out[h] =
        last === 'question' && !answersLabelled
          ? { role: 'answer', at: 0, opensBlock: false, unlabelled: true }
          : { role: last, at: 0, opensBlock: false };
    held = [];
  };
  paragraphs.forEach((text, i) => {
    const q = QUESTION.exec(text);
    const a = inBlock ? ANSWER.exec(text) : null;
    if (q || a) {
      flush();
      last = q ? 'question' : 'answer';
      out[i] = { role: last, at: (q ?? a)![0].length, opensBlock: q !== null && !inBlock };
      inBlock = true;
    } else if (inBlock) held.push(i);
  });
  return out;
}
