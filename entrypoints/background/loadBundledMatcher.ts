/**
 * Loads the matcher over the bundled corpus: fetches the segment file the extension
 * ships (`public/segments/bundled.qcs`, read from the extension's own files, never the
 * network) and opens it in place. Any failure (a missing or damaged file) is one error
 * value naming the problem.
 */
import { browser } from 'wxt/browser';
import { openMatcher } from '../../lib/match/loadMatcher';
import type { Matcher } from '../../lib/match/Matcher';
import { err, type QcError, type Result } from '../../lib/result';
import { BUNDLED_SEGMENT_PATH } from '../../lib/segment/bundledSegmentPath';

export async function loadBundledMatcher(
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<Result<Matcher, QcError>> {
  const name = 'the bundled corpus';
  try {
    const response = await fetchFile(browser.runtime.getURL(BUNDLED_SEGMENT_PATH));
    if (!response.ok)
      return err({ code: 'corpus-unreadable', message: `${name}: HTTP ${response.status}` });
    return openMatcher([{ bytes: await response.arrayBuffer(), origin: 'bundled', name }]);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err({ code: 'corpus-unreadable', message: `${name}: ${detail}` });
  }
}
