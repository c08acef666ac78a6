/** A size for people: `840 bytes`, `12.4 KB`, `3.1 MB`, `1.2 GB` (1 KB = 1,000 bytes, as browsers report quota). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['KB', 'MB', 'GB', 'TB'];
  if (!Number.isFinite(bytes) || bytes < 1000)
    return `${Math.max(0, Math.round(bytes || 0)).toLocaleString(locale)} bytes`;
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}
