import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_SEGMENT_PATH } from '../../../lib/segment/bundledSegmentPath';
import { SECTION } from '../../../lib/segment/segmentFormat';
import { sectionTable } from '../../../lib/segment/splitSegment';
import { loadBundledMatcher } from '../loadBundledMatcher';

const shipped = readFileSync(
  resolve(import.meta.dirname, '../../../public', BUNDLED_SEGMENT_PATH.slice(1)),
);
const bytes = () => new Uint8Array(shipped);
const respond = (body: Uint8Array, status = 200) =>
  vi.fn(async (_url: string) => new Response(body.slice().buffer, { status }));

beforeEach(() => fakeBrowser.reset());

describe('loadBundledMatcher', () => {
  it("fetches the shipped segment from the extension's own files and answers from it", async () => {
    const fetchFile = respond(bytes());
    const loaded = await loadBundledMatcher(fetchFile);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile.mock.calls[0]![0]).toMatch(/\/segments\/bundled\.qcs$/);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const r = await loaded.value.verify({
      text: 'We are ready for dialogue with North Korea at any time',
    });
    expect(r).toMatchObject({
      verdict: 'verbatim',
      best: { speaker: 'Lee Jae-myung', origin: 'bundled' },
    });
  });

  it('refuses a damaged file with one message naming the problem', async () => {
    const header = bytes();
    header[20] = (header[20] ?? 0) ^ 0x01; // the quote count
    expect(await loadBundledMatcher(respond(header))).toEqual({
      ok: false,
      error: {
        code: 'segment-invalid',
        message: 'the bundled corpus: its header fails its checksum (the file is damaged)',
      },
    });
    expect(await loadBundledMatcher(respond(bytes().slice(0, 1000)))).toEqual({
      ok: false,
      error: {
        code: 'segment-invalid',
        message: `the bundled corpus: the segment is truncated: 1000 of its ${shipped.length} bytes`,
      },
    });
  });

  it('answers the same from a file whose index alone is damaged (rebuilt from its quotes)', async () => {
    const index = bytes();
    const postings = sectionTable(index).find((s) => s.id === SECTION.postings)!;
    const at = postings.offset + postings.length - 3;
    index[at] = (index[at] ?? 0) ^ 0xff;
    const loaded = await loadBundledMatcher(respond(index));
    expect(loaded.ok && loaded.value.segments.segments[0]!.repaired).toMatch(
      /^the index was rebuilt from the quote store: section postings fails its checksum$/,
    );
    if (!loaded.ok) return;
    const r = await loaded.value.verify({
      text: 'We are ready for dialogue with North Korea at any time',
    });
    expect(r).toMatchObject({ verdict: 'verbatim', best: { speaker: 'Lee Jae-myung' } });
  });

  it('reports a file it cannot read, as a value', async () => {
    expect(await loadBundledMatcher(respond(new Uint8Array(0), 404))).toEqual({
      ok: false,
      error: { code: 'corpus-unreadable', message: 'the bundled corpus: HTTP 404' },
    });
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadBundledMatcher(offline)).toEqual({
      ok: false,
      error: { code: 'corpus-unreadable', message: 'the bundled corpus: Failed to fetch' },
    });
  });
});
