import { DATELINE_PLACE } from './patterns.ts';

/** A numbered line of a text file. */
export interface FileLine {
  text: string;
  /** 1-based line in the file. */
  line: number;
}

/** How a line ends when it ends a sentence (closing quotes and brackets allowed after the stop). */
const ENDS_SENTENCE = /[.!?:…]["”’')\]]*$/;
/** A headline all in capitals, three words or more ("HARBOUR FARES TO RISE, BOARD SAYS"). */
const CAPITALS_HEADING = /^(?=(?:\S+\s+){2})[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u;
/** Shortest line, as a share of the longest, that a hard wrap leaves before the margin. */
const WRAP_SHARE = 0.6;
/** Fewest wrapped-looking lines, and their least share of the lines, that make a text hard-wrapped. */
const MIN_WRAPPED_LINES = 4;
const MIN_WRAPPED_SHARE = 0.25;

/**
 * Joins the lines of a hard-wrapped copy (an e-mail, an old archive page: a paragraph
 * broken every 60–80 characters, often with no blank line between paragraphs) back into
 * paragraphs. A text is hard-wrapped when many lines stop near one right margin without
 * ending a sentence; then a line is joined to the one before it when that one did not end
 * a sentence, or when it starts in lower case, unless it opens with a dateline. Any
 * other text is returned as it is. Each paragraph keeps the file line it starts on.
 */
export function unwrapLines(lines: readonly FileLine[]): FileLine[] {
  const widest = Math.max(0, ...lines.map((l) => l.text.length));
  const margin = widest * WRAP_SHARE;
  const wrapped = (l: FileLine, next: FileLine | undefined) =>
    l.text.length >= margin &&
    !ENDS_SENTENCE.test(l.text) &&
    next !== undefined &&
    next.text !== '';
  const nonEmpty = lines.filter((l) => l.text !== '').length;
  const count = lines.filter((l, i) => wrapped(l, lines[i + 1])).length;
  if (count < MIN_WRAPPED_LINES || count < nonEmpty * MIN_WRAPPED_SHARE) return [...lines];
  const out: FileLine[] = [];
  for (const [i, l] of lines.entries()) {
    const prev = out[out.length - 1];
    const joins =
      prev !== undefined &&
      prev.text !== '' &&
      l.text !== '' &&
      lines[i - 1]?.text !== '' &&
      !DATELINE_PLACE.test(l.text) &&
      // A headline in capitals stands alone: "HARBOUR FARES TO RISE, BOARD SAYS", then the story.
      !(CAPITALS_HEADING.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(l.text)) &&
      (!ENDS_SENTENCE.test(prev.text) || /^\p{Ll}/u.test(l.text)) &&
      lines[i - 1]!.text.length >= margin;
    if (joins) prev.text = `${prev.text} ${l.text}`;
    else out.push({ ...l });
  }
  return out;
}
