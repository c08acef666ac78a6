import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../lib/result';
import { buildSegment } from '../../../lib/segment/buildSegment';
import { addSegmentFrom } from '../addSegmentFrom';
import { answer, fakeMatcher, tinyCorpus } from './fakes';

describe('addSegmentFrom (test build hook)', () => {
  it("adds the fetched segment to the hosted matcher's set, as the reader's", async () => {
    const matcher = fakeMatcher(() => answer('verbatim'));
    const before = matcher.segments.version;
    const segment = new Uint8Array(
      buildSegment({ ...tinyCorpus, articles: [{ ...tinyCorpus.articles[0]! }] }),
    );
    const fetchFile = vi.fn(async () => new Response(segment.buffer));
    const added = await addSegmentFrom(
      async () => ok(matcher),
      'http://127.0.0.1/x.qcs',
      fetchFile,
    );
    expect(added).toMatchObject({ ok: true, value: { docs: 1 } });
    expect(matcher.segments.version).toBeGreaterThan(before);
    expect(matcher.segments.segments.map((s) => s.origin)).toEqual(['bundled', 'reader']);
  });

  it('says why it could not, and adds nothing', async () => {
    const matcher = fakeMatcher(() => answer('verbatim'));
    const garbage = vi.fn(async () => new Response(new Uint8Array([1, 2, 3, 4, 5]).buffer));
    expect(
      await addSegmentFrom(async () => ok(matcher), 'http://127.0.0.1/x.qcs', garbage),
    ).toMatchObject({
      ok: false,
      error: { code: 'segment-invalid' },
    });
    const missing = vi.fn(async () => new Response('', { status: 404 }));
    expect(
      await addSegmentFrom(async () => ok(matcher), 'http://127.0.0.1/x.qcs', missing),
    ).toEqual({
      ok: false,
      error: { code: 'segment-unreadable', message: 'HTTP 404' },
    });
    expect(matcher.segments.segments).toHaveLength(1);
  });
});
