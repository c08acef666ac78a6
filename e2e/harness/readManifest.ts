import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest keys the tests read from a built extension. */
export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  default_locale?: string;
  icons?: Record<string, string>;
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  browser_specific_settings?: { gecko?: { id?: string } };
  [key: string]: unknown;
}

/** The `manifest.json` of the build in `dir`; throws, saying how to build it, when it is missing. */
export function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build first (npm run test:e2e builds every target)`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}
