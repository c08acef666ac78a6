import { describe, expect, it } from 'vitest';
import seed from '../../match/__tests__/fixtures/seedCorpus.json';
import { parseCorpus } from '../parseCorpus';

const clone = (): Record<string, unknown> & {
  quotes: Record<string, unknown>[];
  articles: Record<string, unknown>[];
  speakers: Record<string, unknown>[];
} => structuredClone(seed) as never;

const errorOf = (json: unknown): string => {
  const r = parseCorpus(json);
  if (r.ok) throw new Error('expected an error');
  expect(r.error.code).toBe('corpus-invalid');
  return r.error.message;
};

describe('parseCorpus', () => {
  it('accepts the fixture corpus and keeps every entry', () => {
    const r = parseCorpus(seed);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.quotes).toHaveLength(seed.quotes.length);
      expect(r.value.narration).toHaveLength(seed.narration.length);
      expect(r.value.speakers.map((s) => s.id)).toEqual(['lee-jae-myung', 'lee-soo-hyuck']);
    }
  });

  it('accepts a quote of an unnamed source: speakerId null with its source phrase and kind', () => {
    const c = clone();
    Object.assign(c.quotes[0]!, {
      speakerId: null,
      source: 'a senior official',
      sourceKind: 'anonymous',
    });
    const r = parseCorpus(c);
    expect(r.ok && r.value.quotes[0]).toMatchObject({
      speakerId: null,
      source: 'a senior official',
      sourceKind: 'anonymous',
    });
    // An import line nobody attributed: no speaker and no source.
    const bare = clone();
    bare.quotes[0]!.speakerId = null;
    expect(parseCorpus(bare).ok).toBe(true);
  });

  it('refuses a source on a named speaker, a source without its kind, and an unknown kind', () => {
    const named = clone();
    Object.assign(named.quotes[0]!, { source: 'a senior official', sourceKind: 'anonymous' });
    expect(errorOf(named)).toMatch(/"source" is for a quote with "speakerId": null/);
    const noKind = clone();
    Object.assign(noKind.quotes[0]!, { speakerId: null, source: 'the ministry' });
    expect(errorOf(noKind)).toMatch(
      /"sourceKind" must be "anonymous" or "organisation", got nothing/,
    );
    const badKind = clone();
    Object.assign(badKind.quotes[0]!, {
      speakerId: null,
      source: 'the ministry',
      sourceKind: 'government',
    });
    expect(errorOf(badKind)).toMatch(/"sourceKind" must be .* got "government"/);
  });

  it('rejects what is not a corpus object', () => {
    expect(errorOf(null)).toMatch(/JSON object, got null/);
    expect(errorOf([])).toMatch(/got an array/);
  });

  it('names the schema version it found and the one it reads', () => {
    const c = clone();
    c.schemaVersion = 2;
    expect(errorOf(c)).toMatch(/schemaVersion is 2, .* reads 1/);
    delete c.schemaVersion;
    expect(errorOf(c)).toMatch(/schemaVersion is missing/);
  });

  it('names the quote that refers to a missing speaker or article', () => {
    const c = clone();
    c.quotes[2]!.speakerId = 'moon-jae-in';
    expect(errorOf(c)).toBe(
      'quote "000_1461a4e715c05d43#3" refers to speaker "moon-jae-in", which does not exist',
    );
    const d = clone();
    d.quotes[0]!.articleId = 'nowhere';
    expect(errorOf(d)).toBe(
      'quote "000_1461a4e715c05d43#1" refers to article "nowhere", which does not exist',
    );
  });

  it('names the missing or malformed field and where it is', () => {
    const c = clone();
    delete c.quotes[1]!.text;
    expect(errorOf(c)).toBe(
      'quote "000_1461a4e715c05d43#2": "text" must be a string, got nothing (the field is missing)',
    );
    const d = clone();
    d.quotes[1]!.kind = 'indirect';
    expect(errorOf(d)).toMatch(
      /quote "000_1461a4e715c05d43#2": "kind" must be "direct" or "reported"/,
    );
    const e: Record<string, unknown> = clone();
    delete e.quotes;
    expect(errorOf(e)).toBe('"quotes" must be an array, got nothing (the field is missing)');
    const f = clone();
    f.articles[0]!.published = '23 Aug 2021';
    expect(errorOf(f)).toMatch(
      /article "000_1461a4e715c05d43": "published" must be a calendar date YYYY-MM-DD/,
    );
    // The right shape is not enough: the card would show no date for it, as if unstated.
    f.articles[0]!.published = '2021-02-30';
    expect(errorOf(f)).toMatch(
      /article "000_1461a4e715c05d43": "published" must be a calendar date YYYY-MM-DD or null, got "2021-02-30"/,
    );
    const g = clone();
    g.articles[0]!.dateSource = null;
    expect(errorOf(g)).toMatch(/"dateSource" must be null exactly when "published" is null/);
    const h = clone();
    h.speakers[0]!.aliases = 'Lee';
    expect(errorOf(h)).toMatch(/speaker "lee-jae-myung": "aliases" must be an array of strings/);
    const i = clone();
    (i.quotes as unknown[])[0] = 'text';
    expect(errorOf(i)).toBe('quote 1 must be an object, got a string');
  });

  it('rejects duplicate ids', () => {
    const c = clone();
    c.quotes[1]!.id = c.quotes[0]!.id;
    expect(errorOf(c)).toBe('quote "000_1461a4e715c05d43#1" appears twice');
  });
});
