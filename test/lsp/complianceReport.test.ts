import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NOTICE_NAMED_BY_ADDENDA, readDossierExample, readExample, writeFolder } from '../helpers.js';
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

  it('a notice and its addenda file are a dossier: both listed with their roles and fingerprints; null for a document it has not analysed', async () => {
    const addenda = '---\ntype: addenda\nnumero: AO-2026-0142\naddenda:\n  - { numero: 2, date: 2026-03-16, incidence-prix: true }\n---\n\n# Addenda no 2\n';
    const folder = writeFolder('tender-report-', { 'addenda-2.md': addenda, 'avis.md': NOTICE_NAMED_BY_ADDENDA });
    server = await LspServer.start();
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, NOTICE_NAMED_BY_ADDENDA);
    await server.nextDiagnostics(uri);
    const answer = await server.request<Answer | null>('tender/complianceReportHtml', { textDocument: { uri } });
    assert.ok(
      answer?.html.includes(
        `<span class="file">avis.md</span></th><td class="role">Avis d'appel d'offres (type : avis)</td><td><code>${sha(NOTICE_NAMED_BY_ADDENDA)}</code>`,
      ),
    );
    assert.ok(
      answer?.html.includes(`<span class="file">addenda-2.md</span></th><td class="role">Addenda (type : addenda)</td><td><code>${sha(addenda)}</code>`),
    );
    assert.match(answer?.html ?? '', /Addenda no 2 → date limite : 3 jours \(min\. 7\) — ✗ non respecté/);
    assert.equal(await server.request('tender/complianceReportHtml', { textDocument: { uri: 'file:///nowhere.md' } }), null);
  });

  it('a file of a dossier: the report of its dossier, one section for its files, the same from any of them', async () => {
    const files = readDossierExample('dossier-gestion-documentaire-defauts');
    const folder = writeFolder('tender-report-', files);
    server = await LspServer.start();
    const pages: string[] = [];
    for (const name of ['regie.md', 'avis.md']) {
      const uri = pathToFileURL(join(folder, name)).href;
      await server.open(uri, files[name]);
      await server.nextDiagnostics(uri);
      const answer = await server.request<Answer | null>('tender/complianceReportHtml', { textDocument: { uri } });
      assert.ok(answer);
      assert.equal(answer.title, 'Rapport de conformité — AO-2026-0218');
      assert.equal([...answer.html.matchAll(/<section class="tender"/g)].length, 1);
      assert.equal([...answer.html.matchAll(/<td class="role">/g)].length, Object.keys(files).length);
      assert.ok(
        answer.html.includes(
          `<span class="file">annexes/grille-evaluation.md</span></th><td class="role">Grille d'évaluation (type : document, partie : grille)</td><td><code>${sha(files['annexes/grille-evaluation.md'])}</code>`,
        ),
      );
      assert.match(answer.html, /<span class="file">regie\.md<\/span>, ligne 15 : Dans les instructions aux soumissionnaires/);
      pages.push(answer.html.replace(/Vérifié le [^<]*|<dt>Date de la vérification<\/dt><dd>[^<]*/g, ''));
    }
    assert.equal(pages[0], pages[1]);
  });
});
