import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import JSZip from 'jszip';
import { filesUnder } from '../harness/filesUnder';

/**
 * Packs a built extension folder as an `.xpi` (a zip with `manifest.json` at its root),
 * the form Firefox installs from a profile's `extensions/` folder.
 */
export async function packXpi(extensionDir: string): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of filesUnder(extensionDir)) {
    // Zip entry names always use "/", whatever the platform's separator.
    zip.file(relative(extensionDir, file).split(sep).join('/'), readFileSync(file));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
