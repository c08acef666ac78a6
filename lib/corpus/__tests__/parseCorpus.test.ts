import { describe, expect, it } from 'vitest';
import seed from '../../match/__tests__/fixtures/seedCorpus.json';
import { parseCorpus, parseCorpusEntry } from '../parseCorpus';

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

describe('parseCorpus: fields of the reader corpus and imports (schema v1, extended)', () => {
  it('keeps Wikidata ids, a collection date, the date added and an unattributed quote', () => {
    const c = clone();
    c.speakers[0]!.qids = ['Q12345', 'Q7'];
    c.articles[0]!.dateSource = 'collection';
    c.articles[0]!.addedAt = '2026-11-30';
    c.quotes[0]!.speakerId = null;
    const r = parseCorpus(c);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.speakers[0]!.qids).toEqual(['Q12345', 'Q7']);
    expect(r.value.speakers[1]).not.toHaveProperty('qids');
    expect(r.value.articles[0]!.dateSource).toBe('collection');
    expect(r.value.articles[0]!.addedAt).toBe('2026-11-30');
    expect(r.value.articles[1]).not.toHaveProperty('addedAt');
    expect(r.value.quotes[0]!.speakerId).toBeNull();
  });

  it('refuses qids that are not Wikidata ids, and an addedAt that is not a date', () => {
    const c = clone();
    c.speakers[0]!.qids = ['Q12', 'Barack Obama'];
    expect(errorOf(c)).toBe(
      'speaker "lee-jae-myung": "qids" must be an array of Wikidata ids such as "Q22686"',
    );
    c.speakers[0]!.qids = 'Q12';
    expect(errorOf(c)).toMatch(/"qids" must be an array/);
    const d = clone();
    d.articles[0]!.addedAt = '2026-02-30';
    expect(errorOf(d)).toMatch(/"addedAt" must be a calendar date/);
    const e = clone();
    e.articles[0]!.dateSource = 'quotebank';
    expect(errorOf(e)).toMatch(/"dateSource" must be "article", "curator", "collection" or null/);
  });

  it('parseCorpusEntry checks one entry against the ids read so far', () => {
    const known = { speakers: new Set(['a']), articles: new Set(['x']) };
    const quote = { id: 'x#1', text: 'We will.', speakerId: 'a', articleId: 'x', kind: 'direct' };
    const good = parseCorpusEntry('quotes', { ...quote, context: '' }, 0, known);
    expect(good.ok && good.value.speakerId).toBe('a');
    const missing = parseCorpusEntry('quotes', { ...quote, speakerId: 'b', context: '' }, 0, known);
    expect(missing.ok ? '' : missing.error.message).toBe(
      'quote "x#1" refers to speaker "b", which does not exist',
    );
    const speaker = parseCorpusEntry('speakers', { id: 's', name: 'S', aliases: [] }, 4, known);
    expect(speaker.ok ? '' : speaker.error.message).toBe(
      'speaker "s": "description" must be a string, got nothing (the field is missing)',
    );
  });
});
