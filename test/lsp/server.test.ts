import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConformityReport } from '../../server/src/core/features/conformity.js';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

describe('LSP server: workspace trust and the conformity request', () => {
  let folder: string;
  let uri: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'tender-lsp-'));
    // The workspace's configuration turns 4.7° off.
    writeFileSync(join(folder, '.tenderrc.json'), JSON.stringify({ regles: { '4.7°': 'off' } }));
    uri = pathToFileURL(join(folder, 'avis.md')).href;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  for (const trusted of [true, false]) {
    it(`${trusted ? 'applies' : 'ignores'} the workspace's .tenderrc in ${trusted ? 'a trusted' : 'an untrusted'} workspace`, async () => {
      // The server in this process, with no client settings.
      const server = await LspServer.inProcess({ trusted, locale: 'fr', configuration: false });
      try {
        await server.open(uri, readExample('ao-services-techniques-defauts.md'));
        const { diagnostics } = await server.nextDiagnostics(uri, { since: 0 });
        const codes = diagnostics.map((diagnostic) => diagnostic.code);
        assert.ok(codes.length > 0);
        assert.equal(codes.includes('4.7°'), !trusted, codes.join(', '));
        const report = await server.request<ConformityReport | null>('tender/conformity', { textDocument: { uri } });
        const status = report?.groups.flatMap((group) => group.items).find((item) => item.rule === 'notice-no-obligation-to-accept')?.status;
        assert.equal(status, trusted ? 'off' : 'finding', 'tender/conformity answers from the same analysis');
        assert.equal(report?.counts.error, diagnostics.filter((diagnostic) => diagnostic.severity === 1).length);
        const [passage] = report?.groups.flatMap((group) => group.items).find((item) => item.rule === 'notice-public-body-name')?.evidence ?? [];
        assert.deepEqual(
          passage,
          {
            range: { start: { line: 5, character: 2 }, end: { line: 5, character: 5 } },
            frontMatterKey: 'organisme.nom',
            quote: 'nom: Société québécoise des infrastructures',
          },
          'a ✓ rule carries the place of what met it',
        );
      } finally {
        await server.stop();
      }
    });
  }

  it('answers tender/conformity with null for a document it has not analysed', async () => {
    const server = await LspServer.inProcess();
    try {
      assert.equal(await server.request('tender/conformity', { textDocument: { uri: 'file:///nowhere.md' } }), null);
    } finally {
      await server.stop();
    }
  });
});
