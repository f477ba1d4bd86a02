import { strict as assert } from 'node:assert';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { generateTender } from '../../scripts/bench/generate.js';
import { readExample, writeFolder } from '../helpers.js';
import { LspServer, type LspServerOptions } from '../lspServer.js';

// Protocol misuse against the bundled server (`npm run build` first; `npm test` does it).
const COMPLIANT = readExample('ao-services-professionnels-conforme.md');
const DEFECTS = readExample('ao-services-techniques-defauts.md');
const everywhere = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
// Within 2 s: a request for a document whose analysis is pending waits for it, up to 750 ms.
const codeActions = (server: LspServer, uri: string) =>
  server.request<unknown[] | null>('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [] } }, { timeout: 2000 });
// Every server here runs under the access spy; the untrusted-workspace tests assert what it records.
const start = (options: LspServerOptions = {}) => LspServer.start({ ...options, accessSpy: true });

describe('language server: protocol misuse', function () {
  this.timeout(30_000);
  let server: LspServer;
  afterEach(async () => server?.stop());

  it('requests for unknown and closed documents answer empty; edits to them are ignored', async () => {
    server = await start();
    assert.deepEqual(await codeActions(server, 'file:///jamais-ouvert.md'), []);
    const uri = 'file:///ferme.md';
    let since = server.published.length;
    await server.open(uri, DEFECTS);
    assert.ok((await server.nextDiagnostics(uri, { since, timeout: 5000 })).diagnostics.length > 0);
    since = server.published.length;
    await server.close(uri);
    assert.deepEqual((await server.nextDiagnostics(uri, { since, timeout: 5000 })).diagnostics, []);
    assert.deepEqual(await codeActions(server, uri), []);
    await server.change(uri, 9, [{ text: DEFECTS }]);
    await server.close('file:///jamais-ouvert.md');
    // An unsupported request is an error response, not a crash.
    await assert.rejects(server.request('textDocument/unknownFeature', { textDocument: { uri } }, { timeout: 1000 }), /Unhandled method|not found/i);
    // Still serving: a new document gets its diagnostics, the closed one got none after its close.
    since = server.published.length;
    await server.open('file:///autre.md', DEFECTS);
    await server.nextDiagnostics('file:///autre.md', { since, timeout: 5000 });
    assert.ok(!server.published.slice(since).some((d) => d.uri === uri && d.diagnostics.length > 0));
    assert.ok(server.alive);
  });

  it("a front-matter that overflows the YAML parser's stack still gets its diagnostics (found by the LSP fuzz property)", async () => {
    server = await start();
    const uri = 'file:///pile.md';
    // The edit the fuzz property made: the type line replaced, the front-matter then a long list and a stray flow end.
    const text = `---\ntype: appel-offres\n’\n${'  - { numero: 1, date: 2026-03-02 }\n'.repeat(1_500)} heure: "14:00" }\n---\n\n# Avis\n`;
    await server.open(uri, text);
    const published = await server.nextDiagnostics(uri, { since: 0, timeout: 10_000 });
    assert.deepEqual(
      published.diagnostics.filter((diagnostic) => diagnostic.data?.rule === 'front-matter-syntax').map((diagnostic) => diagnostic.range.start.line),
      [1],
    );
    assert.ok(!server.logged.some((line) => /failed/.test(line)), server.logged.join('\n'));
  });

  it('front-matter keys named like object members (constructor, __proto__…) at any depth: diagnostics, and every request answers (issue 15, 2)', async () => {
    server = await start();
    const uri = 'file:///prototype.md';
    const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
    const keys = [...names.map((name) => `${name}: 1`), 'projet:', ...names.map((name) => `  ${name}: { valueOf: 2 }`)].join('\n');
    // At the top, and nested under a known key (`organisme`).
    const nested = names.map((name) => `  ${name}: x`).join('\n');
    await server.open(uri, DEFECTS.replace('---\n', `---\n${keys}\n`).replace('  categorie: organisme-autre\n', `  categorie: organisme-autre\n${nested}\n`));
    const published = await server.nextDiagnostics(uri, { since: 0 });
    assert.equal(published.diagnostics.filter((diagnostic) => diagnostic.data?.rule === 'front-matter-unknown-key').length, 2 * names.length + 1);
    const at = { line: 1, character: 3 };
    for (const [method, params] of [
      ['textDocument/documentSymbol', {}],
      ['textDocument/foldingRange', {}],
      ['textDocument/hover', { position: at }],
      ['textDocument/completion', { position: at }],
      ['textDocument/codeLens', {}],
      ['tender/conformity', {}],
    ] as const) {
      await server.request(method, { textDocument: { uri }, ...params }, { timeout: 10_000 });
    }
    assert.ok(Array.isArray(await codeActions(server, uri)));
  });

  it('out-of-order versions: the last text received wins, diagnostics carry its version', async () => {
    server = await start();
    const uri = 'file:///versions.md';
    await server.open(uri, COMPLIANT, 5);
    const since = server.published.length;
    await server.change(uri, 3, [{ text: DEFECTS }]);
    await server.change(uri, 2, [{ text: COMPLIANT }]);
    const last = await server.nextDiagnostics(uri, { since, timeout: 5000, where: (d) => d.version === 2 });
    assert.deepEqual(
      last.diagnostics.filter((d) => d.severity === 1),
      [],
    );
    assert.ok(server.alive);
  });

  it('a client that never answers workspace/configuration: requests still answer, diagnostics come after the 2 s timeout', async () => {
    server = await start({ configuration: 'never' });
    const uri = 'file:///sans-reponse.md';
    const since = server.published.length;
    const opened = Date.now();
    await server.open(uri, DEFECTS);
    assert.deepEqual(await codeActions(server, uri), []);
    const diagnostics = await server.nextDiagnostics(uri, { since, timeout: 6000 });
    assert.ok(diagnostics.diagnostics.length > 0);
    assert.ok(Date.now() - opened >= 1900, 'diagnostics waited for the configuration timeout');
    assert.equal(server.configurationRequests, 1);
    // The unanswered request is not repeated for every edit of the document.
    const again = server.published.length;
    await server.change(uri, 2, [{ text: `${DEFECTS}\nFin.\n` }]);
    await server.nextDiagnostics(uri, { since: again, timeout: 1000 });
    assert.equal(server.configurationRequests, 1);
  });

  it('a cancelled request settles at once (result or RequestCancelled) and the server keeps serving', async () => {
    server = await start();
    const uri = 'file:///annule.md';
    const since = server.published.length;
    await server.open(uri, DEFECTS);
    await server.nextDiagnostics(uri, { since, timeout: 5000 });
    for (let i = 0; i < 5; i++) {
      const source = new CancellationTokenSource();
      const pending = server.request(
        'textDocument/codeAction',
        { textDocument: { uri }, range: everywhere, context: { diagnostics: [] } },
        { timeout: 1000, token: source.token },
      );
      source.cancel();
      await pending.then(
        (result) => assert.ok(Array.isArray(result)),
        (error: { code?: number }) => assert.equal(error.code, -32800),
      );
    }
    assert.ok(((await codeActions(server, uri)) ?? []).length > 0);
  });

  it('a request cancelled while the analysis it waits for is pending settles at once (issue 15, 13)', async () => {
    server = await start();
    const uri = 'file:///en-cours.md';
    // A 2 MB document: its analysis takes seconds, and an outline request waits for it however long.
    await server.open(uri, generateTender(2_000_000));
    const source = new CancellationTokenSource();
    const pending = server.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } }, { timeout: 1000, token: source.token });
    source.cancel();
    await pending.then(
      (result) => assert.ok(result === null || Array.isArray(result)),
      (error: { code?: number; message?: string }) => assert.equal(error.code, -32800, error.message),
    );
    assert.ok(server.alive);
  });

  it('odd document URIs (remote host, bad escapes, NUL, untitled) get diagnostics and do not stop the server', async () => {
    server = await start();
    const uris = [
      'file://serveur/partage/avis.md',
      'file:///a%2Fb.md',
      'file:///%E0%A4%A.md',
      'file:///%00.md',
      'untitled:Untitled-1',
      'file:///' + 'a/'.repeat(3000) + 'x.md',
    ];
    const since = server.published.length;
    for (const uri of uris) await server.open(uri, DEFECTS);
    for (const uri of uris) assert.ok((await server.nextDiagnostics(uri, { since, timeout: 5000 })).diagnostics.length > 0, uri);
    assert.ok(server.alive);
  });
});

