import { hasDoubleMarks } from './findQuoteSpans.ts';

/** Where a part of a paragraph starts and ends. */
export interface TextRange {
  start: number;
  end: number;
}

/** An interview printed as one paragraph: the interviewer's questions and the answers between. */
export interface InlineInterview {
  questions: TextRange[];
  answers: TextRange[];
}

/**
 * An interviewer's question printed in brackets inside the answers' paragraph: "(What did
 * the trial show?)", "(Why now? You said it would take years.)". It opens with a capital,
 * asks something, and is a few words long, not an aside ("(why?)").
 */
const BRACKETED_QUESTION = /\((\p{Lu}[^()]*\?[^()]*)\)/gu;
/** Fewest words of a bracketed question: shorter ones are asides ("(Who knew?)"). */
const MIN_QUESTION_WORDS = 4;
/**
 * Fewest bracketed questions that make a paragraph an interview: one is a writer's own
 * question to the reader ("(What does that mean for fares?)"), two a questioner's turns.
 */
const MIN_BRACKETED_QUESTIONS = 2;

/**
 * The questions of an interview printed as one paragraph, each in brackets between the
 * interviewee's answers ("… our first study. (What have the results been?) Most patients
 * …"), as some radio programmes' pages print them: at least two such questions, in a
 * paragraph without quotation marks (a story would quote its people). Returns the
 * questions' words inside the brackets and the answers: the words before the first
 * question, between two, and after the last, without the brackets and the spaces around.
 */
export function inlineQuestions(text: string): InlineInterview | null {
  if (hasDoubleMarks(text)) return null;
  const questions = [...text.matchAll(BRACKETED_QUESTION)]
    .filter((m) => m[1]!.trim().split(/\s+/).length >= MIN_QUESTION_WORDS)
    .map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1 }));
  if (questions.length < MIN_BRACKETED_QUESTIONS) return null;
  const bounds = [0, ...questions.flatMap((q) => [q.start - 1, q.end + 1]), text.length];
  const answers: TextRange[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const part = text.slice(bounds[i]!, bounds[i + 1]!);
    const start = bounds[i]! + (part.length - part.trimStart().length);
    const end = bounds[i + 1]! - (part.length - part.trimEnd().length);
    if (end > start) answers.push({ start, end });
  }
  return { questions, answers };
}
