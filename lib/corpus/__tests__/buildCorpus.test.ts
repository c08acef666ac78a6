import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus.ts';
import { serializeCorpus } from '../serializeCorpus.ts';

/** The corpus articles and the test fixture articles (invented people, never shipped). */
const files = ['corpus/articles', 'lib/extract/__tests__/fixtures'].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => ({ path: `${dir}/${n}`, text: readFileSync(`${dir}/${n}`, 'utf8') })),
);

const build = (input = files) => {
  const built = buildCorpus(input);
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
};

describe('buildCorpus', () => {
  it('makes one speaker of Lee Jae-myung across 000 and 003, another of Lee Soo-hyuck', () => {
    const corpus = build();
    const bySpeaker = (id: string) =>
      new Set(corpus.quotes.filter((q) => q.speakerId === id).map((q) => q.articleId));
    expect(bySpeaker('lee-jae-myung')).toEqual(
      new Set(['000_1461a4e715c05d43', '003_005e97e9032f4c24']),
    );
    expect(bySpeaker('lee-soo-hyuck')).toEqual(new Set(['002_4a49de1aac6f285b']));
    const jm = corpus.speakers.find((s) => s.id === 'lee-jae-myung');
    expect(jm).toEqual({
      id: 'lee-jae-myung',
      name: 'Lee Jae-myung',
      aliases: ['Gyeonggi Gov. Lee Jae-myung', 'President Lee', 'President Lee Jae-myung'],
      description:
        'President (2025); Gyeonggi governor, Democratic Party frontrunner for the 2022 presidential election (2021)',
    });
    expect(corpus.speakers.find((s) => s.id === 'lee-soo-hyuck')?.description).toBe(
      "Ambassador, South Korea's top diplomat in the United States",
    );
  });

  it('keeps the two Parks of article 011 apart', () => {
    const corpus = build();
    const parks = corpus.speakers.filter((s) => s.name.startsWith('Park '));
    expect(parks.map((s) => [s.id, s.description])).toEqual([
      ['park-ji-won', 'leader of the main opposition Democratic Alliance'],
      ['park-min-ho', 'Finance Minister'],
    ]);
  });

  it('gives the articles their outlet, date and where the date comes from', () => {
    const corpus = build();
    expect(
      corpus.articles.map((a) => [a.id, a.outlet, a.published, a.dateSource, a.byline]),
    ).toEqual([
      [
        '000_1461a4e715c05d43',
        'The Hankyoreh',
        '2021-08-23',
        'article',
        'Song Chae Kyung-hwa, staff reporter',
      ],
      ['002_4a49de1aac6f285b', 'The Korea Herald', '2020-10-29', 'article', 'Yonhap'],
      ['003_005e97e9032f4c24', null, '2025-11-23', 'curator', null],
      [
        '010_harbourside-courier-calloway-harbour',
        'The Harbourside Courier',
        '2024-03-14',
        'article',
        'Eleanor Pike, health correspondent',
      ],
      [
        '011_hanriver-gazette-park-vat',
        'The Hanriver Gazette',
        '2023-06-03',
        'article',
        'Jung Ha-eun',
      ],
      ['012_lantern-review-hollin-glacier', 'The Lantern Review', null, null, null],
      [
        '013_ridgeway-wire-mercer-fine',
        'The Ridgeway Business Wire',
        '2025-03-03',
        'article',
        'Dana Whitfield',
      ],
      [
        '014_kestrel-chronicle-cho-grid',
        'The Kestrel Bay Chronicle',
        '2024-09-12',
        'article',
        'Yoon Ha-rin',
      ],
    ]);
  });

  it('numbers quotes and narration per article from 1, in article order', () => {
    const corpus = build();
    const ids = corpus.quotes
      .filter((q) => q.articleId === '002_4a49de1aac6f285b')
      .map((q) => q.id);
    expect(ids).toEqual(
      Array.from({ length: ids.length }, (_, i) => `002_4a49de1aac6f285b#${i + 1}`),
    );
    expect(corpus.narration[0]?.id).toBe('000_1461a4e715c05d43~1');
    const speakerIds = new Set(corpus.speakers.map((s) => s.id));
    for (const q of corpus.quotes)
      expect(q.speakerId === null || speakerIds.has(q.speakerId), q.id).toBe(true);
  });

  it('is deterministic: same bytes twice, and whatever the order of the files', () => {
    const once = serializeCorpus(build());
    expect(serializeCorpus(build())).toBe(once);
    expect(serializeCorpus(build([...files].reverse()))).toBe(once);
  });

  it('merges two spellings of one name into one speaker, the other spelling an alias', () => {
    const article = (name: string, date: string) =>
      [
        '---',
        `title: ${name} speaks`,
        'outlet: null',
        'url: null',
        `published: ${date}`,
        'date_source: curator',
        'byline: null',
        'language: en',
        '---',
        `${name} speaks about the bridge`,
        '',
        `Mayor ${name} said that the bridge would open in May.`,
      ].join('\n');
    const built = buildCorpus([
      { path: 'a.md', text: article('Lee Jae-myung', '2021-01-01') },
      { path: 'b.md', text: article('Lee Jae Myung', '2022-01-01') },
    ]);
    expect(built.ok && built.value.speakers).toEqual([
      {
        id: 'lee-jae-myung',
        name: 'Lee Jae-myung',
        aliases: ['Lee Jae Myung', 'Mayor Lee Jae Myung', 'Mayor Lee Jae-myung'],
        description: 'Mayor',
      },
    ]);
  });
});