describe('language server: untrusted workspaces', function () {
  this.timeout(30_000);
  let folder: string;
  let server: LspServer;
  beforeEach(() => {
    // The workspace configuration silences every finding the document has.
    const regles = Object.fromEntries(['format', '4.1°', '4.2°', '4.2.1°', '4.3°', '4.4°', '4.5°', '4.5.1°', '4.6°', '4.7°'].map((c) => [c, 'off']));
    folder = writeFolder('tender-trust-', { '.tenderrc.json': JSON.stringify({ regles }) });
  });
  afterEach(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  // A document that names files, URLs and code: none of it may be read, fetched or run.
  const HOSTILE = `---\ntype: avis\ninclude: ../../etc/passwd\n$ref: file:///etc/passwd\ntitre: !!js/function "function () { require('child_process').execSync('touch /tmp/pwned') }"\n---\n\n# Avis\n\n[x](file:///etc/passwd) ![y](http://127.0.0.1:9/image.png) <img src="https://example.invalid/a.png">\n\n<!-- tender-ignore 4.7° : voir ../../.ssh/id_rsa -->\n\n<script>require('child_process').exec('id')</script>\n`;

  it('trusted: the .tenderrc of the document folder applies (the control case)', async () => {
    server = await start({ trusted: true });
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, HOSTILE);
    const diagnostics = await server.nextDiagnostics(uri, { since: 0, timeout: 5000 });
    assert.deepEqual(diagnostics.diagnostics, []);
    assert.ok(server.accesses.some((access) => access.includes(join(folder, '.tenderrc.json'))));
    assert.ok(
      server.accesses.every((access) => /^fs .*\.tenderrc\.(?:json|ya?ml)$/.test(access)),
      server.accesses.join('\n'),
    );
  });

  it('untrusted: no workspace configuration is asked or read, and the document makes the server touch nothing', async () => {
    server = await start({ trusted: false, configuration: () => ({ regles: { '4.7°': 'off' } }) });
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, HOSTILE);
    const diagnostics = await server.nextDiagnostics(uri, { since: 0, timeout: 5000 });
    assert.ok(diagnostics.diagnostics.length > 0, 'the .tenderrc must not silence findings');
    await codeActions(server, uri);
    assert.equal(server.configurationRequests, 0);
    assert.deepEqual(server.accesses, []);
  });

  it('untrusted: addenda lookups read only the Markdown files of the document folder, never through links', async () => {
    server = await start({ trusted: false });
    writeFileSync(join(folder, 'addenda-1.md'), '---\ntype: addenda\nnumero: AO-2026-0001\n---\n# Addenda 1\n');
    symlinkSync('/etc/hostname', join(folder, 'fuite.md'));
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, HOSTILE.replace('type: avis\n', 'type: avis\nnumero: AO-2026-0001\n'));
    await server.nextDiagnostics(uri, { since: 0, timeout: 5000 });
    assert.ok(server.accesses.length > 0, 'the folder is listed for addenda');
    for (const access of server.accesses) {
      assert.ok(access === `fs ${folder}` || access === `fs ${join(folder, 'addenda-1.md')}`, access);
    }
  });
});
