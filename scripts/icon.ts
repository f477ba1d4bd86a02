// Renders images/icon.svg to images/icon.png (128×128, the Marketplace's size) with Debian's chromium:
// `npm run generate:icon` after editing the SVG. The PNG is committed; the VSIX ships it alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('../', import.meta.url);
const svg = readFileSync(new URL('images/icon.svg', root), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.TENDER_E2E_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  writeFileSync(new URL('images/icon.png', root), await page.locator('svg').screenshot({ omitBackground: true }));
} finally {
  await browser.close();
}
