import { NOT_A_HEADLINE } from '../notAHeadline.ts';
import type { PageFacts } from './pageFacts.ts';

/** Fewest words of a headline: a one- or two-word heading is a section label ("National", "World News"). */
const MIN_HEADLINE_WORDS = 3;
/** Separators between a page title and the site's name ("Headline | The Outlet", "Headline - Outlet"). */
const TITLE_SUFFIX = /\s+(?:[|–—]|-|::|·)\s+[^|–—]{1,60}$/;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .trim();

/**
 * The headline a reader sees: the page's `<h1>` when it is one (not a section label,
 * breadcrumb or archive heading), preferring the one closest to the metadata's headline;
 * else the metadata's (JSON-LD, og:title), else `<title>` without the site's name.
 */
export function chooseHeadline(doc: Document, facts: PageFacts): string | null {
  const stated = facts.headline;
  const h1s = [...doc.querySelectorAll('h1')]
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => words(t).length >= MIN_HEADLINE_WORDS && !NOT_A_HEADLINE.test(t));
  if (h1s.length > 0) {
    if (stated === null) return h1s[0]!;
    const want = new Set(words(norm(stated)));
    const overlap = (t: string) =>
      words(norm(t)).filter((w) => want.has(w)).length / Math.max(1, want.size);
    const best = [...h1s].sort((a, b) => overlap(b) - overlap(a))[0]!;
    if (overlap(best) >= 0.5) return best;
  }
  if (stated === null || NOT_A_HEADLINE.test(stated)) return null;
  const trimmed = stated.replace(TITLE_SUFFIX, '');
  return words(trimmed).length >= MIN_HEADLINE_WORDS ? trimmed : stated;
}
