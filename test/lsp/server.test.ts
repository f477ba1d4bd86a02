import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { ConformityReport } from '../../server/src/core/features/conformity.js';
import { startServer } from '../../server/src/lsp/server.js';
import { readExample } from '../helpers.js';

interface Published {
  uri: string;
  diagnostics: { code: string; severity: number }[];
}

/** The LSP server in-process, over a pair of streams, and a bare JSON-RPC client talking to it. */
async function startPair(initializationOptions: object): Promise<{ client: MessageConnection; published: Published[]; close: () => void }> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: Published[] = [];
  client.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params);
  });
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions });
  await client.sendNotification('initialized', {});
  return { client, published, close: () => client.dispose() };
}

async function until<T>(probe: () => T | undefined): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('nothing published');
}

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
      const { client, published, close } = await startPair({ trusted, locale: 'fr' });
      try {
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readExample('ao-services-techniques-defauts.md') } });
        const { diagnostics } = await until(() => published.find((params) => params.uri === uri));
        const codes = diagnostics.map((diagnostic) => diagnostic.code);
        assert.ok(codes.length > 0);
        assert.equal(codes.includes('4.7°'), !trusted, codes.join(', '));
        const report = await client.sendRequest<ConformityReport | null>('tender/conformity', { textDocument: { uri } });
        const status = report?.groups.flatMap((group) => group.items).find((item) => item.rule === 'notice-no-obligation-to-accept')?.status;
        assert.equal(status, trusted ? 'off' : 'finding', 'tender/conformity answers from the same analysis');
        assert.equal(report?.counts.error, diagnostics.filter((diagnostic) => diagnostic.severity === 1).length);
        const [passage] = report?.groups.flatMap((group) => group.items).find((item) => item.rule === 'notice-public-body-name')?.evidence ?? [];
        assert.deepEqual(passage, { range: { start: { line: 5, character: 2 }, end: { line: 5, character: 5 } }, frontMatterKey: 'organisme.nom', quote: 'nom: Société québécoise des infrastructures' }, 'a ✓ rule carries the place of what met it');
      } finally {
        close();
      }
    });
  }

  it('answers tender/conformity with null for a document it has not analysed', async () => {
    const { client, close } = await startPair({});
    try {
      assert.equal(await client.sendRequest('tender/conformity', { textDocument: { uri: 'file:///nowhere.md' } }), null);
    } finally {
      close();
    }
  });
});
