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
  let versions: number[];
  const uri = 'file:///virtual/ao.md';
  const text = readExample('ao-services-professionnels-conforme.md');

  async function start(locale: string, content = text): Promise<Record<string, unknown>> {
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    versions = [];
    const published = new Promise<void>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: { version?: number }) => {
        versions.push(params.version ?? 0);
        resolve();
      }),
    );
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const { capabilities } = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: null, locale, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: content } });
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

  it('lenses follow an edit at once, and a quick fix moves a short closing to the earliest lawful jour ouvrable', async () => {
    await start('fr');
    // 14 days after the diffusion of 2 March, in the front-matter and in the text.
    const short = text.replaceAll('2026-03-19', '2026-03-16').replaceAll('jeudi 19 mars 2026', 'lundi 16 mars 2026');
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: short }] });
    const lenses = await connection.sendRequest<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.match(lenses.find((lens) => lens.range.start.line === lineOf('reception:'))?.command?.title ?? '', /^Délai de réception : 14 jours/);
    // Quick fixes come from the findings of the analysis, published with the version.
    for (let waited = 0; !versions.includes(2) && waited < 100; waited++) await new Promise((resolve) => setTimeout(resolve, 50));

    const line = lineOf('reception:');
    const actions = await connection.sendRequest<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 200 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const move = actions.find((action) => action.title === 'Reporter la date limite de réception au mardi 17 mars 2026');
    assert.ok(move, JSON.stringify(actions.map((action) => action.title)));
    const texts = move.edit.changes[uri].map((edit) => edit.newText).sort();
    // reception.date, ouverture.date, and the receipt and opening sentences (date and weekday each).
    assert.deepEqual(texts, ['17 mars 2026', '17 mars 2026', '2026-03-17', '2026-03-17', 'mardi', 'mardi']);
  });
});
