import { strict as assert } from 'node:assert';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

describe('language server: evaluation grid hover', function () {
  let server: LspServer;
  afterEach(async () => server?.stop());

  it('answers a hover on k with the adjusted-price coefficients', async () => {
    server = await LspServer.start();
    assert.ok(server.capabilities.hoverProvider);
    const uri = 'file:///virtual/ao.md';
    const text = readExample('ao-services-professionnels-conforme.md');
    await server.open(uri, text);
    await server.nextDiagnostics(uri);
    const line = text.split('\n').findIndex((l) => l.startsWith('  k: 20'));
    const hover = await server.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 2 },
    });
    assert.ok(hover);
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\| 85 \| 1,100 \|/);
    assert.match(hover.contents.value, /total des poids 100 %/);
  });
});
