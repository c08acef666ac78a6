import { type MarkedVerdict, markStyle } from '../lib/scan/markStyles';

export interface MarkSwatchProps {
  verdict: MarkedVerdict;
  /** The sample's text: a few letters marked as the page's words are. */
  label?: string;
}

/** A sample of how the scan marks a verdict's quotations in the page: tint and underline. */
export function MarkSwatch({ verdict, label = 'Abc' }: MarkSwatchProps) {
  const s = markStyle(verdict);
  return (
    <span
      class="qc-swatch"
      aria-hidden="true"
      style={{
        backgroundColor: s.tint,
        textDecorationLine: 'underline',
        textDecorationStyle: s.line,
        textDecorationColor: s.color,
        textDecorationThickness: '2px',
      }}
    >
      {label}
    </span>
  );
}
