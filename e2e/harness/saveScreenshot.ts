import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Screenshots live in the repository so the README can show them. */
const SCREENSHOT_DIR = resolve('docs/screenshots');

/** Writes `docs/screenshots/<name>.png` and returns its path. */
export function saveScreenshot(name: string, png: Buffer): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  writeFileSync(path, png);
  return path;
}
