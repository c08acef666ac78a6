import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

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
