import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { httpUrl } from '../httpUrl.ts';
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { isIsoDate } from './isIsoDate.ts';
import type { ArticleMeta, ExtractError } from './types.ts';

/** The fields a curator may set, in the order the docs list them. */
const FIELDS = ['title', 'outlet', 'url', 'published', 'date_source', 'byline', 'language'];
const FENCE = '---';

export interface FrontMatter {
  meta: ArticleMeta;
  /** The body exactly as stored below the closing fence. */
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
  /** 1-based file line of each field, for messages about it. */
  fieldLines: Record<string, number>;
}

/**
 * Splits `---` YAML front matter from the body and checks every field. Returns `null`
 * value when the file has no front matter at all (plain text as copied from a page).
 */
export function parseFrontMatter(
  path: string,
  text: string,
): Result<FrontMatter | null, ExtractError> {
  const fail = (code: ExtractError['code'], line: number, message: string) =>
    err<ExtractError>({ code, path, line, message });
  if (!text.startsWith(`${FENCE}\n`) && !text.startsWith(`${FENCE}\r\n`)) return ok(null);
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && l.replace(/\r$/, '') === FENCE);
  if (close < 0) return fail('front-matter', 1, 'front matter opened with --- is never closed');
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : counter.linePos(offset).line + 1;
  const firstError = doc.errors[0];
  if (firstError) {
    // The YAML library counts lines from the fence; drop its own "at line N, column M".
    const msg = (firstError.message.split('\n')[0] ?? 'malformed YAML').replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    return fail('front-matter', lineOf(firstError.pos[0]), `malformed front matter: ${msg}`);
  }
  if (!isMap(doc.contents))
    return fail('front-matter', 2, 'front matter must be a YAML mapping of fields');
  const values: Record<string, unknown> = {};
  const lineOfField: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (!FIELDS.includes(key)) {
      return fail(
        'unknown-field',
        line,
        `unknown front matter field "${key}" (allowed: ${FIELDS.join(', ')})`,
      );
    }
    values[key] = isScalar(pair.value)
      ? pair.value.value
      : pair.value === null
        ? null
        : pair.value?.toJSON();
    lineOfField[key] = line;
  }
  const lineFor = (key: string) => lineOfField[key] ?? 1;
  const str = (key: string, required: boolean): Result<string | null, ExtractError> => {
    const v = values[key];
    if (v === undefined || v === null || v === '') {
      if (required) return fail('missing-field', lineFor(key), `front matter lacks "${key}"`);
      if (v === undefined)
        return fail(
          'missing-field',
          1,
          `front matter lacks "${key}" (write ${key}: null if unknown)`,
        );
      return ok(null);
    }
    if (typeof v !== 'string') {
      return fail(
        'bad-field',
        lineFor(key),
        `front matter "${key}" must be text, got ${JSON.stringify(v)}`,
      );
    }
    return ok(v.trim());
  };
  const title = str('title', true);
  if (!title.ok) return title;
  const outlet = str('outlet', false);
  if (!outlet.ok) return outlet;
  const url = str('url', false);
  if (!url.ok) return url;
  if (url.value !== null && httpUrl(url.value) === null) {
    return fail(
      'bad-field',
      lineFor('url'),
      `front matter "url" must be an http(s) address or null, got "${url.value}"`,
    );
  }
  const byline = str('byline', false);
  if (!byline.ok) return byline;
  const language = str('language', true);
  if (!language.ok) return language;
  const published = str('published', false);
  if (!published.ok) return published;
  if (published.value !== null && !isIsoDate(published.value)) {
    return fail(
      'bad-date',
      lineFor('published'),
      `front matter "published" is not a calendar date YYYY-MM-DD: "${published.value}"`,
    );
  }
  const source = str('date_source', false);
  if (!source.ok) return source;
  if (source.value !== null && source.value !== 'article' && source.value !== 'curator') {
    return fail(
      'bad-field',
      lineFor('date_source'),
      `front matter "date_source" must be article or curator, got "${source.value}"`,
    );
  }
  if ((published.value === null) !== (source.value === null)) {
    return fail(
      'bad-field',
      lineFor(published.value === null ? 'date_source' : 'published'),
      'front matter "published" and "date_source" go together: give both, or null for both',
    );
  }
  return ok({
    meta: {
      title: title.value!,
      outlet: outlet.value,
      url: url.value,
      published: published.value,
      dateSource: source.value as ArticleMeta['dateSource'],
      byline: byline.value,
      language: language.value!,
    },
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    fieldLines: lineOfField,
  });
}
