/**
 * The address as a normalised http(s) URL, or `null` for anything else (`javascript:`,
 * `data:`, `file:`, a relative or malformed address, one with credentials in it): only
 * http(s) pages are ever linked from what we write.
 */
export function httpUrl(address: string | null | undefined): string | null {
  if (typeof address !== 'string' || address.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}
