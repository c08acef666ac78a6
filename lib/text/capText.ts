/** Cuts text to `limit` UTF-16 units without splitting a surrogate pair (one unit fewer then). */
export function capText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}
