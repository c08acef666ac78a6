import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The heading level of the card's section labels: 3 under the in-page card's h2 title,
 * 2 under the popup's h1, so the outline never skips a level.
 */
export const SectionLevel = createContext<2 | 3>(3);

export interface SectionLabelProps {
  id?: string;
  children: ComponentChildren;
}

/** A small section heading of the result card ("Said by", "Source", …). */
export function SectionLabel({ id, children }: SectionLabelProps) {
  const level = useContext(SectionLevel);
  return level === 2 ? (
    <h2 class="qc-label" id={id}>
      {children}
    </h2>
  ) : (
    <h3 class="qc-label" id={id}>
      {children}
    </h3>
  );
}
