import type { DiffSegment } from '../lib/match/types';

export interface MarkedQuoteProps {
  segments: DiffSegment[];
  /** Shown when the matcher gave no segments: the quote as printed. */
  quote: string;
}

/**
 * The source quote as printed, with what the selection left out struck through (`<del>`)
 * and what it added underlined (`<ins>`). Text only: page text is never parsed as HTML.
 */
export function MarkedQuote({ segments, quote }: MarkedQuoteProps) {
  const runs = segments.length > 0 ? segments : [{ op: 'equal' as const, text: quote }];
  return (
    <blockquote class="qc-quote" data-testid="quote">
      {runs.map((segment, index) => {
        // Index keys are right here: the runs are a fixed sequence, never reordered.
        const key = `${index}`;
        if (segment.op === 'delete') return <del key={key}>{segment.text}</del>;
        if (segment.op === 'insert') return <ins key={key}>{segment.text}</ins>;
        return <span key={key}>{segment.text}</span>;
      })}
    </blockquote>
  );
}
