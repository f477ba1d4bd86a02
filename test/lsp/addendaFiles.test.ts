import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NOTICE_NAMED_BY_ADDENDA } from '../helpers.js';
import { LspServer } from '../lspServer.js';

const addenda = (date: string) =>
  `---\ntype: addenda\nnumero: AO-2026-0142\naddenda:\n  - { numero: 2, date: ${date}, incidence-prix: true }\n---\n\n# Addenda no 2\n`;
const late = (p: { diagnostics: { data?: { rule: string } }[] }) => p.diagnostics.some((d) => d.data?.rule === 'addendum-seven-days');

describe('addenda files open beside a tender', () => {
  let server: LspServer;
  afterEach(async () => server?.stop());

  it('editing the open addenda file re-checks the open tender of its folder, from the editor text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tender-addenda-'));
    const tenderPath = join(folder, 'ao.md');
    const addendaPath = join(folder, 'addenda-2.md');
    writeFileSync(tenderPath, NOTICE_NAMED_BY_ADDENDA);
    writeFileSync(addendaPath, addenda('2026-03-01'));
    const tenderUri = pathToFileURL(tenderPath).href;
    const addendaUri = pathToFileURL(addendaPath).href;
    server = await LspServer.start();
    await server.open(tenderUri, NOTICE_NAMED_BY_ADDENDA);
    assert.equal(late(await server.nextDiagnostics(tenderUri)), false, 'the addendum on disk is sent in time');
    await server.open(addendaUri, addenda('2026-03-01'));
    await server.nextDiagnostics(addendaUri);
    // Three days before the limit, typed in the editor and not saved.
    const line = 4;
    const text = addenda('2026-03-01').split('\n')[line];
    const column = text.indexOf('2026-03-01');
    await server.change(addendaUri, 2, [{ range: { start: { line, character: column }, end: { line, character: column + 10 } }, text: '2026-03-16' }]);
    const published = await server.nextDiagnostics(tenderUri, { where: late });
    // The finding, shown at the tender's `numero`, leads to the addendum's date in its own file.
    const finding = published.diagnostics.find((diagnostic) => diagnostic.data?.rule === 'addendum-seven-days');
    assert.deepEqual(
      finding?.relatedInformation?.map((related) => related.location),
      [{ uri: addendaUri, range: { start: { line, character: column }, end: { line, character: column + 10 } } }],
    );
  });
});
