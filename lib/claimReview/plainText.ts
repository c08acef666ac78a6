/**
 * Page text made safe to hand on as a plain-text field: markup tags and comments taken
 * out (a page's title or a selection may carry `<b>` or a `<script>` someone typed),
 * control and format characters dropped, whitespace folded to single spaces, and the
 * result cut to `limit` characters (with "…", never inside a surrogate pair).
 */

/** A tag (`<b>`, `</a>`, `<img src=x onerror=…>`), a comment or a doctype/CDATA opener. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^<>]*>?|<![^<>]*>?/gu;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;

export function plainText(text: string, limit: number): string {
  let out = text;
  // Removing one tag can join the halves of another ("<<b>script>"): repeat until none is left.
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(MARKUP, ' ');
  }
  out = out.replace(/\s+/gu, ' ').replace(INVISIBLE, '').trim();
  if (out.length <= limit) return out;
  const code = out.charCodeAt(limit - 2);
  const cut = code >= 0xd800 && code <= 0xdbff ? limit - 2 : limit - 1;
  return `${out.slice(0, cut).trimEnd()}…`;
}
