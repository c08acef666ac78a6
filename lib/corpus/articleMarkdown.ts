/**
 * A draft corpus article (`corpus/articles/<id>.md`) from an extracted page: the front
 * matter from the page's facts, the body the page's text as captured (`captured`, one
 * paragraph a line, as printed, not tidied; for a web page `capturedHtmlLines`). A draft for
 * a curator to check against the page, never written into the corpus by itself:
 * `npm run -s extract -- --markdown FILE`.
 *
 * `date_source` follows the corpus build's rule: `article` only when the body prints that
 * very date (the build checks it), else `curator` with a comment saying where the date came
 * from (a web page's metadata: JSON-LD, `article:published_time`, `<time>`).
 */
import { parseArticle } from '../extract/parseArticle.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { httpUrl } from '../httpUrl.ts';

export interface ArticleMarkdown {
  markdown: string;
  /** What the curator must check before the draft joins the corpus, one line each. */
  notes: string[];
}

/** A YAML scalar: `null`, or a double-quoted string (JSON's escapes are YAML's). */
const scalar = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));

export function articleMarkdown(
  article: ExtractedArticle,
  captured: readonly string[],
): ArticleMarkdown {
  const { meta } = article;
  const notes: string[] = [];
  const body = captured
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  // What the body alone states, read as the build will read the draft.
  const asText = parseArticle('draft.txt', body);
  const printed = asText.ok ? asText.value.meta.published : null;
  let dateSource: 'article' | 'curator' | null = null;
  let dateComment = '';
  if (meta.published !== null) {
    if (printed === meta.published) dateSource = 'article';
    else {
      dateSource = 'curator';
      dateComment = "  # from the page's metadata, not a date line of the text";
      notes.push(
        `published: ${meta.published} comes from the page's metadata, not from a date line of the text: check it against the page (date_source: curator)`,
      );
    }
  } else notes.push('published: null: the page states no date');
  const url = httpUrl(meta.url);
  if (url === null) notes.push('url: null: give the real address of the page, never a guessed one');
  if (meta.outlet === null) notes.push('outlet: null: the page does not name its outlet');
  if (article.unattributed.length > 0)
    notes.push(
      `${article.unattributed.length} quotation(s) could not be attributed: npm run corpus will warn and leave them out`,
    );
  const markdown = [
    '---',
    `title: ${scalar(meta.title)}`,
    `outlet: ${scalar(meta.outlet)}`,
    `url: ${scalar(url)}`,
    `published: ${meta.published ?? 'null'}${dateComment}`,
    `date_source: ${dateSource ?? 'null'}`,
    `byline: ${scalar(meta.byline)}`,
    `language: ${meta.language}`,
    '---',
    body,
    '',
  ].join('\n');
  return { markdown, notes };
}
