export interface StatusLineProps {
  text: string;
}

/** One line saying what the popup is doing or why it has nothing to check. */
export function StatusLine({ text }: StatusLineProps) {
  return (
    <p class="qc-status" data-testid="status" role="status">
      {text}
    </p>
  );
}
