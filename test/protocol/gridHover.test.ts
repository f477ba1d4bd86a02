import { strict as assert } from 'node:assert';
import { readExample } from '../helpers.js';
import { TestClient } from './lspClient.js';

describe('language server: evaluation grid hover', function () {
  let client: TestClient;
  beforeEach(() => {
    client = new TestClient();
  });
  afterEach(async () => client.dispose());

  it('answers a hover on k with the adjusted-price coefficients', async () => {
    const { capabilities } = await client.initialize();
    assert.ok(capabilities.hoverProvider);
    const uri = 'file:///virtual/ao.md';
    const text = readExample('ao-services-professionnels-conforme.md');
    await client.open(uri, text);
    await client.nextDiagnostics(uri);
    const line = text.split('\n').findIndex((l) => l.startsWith('  k: 20'));
    const hover = await client.connection.sendRequest<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 2 },
    });
    assert.ok(hover);
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\| 85 \| 1,100 \|/);
    assert.match(hover.contents.value, /total des poids 100 %/);
  });
});
