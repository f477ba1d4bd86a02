import { strict as assert } from 'node:assert';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

describe('language server over stdio', function () {
  let server: LspServer;
  afterEach(async () => server?.stop());

  it('initializes with incremental sync and code actions', async () => {
    server = await LspServer.start();
    assert.deepEqual(server.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(server.capabilities.codeActionProvider);
  });

  it('publishes diagnostics on open, updates them on change, clears them on close', async () => {
    server = await LspServer.start();
    const uri = 'file:///virtual/avis.md';
    const text = readExample('avis-entretien-espaces-verts.md');
    const states = (l: string) => /ne s['’]engage à accepter/.test(l);
    assert.ok(text.split('\n').some(states), 'the example states 4.7°');
    await server.open(uri, text);
    const opened = await server.nextDiagnostics(uri);
    assert.equal(opened.version, 1);
    assert.deepEqual(opened.diagnostics, []);

    // Remove the 4.7° sentence with an incremental change: the finding appears, with its citation and link.
    const lines = text.split('\n');
    const line = lines.findIndex(states);
    await server.change(uri, 2, [{ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, text: '' }]);
    const changed = await server.nextDiagnostics(uri, { where: (p) => p.version === 2 });
    const finding = changed.diagnostics.find((d) => d.code === '4.7°');
    assert.ok(finding, JSON.stringify(changed.diagnostics));
    assert.equal(finding.data?.rule, 'notice-no-obligation-to-accept');
    assert.equal(finding.severity, 1);
    assert.match(finding.codeDescription!.href, /legisquebec\.gouv\.qc\.ca\/fr\/document\/rc\/C-65\.1,%20r\.%204#se:4$/);

    // The quick fix inserts the clause.
    const actions = await server.request<{ title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } },
    );
    const quickFix = actions.find((action) => action.kind === 'quickfix');
    assert.ok(quickFix);
    assert.match(quickFix.edit.changes[uri][0].newText, /ne s’engage à accepter aucune des soumissions reçues/);

    await server.close(uri);
    const closed = await server.nextDiagnostics(uri, { where: (p) => p.version === undefined });
    assert.deepEqual(closed.diagnostics, []);
  });

  it("records when each publication arrived, not when it was asked for (the bench's clock)", async () => {
    server = await LspServer.start();
    const uri = 'file:///virtual/avis.md';
    const sent = performance.now();
    await server.open(uri, readExample('avis-entretien-espaces-verts.md'));
    const published = await server.nextDiagnostics(uri);
    const received = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const arrival = server.arrivalOf(published);
    assert.ok(sent <= arrival && arrival <= received, `${sent} ≤ ${arrival} ≤ ${received}`);
  });

  it('a document with lone carriage-return line endings: the diagnostics and quick fixes of the same text with line feeds', async () => {
    server = await LspServer.start();
    const text = readExample('ao-services-techniques-defauts.md');
    const [cr, lf] = ['file:///virtual/cr.md', 'file:///virtual/lf.md'];
    await server.open(cr, text.replace(/\n/g, '\r'));
    await server.open(lf, text);
    const [crDiagnostics, lfDiagnostics] = [(await server.nextDiagnostics(cr)).diagnostics, (await server.nextDiagnostics(lf)).diagnostics];
    assert.ok(lfDiagnostics.length > 0);
    assert.equal(JSON.stringify(crDiagnostics).replaceAll(cr, lf), JSON.stringify(lfDiagnostics));
    const actions = (uri: string) =>
      server.request<{ title: string; edit: { changes: Record<string, { range: unknown }[]> } }[]>(
        'textDocument/codeAction',
        {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 1_000, character: 0 } },
          context: { diagnostics: [], only: ['quickfix'] },
        },
        { timeout: 500 },
      );
    const summary = (list: Awaited<ReturnType<typeof actions>>, uri: string) =>
      list.map((action) => [action.title, action.edit.changes[uri].map((edit) => edit.range)]);
    const crActions = await actions(cr);
    assert.ok(crActions.length > 0);
    assert.deepEqual(summary(crActions, cr), summary(await actions(lf), lf));
  });

  it('a front-matter format problem cites no article: code `format`, no link; its quick fix renames the key (issue 14, 5)', async () => {
    server = await LspServer.start();
    const uri = 'file:///virtual/garantie.md';
    const text = readExample('avis-entretien-espaces-verts.md').replace(
      'procedure: public\n',
      'procedure: public\ngarantie: { nature: chèque visé, montant: 5000 }\n',
    );
    await server.open(uri, text);
    const { diagnostics } = await server.nextDiagnostics(uri);
    const unknown = diagnostics.find((d) => d.data?.rule === 'front-matter-unknown-key');
    assert.ok(unknown, JSON.stringify(diagnostics));
    assert.equal(unknown.code, 'format');
    assert.equal(unknown.codeDescription, undefined);
    assert.equal(unknown.message, 'Clé inconnue « garantie » : vouliez-vous dire « garantie-soumission » ?');
    const actions = await server.request<{ title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>(
      'textDocument/codeAction',
      {
        textDocument: { uri },
        range: unknown.range,
        context: { diagnostics: [unknown], only: ['quickfix'] },
      },
    );
    assert.deepEqual(
      actions.map((action) => [action.title, action.edit.changes[uri].map((edit) => edit.newText)]),
      [['Renommer la clé en « garantie-soumission »', ['garantie-soumission']]],
    );
  });

  it('answers code actions for the current text: right after opening, and right after an edit, with its version', async () => {
    // The server's code in this process, its wait for an analysis long: the answer must not depend on the machine's load.
    server = await LspServer.inProcess({ versionedEdits: true, analysisWaitMs: 60_000 });
    const uri = 'file:///virtual/defauts.md';
    type Action = {
      title: string;
      kind: string;
      edit: { documentChanges: { textDocument: { version: number }; edits: { range: { start: { line: number } } }[] }[] };
    };
    const actionsAt = (line: number) =>
      server.request<Action[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line, character: 0 }, end: { line: line + 1_000, character: 0 } },
        context: { diagnostics: [], only: ['quickfix'] },
      });
    // No wait for the diagnostics: the request waits for the analysis the open scheduled.
    await server.open(uri, readExample('ao-services-techniques-defauts.md'));
    const opened = await actionsAt(0);
    assert.ok(opened.length > 0, 'quick fixes right after didOpen');
    assert.ok(opened.every((action) => action.edit.documentChanges[0].textDocument.version === 1));

    // Three blank lines inserted after the front-matter: the fixes of version 2 below them move three lines down.
    const below = readExample('ao-services-techniques-defauts.md').split('\n').indexOf('---', 1) + 1;
    await server.change(uri, 2, [{ range: { start: { line: below, character: 0 }, end: { line: below, character: 0 } }, text: '\n\n\n' }]);
    const changed = await actionsAt(0);
    const lineOf = (action: Action) => action.edit.documentChanges[0].edits[0].range.start.line;
    assert.ok(
      opened.some((action) => lineOf(action) > below),
      'some fixes are below the insertion',
    );
    assert.deepEqual(
      changed.map((action) => [action.title, action.edit.documentChanges[0].textDocument.version, lineOf(action)]),
      opened.map((action) => [action.title, 2, lineOf(action) > below ? lineOf(action) + 3 : lineOf(action)]),
    );
  });

  it('publishes only the newest version of a burst of edits', async () => {
    server = await LspServer.start();
    const uri = 'file:///virtual/burst.md';
    await server.open(uri, readExample('avis-entretien-espaces-verts.md'));
    await server.nextDiagnostics(uri);
    for (let version = 2; version <= 30; version++) {
      await server.change(uri, version, [{ range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } }, text: 'x' }]);
    }
    await server.nextDiagnostics(uri, { where: (p) => p.version === 30 });
    const versions = server.published.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
      'never an older version after a newer one',
    );
    assert.ok(versions.length < 30, `edits were coalesced (${versions.length} publications for 30 versions)`);
  });

  it('clears diagnostics when a document stops being a tender document, and ignores other Markdown', async () => {
    server = await LspServer.start();
    const uri = 'file:///virtual/readme.md';
    await server.open(uri, '---\ntype: avis\n---\n\n# Avis\n');
    const tender = await server.nextDiagnostics(uri);
    assert.ok(tender.diagnostics.length > 0);
    await server.change(uri, 2, [{ text: '# README\n\nNothing to check.\n' }]);
    const plain = await server.nextDiagnostics(uri, { where: (p) => p.version === 2 });
    assert.deepEqual(plain.diagnostics, []);
  });

  it('speaks English when the client locale is English', async () => {
    server = await LspServer.start({ locale: 'en-CA' });
    const uri = 'file:///virtual/en.md';
    await server.open(uri, '---\ntype: avis\n---\n\n# Notice\n');
    const published = await server.nextDiagnostics(uri);
    const finding = published.diagnostics.find((d) => d.code === '4.7°');
    assert.match(finding!.message, /does not undertake to accept/);
  });

  it('applies severity settings from workspace/configuration', async () => {
    server = await LspServer.start({ configuration: () => ({ regles: { '4.7°': 'off', 'notice-services-description': 'hint' } }) });
    const uri = 'file:///virtual/settings.md';
    await server.open(uri, '---\ntype: avis\n---\n\n# Avis\n');
    const published = await server.nextDiagnostics(uri);
    assert.equal(
      published.diagnostics.find((d) => d.code === '4.7°'),
      undefined,
    );
    assert.equal(published.diagnostics.find((d) => d.data?.rule === 'notice-services-description')?.severity, 4);
  });
});
