import { strict as assert } from 'node:assert';
import { readExample } from '../helpers.js';
import { TestClient } from './lspClient.js';

describe('language server over stdio', function () {
  let client: TestClient;
  beforeEach(async () => {
    client = new TestClient();
  });
  afterEach(async () => client.dispose());

  it('initializes with incremental sync and code actions', async () => {
    const { capabilities } = await client.initialize();
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(capabilities.codeActionProvider);
  });

  it('publishes diagnostics on open, updates them on change, clears them on close', async () => {
    await client.initialize();
    const uri = 'file:///virtual/avis.md';
    const text = readExample('avis-entretien-espaces-verts.md');
    const states = (l: string) => /ne s['’]engage à accepter/.test(l);
    assert.ok(text.split('\n').some(states), 'the example states 4.7°');
    await client.open(uri, text);
    const opened = await client.nextDiagnostics(uri);
    assert.equal(opened.version, 1);
    assert.deepEqual(opened.diagnostics, []);

    // Remove the 4.7° sentence with an incremental change: the finding appears, with its citation and link.
    const lines = text.split('\n');
    const line = lines.findIndex(states);
    await client.change(uri, 2, [{ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, text: '' }]);
    const changed = await client.nextDiagnostics(uri, (p) => p.version === 2);
    const finding = changed.diagnostics.find((d) => d.code === '4.7°');
    assert.ok(finding, JSON.stringify(changed.diagnostics));
    assert.equal(finding.data?.rule, 'notice-no-obligation-to-accept');
    assert.equal(finding.severity, 1);
    assert.match(finding.codeDescription!.href, /legisquebec\.gouv\.qc\.ca\/fr\/document\/rc\/C-65\.1,%20r\.%204#se:4$/);

    // The quick fix inserts the clause.
    const actions = await client.connection.sendRequest<{ title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } },
    );
    const quickFix = actions.find((action) => action.kind === 'quickfix');
    assert.ok(quickFix);
    assert.match(quickFix.edit.changes[uri][0].newText, /ne s’engage à accepter aucune des soumissions reçues/);

    await client.close(uri);
    const closed = await client.nextDiagnostics(uri, (p) => p.version === undefined);
    assert.deepEqual(closed.diagnostics, []);
  });

  it('publishes only the newest version of a burst of edits', async () => {
    await client.initialize();
    const uri = 'file:///virtual/burst.md';
    await client.open(uri, readExample('avis-entretien-espaces-verts.md'));
    await client.nextDiagnostics(uri);
    for (let version = 2; version <= 30; version++) {
      await client.change(uri, version, [{ range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } }, text: 'x' }]);
    }
    await client.nextDiagnostics(uri, (p) => p.version === 30);
    const versions = client.publications(uri).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
    assert.ok(versions.length < 30, `edits were coalesced (${versions.length} publications for 30 versions)`);
  });

  it('clears diagnostics when a document stops being a tender document, and ignores other Markdown', async () => {
    await client.initialize();
    const uri = 'file:///virtual/readme.md';
    await client.open(uri, '---\ntype: avis\n---\n\n# Avis\n');
    const tender = await client.nextDiagnostics(uri);
    assert.ok(tender.diagnostics.length > 0);
    await client.change(uri, 2, [{ text: '# README\n\nNothing to check.\n' }]);
    const plain = await client.nextDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(plain.diagnostics, []);
  });

  it('speaks English when the client locale is English', async () => {
    await client.initialize({ locale: 'en-CA' });
    const uri = 'file:///virtual/en.md';
    await client.open(uri, '---\ntype: avis\n---\n\n# Notice\n');
    const published = await client.nextDiagnostics(uri);
    const finding = published.diagnostics.find((d) => d.code === '4.7°');
    assert.match(finding!.message, /does not undertake to accept/);
  });

  it('applies severity settings from workspace/configuration', async () => {
    await client.dispose();
    client = new TestClient(() => [{ regles: { '4.7°': 'off', 'notice-services-description': 'hint' } }]);
    await client.initialize();
    const uri = 'file:///virtual/settings.md';
    await client.open(uri, '---\ntype: avis\n---\n\n# Avis\n');
    const published = await client.nextDiagnostics(uri);
    assert.equal(published.diagnostics.find((d) => d.code === '4.7°'), undefined);
    assert.equal(published.diagnostics.find((d) => d.data?.rule === 'notice-services-description')?.severity, 4);
  });
});
