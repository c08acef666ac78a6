import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../lib/ui/contrastRatio';

/** WCAG 2 AA: 4.5:1 for text, 3:1 for focus rings and other non-text marks. */
const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

const css = readFileSync(fileURLToPath(new URL('../../assets/card.css', import.meta.url)), 'utf8');

function variables(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `${selector} block in card.css`).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--qc-([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['fg', 'button'],
  ['del-fg', 'del-bg'],
  ['ins-fg', 'ins-bg'],
  ['warn-fg', 'warn-bg'],
];

describe.each([
  ['light', '.qc-root'],
  ['dark', '.qc-root[data-theme="dark"]'],
  ['system (dark)', '  .qc-root[data-theme="system"]'],
])('%s theme', (_name, selector) => {
  const vars = variables(selector);

  it.each(TEXT_PAIRS)('%s on %s reaches AA', (fg, bg) => {
    expect(contrastRatio(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('draws a focus ring that stands out from the background', () => {
    expect(contrastRatio(vars.focus!, vars.bg!)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
});

describe.each([
  ['dark', '.qc-root[data-theme="dark"]'],
  ['system (dark)', '  .qc-root[data-theme="system"]'],
])('%s theme', (_name, selector) => {
  it('draws buttons lighter than the card, so they stand up instead of sinking in', () => {
    const vars = variables(selector);
    // Lighter = further from black.
    expect(contrastRatio(vars.button!, '#000000')).toBeGreaterThan(
      contrastRatio(vars.bg!, '#000000'),
    );
  });
});

describe('system theme', () => {
  it('uses the same dark colours as the dark theme', () => {
    expect(variables('  .qc-root[data-theme="system"]')).toEqual(
      variables('.qc-root[data-theme="dark"]'),
    );
  });
});
