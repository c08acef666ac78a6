/** A line of an interview printed as questions and answers. */
export interface InterviewLine {
  /** `question`: the interviewer's; `answer`: the interviewee's (a labelled answer or a paragraph of one). */
  role: 'question' | 'answer';
  /** Where the words start after the label ("Q: ", "A. "), 0 for an answer's later paragraph. */
  at: number;
  /** True on the first question of a block: the interviewee is read from just before it. */
  opensBlock: boolean;
}

/** "Q: …", "Q. …", "Question: …". */
const QUESTION = /^(?:Q|Question)\s*[:.]\s+(?=\S)/;
/** "A: …", "A. …", "Answer: …". */
const ANSWER = /^(?:A|Answer)\s*[:.]\s+(?=\S)/;

/**
 * Finds interview blocks among an article's paragraphs: a "Q:" paragraph opens one, "A:"
 * paragraphs after a question are answers, and unlabelled paragraphs between labelled
 * ones are more of the question or answer before them. Unlabelled paragraphs after the
 * last answer are the article again. An "A:" with no question before it is not an answer.
 */
export function findInterview(paragraphs: readonly string[]): (InterviewLine | null)[] {
  const out: (InterviewLine | null)[] = paragraphs.map(() => null);
  let inBlock = false;
  let last: InterviewLine['role'] = 'question';
  /** Unlabelled paragraphs inside a block, kept only if another label follows. */
  let held: number[] = [];
  const flush = () => {
    for (const h of held) out[h] = { role: last, at: 0, opensBlock: false };
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
