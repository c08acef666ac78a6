/**
 * Test build only (`__qcTest.addSegment`): fetches a segment file and adds it to the
 * hosted matcher as part of the reader's corpus, the way the reader's store will hand
 * over its segments. Answers with the documents added, or why it could not.
 */
import type { QcError, Result } from '../../lib/result';
import { err, ok } from '../../lib/result';
import { openSegment } from '../../lib/segment/openSegment';
import type { GetMatcher } from './matcherHost';

export async function addSegmentFrom(
  getMatcher: GetMatcher,
  url: string,
  fetchFile: (url: string) => Promise<Response> = (u) => fetch(u),
): Promise<Result<{ docs: number; ms: number }, QcError>> {
  const matcher = await getMatcher();
  if (!matcher.ok) return matcher;
  try {
    const response = await fetchFile(url);
    if (!response.ok)
      return err({ code: 'segment-unreadable', message: `HTTP ${response.status}` });
    const bytes = await response.arrayBuffer();
    const started = performance.now();
    const opened = openSegment(bytes, { origin: 'reader', name: url });
    if (!opened.ok) return opened;
    matcher.value.segments.add(opened.value);
    return ok({ docs: opened.value.docCount, ms: performance.now() - started });
  } catch (e) {
    return err({ code: 'segment-unreadable', message: e instanceof Error ? e.message : String(e) });
  }
}
