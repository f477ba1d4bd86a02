import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/core/text/lineIndex.js';
import { readExample } from '../helpers.js';
import { rangeInside } from '../robustness/documentBounds.js';
import { CancellationTokenSource, TestServer } from './harness.js';

// Protocol misuse against the bundled server (`npm run build` first; `npm test` does it).
const COMPLIANT = readExample('ao-services-professionnels-conforme.md');
const DEFECTS = readExample('ao-services-techniques-defauts.md');
const everywhere = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
// Within 2 s: a request for a document whose analysis is pending waits for it, up to 750 ms.
const codeActions = (server: TestServer, uri: string) =>
  server.request<unknown[] | null>('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [] } }, 2000);

describe('language server: protocol misuse', function () {
  this.timeout(30_000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('requests for unknown and closed documents answer empty; edits to them are ignored', async () => {
    server = await TestServer.start();
    assert.deepEqual(await codeActions(server, 'file:///jamais-ouvert.md'), []);
    const uri = 'file:///ferme.md';
    let since = server.diagnostics.length;
    await server.open(uri, DEFECTS);
    assert.ok((await server.diagnosticsFor(uri, since, 5000)).diagnostics.length > 0);
    since = server.diagnostics.length;
    await server.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await server.diagnosticsFor(uri, since, 5000)).diagnostics, []);
    assert.deepEqual(await codeActions(server, uri), []);
    await server.notify('textDocument/didChange', { textDocument: { uri, version: 9 }, contentChanges: [{ text: DEFECTS }] });
    await server.notify('textDocument/didClose', { textDocument: { uri: 'file:///jamais-ouvert.md' } });
    // An unsupported request is an error response, not a crash.
    await assert.rejects(server.request('textDocument/unknownFeature', { textDocument: { uri } }), /Unhandled method|not found/i);
    // Still serving: a new document gets its diagnostics, the closed one got none after its close.
    since = server.diagnostics.length;
    await server.open('file:///autre.md', DEFECTS);
    await server.diagnosticsFor('file:///autre.md', since, 5000);
    assert.ok(!server.diagnostics.slice(since).some((d) => d.uri === uri && d.diagnostics.length > 0));
    assert.ok(server.alive);
  });

  it('out-of-order versions: the last text received wins, diagnostics carry its version', async () => {
    server = await TestServer.start();
    const uri = 'file:///versions.md';
    await server.open(uri, COMPLIANT, 5);
    const since = server.diagnostics.length;
    await server.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: DEFECTS }] });
    await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: COMPLIANT }] });
    const last = await server.diagnosticsFor(uri, since, 5000, (d) => d.version === 2);
    assert.deepEqual(last.diagnostics.filter((d) => (d as { severity?: number }).severity === 1), []);
    assert.ok(server.alive);
  });

  it('a client that never answers workspace/configuration: requests still answer, diagnostics come after the 2 s timeout', async () => {
    server = await TestServer.start({ configuration: 'never' });
    const uri = 'file:///sans-reponse.md';
    const since = server.diagnostics.length;
    const opened = Date.now();
    await server.open(uri, DEFECTS);
    assert.deepEqual(await codeActions(server, uri), []);
    const diagnostics = await server.diagnosticsFor(uri, since, 6000);
    assert.ok(diagnostics.diagnostics.length > 0);
    assert.ok(Date.now() - opened >= 1900, 'diagnostics waited for the configuration timeout');
    assert.equal(server.configurationRequests, 1);
    // The unanswered request is not repeated for every edit of the document.
    const again = server.diagnostics.length;
    await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${DEFECTS}\nFin.\n` }] });
    await server.diagnosticsFor(uri, again, 1000);
    assert.equal(server.configurationRequests, 1);
  });

  it('a cancelled request settles at once (result or RequestCancelled) and the server keeps serving', async () => {
    server = await TestServer.start();
    const uri = 'file:///annule.md';
    const since = server.diagnostics.length;
    await server.open(uri, DEFECTS);
    await server.diagnosticsFor(uri, since, 5000);
    for (let i = 0; i < 5; i++) {
      const source = new CancellationTokenSource();
      const pending = server.request('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [] } }, 1000, source);
      source.cancel();
      await pending.then(
        (result) => assert.ok(Array.isArray(result)),
        (error: { code?: number }) => assert.equal(error.code, -32800),
      );
    }
    assert.ok(((await codeActions(server, uri)) ?? []).length > 0);
  });

  it('odd document URIs (remote host, bad escapes, NUL, untitled) get diagnostics and do not stop the server', async () => {
    server = await TestServer.start();
    const uris = ['file://serveur/partage/avis.md', 'file:///a%2Fb.md', 'file:///%E0%A4%A.md', 'file:///%00.md', 'untitled:Untitled-1', 'file:///' + 'a/'.repeat(3000) + 'x.md'];
    const since = server.diagnostics.length;
    for (const uri of uris) await server.open(uri, DEFECTS);
    for (const uri of uris) assert.ok((await server.diagnosticsFor(uri, since, 5000)).diagnostics.length > 0, uri);
    assert.ok(server.alive);
  });

  it('random edit sequences: every request answers within 2 s (a code action waits up to 750 ms for the analysis), diagnostics stay inside the final text', async () => {
    server = await TestServer.start();
    const position = fc.record({ line: fc.integer({ min: 0, max: 60 }), character: fc.integer({ min: 0, max: 120 }) });
    const edit = fc.record({ start: position, end: position, text: fc.oneof(fc.constantFrom('---\n', '# Avis\n', '<!--', '\n\n', '- ', '|', '’', '\r\n', '\0'), fc.string({ maxLength: 15 })) });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(COMPLIANT, DEFECTS, ''), fc.array(edit, { minLength: 1, maxLength: 12 }), async (initial, edits) => {
        const uri = `file:///fuzz-${run++}.md`;
        let mirror = TextDocument.create(uri, 'markdown', 1, initial);
        await server.open(uri, initial);
        for (const [index, { start, end, text }] of edits.entries()) {
          const [from, to] = [mirror.offsetAt(start), mirror.offsetAt(end)].sort((a, b) => a - b);
          const range = { start: mirror.positionAt(from), end: mirror.positionAt(to) };
          mirror = TextDocument.update(mirror, [{ range, text }], index + 2);
          await server.notify('textDocument/didChange', { textDocument: { uri, version: index + 2 }, contentChanges: [{ range, text }] });
          await codeActions(server, uri);
        }
        const final = await server.diagnosticsFor(uri, 0, 5000, (d) => d.version === mirror.version);
        const lines = new LineIndex(mirror.getText());
        for (const diagnostic of final.diagnostics) assert.ok(rangeInside(lines, diagnostic.range), JSON.stringify(diagnostic.range));
        await server.notify('textDocument/didClose', { textDocument: { uri } });
      }),
      { numRuns: 15 },
    );
    assert.ok(server.alive);
  });
});

