/**
 * How the scan marks a quotation in the page, by verdict: a tint of the verdict's colour
 * behind the words and an underline in it, each verdict with its own underline style, so
 * the marks are told apart without colour too (the legend shows the same). One
 * CSS Custom Highlight per verdict (`quote-check-<verdict>`); the same look drawn as boxes
 * where the browser has no highlights (`overlay`).
 */
import { type CardVerdict, VERDICT_STYLES } from '../ui/verdictStyle';

/**
 * The verdicts the scan marks: a quotation the corpus knows (the others are only counted),
 * gravest first (the legend's order; a selection's parts are ranked by it, `worstPart`).
 */
export const MARKED_VERDICTS = [
  'misattributed',
  'altered',
  'paraphrase',
  'close',
  'verbatim',
  'source-text',
] as const satisfies readonly CardVerdict[];

export type MarkedVerdict = (typeof MARKED_VERDICTS)[number];

export const isMarkedVerdict = (v: CardVerdict): v is MarkedVerdict =>
  (MARKED_VERDICTS as readonly CardVerdict[]).includes(v);

export interface MarkStyle {
  /** The underline's style: told apart without colour. */
  line: 'solid' | 'double' | 'wavy' | 'dashed' | 'dotted';
  /** The underline's colour (the verdict's). */
  color: string;
  /** The tint behind the words: the verdict's colour, mostly transparent. */
  tint: string;
}

/**
 * Opacity of the tint: enough to see the mark on white and on dark pages alike, little
 * enough that black or white text on it keeps its contrast (the text itself is not
 * recoloured: the page's colours stay the page's).
 */
const TINT_ALPHA = 0.2;

const LINES: Readonly<Record<MarkedVerdict, MarkStyle['line']>> = {
  misattributed: 'double',
  altered: 'wavy',
  paraphrase: 'dashed',
  close: 'dotted',
  verbatim: 'solid',
  'source-text': 'dotted',
};

function rgba(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export function markStyle(verdict: MarkedVerdict): MarkStyle {
  const color = VERDICT_STYLES[verdict].color;
  return { line: LINES[verdict], color, tint: rgba(color, TINT_ALPHA) };
}

/** The highlight's name in `CSS.highlights`. */
export const highlightName = (verdict: MarkedVerdict) => `quote-check-${verdict}`;
/** The highlight that flashes a quotation chosen in the popup. */
export const FLASH_HIGHLIGHT = 'quote-check-flash';

/**
 * The page-level style sheet of the highlights, inserted by the worker
 * (`scripting.insertCSS`: nothing is added to the page's DOM). Every rule is `!important`
 * and names only our highlights, so no page rule restyles a mark unless it names them.
 */
export function highlightCss(): string {
  const rules = MARKED_VERDICTS.map((v) => {
    const s = markStyle(v);
    return `::highlight(${highlightName(v)}) { background-color: ${s.tint} !important; text-decoration: underline ${s.line} ${s.color} !important; text-decoration-thickness: 2px !important; }`;
  });
  rules.push(
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: #ffd33d !important; color: #1f2328 !important; }`,
  );
  return rules.join('\n');
}
