import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './processes.js';

/** Debian's chromium, headless, with nothing that reaches the network on its own. */
export async function launchBrowser(userDataDir: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disk-cache-dir=${userDataDir}/cache`,
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  return { browser, page };
}
