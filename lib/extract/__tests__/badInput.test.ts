import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../corpus/buildCorpus.ts';
import { formatBuildError } from '../../corpus/formatBuildError.ts';

const FRONT = [
  '---',
  'title: Bridge to open in May',
  'outlet: The Valley Voice',
  'url: null',
  'published: 2024-05-02',
  'date_source: curator',
  'byline: null',
  'language: en',
  '---',
];
const BODY = [
  'Bridge to open in May',
  '',
  'Mayor Ada Quill said that the bridge would open in May.',
];
const PATH = 'corpus/articles/bad.md';

/** Builds one article and returns its one-line error, or 'ok'. */
const problem = (lines: string[]) => {
  const built = buildCorpus([{ path: PATH, text: lines.join('\n') }]);
  return built.ok ? 'ok' : formatBuildError(built.error);
};
/** Builds one article and returns its warnings, one line each: `path:line: “text”: reason`. */
const warnings = (lines: string[]) => {
  const out: string[] = [];
  const built = buildCorpus([{ path: PATH, text: lines.join('\n') }], {
    onUnattributed: (w) => out.push(`${w.path}:${w.line}: “${w.text}”: ${w.reason}`),
  });
  if (!built.ok) throw new Error(formatBuildError(built.error));
  return out;
};
/** The texts of the quotes an article gives the corpus. */
const quoteTexts = (lines: string[]) => {
  const built = buildCorpus([{ path: PATH, text: lines.join('\n') }]);
  if (!built.ok) throw new Error(formatBuildError(built.error));
  return built.value.quotes.map((q) => q.text);
};
const withField = (field: string, value: string | null) =>
  FRONT.flatMap((l) =>
    l.startsWith(`${field}:`) ? (value === null ? [] : [`${field}: ${value}`]) : [l],
  );

