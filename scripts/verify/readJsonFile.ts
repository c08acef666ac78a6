/** Reads and parses a JSON file; every failure is a one-line, person-readable error. */
import { readFileSync } from 'node:fs';
import { err, ok, type QcError, type Result } from '../../lib/result';

export function readJsonFile(path: string): Result<unknown, QcError> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? String(e)})`;
    return err({ code: 'file-unreadable', message: why });
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return err({ code: 'file-not-json', message: `not valid JSON (${(e as Error).message})` });
  }
}
