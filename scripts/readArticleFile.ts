import { decodeArticle } from '../lib/extract/decodeArticle.ts';
import { capturedHtmlLines } from '../lib/extract/html/capturedHtmlLines.ts';
import { parseArticle, parseHtmlArticle } from '../lib/extract/parseArticle.ts';
import type { ExtractError, ExtractedArticle } from '../lib/extract/types.ts';
import type { Result } from '../lib/result.ts';

/** A saved web page: by its name, or by its first characters. */
const HTML_NAME = /\.x?html?$/i;
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i;

/** An article file as extracted, and its text as captured, one paragraph a line. */
export interface ArticleFile {
  article: ExtractedArticle;
  /**
   * The file's lines (plain text, Markdown), or a web page's lines as read: its headline, the
   * article's paragraphs, date and byline lines (not captions or furniture: the HTML reader
   * knows them by their elements, a text copy would read them as the article's own). Read on
   * demand: only `extract --markdown` needs them, and a web page's cost a second pass of
   * Readability.
   */
  captured: () => string[];
  /** The file opens with front matter: it is already a corpus article. */
  curated: boolean;
}

/**
 * Extracts one article file's bytes: a saved web page (`.html`, or text that opens like
 * one) through linkedom and `parseHtmlArticle`, anything else as Markdown or plain text
 * (`parseArticle`). A file that cannot be an article gives `{ file: message }`.
 */
export async function readArticleFile(
  path: string,
  bytes: Uint8Array,
): Promise<Result<ArticleFile, ExtractError | { file: string }>> {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, error: { file: decoded.error.message } };
  const text = decoded.value;
  if (HTML_NAME.test(path) || HTML_START.test(text.slice(0, 200))) {
    // Loaded only for a web page: plain text starts faster without it.
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(text);
    const doc = document as unknown as Document;
    const parsed = parseHtmlArticle(path, doc);
    if (!parsed.ok) return parsed;
    const captured = () => capturedHtmlLines(doc);
    return { ok: true, value: { article: parsed.value, captured, curated: false } };
  }
  const parsed = parseArticle(path, text);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: {
      article: parsed.value,
      captured: () => text.split(/\r?\n/),
      curated: /^\uFEFF?---\r?\n/.test(text),
    },
  };
}