describe('language server: untrusted workspaces', function () {
  this.timeout(30_000);
  let folder: string;
  let server: TestServer;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tender-trust-'));
    // The workspace configuration silences every finding the document has.
    writeFileSync(join(folder, '.tenderrc.json'), JSON.stringify({ regles: Object.fromEntries(['4.al1', '4.1°', '4.2°', '4.2.1°', '4.3°', '4.4°', '4.5°', '4.5.1°', '4.6°', '4.7°'].map((c) => [c, 'off'])) }));
  });
  afterEach(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  // A document that names files, URLs and code: none of it may be read, fetched or run.
  const HOSTILE = `---\ntype: avis\ninclude: ../../etc/passwd\n$ref: file:///etc/passwd\ntitre: !!js/function "function () { require('child_process').execSync('touch /tmp/pwned') }"\n---\n\n# Avis\n\n[x](file:///etc/passwd) ![y](http://127.0.0.1:9/image.png) <img src="https://example.invalid/a.png">\n\n<!-- tender-ignore 4.7° : voir ../../.ssh/id_rsa -->\n\n<script>require('child_process').exec('id')</script>\n`;

  it('trusted: the .tenderrc of the document folder applies (the control case)', async () => {
    server = await TestServer.start({ trusted: true });
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, HOSTILE);
    const diagnostics = await server.diagnosticsFor(uri, 0, 5000);
    assert.deepEqual(diagnostics.diagnostics, []);
    assert.ok(server.accesses.some((access) => access.includes(join(folder, '.tenderrc.json'))));
    assert.ok(server.accesses.every((access) => /^fs .*\.tenderrc\.(?:json|ya?ml)$/.test(access)), server.accesses.join('\n'));
  });

  it('untrusted: no workspace configuration is asked or read, and the document makes the server touch nothing', async () => {
    server = await TestServer.start({ trusted: false, configuration: () => ({ regles: { '4.7°': 'off' } }) });
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, HOSTILE);
    const diagnostics = await server.diagnosticsFor(uri, 0, 5000);
    assert.ok(diagnostics.diagnostics.length > 0, 'the .tenderrc must not silence findings');
    await codeActions(server, uri);
    assert.equal(server.configurationRequests, 0);
    assert.deepEqual(server.accesses, []);
  });

  it('untrusted: addenda lookups read only the Markdown files of the document folder, never through links', async () => {
    server = await TestServer.start({ trusted: false });
    writeFileSync(join(folder, 'addenda-1.md'), '---\ntype: addenda\nnumero: AO-2026-0001\n---\n# Addenda 1\n');
    symlinkSync('/etc/hostname', join(folder, 'fuite.md'));
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, HOSTILE.replace('type: avis\n', 'type: avis\nnumero: AO-2026-0001\n'));
    await server.diagnosticsFor(uri, 0, 5000);
    assert.ok(server.accesses.length > 0, 'the folder is listed for addenda');
    for (const access of server.accesses) {
      assert.ok(access === `fs ${folder}` || access === `fs ${join(folder, 'addenda-1.md')}`, access);
    }
  });
});
