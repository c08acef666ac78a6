import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * Time a test that runs a script in a Node process of its own may take: starting Node with
 * tsx and compiling the script takes 1–3 s here, 5–8 s when the 2-core machine is busy
 * (Vitest's default of 5 s then fails tests that did nothing wrong).
 */
export const CLI_TEST_TIMEOUT_MS = 30_000;

/** The repository root: Vitest runs from it. */
export const ROOT = resolve('.');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Runs `scripts/<script>` under tsx, as `npm run` would, in `cwd` (the root by default). */
export function runScript(
  script: string,
  args: string[],
  cwd: string = ROOT,
): SpawnSyncReturns<string> {
  return spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { cwd, encoding: 'utf8' });
}
