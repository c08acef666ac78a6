/**
 * A headline without the outlet's name its page title ends with ("Fares rise again |
 * Harbour Radio", "Fares rise again - Harbour Radio"): the browser's title line copied as
 * the headline. Only the name the page names as its outlet elsewhere goes, so a name that
 * belongs to the headline ("… - Ada Quill") stays. Unchanged when it ends otherwise.
 */
export function withoutOutletSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const escaped = outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const suffix = new RegExp(String.raw`\s+[|–—-]\s+${escaped}\s*$`, 'u');
  const cut = title.replace(suffix, '');
  return cut.trim() === '' ? title : cut;
}
