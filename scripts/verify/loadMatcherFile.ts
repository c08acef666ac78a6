/**
 * The CLI's corpus: a segment file (it starts with "QCSG": the shipped
 * `public/segments/bundled.qcs`, or any segment) or a corpus JSON file (`corpus/quotes.json`,
 * an export), whose segment is built in memory. Every failure is one line naming the problem.
 */
import { readFileSync } from 'node:fs';
import { loadMatcher, openMatcher } from '../../lib/match/loadMatcher';
import type { Matcher } from '../../lib/match/Matcher';
import { err, type QcError, type Result } from '../../lib/result';
import { SEGMENT_FORMAT } from '../../lib/segment/segmentFormat';
import { readJsonFile } from './readJsonFile';

export function loadMatcherFile(path: string, name: string): Result<Matcher, QcError> {
  let head: Buffer;
  try {
    head = readFileSync(path);
  } catch {
    // Let the JSON reader name the problem (not found, a directory, unreadable).
    const json = readJsonFile(path);
    return json.ok ? loadMatcher(json.value) : json;
  }
  if (head.length >= 4 && head.readUInt32LE(0) === SEGMENT_FORMAT.magic) {
    const bytes = new Uint8Array(head.length);
    bytes.set(head);
    return openMatcher([{ bytes, origin: 'bundled', name }]);
  }
  const json = readJsonFile(path);
  if (!json.ok) return err(json.error);
  return loadMatcher(json.value);
}
