// Suite (d): the compliance report (issue 17) as a person sees and prints it. `tender-lint --format html`
// writes the report of an example; headless chromium opens it, with every request outside the file
// refused and recorded, reads it, prints it to PDF on A4 and Letter. Screenshots and PDFs go to test-results/.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { RESULTS, ROOT, scratch } from './support/processes.js';

const CLI = join(ROOT, 'dist/cli.js');
const EXAMPLES = {
  defauts: 'examples/ao-services-techniques-defauts.md',
  conforme: 'examples/ao-services-professionnels-conforme.md',
  'dossier-defauts': 'examples/dossier-gestion-documentaire-defauts/',
} as const;

/** The report's page margins (its `@page` rule), and the papers, in millimetres. */
const MARGINS = { top: 14, bottom: 16, sides: 12 };
const PAPERS = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
const px = (mm: number) => (mm / 25.4) * 96;

/** A property of an element's computed style (the suite has no DOM types: it runs in Node). */
const computed = (locator: Locator, property: 'stroke' | 'fill'): Promise<string> =>
  locator.evaluate(
    (element, name) => (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(element)[name],
    property,
  );

/** The counts `tender-lint --explain` prints on its first line for a file. */
function explainCounts(file: string, locale: 'fr' | 'en') {
  const result = spawnSync(process.execPath, [CLI, '--explain', '--locale', locale, file], { cwd: ROOT, encoding: 'utf8' });
  const numbers = /: (\d+) \D+, (\d+) \D+, (\d+) \D+, (\d+) \D+, (\d+) \D+, (\d+) \D+\.$/m.exec(result.stdout.split('\n')[0]);
  assert.ok(numbers, result.stdout.split('\n')[0]);
  const [rules, met, finding, notApplicable, ignored] = numbers.slice(1).map(Number);
  return { rules, met, finding, notApplicable, ignored };
}

describe('the compliance report in headless chromium: read, then printed to PDF', function () {
  this.timeout(300_000);
  const temp = scratch('report');
  let browser: Browser | undefined;
  let page: Page;
  /** Requests the page made for anything but its own file. */
  let outside: string[] = [];

  before(async () => {
    assert.ok(existsSync(CLI), 'run `npm run build` first');
    mkdirSync(RESULTS, { recursive: true });
    const launched = await launchBrowser(join(temp.dir, 'browser'));
    browser = launched.browser;
    page = launched.page;
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    temp.cleanup();
  });

  /** Writes the report of an example with the CLI and opens it; every other request is refused and recorded. */
  async function openReport(name: keyof typeof EXAMPLES, locale: 'fr' | 'en'): Promise<string> {
    const file = join(RESULTS, `report-${name}-${locale}.html`);
    const result = spawnSync(process.execPath, [CLI, '--format', 'html', '--locale', locale, '-o', file, EXAMPLES[name]], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.stderr, '');
    assert.equal(result.status, name === 'conforme' ? 0 : 1);
    const url = pathToFileURL(file).href;
    outside = [];
    await page.unroute('**/*');
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    await page.goto(url);
    await page.locator('h1').waitFor();
    return file;
  }

  /** Prints the page as a browser would, on a paper; the PDF is kept in test-results/. */
  async function printedPages(name: string, paper: keyof typeof PAPERS): Promise<number> {
    const pdf = await page.pdf({ format: paper });
    writeFileSync(join(RESULTS, `${name}-${paper}.pdf`), pdf);
    return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  }

  /**
   * The pages the report needs on a paper: its height laid out for print at the paper's printable width,
   * over the printable height. Rows and figures are not split across pages, which may take one more.
   */
  async function neededPages(paper: keyof typeof PAPERS): Promise<number> {
    const size = PAPERS[paper];
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor(px(size.width - 2 * MARGINS.sides)), height: 900 });
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1100, height: 900 });
    return Math.ceil(height / px(size.height - MARGINS.top - MARGINS.bottom));
  }

  for (const locale of ['fr', 'en'] as const) {
    it(`the defects example (${locale}): the timeline's breaches in red, the counts of the checklist, the pages printed`, async () => {
      await openReport('defauts', locale);
      await page.screenshot({ path: join(RESULTS, `report-defauts-${locale}.png`) });
      await page.screenshot({ path: join(RESULTS, `report-defauts-${locale}-full.png`), fullPage: true });
      // The overview a reader sees first (the README's picture): the tender's facts, the counts, the timeline.
      const top = await page.locator('.tender h2').first().boundingBox();
      const bottom = await page.locator('table.periods').first().boundingBox();
      assert.ok(top && bottom);
      await page.screenshot({
        path: join(RESULTS, `report-defauts-${locale}-overview.png`),
        fullPage: true,
        clip: { x: top.x - 16, y: top.y - 12, width: top.width + 32, height: bottom.y + bottom.height - top.y + 24 },
      });
      assert.deepEqual(outside, [], 'the page loads nothing else');

      // The receipt period (9 days, 15 required) and the addendum (2 days, 7 required), drawn in red.
      const timeline = page.locator('svg.timeline');
      await timeline.screenshot({ path: join(RESULTS, `report-timeline-defauts-${locale}.png`) });
      const breaches = timeline.locator('line.period.breach');
      assert.equal(await breaches.count(), 2);
      for (const breach of await breaches.all()) assert.equal(await computed(breach, 'stroke'), 'rgb(198, 40, 40)');
      const labels = await timeline.locator('text.period-label.breach').allTextContents();
      assert.deepEqual(
        labels,
        locale === 'fr'
          ? ['Diffusion → date limite de réception : 9 jours (min. 15) — ✗ non respecté', 'Addenda no 1 → date limite : 2 jours (min. 7) — ✗ non respecté']
          : ['Diffusion → receipt deadline: 9 days (min. 15) — ✗ not met', 'Addendum no 1 → deadline: 2 days (min. 7) — ✗ not met'],
      );
      assert.equal(await computed(timeline.locator('text.period-label.breach').first(), 'fill'), 'rgb(179, 38, 30)');
      assert.equal(await timeline.locator('rect.holiday').count(), 2, 'Good Friday and Easter Monday');
      assert.equal(await timeline.getAttribute('role'), 'img');

      // The counts on top: those of `tender-lint --explain`, and of the checklist's rows.
      const expected = explainCounts(EXAMPLES.defauts, locale);
      const tile = async (key: string) => Number(await page.locator(`dd[data-count="${key}"]`).textContent());
      assert.deepEqual(
        { met: await tile('met'), finding: await tile('finding'), ignored: await tile('ignored'), notApplicable: await tile('not-applicable') },
        { met: expected.met, finding: expected.finding, ignored: expected.ignored, notApplicable: expected.notApplicable },
      );
      assert.equal(await page.locator('tr.rule').count(), expected.rules);
      assert.equal(await page.locator('tr.rule.finding').count(), expected.finding);
      assert.equal(await page.locator('tr.rule.met').count(), expected.met);

      for (const paper of ['A4', 'Letter'] as const) {
        const needed = await neededPages(paper);
        const printed = await printedPages(`report-defauts-${locale}`, paper);
        assert.ok(needed >= 3, `a report of several pages (${needed})`);
        assert.ok(printed === needed || printed === needed + 1, `${paper}: ${printed} pages printed, ${needed} needed`);
      }
    });
  }

  it('the compliant example: no breach, the grid and its coefficient chart, the pages printed', async () => {
    await openReport('conforme', 'fr');
    await page.screenshot({ path: join(RESULTS, 'report-conforme-fr.png') });
    await page.screenshot({ path: join(RESULTS, 'report-conforme-fr-full.png'), fullPage: true });
    assert.deepEqual(outside, [], 'the page loads nothing else');
    const timeline = page.locator('svg.timeline');
    assert.equal(await timeline.locator('.breach').count(), 0);
    assert.equal(await timeline.locator('line.period.ok').count(), 1);
    assert.equal(await computed(timeline.locator('line.period.ok'), 'stroke'), 'rgb(29, 107, 52)');
    const expected = explainCounts(EXAMPLES.conforme, 'fr');
    assert.equal(Number(await page.locator('dd[data-count="finding"]').textContent()), 0);
    assert.equal(Number(await page.locator('dd[data-count="met"]').textContent()), expected.met);
    assert.equal(await page.locator('table.grid tbody tr').count(), 4);
    assert.match((await page.locator('table.grid tfoot').textContent()) ?? '', /Total\s*100\s%/);
    const chart = page.locator('svg.coefficient-chart');
    await chart.screenshot({ path: join(RESULTS, 'report-coefficient-conforme-fr.png') });
    assert.equal(await chart.locator('circle.k-dot').count(), 3);
    for (const paper of ['A4', 'Letter'] as const) {
      const needed = await neededPages(paper);
      const printed = await printedPages('report-conforme-fr', paper);
      assert.ok(printed === needed || printed === needed + 1, `${paper}: ${printed} pages printed, ${needed} needed`);
    }
  });

  it('the dossier with defects: one section for its six files, each cross-file error once with both places, the pages printed', async () => {
    await openReport('dossier-defauts', 'fr');
    await page.screenshot({ path: join(RESULTS, 'report-dossier-defauts-fr.png') });
    await page.screenshot({ path: join(RESULTS, 'report-dossier-defauts-fr-full.png'), fullPage: true });
    assert.deepEqual(outside, [], 'the page loads nothing else');
    assert.equal(await page.locator('section.tender').count(), 1);
    assert.equal(await page.locator('table.dossier-files td.role').count(), 6, 'every file of the dossier with its role');
    assert.deepEqual(
      await page.locator('tr.rule.finding').evaluateAll((rows) => rows.map((row) => (row as unknown as { dataset: { rule: string } }).dataset.rule)),
      ['dossier-receipt-mismatch', 'dossier-contract-duration-mismatch', 'rejection-multiple-bids'],
    );
    const receipt = page.locator('tr.rule[data-rule="dossier-receipt-mismatch"]');
    assert.match((await receipt.locator('p.finding').textContent()) ?? '', /dossier-gestion-documentaire-defauts\/regie\.md, ligne 15/);
    assert.match((await receipt.locator('p.related').textContent()) ?? '', /dossier-gestion-documentaire-defauts\/avis\.md, ligne 22/);
    assert.equal(Number(await page.locator('dd[data-count="finding"]').textContent()), 3);
    for (const paper of ['A4', 'Letter'] as const) {
      const needed = await neededPages(paper);
      const printed = await printedPages('report-dossier-defauts-fr', paper);
      assert.ok(printed === needed || printed === needed + 1, `${paper}: ${printed} pages printed, ${needed} needed`);
    }
  });
});
