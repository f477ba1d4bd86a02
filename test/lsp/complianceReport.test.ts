import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NOTICE_NAMED_BY_ADDENDA, readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

interface Answer {
  html: string;
  title: string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

describe('tender/complianceReportHtml (issue 17)', function () {
  let server: LspServer;
  afterEach(async () => server?.stop());

  it('answers the page of the current text, in the client locale, with the fingerprint of the editor text', async () => {
    server = await LspServer.start({ locale: 'en' });
    const uri = 'file:///virtual/ao%20conforme.md';
    const text = readExample('ao-services-professionnels-conforme.md');
    await server.open(uri, text);
    await server.nextDiagnostics(uri);
    const answer = await server.request<Answer | null>('tender/complianceReportHtml', { textDocument: { uri } });
    assert.ok(answer);
    assert.equal(answer.title, 'Compliance report — AO-2026-0142');
    assert.match(answer.html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(answer.html.includes(`<span class="file">ao conforme.md</span> <code>${sha(text)}</code>`));
    assert.match(answer.html, /style-src 'unsafe-inline'/);
    assert.match(answer.html, /<dd data-count="finding">0<\/dd>/);
    // An edit the drafter has not saved: the report follows the editor, not the disk.
    const changed = text.replace('# Avis d', '# Avis révisé d');
    await server.change(uri, 2, [{ text: changed }]);
    const after = await server.request<Answer | null>('tender/complianceReportHtml', { textDocument: { uri } });
    assert.ok(after?.html.includes(`<code>${sha(changed)}</code>`));
  });

  it('puts the nonce of a webview on the style and in the policy', async () => {
    server = await LspServer.start();
    const uri = 'file:///virtual/ao.md';
    await server.open(uri, readExample('ao-services-techniques-defauts.md'));
    await server.nextDiagnostics(uri);
    const answer = await server.request<Answer | null>('tender/complianceReportHtml', { textDocument: { uri }, styleNonce: 'Zm9vYmFy' });
    assert.ok(answer);
    assert.equal(answer.title, 'Rapport de conformité — AO-2026-0377');
    assert.match(answer.html, /style-src 'nonce-Zm9vYmFy'/);
    assert.match(answer.html, /<style nonce="Zm9vYmFy">/);
    assert.match(answer.html, /<line class="period breach"/);
  });

  it('lists the addenda file beside the tender with its fingerprint, and answers null for a document it has not analysed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tender-report-'));
    const addenda = '---\ntype: addenda\nnumero: AO-2026-0142\naddenda:\n  - { numero: 2, date: 2026-03-16, incidence-prix: true }\n---\n\n# Addenda no 2\n';
    writeFileSync(join(folder, 'addenda-2.md'), addenda);
    writeFileSync(join(folder, 'avis.md'), NOTICE_NAMED_BY_ADDENDA);
    server = await LspServer.start();
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, NOTICE_NAMED_BY_ADDENDA);
    await server.nextDiagnostics(uri);
    const answer = await server.request<Answer | null>('tender/complianceReportHtml', { textDocument: { uri } });
    assert.ok(answer?.html.includes(`<span class="file">addenda-2.md</span> <code>${sha(addenda)}</code>`));
    assert.match(answer?.html ?? '', /Addenda no 2 → date limite : 3 jours \(min\. 7\) — ✗ non respecté/);
    assert.equal(await server.request('tender/complianceReportHtml', { textDocument: { uri: 'file:///nowhere.md' } }), null);
  });
});
