import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code?: number }) => error.code,
  );

describe('LSP lifecycle (specification): initialize, shutdown, exit, odd initialize parameters', function () {
  this.timeout(30_000);
  let folder: string;
  // The bundled server, sent nothing but what a test sends.
  const servers: LspServer[] = [];
  const spawned = () => {
    const server = LspServer.spawn();
    servers.push(server);
    return server;
  };
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'tender-lifecycle-'))));
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('requests before initialize get ServerNotInitialized; a second initialize and requests after shutdown get InvalidRequest; exit after shutdown is code 0', async () => {
    const server = spawned();
    assert.equal(await errorCode(server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.md' } })), -32002);
    await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(await errorCode(server.request('initialize', { processId: null, rootUri: null, capabilities: {} })), -32600);
    await server.notify('initialized', {});
    assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.md' } }), []);
    await server.request('shutdown');
    assert.equal(await errorCode(server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.md' } })), -32600);
    const exited = server.exited();
    await server.notify('exit');
    assert.deepEqual(await exited, [0, null]);
  });

  it('locale 7, capabilities null and trusted "false" (a string): initialize succeeds, in French, and the workspace is not trusted', async () => {
    // The .tenderrc turns every rule off: it applies only in a trusted workspace.
    writeFileSync(
      join(folder, '.tenderrc.json'),
      JSON.stringify({ regles: Object.fromEntries(['format', '4.1°', '4.2°', '4.3°', '4.4°', '4.5°', '4.6°', '4.7°'].map((citation) => [citation, 'off'])) }),
    );
    const server = spawned();
    const result = await server.request<{ capabilities: object }>('initialize', {
      processId: null,
      rootUri: null,
      locale: 7,
      capabilities: null,
      initializationOptions: { trusted: 'false', locale: ['en'] },
    });
    assert.ok(result.capabilities);
    await server.notify('initialized', {});
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, readExample('ao-services-techniques-defauts.md'));
    const diagnostics = await server.nextDiagnostics(uri, { since: 0 });
    assert.ok(
      diagnostics.diagnostics.some((diagnostic) => diagnostic.code === '4.7°'),
      'the .tenderrc must not apply',
    );
    assert.ok(
      diagnostics.diagnostics.every((diagnostic) => !/\bthe\b/.test(diagnostic.message)),
      'French messages',
    );
  });

  it('the server exits when its input closes (the client went away without exit)', async () => {
    const server = spawned();
    await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    const exited = server.exited();
    server.endInput();
    assert.deepEqual(await exited, [1, null]);
  });
});
