import type { DiffSegment } from '../lib/match/types';
import { splitQuoteEdges } from '../lib/ui/splitQuoteEdges';

export interface MarkedQuoteProps {
  segments: DiffSegment[];
  /** Shown when the matcher gave no segments: the quote as printed. */
  quote: string;
}

/**
 * The source quote as printed, with what the selection left out struck through (`<del>`),
 * what it added underlined (`<ins>`), and the rest of the quote outside the selection
 * dimmed. Text only: page text is never parsed as HTML.
 */
export function MarkedQuote({ segments, quote }: MarkedQuoteProps) {
  const runs =
    segments.length > 0 ? splitQuoteEdges(segments) : [{ op: 'equal' as const, text: quote }];
  return (
    <blockquote class="qc-quote" data-testid="quote">
      {runs.map((run, index) => {
        // Index keys are right here: the runs are a fixed sequence, never reordered.
        const key = `${index}`;
        if (run.op === 'delete') return <del key={key}>{run.text}</del>;
        if (run.op === 'insert') return <ins key={key}>{run.text}</ins>;
        if (run.op === 'outside') {
          return (
            <span key={key} class="qc-outside">
              {run.text}
            </span>
          );
        }
        return <span key={key}>{run.text}</span>;
      })}
    </blockquote>
  );
}
