/** One line of `--jsonl` input into a verify request, or the reason it is not one. */

import type { VerifyRequest } from '../../lib/match/types';
import { err, ok, type QcError, type Result } from '../../lib/result';

export function parseRequestLine(line: string, lineNumber: number): Result<VerifyRequest, QcError> {
  const bad = (why: string) => err({ code: 'bad-request', message: `line ${lineNumber}: ${why}` });
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return bad(`not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad('expected a JSON object');
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') return bad('"text" must be a string');
  for (const key of ['claimedSpeaker', 'context'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') {
      return bad(`"${key}" must be a string when given`);
    }
  }
  const req: VerifyRequest = { text: o.text };
  if (typeof o.claimedSpeaker === 'string') req.claimedSpeaker = o.claimedSpeaker;
  if (typeof o.context === 'string') req.context = o.context;
  return ok(req);
}
