/**
 * The production builds, as shipped (`wxt build`, `wxt build -b firefox`): least privilege,
 * nothing that reaches the network, no test hook. `npm run test:e2e` builds them first.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './harness/filesUnder';
import { findUrlLiterals, findUrlsInText } from './harness/findUrlLiterals';
import { readManifest } from './harness/readManifest';

const CHROME_DIR = resolve('.output/chrome-mv3');
const FIREFOX_DIR = resolve('.output/firefox-mv2');
const E2E_DIR = resolve('.output-e2e/chrome-mv3');

/** What the issue allows: reading the selection on a user gesture, the menu, and settings. */
const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];

/** The icon sizes the issue asks for. */
const ICON_SIZES = ['16', '32', '48', '128'];

/**
 * The rule for URLs in shipped files. Code can only request a remote URL it names, so
 * every URL written anywhere in the package must be one of these, none of which is ever
 * requested:
 * - an XML namespace name (Preact creates SVG/MathML elements with them; a namespace is
 *   an identifier, never dereferenced);
 * - a corpus article's URL (data, shown as a link the reader may click);
 * - schema.org's address as the `@context` of the ClaimReview JSON-LD "Copy as
 *   ClaimReview" writes (the vocabulary's identifier, text for the reader to paste);
 * - text inside the message of an `Error` or a `console` call (libraries' "see <docs>"
 *   hints for developers, e.g. WXT's storage and shadow-root errors).
 * The extension's own fetches (WXT loading the card's stylesheet, Vite's module preload)
 * name no URL: they use `runtime.getURL` and the page's own `<link>` elements.
 */
/** The JSON-LD vocabulary the copied ClaimReview names (lib/claimReview). */
const VOCABULARY_IRIS = ['https://schema.org'];

const NAMESPACE_URIS = [
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
];

/** Files a browser runs or renders from the package. */
const SHIPPED_FILE = /\.(js|mjs|html|css|json)$/;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  const signature = png.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error(`${path} is not a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function corpusArticleUrls(): string[] {
  const corpus = JSON.parse(readFileSync(resolve('corpus/quotes.json'), 'utf8')) as {
    articles: { url: string | null }[];
  };
  return corpus.articles.flatMap((a) => (a.url ? [a.url] : []));
}

describe.each([
  ['Chrome MV3', CHROME_DIR],
  ['Firefox MV2', FIREFOX_DIR],
])('the %s production build', (_name, dir) => {
  const manifest = readManifest(dir);

  it('asks for exactly activeTab, scripting, contextMenus and storage, and no host', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('declares no content script (the card is injected only on a click)', () => {
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('names no URL in shipped files but XML namespaces, the JSON-LD vocabulary, corpus articles and error messages', () => {
    const allowed = new Set([...NAMESPACE_URIS, ...VOCABULARY_IRIS, ...corpusArticleUrls()]);
    const offending = filesUnder(dir)
      .filter((file) => SHIPPED_FILE.test(file))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const urls = /\.m?js$/.test(file)
          ? findUrlLiterals(text)
              .filter((u) => !u.inMessage)
              .map((u) => u.url)
          : findUrlsInText(text);
        return urls
          .filter((url) => !allowed.has(url))
          .map((url) => `${relative(dir, file)}: ${url}`);
      });
    expect(offending).toEqual([]);
  });

  it('has no end-to-end test hook', () => {
    const hooked = filesUnder(dir)
      .filter((file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes('__qcTest'))
      .map((file) => relative(dir, file));
    expect(hooked).toEqual([]);
  });

  it('has a real PNG icon at 16, 32, 48 and 128 px', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
    for (const size of ICON_SIZES) {
      const file = manifest.icons?.[size];
      expect(file, `icon ${size}`).toBeTypeOf('string');
      expect(pngSize(join(dir, file ?? ''))).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('speaks English by default and Korean too, with every manifest message defined in both', () => {
    expect(manifest.default_locale).toBe('en');
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);
    for (const locale of ['en', 'ko']) {
      const messages = JSON.parse(
        readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message?: string }>;
      for (const key of keys) expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
    }
  });

  it('offers a keyboard command with a suggested shortcut', () => {
    const keys = Object.values(manifest.commands ?? {}).flatMap((c) =>
      c.suggested_key?.default ? [c.suggested_key.default] : [],
    );
    expect(keys).toContain('Alt+Shift+Q');
  });
});

describe('the Firefox build', () => {
  it('carries a gecko id', () => {
    expect(readManifest(FIREFOX_DIR).browser_specific_settings?.gecko?.id).toMatch(/\S+@\S+/);
  });
});

describe('the Chrome build', () => {
  it('carries no Firefox-only key (Chrome warns about keys it does not know)', () => {
    expect(readManifest(CHROME_DIR).browser_specific_settings).toBeUndefined();
  });
});

describe('the test-only build', () => {
  it('is the one with the test hook and the 127.0.0.1 host permission', () => {
    expect(readManifest(E2E_DIR).host_permissions).toEqual(['http://127.0.0.1/*']);
    const background = readFileSync(join(E2E_DIR, 'background.js'), 'utf8');
    expect(background.includes('__qcTest'), 'background.js mentions __qcTest').toBe(true);
  });
});