describe('bad input: one line naming file and line', () => {
  it('accepts the good article', () => {
    expect(problem([...FRONT, ...BODY])).toBe('ok');
  });

  it('malformed front matter', () => {
    expect(problem([...withField('outlet', '"The Valley Voice'), ...BODY])).toBe(
      'corpus/articles/bad.md:8: malformed front matter: Missing closing "quote',
    );
    expect(problem([...withField('outlet', '[The Valley Voice'), ...BODY])).toMatch(
      /^corpus\/articles\/bad\.md:\d: malformed front matter: /,
    );
    expect(problem([...withField('outlet', 'a: b: c'), ...BODY])).toMatch(
      /^corpus\/articles\/bad\.md:3: malformed front matter: /,
    );
    expect(problem(['---', 'title: x', ...BODY])).toBe(
      'corpus/articles/bad.md:1: front matter opened with --- is never closed',
    );
    expect(problem(BODY)).toMatch(/^corpus\/articles\/bad\.md:1: no front matter/);
  });

  it('unknown field', () => {
    const lines = [...FRONT.slice(0, 2), 'author: Jo Reed', ...FRONT.slice(2), ...BODY];
    expect(problem(lines)).toBe(
      'corpus/articles/bad.md:3: unknown front matter field "author" (allowed: title, outlet, url, published, date_source, byline, language)',
    );
  });

  it('missing title, and a field left out rather than set to null', () => {
    expect(problem([...withField('title', null), ...BODY])).toBe(
      'corpus/articles/bad.md:1: front matter lacks "title"',
    );
    expect(problem([...withField('title', '""'), ...BODY])).toBe(
      'corpus/articles/bad.md:2: front matter lacks "title"',
    );
    expect(problem([...withField('byline', null), ...BODY])).toBe(
      'corpus/articles/bad.md:1: front matter lacks "byline" (write byline: null if unknown)',
    );
  });

  it('a date that does not parse', () => {
    expect(problem([...withField('published', '2024-02-30'), ...BODY])).toBe(
      'corpus/articles/bad.md:5: front matter "published" is not a calendar date YYYY-MM-DD: "2024-02-30"',
    );
    expect(problem([...withField('published', 'last Tuesday'), ...BODY])).toMatch(
      /^corpus\/articles\/bad\.md:5: /,
    );
    expect(
      problem([...FRONT, 'Bridge to open in May', 'Published : sometime in May', ...BODY.slice(1)]),
    ).toBe(
      'corpus/articles/bad.md:11: the article\'s date line cannot be read as a date: "Published : sometime in May"',
    );
  });

  it('a date the text states that the front matter contradicts', () => {
    const stated = [
      ...FRONT.slice(0, 9),
      'Bridge to open in May',
      'Posted on : 2024-05-01 10:00 KST',
      ...BODY.slice(1),
    ];
    expect(problem(stated)).toBe(
      'corpus/articles/bad.md:11: the article states the date 2024-05-01, but the front matter says published: 2024-05-02, date_source: curator (want published: 2024-05-01, date_source: article)',
    );
    expect(problem([...withField('date_source', 'article'), ...BODY])).toBe(
      'corpus/articles/bad.md:5: date_source is article, but the article text states no date line (use date_source: curator)',
    );
    expect(problem([...withField('date_source', 'null'), ...BODY])).toMatch(
      /"published" and "date_source" go together/,
    );
  });

  it('a quote whose speaker cannot be resolved is left out with a warning, the rest kept', () => {
    const article = [
      ...FRONT,
      ...BODY,
      '',
      '“We will be ready,” Quill said.',
      '',
      '“So will we,” the minister said.',
    ];
    expect(warnings(article)).toEqual([
      'corpus/articles/bad.md:16: “So will we,”: nobody in this article is called "the minister"',
    ]);
    expect(quoteTexts(article)).toEqual(['the bridge would open in May', 'We will be ready,']);
    expect(
      warnings([
        ...FRONT,
        'Bridge to open in May',
        '',
        '“Nobody asked us about the bridge at all.”',
      ]),
    ).toEqual([
      'corpus/articles/bad.md:12: “Nobody asked us about the bridge at all.”: no attribution in its sentence or paragraph, and no attributed quotation just before it',
    ]);
    expect(
      warnings([
        ...FRONT,
        'Bridge to open in May',
        '',
        'He said that the bridge would open in May.',
      ]),
    ).toEqual([
      'corpus/articles/bad.md:12: “the bridge would open in May”: no person before "He" fits it',
    ]);
  });

  it('an unbalanced quotation mark is a warning on its line; the article is still read', () => {
    expect(
      warnings([...FRONT, ...BODY, '', 'Mayor Ada Quill said the bridge was ready.”']),
    ).toEqual([
      'corpus/articles/bad.md:14: “Mayor Ada Quill said the bridge was ready.””: a closing ” that no “ opened (at character 43)',
    ]);
  });

  it('a quotation never closed ends at the paragraph’s end, or before its own attribution', () => {
    // The page lost the closing mark before “, Mayor Ada Quill said.”: the quotation ends at the comma.
    expect(
      warnings([
        ...FRONT,
        ...BODY,
        '',
        '“The bridge is ready, Mayor Ada Quill said.',
        '',
        'Then she left.',
      ]),
    ).toEqual([]);
    expect(
      quoteTexts([...FRONT, ...BODY, '', '“The bridge is ready, Mayor Ada Quill said.']),
    ).toEqual(['the bridge would open in May', 'The bridge is ready,']);
    // An introduced quotation never closed runs to the end of its paragraph, and is attributed.
    expect(
      quoteTexts([
        ...FRONT,
        ...BODY,
        '',
        'Mayor Ada Quill told the council: “The bridge is ready. We open in May.',
        '',
        'Then she left.',
      ]),
    ).toEqual(['the bridge would open in May', 'The bridge is ready. We open in May.']);
  });

  it('two files with one article id', () => {
    const text = [...FRONT, ...BODY].join('\n');
    const built = buildCorpus([
      { path: 'corpus/articles/a/x.md', text },
      { path: 'corpus/articles/b/x.md', text },
    ]);
    expect(built.ok ? 'ok' : formatBuildError(built.error)).toBe(
      'corpus/articles/b/x.md:1: article id "x" is also the id of corpus/articles/a/x.md: rename one file',
    );
  });
});
