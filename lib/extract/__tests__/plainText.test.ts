import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

/** The corpus articles and the test fixture articles, as `[id, path]`. */
const files = ['corpus/articles', 'lib/extract/__tests__/fixtures'].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => [n.replace(/\.md$/, ''), `${dir}/${n}`] as const),
);

/**
 * Facts a page may not print, which only the curator's front matter gives: the outlet
 * of 000 (only an e-mail address), 012 and 013 (never named), and 003's date ("the 23rd").
 */
const FRONT_MATTER_ONLY: Record<string, string[]> = {
  '000_1461a4e715c05d43': ['outlet'],
  '003_005e97e9032f4c24': ['published', 'dateSource'],
  '012_lantern-review-hollin-glacier': ['outlet'],
  '013_ridgeway-wire-mercer-fine': ['outlet'],
};

describe('every corpus and fixture article read as plain text copied from its page', () => {
  for (const [id, path] of files) {
    it(`${id}: the same quotes, narration and stated facts as with its front matter`, () => {
      const file = readFileSync(path, 'utf8');
      const curated = parseArticle(`${id}.md`, file);
      const plain = parseArticle(`${id}.txt`, file.slice(file.indexOf('\n---\n') + 5));
      if (!curated.ok || !plain.ok) throw new Error(`${id} does not parse`);
      const strip = ({ kind, speaker, text, context }: (typeof curated.value.quotes)[number]) => [
        kind,
        speaker,
        text,
        context,
      ];
      expect(plain.value.quotes.map(strip)).toEqual(curated.value.quotes.map(strip));
      expect(plain.value.narration).toEqual(curated.value.narration);
      const only = FRONT_MATTER_ONLY[id] ?? [];
      for (const [field, value] of Object.entries(curated.value.meta)) {
        const got = (plain.value.meta as unknown as Record<string, unknown>)[field];
        if (field === 'url') expect(got, field).toBeNull();
        else if (field === 'language') expect(got, field).toBe('en');
        else if (only.includes(field)) expect(got, field).toBeNull();
        else expect(got, field).toEqual(value);
      }
    });
  }
});
