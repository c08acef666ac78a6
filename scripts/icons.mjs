#!/usr/bin/env node
/**
 * Draws the extension icon (a speech bubble with a quotation mark and a check) as SVG and
 * rasterises it to public/icon/{16,32,48,128}.png with Debian's Chromium through
 * playwright-core. Run by hand after changing the drawing: `node scripts/icons.mjs`.
 * The PNGs are committed; the build only copies them.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const SIZES = [16, 32, 48, 128];
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

/** Deep blue bubble (white marks on it at 8.6:1), green check disc with a white rim. */
const BUBBLE = '#1f4fbf';
const CHECK = '#15803d';

const BUBBLE_PATH =
  'M24 10h80a18 18 0 0 1 18 18v52a18 18 0 0 1-18 18H58l-26 22v-22h-8a18 18 0 0 1-18-18V28a18 18 0 0 1 18-18z';

/** 32 px and up: quotation mark and a check disc. 16 px: a bold check in the bubble, which stays legible. */
function svg(size) {
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">`;
  if (size < 32) {
    return `${open}
  <path fill="${BUBBLE}" d="${BUBBLE_PATH}"/>
  <path d="M34 56l20 20 40-40" fill="none" stroke="#ffffff" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
  }
  return `${open}
  <path fill="${BUBBLE}" d="${BUBBLE_PATH}"/>
  <g fill="#ffffff">
    <path d="M30 66c0-16 6-27 20-33l4 7c-7 4-10 9-10 14h9v17H30z"/>
    <path d="M62 66c0-16 6-27 20-33l4 7c-7 4-10 9-10 14h9v17H62z"/>
  </g>
  <circle cx="98" cy="94" r="28" fill="${CHECK}" stroke="#ffffff" stroke-width="7"/>
  <path d="M85 94l9 9 17-18" fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  await mkdir(OUT_DIR, { recursive: true });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`,
    );
    const file = join(OUT_DIR, `${size}.png`);
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
