import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../lib/corpus/parseCorpus';
import seed from '../../lib/match/__tests__/fixtures/seedCorpus.json';
import { buildSegment } from '../../lib/segment/buildSegment';

const root = resolve(import.meta.dirname, '../..');
const fixture = resolve(root, 'lib/match/__tests__/fixtures/seedCorpus.json');

/** Runs the CLI as `npx tsx scripts/verify.ts` does (node with the tsx loader, without npx's start-up). */
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'qc-verify-'));
const write = (name: string, text: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

// Each test runs the CLI (a Node process) a few times: seconds on a busy 2-core machine.
describe('npm run verify', { timeout: 30_000 }, () => {
  it('prints a readable answer: verdict, marked source, speaker, headline, outlet, date', () => {
    const r = run([
      '--corpus',
      fixture,
      'through any channel, and the door for dialogue will remain closed',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Verdict: +altered/m);
    expect(r.stdout).toMatch(/^Reason: +A word turned into its opposite \(‘open’ → ‘closed’\)\.$/m);
    expect(r.stdout).toContain('[-open-]{+closed+}');
    expect(r.stdout).toMatch(/^Speaker: +Lee Jae-myung/m);
    expect(r.stdout).toMatch(/^Headline: +President Lee, in an interview/m);
    expect(r.stdout).toMatch(/^Outlet: +not stated/m);
    expect(r.stdout).toMatch(/^Date: +2025-11-23 \(date supplied by a curator/m);
    expect(r.stdout).toContain('antonym: "open" → "closed"');
  });

  it('a stock phrase: too common, its measure, no speaker, and where it appears', () => {
    const r = run(['--corpus', fixture, 'over the next four years']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Verdict: +too common/m);
    expect(r.stdout).toMatch(/^Specificity: +\d+\.\d bits, under 40/m);
    expect(r.stdout).not.toMatch(/^Speaker:/m);
    expect(r.stdout).toMatch(/^Appears in:\n {2}- /m);
    const json = JSON.parse(
      run(['--json', '--corpus', fixture, 'over the next four years']).stdout,
    );
    expect(json).toMatchObject({ verdict: 'common', best: null, attribution: 'unknown' });
    expect(json.specificityBits).toBeLessThan(40);
  });

  it('says when the selection runs over two quotes of one article', () => {
    const r = run([
      '--corpus',
      fixture,
      'practical diplomatic efforts focused on the national interest.” “There is no reason for us to limit our own room to maneuver by picking one side,” he said.',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Spans: +two quotes of one article, 000_1461a4e715c05d43#10 and 000_1461a4e715c05d43#11: the verdict is the weaker part's$/m,
    );
  });

  it('--json gives one object of the documented shape', () => {
    const r = run([
      '--json',
      '--corpus',
      fixture,
      '--speaker',
      'Lee',
      "over the next eight years so that our government's peace process",
    ]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(Object.keys(out)).toEqual([
      'verdict',
      'attribution',
      'claimedSpeaker',
      'best',
      'matches',
      'reason',
    ]);
    expect(out).toMatchObject({
      verdict: 'altered',
      attribution: 'ambiguous',
      claimedSpeaker: 'Lee',
      reason: { code: 'number', words: ['four', 'eight'] },
    });
    expect(Object.keys(out.best)).toEqual([
      'quoteId',
      'quote',
      'speaker',
      'speakerId',
      'source',
      'kind',
      'score',
      'changes',
      'article',
      'origin',
    ]);
    expect(out.best).toMatchObject({
      speaker: 'Lee Soo-hyuck',
      speakerId: 'lee-soo-hyuck',
      kind: 'direct',
      origin: 'bundled',
    });
    expect(out.best.changes).toEqual([{ type: 'number', from: 'four', to: 'eight' }]);
    expect(Object.keys(out.best.article)).toEqual([
      'id',
      'title',
      'outlet',
      'url',
      'published',
      'dateSource',
    ]);
    expect(out.matches[0]).toEqual(out.best);
  });

  it('--jsonl answers every line in order and reports a bad line without stopping', () => {
    const input = [
      JSON.stringify({ text: 'We are ready for dialogue with North Korea at any time' }),
      '{not json',
      JSON.stringify({
        text: 'There is no reason for us to limit our own room',
        claimedSpeaker: 'Moon Jae-in',
      }),
      JSON.stringify({ nope: 1 }),
      JSON.stringify({ text: '' }),
    ].join('\n');
    const r = run(['--jsonl', '--corpus', fixture], `${input}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].verdict).toBe('verbatim');
    expect(out[1].error).toMatch(/^line 2: not valid JSON/);
    expect(out[2]).toMatchObject({ verdict: 'verbatim', attribution: 'conflict' });
    expect(out[3]).toEqual({ error: 'line 4: "text" must be a string' });
    expect(out[4]).toMatchObject({ verdict: 'too-short', best: null });
  });

  it('exits 2 with one line naming the file and the problem when the corpus is bad', () => {
    const missing = run(['--corpus', join(tmp, 'nope.json'), 'some words here']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^verify: .*nope\.json: file not found$/);

    const malformed = run([
      '--corpus',
      write('bad.json', '{"schemaVersion": 1,'),
      'some words here',
    ]);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr.trim().split('\n')).toHaveLength(1);
    expect(malformed.stderr).toMatch(/bad\.json: not valid JSON/);

    const version = run([
      '--corpus',
      write('v2.json', JSON.stringify({ ...seed, schemaVersion: 2 })),
      'x y z',
    ]);
    expect(version.status).toBe(2);
    expect(version.stderr).toMatch(/v2\.json: schemaVersion is 2/);

    const dangling = structuredClone(seed);
    dangling.quotes[3]!.speakerId = 'moon-jae-in';
    const ref = run(['--corpus', write('ref.json', JSON.stringify(dangling)), 'x y z']);
    expect(ref.status).toBe(2);
    expect(ref.stderr.trim()).toMatch(
      /ref\.json: quote "000_1461a4e715c05d43#4" refers to speaker "moon-jae-in", which does not exist$/,
    );
    for (const r of [missing, malformed, version, ref]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers a megabyte selection (too long for an argument, so on --jsonl) and says it was cut', () => {
    const text = 'We are ready for dialogue with North Korea. '.repeat(25_000);
    const r = run(['--jsonl', '--corpus', fixture], `${JSON.stringify({ text })}\n`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).truncated).toEqual({ readChars: 2000, totalChars: 1_100_000 });
  });

  it('reads a segment file as well as a corpus file, and answers from the shipped segment by default', () => {
    const corpus = parseCorpus(seed);
    if (!corpus.ok) throw new Error(corpus.error.message);
    const segment = join(tmp, 'seed.qcs');
    writeFileSync(segment, new Uint8Array(buildSegment(corpus.value)));
    const text = 'through any channel, and the door for dialogue will remain closed';
    const fromJson = run(['--json', '--corpus', fixture, text]);
    const fromSegment = run(['--json', '--corpus', segment, text]);
    expect(fromSegment.status).toBe(0);
    expect(fromSegment.stdout).toBe(fromJson.stdout);
    const shipped = run(['--json', 'We are ready for dialogue with North Korea at any time']);
    expect(JSON.parse(shipped.stdout)).toMatchObject({
      verdict: 'verbatim',
      best: { speaker: 'Lee Jae-myung', origin: 'bundled' },
    });
  });

  it('--reader adds the reader’s own corpus: one search over both, each answer saying which holds it', () => {
    const quote = 'The ferry to the northern islands will sail twice a day from the first of May';
    const mine = write(
      'mine.json',
      JSON.stringify({
        schemaVersion: 1,
        speakers: [{ id: 'mira-holt', name: 'Mira Holt', aliases: [], description: '' }],
        articles: [
          {
            id: 'web-1',
            title: 'Ferry timetable',
            outlet: 'Harbour Weekly',
            url: 'https://harbour-weekly.test/ferry',
            published: '2026-04-02',
            dateSource: 'article',
            byline: null,
            addedAt: '2026-11-30',
          },
        ],
        quotes: [
          {
            id: 'web-1#1',
            text: quote,
            speakerId: 'mira-holt',
            articleId: 'web-1',
            kind: 'direct',
            context: quote,
          },
        ],
        narration: [],
      }),
    );
    const reader = JSON.parse(run(['--json', '--reader', mine, quote]).stdout);
    expect(reader).toMatchObject({
      verdict: 'verbatim',
      best: {
        speaker: 'Mira Holt',
        origin: 'reader',
        article: { url: 'https://harbour-weekly.test/ferry', published: '2026-04-02' },
      },
    });
    const bundled = JSON.parse(
      run(['--json', '--reader', mine, 'We are ready for dialogue with North Korea at any time'])
        .stdout,
    );
    expect(bundled.best).toMatchObject({ speaker: 'Lee Jae-myung', origin: 'bundled' });
    const missing = run(['--reader', join(tmp, 'nope.json'), quote]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^verify: .*nope\.json: file not found$/);
  });

  it('exits 2 with one line when the segment file is damaged', () => {
    const corpus = parseCorpus(seed);
    if (!corpus.ok) throw new Error(corpus.error.message);
    const bytes = new Uint8Array(buildSegment(corpus.value));
    const r = run(['--corpus', write('cut.qcs', bytes.slice(0, 500)), 'x y z']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      new RegExp(
        `^verify: .*cut\\.qcs: the segment is truncated: 500 of its ${bytes.length} bytes$`,
      ),
    );
  });

  it('exits 1 with usage when there is no text', () => {
    const r = run(['--corpus', fixture]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no text to check/);
  });
});
