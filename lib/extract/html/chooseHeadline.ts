import { NOT_A_HEADLINE } from '../notAHeadline.ts';
import type { PageFacts } from './pageFacts.ts';

/** Fewest words of a headline: a one- or two-word heading is a section label ("National", "World News"). */
const MIN_HEADLINE_WORDS = 3;
/** Least share of the metadata headline's words an h1 must hold to be the same headline. */
const MIN_OVERLAP = 0.5;
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
  const overlapWith = (target: string) => {
    const want = new Set(words(norm(target)));
    return (t: string) => words(norm(t)).filter((w) => want.has(w)).length / Math.max(1, want.size);
  };
  // "<h1>Harbour Health Center</h1>" over "<h2>Ferry fares to rise</h2>", the page's
  // <title>: the h1 is the section's label, the heading the title names is the headline.
  const heading = titleHeading(doc);
  if (heading && h1s.every((h) => overlapWith(heading)(h) < MIN_OVERLAP)) return heading;
  if (h1s.length > 0) {
    if (stated === null) return h1s[0]!;
    const overlap = overlapWith(stated);
    const best = [...h1s].sort((a, b) => overlap(b) - overlap(a))[0]!;
    if (overlap(best) >= MIN_OVERLAP) return best;
  }
  if (stated === null || NOT_A_HEADLINE.test(stated)) return null;
  const trimmed = stated.replace(TITLE_SUFFIX, '');
  return words(trimmed).length >= MIN_HEADLINE_WORDS ? trimmed : stated;
}

/**
 * A heading below the h1 (h2 or h3) that prints the page's `<title>` word for word, with or
 * without the site's name after it: the story's own headline. Null when none does.
 */
function titleHeading(doc: Document): string | null {
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (words(title).length < MIN_HEADLINE_WORDS) return null;
  const forms = new Set([norm(title), norm(title.replace(TITLE_SUFFIX, ''))]);
  for (const h of doc.querySelectorAll('h2, h3')) {
    const t = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (words(t).length >= MIN_HEADLINE_WORDS && forms.has(norm(t))) return t;
  }
  return null;
}
