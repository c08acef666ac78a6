import axe from 'axe-core';

/** Impacts that fail a test; `minor` and `moderate` findings are printed but do not fail. */
const FAILING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes (shadow-DOM paths joined with ` >>> `). */
  targets: string[];
}

/** Evaluates a JavaScript expression in the page under audit and returns its JSON value. */
export type Evaluate = <T>(expression: string) => Promise<T>;

/**
 * Runs axe-core inside a page (its source injected as a script, no network) over
 * `include` (a CSS selector; default the whole document, open shadow roots included)
 * and returns every violation.
 */
export async function axeAudit(evaluate: Evaluate, include = 'html'): Promise<AxeFinding[]> {
  const expression = `(() => {
    if (!window.axe) { ${axe.source}\n }
    return window.axe.run({ include: [[${JSON.stringify(include)}]] }, { resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({
        id: v.id, impact: v.impact ?? null, help: v.help,
        targets: v.nodes.map((n) => [].concat(n.target).map(String).join(' >>> ')),
      })));
  })()`;
  return evaluate<AxeFinding[]>(expression);
}

/** The findings that fail a test, as one line each, for an assertion message. */
export function seriousFindings(findings: readonly AxeFinding[]): string[] {
  return findings
    .filter((f) => FAILING_IMPACTS.has(f.impact ?? ''))
    .map((f) => `${f.impact}: ${f.id} (${f.help}) at ${f.targets.join(', ')}`);
}
