import { decodeArticle } from '../lib/extract/decodeArticle.ts';
import { parseArticle, parseHtmlArticle } from '../lib/extract/parseArticle.ts';
import type { ExtractError, ExtractedArticle } from '../lib/extract/types.ts';
import type { Result } from '../lib/result.ts';

/** A saved web page: by its name, or by its first characters. */
const HTML_NAME = /\.x?html?$/i;
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i;

/**
 * Extracts one article file's bytes: a saved web page (`.html`, or text that opens like
 * one) through linkedom and `parseHtmlArticle`, anything else as Markdown or plain text
 * (`parseArticle`). A file that cannot be an article gives `{ file: message }`.
 */
export async function readArticleFile(
  path: string,
  bytes: Uint8Array,
): Promise<Result<ExtractedArticle, ExtractError | { file: string }>> {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, error: { file: decoded.error.message } };
  const text = decoded.value;
  if (HTML_NAME.test(path) || HTML_START.test(text.slice(0, 200))) {
    // Loaded only for a web page: plain text starts faster without it.
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(text);
    return parseHtmlArticle(path, document as unknown as Document);
  }
  return parseArticle(path, text);
}
