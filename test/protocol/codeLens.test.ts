import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { readExample } from '../helpers.js';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

interface Lens {
  range: { start: { line: number; character: number } };
  command?: { title: string; command: string };
}

describe('code lenses over stdio (periods and earliest lawful dates)', function () {
  let server: ChildProcess;
  let connection: MessageConnection;
  const uri = 'file:///virtual/ao.md';
  const text = readExample('ao-services-professionnels-conforme.md');

  async function start(locale: string): Promise<Record<string, unknown>> {
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published = new Promise<void>((resolve) => connection.onNotification('textDocument/publishDiagnostics', () => resolve()));
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const { capabilities } = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: null, locale, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await published;
    return capabilities;
  }

  afterEach(async () => {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]).catch(() => undefined);
    connection.dispose();
    server.kill();
  });

  const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

  it('shows the receipt period and the earliest lawful date above `reception`', async () => {
    const capabilities = await start('fr');
    assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: false });
    const lenses = await connection.sendRequest<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const receipt = lenses.find((lens) => lens.range.start.line === lineOf('reception:'));
    assert.equal(receipt?.command?.title, 'Délai de réception : 17 jours (min. 15 — art. 4, al. 2, par. 6°) · date la plus hâtive : mardi 17 mars 2026');
    const diffusion = lenses.find((lens) => lens.range.start.line === lineOf('diffusion:'));
    assert.match(diffusion?.command?.title ?? '', /^Diffusion : lundi 2 mars 2026/);
  });

  it('speaks English when the client locale is English', async () => {
    await start('en-CA');
    const lenses = await connection.sendRequest<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const receipt = lenses.find((lens) => lens.range.start.line === lineOf('reception:'));
    assert.equal(receipt?.command?.title, 'Receipt period: 17 days (min. 15 — s. 4, para. 2, subpara. 6°) · earliest date: Tuesday, March 17, 2026');
  });
});
