/** An attribute of a tag: `href="…"`, `target=_blank`, `progressive=""`. */
const ATTRIBUTE = String.raw`[ \t]+[\w:-]+(?:[ \t]*=[ \t]*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>]+))?`;
/**
 * A tag of markup left in a page's copied text: `<a href="…" target="_blank">`, `</a>`,
 * `<i>`, `<br/>`, on one line. (One whose name the copy cut off, `< position="…"/>`, is
 * left: such a copy has lost more than tags, often quotation marks of its own, and its
 * paragraph is better read as one whose marks pair with nothing.)
 */
const TAG = new RegExp(String.raw`<\/?[A-Za-z][\w-]*(?:${ATTRIBUTE})*[ \t]*\/?>`, 'g');

/**
 * A page's text copied with bits of its HTML markup left in it ("… in <a
 * href="https://…">London</a> …"): the tags are taken out, so the marks around an
 * attribute's value are never read as quotation marks and the words read on as printed.
 * Text without tags (and "a < b", "<3") is left as it is; every line stays a line.
 */
export function withoutTagMarkup(text: string): string {
  return text.includes('<') ? text.replace(TAG, '') : text;
}
