import type { QcError, Result } from '../result.ts';
import { err, ok } from '../result.ts';

/**
 * Largest article file read, in bytes. A long news article with its page furniture is
 * 20–100 KB; 2 MiB is twenty times that, so anything bigger is not one article (a whole
 * site, a book, a database dump) and is refused before it is read.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const HOW = 'give it one article as UTF-8 text';

/**
 * Reads an article file's bytes as text: UTF-8 (a UTF-8 or UTF-16 byte-order mark is
 * honoured), refusing what no article is: no text at all, binary data, bytes that are not
 * UTF-8, and files over MAX_ARTICLE_BYTES. The message names what is wrong and what to do.
 */
export function decodeArticle(bytes: Uint8Array): Result<string, QcError> {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return err({ code: 'too-large', message: tooLarge(bytes.length) });
  }
  let text: string;
  const [b0, b1] = bytes;
  try {
    if (b0 === 0xff && b1 === 0xfe)
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (b0 === 0xfe && b1 === 0xff)
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else {
      const nul = bytes.indexOf(0);
      if (nul >= 0) {
        return err({
          code: 'binary',
          message: `is not text (a NUL byte at offset ${nul}: binary data, or UTF-16 without a byte-order mark): ${HOW}`,
        });
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return err({
      code: 'not-utf8',
      message: `is not UTF-8 text (the byte at offset ${firstInvalidUtf8(bytes)} is not UTF-8; Latin-1 or Windows-1252?): save it as UTF-8`,
    });
  }
  if (text.replace(/^\ufeff/, '').trim() === '') {
    return err({
      code: 'empty',
      message: `${bytes.length === 0 ? 'is empty' : 'holds only blank space'}: ${HOW}`,
    });
  }
  return ok(text);
}

/** The refusal for a file of `size` bytes, also used before reading a file that big. */
export function tooLarge(size: number): string {
  const mib = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `is ${mib(size)}, more than one article can be (at most ${mib(MAX_ARTICLE_BYTES)}): ${HOW}`;
}

/** Offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // The longest prefix that decodes so far (an unfinished last character allowed) only
  // grows shorter once a bad byte is in it, so halving finds the bad byte.
  const decodes = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodes(mid)) lo = mid;
    else hi = mid - 1;
  }
  // "é" in Latin-1 is 0xE9, a UTF-8 lead byte: the fault is that byte, not the next one.
  let lead = lo;
  while (lead > 0 && lo - lead < 3 && ((bytes[lead - 1] ?? 0) & 0xc0) === 0x80) lead--;
  const first = bytes[lead - 1] ?? 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead > 0 && length > 1 && lo - (lead - 1) < length ? lead - 1 : lo;
}
