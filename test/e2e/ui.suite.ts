// Suite (b): what a person sees. code-server with the packaged VSIX installed offline, driven by headless
// chromium: open an example, read the Problems panel, hover a finding. Screenshots go to test-results/.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import {
  CODE_SERVER,
  exampleWorkspace,
  freePort,
  isolatedEnv,
  NODE24,
  RESULTS,
  ROOT,
  scratch,
  spawnGroup,
  waitFor,
  type Spawned,
} from './support/processes.js';

const VSIX = join(ROOT, 'tender-ls.vsix');
const DEFECTS = 'ao-services-techniques-defauts.md';
/** The line (as shown) where the notice's missing items are reported: the notice heading. */
const NOTICE_HEADING = "Avis d'appel d'offres";
const NOTICE_LINE =
  readFileSync(join(ROOT, 'examples', DEFECTS), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(NOTICE_HEADING)) + 1;
/** A citation written in the compliant example, and its (1-based) line. */
const COMPLIANT = 'ao-services-professionnels-conforme.md';
const CITATION = 'article 7.1';
const CITATION_LINE =
  readFileSync(join(ROOT, 'examples', COMPLIANT), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(CITATION)) + 1;

// Once with code-server's English UI, once with `--locale fr` and the extension's messages in French
// (`tender.locale`): code-server has no French language pack here, so its workbench stays English.
for (const locale of ['en', 'fr'] as const)
  describe(`the packaged extension in code-server, through the browser (${locale} UI)`, function () {
    this.timeout(300_000);
    const screenshot = (name: string) => join(RESULTS, `${name}-${locale}.png`);
    const temp = scratch('ui');
    let server: Spawned | undefined;
    let browser: Browser | undefined;
    let page: Page;

    before(async () => {
      assert.ok(existsSync(VSIX), 'run `npm run package` first');
      const cli = join(CODE_SERVER, 'out/node/entry.js');
      assert.ok(existsSync(cli), `code-server is missing at ${CODE_SERVER}: run scripts/e2e/install.sh`);
      mkdirSync(RESULTS, { recursive: true });
      const env = isolatedEnv(temp.dir);
      const dirs = ['--user-data-dir', join(temp.dir, 'user-data'), '--extensions-dir', join(temp.dir, 'extensions')];
      execFileSync('timeout', ['120', NODE24, cli, ...dirs, '--install-extension', VSIX], { env, stdio: 'pipe' });
      mkdirSync(join(temp.dir, 'user-data/User'), { recursive: true });
      writeFileSync(
        join(temp.dir, 'user-data/User/settings.json'),
        JSON.stringify({
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'chat.disableAIFeatures': true,
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'telemetry.telemetryLevel': 'off',
          'editor.hover.delay': 200,
          ...(locale === 'fr' && { 'tender.locale': 'fr' }),
        }),
      );
      const port = await freePort();
      server = spawnGroup(
        NODE24,
        [
          cli,
          '--auth',
          'none',
          '--bind-addr',
          `127.0.0.1:${port}`,
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--locale',
          locale,
          ...dirs,
          exampleWorkspace(temp.dir),
        ],
        { env, seconds: 280 },
      );
      await waitFor(
        'code-server to listen',
        () => server?.output().includes('HTTP server listening'),
        60_000,
        () => server?.output() ?? '',
      );
      const launched = await launchBrowser(join(temp.dir, 'browser'));
      browser = launched.browser;
      page = launched.page;
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 120_000 });
    });

    after(async () => {
      if (this.ctx.currentTest?.state === 'failed' && page) await page.screenshot({ path: screenshot('ui-failure') }).catch(() => undefined);
      await browser?.close().catch(() => undefined);
      await server?.kill();
      temp.cleanup();
    });

    it('opens an example and lists its findings in the Problems panel', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DEFECTS }).click();
      await page.locator('.tab', { hasText: DEFECTS }).waitFor();
      await page.locator('.view-line', { hasText: NOTICE_HEADING }).waitFor();
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-list-row');
      await problems.filter({ hasText: '4.7°' }).first().waitFor({ timeout: 60_000 });
      const rows = await problems.allInnerTexts();
      for (const citation of ['4.3°', '4.6°', '4.7°'])
        assert.ok(
          rows.some((row) => row.includes(citation)),
          `${citation} in the Problems panel:\n${rows.join('\n')}`,
        );
      await page.screenshot({ path: screenshot('problems-panel') });
    });

    it('shows the findings in a hover on the notice heading', async () => {
      // The Problems panel leaves the editor less room: bring the heading into view.
      await page.locator('.view-line').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(NOTICE_LINE));
      await page.keyboard.press('Enter');
      const heading = page.locator('.view-line', { hasText: NOTICE_HEADING });
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: '4.7°' });
      // A hover can be swallowed while the workbench is still laying out, and code lenses arriving above
      // the heading move it down: aim at where the heading is now, a few times.
      for (let attempt = 1; ; attempt++) {
        await page.mouse.move(5, 5);
        const box = await stableBox(heading.locator('span span').first());
        await page.mouse.move(box.x + 5, box.y + box.height / 2);
        try {
          await hover.first().waitFor({ timeout: 10_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      assert.match(await hover.first().innerText(), /tender/);
      await page.screenshot({ path: screenshot('hover') });
    });

    it("shows the Conformité view and the tender's state in the status bar", async () => {
      await page.mouse.move(5, 5);
      // The view's title follows the UI's language: English in an English UI.
      const pane = page.locator('.pane-header', { hasText: locale === 'en' ? 'Conformity' : /Conformity|Conformité/ });
      await pane.waitFor();
      if ((await pane.getAttribute('aria-expanded')) !== 'true') await pane.click();
      // Room for the whole tree: fold the folder's pane above it.
      const folder = page.locator('.pane-header', { hasText: 'workspace' });
      if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.click();
      await page.mouse.move(700, 300);
      const rows = page.locator('.pane-body .monaco-list-row');
      // One status per row: its icon, not a ✓/✗ character as well.
      const obligation = rows.filter({ hasText: '4.7°' }).first();
      await obligation.waitFor({ timeout: 30_000 });
      await obligation.locator('.codicon-error').waitFor();
      await rows.filter({ hasText: '4.1°' }).first().locator('.codicon-pass').waitFor();
      assert.ok(!(await rows.allInnerTexts()).some((row) => /[✓✗]/.test(row)), 'no ✓/✗ characters in the rows');
      const status = page.locator('.statusbar-item', { has: page.locator('.codicon-law') });
      await status.waitFor({ timeout: 30_000 });
      // VS Code's own problems counter (the Problems list is virtualised: its rows are not all in the page).
      const builtin = page.locator('#status\\.problems');
      await builtin.waitFor();
      const errors = /\d+/.exec(await builtin.innerText())?.[0];
      assert.ok(errors && Number(errors) > 0, 'VS Code counts errors');
      assert.match(
        (await status.innerText()).trim(),
        new RegExp(locale === 'fr' ? `^AO : ${errors} erreurs$` : `^Tender: ${errors} errors$`),
        "the status bar item says this tender's errors, in words",
      );
      await page.screenshot({ path: screenshot('conformite-view') });
    });

    it("opens the compliance report from the Conformité view's title and shows it in a webview", async () => {
      // The defects example is still the active editor; the view's actions show when the pointer is over it.
      const pane = page.locator('.pane-header', { hasText: locale === 'en' ? 'Conformity' : /Conformity|Conformité/ });
      await pane.hover();
      await pane.locator('.action-label[aria-label*="compliance report" i]').click();
      const title = `${locale === 'en' ? 'Compliance report' : 'Rapport de conformité'} — AO-2026-0377`;
      await page.locator('.tab', { hasText: title }).waitFor({ timeout: 60_000 });
      const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await report.locator('h1', { hasText: locale === 'en' ? 'Compliance report' : 'Rapport de conformité' }).waitFor({ timeout: 30_000 });
      assert.equal(await report.locator('svg.timeline line.period.breach').count(), 2, 'the breaches drawn in the webview');
      await page.screenshot({ path: screenshot('compliance-report') });
      // Closed again: the next test needs the editor's whole width.
      const tab = page.locator('.tab', { hasText: title });
      await tab.hover();
      await tab.locator('.tab-actions .action-label[aria-label^="Close"]').click();
      await tab.waitFor({ state: 'detached' });
    });

    it('shows the article text in a hover on a citation', async () => {
      // Quick Open: the Explorer's folder pane may be folded by now.
      await page.keyboard.press('Control+P');
      await page.keyboard.type(COMPLIANT);
      // A click, not Enter: Enter can reach the list before the file's row is the focused one.
      await page.locator('.quick-input-list .monaco-list-row', { hasText: COMPLIANT }).first().click();
      await page.locator('.tab', { hasText: COMPLIANT }).waitFor();
      assert.ok(CITATION_LINE > 0, `the compliant example cites ${CITATION}`);
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(CITATION_LINE));
      await page.keyboard.press('Enter');
      const line = page.locator('.view-line', { hasText: CITATION });
      await line.waitFor();
      const token = line.locator('span span', { hasText: '7.1' }).first();
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'anormalement bas' });
      let text = '';
      for (let attempt = 1; !text; attempt++) {
        await page.mouse.move(5, 5);
        const box = await stableBox(token);
        await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
        try {
          await hover.first().waitFor({ timeout: 10_000 });
          await page.screenshot({ path: screenshot('hover-article') });
          text = await hover.first().innerText({ timeout: 2_000 });
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      assert.match(text, /Les conditions de conformité doivent également indiquer/);
      await page.mouse.move(5, 5);
    });
  });

/** Where an element is once the layout has settled (code lenses and hints arrive after the text). */
async function stableBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let previous = await locator.boundingBox();
  for (let tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const current = await locator.boundingBox();
    if (current && previous && current.x === previous.x && current.y === previous.y) return current;
    previous = current;
  }
  assert.ok(previous, 'the element is on screen');
  return previous;
}
