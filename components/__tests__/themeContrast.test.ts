import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../lib/ui/contrastRatio';

/** WCAG 2 AA: 4.5:1 for text, 3:1 for focus rings and other non-text marks. */
const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

const css = readFileSync(fileURLToPath(new URL('../../assets/card.css', import.meta.url)), 'utf8');

/** The declarations of the first `selector { … }` rule in card.css. */
function block(selector: string): string {
  const start = css.indexOf(`\n${selector} {`);
  expect(start, `${selector} block in card.css`).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

/** The palette's colours: the first (light) or second (dark) value of each `light-dark()`. */
function palette(scheme: 'light' | 'dark'): Record<string, string> {
  const pairs = [
    ...block('.qc-root').matchAll(
      /--qc-([a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\);/gi,
    ),
  ];
  expect(pairs.length, 'light-dark() colours on .qc-root').toBeGreaterThan(0);
  return Object.fromEntries(pairs.map((m) => [m[1]!, scheme === 'light' ? m[2]! : m[3]!]));
}

function colorScheme(selector: string): string | undefined {
  return block(selector).match(/\bcolor-scheme:\s*([^;]+);/)?.[1];
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
  // The primary button (review page): the page's background colour on the focus blue.
  ['bg', 'focus'],
];

describe.each(['light', 'dark'] as const)('%s palette', (scheme) => {
  const vars = palette(scheme);

  it.each(TEXT_PAIRS)('%s on %s reaches AA', (fg, bg) => {
    expect(contrastRatio(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('draws a focus ring that stands out from the background', () => {
    expect(contrastRatio(vars.focus!, vars.bg!)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
});

describe('dark palette', () => {
  it('draws buttons lighter than the card, so they stand up instead of sinking in', () => {
    const vars = palette('dark');
    // Lighter = further from black.
    expect(contrastRatio(vars.button!, '#000000')).toBeGreaterThan(
      contrastRatio(vars.bg!, '#000000'),
    );
  });
});

describe('themes', () => {
  it('resolve the colours in light by default (the light theme)', () => {
    expect(colorScheme('.qc-root')).toBe('light');
  });

  it('resolve them in dark for the dark theme', () => {
    expect(colorScheme('.qc-root[data-theme="dark"]')).toBe('dark');
  });

  it('let the system theme pick between the same light and dark colours', () => {
    expect(colorScheme('.qc-root[data-theme="system"]')).toBe('light dark');
  });
});
