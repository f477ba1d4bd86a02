import { strict as assert } from 'node:assert';
import { HtmlValidate } from 'html-validate';
import { placeholderPage, reportFileName } from '../../client/src/reportPage.js';

describe('compliance report webview helpers', () => {
  it('names the saved page after the tender, in the UI language', () => {
    assert.equal(reportFileName('/ws/ao-2026-0142.md', 'fr'), 'ao-2026-0142-conformite.html');
    assert.equal(reportFileName('/ws/AO.Markdown', 'en'), 'AO-compliance.html');
    assert.equal(reportFileName('Untitled-1', 'fr'), 'Untitled-1-conformite.html');
  });

  it('shows a message while there is no report: a valid page that loads and runs nothing', async () => {
    const page = placeholderPage('fr', "Le rapport n'est pas encore prêt <b>");
    assert.match(page, /content="default-src 'none'"/);
    assert.match(page, /<p>Le rapport n'est pas encore prêt &lt;b&gt;<\/p>/);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page);
    assert.deepEqual(
      report.results.flatMap((result) => result.messages.map((message) => message.message)),
      [],
    );
  });
});
