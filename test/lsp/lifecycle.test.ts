import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { readExample } from '../helpers.js';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** The bundled server over stdio and a bare JSON-RPC client: nothing sent for it but what a test sends. */
function spawnServer(): { process: ChildProcess; client: MessageConnection; published: { uri: string; diagnostics: { code?: string; message: string }[] }[] } {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: { uri: string; diagnostics: { code?: string; message: string }[] }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (params: (typeof published)[number]) => void published.push(params));
  client.onRequest('workspace/configuration', () => [null]);
  client.listen();
  return { process: child, client, published };
}

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { code?: number }) => error.code,
  );

async function until<T>(probe: () => T | undefined, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('LSP lifecycle (specification): initialize, shutdown, exit, odd initialize parameters', function () {
  this.timeout(30_000);
  let folder: string;
  const children: ChildProcess[] = [];
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'tender-lifecycle-'))));
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('requests before initialize get ServerNotInitialized; a second initialize and requests after shutdown get InvalidRequest; exit after shutdown is code 0', async () => {
    const { process: child, client } = spawnServer();
    children.push(child);
    assert.equal(await errorCode(client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.md' } })), -32002);
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(await errorCode(client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })), -32600);
    await client.sendNotification('initialized', {});
    assert.deepEqual(await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.md' } }), []);
    await client.sendRequest('shutdown');
    assert.equal(await errorCode(client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.md' } })), -32600);
    const exited = once(child, 'exit');
    await client.sendNotification('exit');
    assert.deepEqual(await exited, [0, null]);
    client.dispose();
  });

  it('locale 7, capabilities null and trusted "false" (a string): initialize succeeds, in French, and the workspace is not trusted', async () => {
    // The .tenderrc turns every rule off: it applies only in a trusted workspace.
    writeFileSync(join(folder, '.tenderrc.json'), JSON.stringify({ regles: Object.fromEntries(['format', '4.1°', '4.2°', '4.3°', '4.4°', '4.5°', '4.6°', '4.7°'].map((citation) => [citation, 'off'])) }));
    const { process: child, client, published } = spawnServer();
    children.push(child);
    const result = await client.sendRequest<{ capabilities: object }>('initialize', { processId: null, rootUri: null, locale: 7, capabilities: null, initializationOptions: { trusted: 'false', locale: ['en'] } });
    assert.ok(result.capabilities);
    await client.sendNotification('initialized', {});
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readExample('ao-services-techniques-defauts.md') } });
    const diagnostics = await until(() => published.find((params) => params.uri === uri));
    assert.ok(diagnostics.diagnostics.some((diagnostic) => diagnostic.code === '4.7°'), 'the .tenderrc must not apply');
    assert.ok(diagnostics.diagnostics.every((diagnostic) => !/\bthe\b/.test(diagnostic.message)), 'French messages');
    client.dispose();
  });

  it('the server exits when its input closes (the client went away without exit)', async () => {
    const { process: child, client } = spawnServer();
    children.push(child);
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    const exited = once(child, 'exit', { signal: AbortSignal.timeout(5_000) });
    child.stdin!.end();
    assert.deepEqual(await exited, [1, null]);
    client.dispose();
  });
});
