// Runs inside a real VS Code extension host, with the extension under development loaded and the
// workspace folder holding copies of examples/. Assertions are on rules and citations, not wording.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { TenderApi } from '../../../client/src/extension.js';
import type { ConformityNode } from '../../../client/src/conformityView.js';

const DEFECTS = 'ao-services-techniques-defauts.md';
const COMPLIANT = ['ao-services-professionnels-conforme.md', 'avis-entretien-espaces-verts.md'];

const workspace = (): vscode.Uri => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return folder.uri;
};
const exampleUri = (name: string): vscode.Uri => vscode.Uri.joinPath(workspace(), name);

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, milliseconds = 30_000): Promise<T> {
  const deadline = Date.now() + milliseconds;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const tenderDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'tender');
const citationOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));
/** The extension under test, found by its manifest's name. */
const ours = () => vscode.extensions.all.find((candidate) => (candidate.packageJSON as { name?: string } | undefined)?.name === 'tender-ls');
/** A tree row's label as text (a label may also be given with highlights). */
const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'object' ? item.label.label : item.label);
const ruleOf = (diagnostic: vscode.Diagnostic) => (diagnostic as vscode.Diagnostic & { data?: { rule?: string } }).data?.rule;

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(exampleUri(name));
  return vscode.window.showTextDocument(document);
}

describe('Tender LS in a real VS Code extension host', function () {
  let api: TenderApi;

  before(async () => {
    const extension = ours();
    assert.ok(extension, 'the extension under development is loaded');
    api = (await extension.activate()) as TenderApi;
  });

  it('activates and starts its language server', () => {
    const extension = ours();
    assert.ok(extension?.isActive);
    assert.ok(api.client.isRunning(), 'the language client is running');
    assert.equal(api.client.initializeResult?.serverInfo?.name, 'tender-language-server');
  });

  it("publishes the defects example's findings, with citations and rule names", async () => {
    const { document } = await open(DEFECTS);
    const diagnostics = await until('diagnostics of the defects example', () => {
      const found = tenderDiagnostics(document.uri);
      return found.length > 0 && found;
    });
    const citations = diagnostics.map(citationOf);
    assert.ok(citations.includes('4.7°'), `4.7° among ${citations.join(', ')}`);
    assert.ok(diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'notice-no-obligation-to-accept'));
    const obligation = diagnostics.find((diagnostic) => citationOf(diagnostic) === '4.7°');
    // Messages follow VS Code's language (SPEC: French by default, English for an English UI).
    const english = vscode.env.language.toLowerCase().startsWith('en');
    assert.match(obligation?.message ?? '', english ? /accept/i : /accepter/i);
    assert.ok(typeof obligation?.code === 'object' && obligation.code.target.toString().includes('legisquebec'), 'the code links to the article');
  });

  for (const name of COMPLIANT) {
    it(`finds no error in the compliant example ${name}`, async () => {
      const { document } = await open(name);
      // The analysis is done once the server has a report for the document.
      await until(`the analysis of ${name}`, async () => (await api.conformity(document.uri)) ?? undefined);
      const errors = tenderDiagnostics(document.uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error);
      assert.deepEqual(
        errors.map((diagnostic) => `${citationOf(diagnostic)} ${diagnostic.message}`),
        [],
      );
    });
  }

  it('shows the active tender in the Conformité view: ✗ with the finding, ✓ for the rest', async () => {
    const { document } = await open(DEFECTS);
    await until('diagnostics', () => tenderDiagnostics(document.uri).length > 0);
    const view = api.conformityView;
    // The editor opened becomes the active one when VS Code says so: the view follows it, at the latest on a refresh after that.
    await until('the Conformité view on the active tender', async () => {
      view.schedule(0);
      await view.ready;
      return view.current.uri?.toString() === document.uri.toString();
    });
    const groups = view.getChildren();
    const article4 = groups.find((node) => node.kind === 'group' && node.group.article === '4');
    assert.ok(article4, 'an Article 4 group');
    const items = view.getChildren(article4);
    const find = (rule: string) => items.find((node): node is Extract<ConformityNode, { kind: 'item' }> => node.kind === 'item' && node.item.rule === rule);
    const obligation = find('notice-no-obligation-to-accept');
    assert.ok(obligation);
    // The status is the row's icon alone; the label is the citation, the rule's text its description.
    const obligationRow = view.getTreeItem(obligation);
    assert.equal(labelOf(obligationRow), '4.7°');
    assert.equal((obligationRow.iconPath as vscode.ThemeIcon).id, 'error');
    assert.equal(obligationRow.description, obligation.item.description);
    const findings = view.getChildren(obligation);
    assert.equal(findings.length, 1);
    assert.equal(view.getTreeItem(findings[0]).contextValue, 'tender.finding.fixable', 'the finding offers its quick fix');
    const publicBody = find('notice-public-body-name');
    assert.ok(publicBody);
    assert.equal(labelOf(view.getTreeItem(publicBody)), '4.1°');
    assert.equal((view.getTreeItem(publicBody).iconPath as vscode.ThemeIcon).id, 'pass');
    // The view shows the server's report, not a recomputation.
    const report = await api.conformity(document.uri);
    assert.deepEqual(view.current.report, report);
    const errors = tenderDiagnostics(document.uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
    assert.equal(report?.counts.error, errors, 'the status bar count is the Problems count');
  });

  it('opens the compliance report of the active tender in a webview, follows its edits and saves it as HTML', async () => {
    // A copy of the defects example of its own, which no other test edits.
    // Under a call number of its own: a copy naming the example's would make one dossier with it.
    const copy = vscode.Uri.joinPath(workspace(), 'rapport-defauts.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(exampleUri(DEFECTS)));
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(text.replaceAll('AO-2026-0377', 'AO-2026-9377')));
    const document = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(document);
    await until('the diagnostics of the copy', () => tenderDiagnostics(document.uri).some((candidate) => citationOf(candidate) === '4.7°'));
    const english = vscode.env.language.toLowerCase().startsWith('en');
    // The server's page, as other editors get it.
    const page = await api.complianceReportHtml(document.uri);
    assert.match(page?.html ?? '', /^<!DOCTYPE html>/);
    assert.ok(await vscode.commands.executeCommand<boolean>('tender.complianceReport.open'), 'the command opened the report');
    const report = api.complianceReport;
    await report.ready;
    assert.equal(report.current.uri?.toString(), document.uri.toString());
    // The tab takes the page's title once the server has answered.
    const tabTitle = `${english ? 'Compliance report' : 'Rapport de conformité'} — AO-2026-9377`;
    const tab = await until(`the report webview tab "${tabTitle}"`, () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find(
          (candidate) =>
            candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.endsWith('tender.complianceReport') && candidate.label === tabTitle,
        ),
    );
    const findings = (html: string | undefined) => Number(/<dd data-count="finding">(\d+)<\/dd>/.exec(html ?? '')?.[1]);
    const before = findings(report.current.html);
    assert.ok(before > 0, 'the webview shows the findings count');
    assert.match(report.current.html ?? '', /style-src 'nonce-[^']+'/, 'a strict policy: the style by its nonce, no script');
    // An edit updates the page: the quick fix of 4.7°, whose clause leaves nothing to fill in (a fill-in mark would be a finding of its own).
    const rule = (await api.conformity(document.uri))?.groups.flatMap((group) => group.items).find((item) => item.rule === 'notice-no-obligation-to-accept');
    assert.ok(rule?.findings.length === 1 && rule.findings[0].fix, '4.7° has one finding and its quick fix');
    const { range, fix: expected } = rule.findings[0];
    const where = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      where,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((action) => action.kind?.value === 'quickfix' && action.title === expected?.title);
    assert.ok(fix?.edit, `"${expected?.title}" among ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await until('the report to show one finding less', async () => {
      await report.ready;
      return findings(report.current.html) === before - 1;
    });
    // "Save as HTML", to a file given instead of the dialog's.
    const target = vscode.Uri.joinPath(workspace(), 'rapport-defauts-conformite.html');
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('tender.complianceReport.save', target);
    assert.equal(saved?.toString(), target.toString());
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(written, /^<!DOCTYPE html>[\s\S]*style-src 'unsafe-inline'/, 'the standalone page, without the webview nonce');
    await vscode.window.tabGroups.close(tab);
    await until('the report to close', () => !report.current.open);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(copy);
  });

  it('applies the quick fix of 4.7° and the finding goes away', async () => {
    const { document } = await open(DEFECTS);
    const diagnostic = await until('the 4.7° diagnostic', () => tenderDiagnostics(document.uri).find((candidate) => citationOf(candidate) === '4.7°'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // Several findings share the notice's heading: the server's report names this finding's fix.
    const report = await api.conformity(document.uri);
    const title = report?.groups.flatMap((group) => group.items).find((item) => item.rule === 'notice-no-obligation-to-accept')?.findings[0]?.fix?.title;
    assert.ok(title, 'the finding has a quick fix');
    const fix = actions.find((action) => action.kind?.value === 'quickfix' && action.title === title);
    assert.ok(fix?.edit, `"${title}" among ${actions.map((action) => action.title).join(' | ')}`);
    const before = tenderDiagnostics(document.uri).length;
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await until('4.7° to be gone', () => !tenderDiagnostics(document.uri).some((candidate) => citationOf(candidate) === '4.7°'));
    assert.equal(tenderDiagnostics(document.uri).length, before - 1, 'the fix adds no finding');
    const view = api.conformityView;
    await until('the view to show 4.7° as passed', async () => {
      await view.ready;
      return view.current.report?.groups.flatMap((group) => group.items).find((item) => item.rule === 'notice-no-obligation-to-accept')?.status === 'ok';
    });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('applies a quick fix from the Conformité view (4.5.1°)', async () => {
    const { document } = await open(DEFECTS);
    await until('the 4.5.1° diagnostic', () => tenderDiagnostics(document.uri).some((candidate) => citationOf(candidate) === '4.5.1°'));
    const view = api.conformityView;
    view.schedule(0);
    await view.ready;
    const item = view
      .getChildren()
      .flatMap((group) => view.getChildren(group))
      .find((node): node is Extract<ConformityNode, { kind: 'item' }> => node.kind === 'item' && node.item.citation === '4.5.1°');
    assert.ok(item, 'a 4.5.1° row');
    const [finding] = view.getChildren(item);
    assert.ok(await vscode.commands.executeCommand<boolean>('tender.conformity.applyFix', finding), 'the fix was applied');
    await until('4.5.1° to be gone', () => !tenderDiagnostics(document.uri).some((candidate) => citationOf(candidate) === '4.5.1°'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('inserts a contributed snippet', async function () {
    const manifest = ours()?.packageJSON as { contributes?: { snippets?: { language: string; path: string }[] } } | undefined;
    const contributed = manifest?.contributes?.snippets ?? [];
    const file = contributed.find((entry) => entry.language === 'markdown');
    if (!file) this.skip(); // No snippets contributed yet.
    const extension = ours();
    assert.ok(extension);
    const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, file.path)))) as Record<
      string,
      { body: string | string[] }
    >;
    const [name, snippet] = Object.entries(snippets)[0];
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    const literal = body.split(/\$/)[0].trim();
    await until(`the snippet "${name}"`, () => document.getText().includes(literal));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it("leaves the outline to VS Code's Markdown: each heading once, no group named after the extension", async () => {
    const { document } = await open(DEFECTS);
    const symbols = await until('the outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return found && found.length > 0 && found;
    });
    const names = symbols.map((symbol) => symbol.name);
    assert.deepEqual(names, [...new Set(names)], `each heading once: ${names.join(' | ')}`);
  });

  it('publishes the problems of an open .tenderrc.json on it, and no Markdown feature on it (issue 15, 7)', async () => {
    // The server reads a .tenderrc, and reports on it, only in a trusted workspace.
    assert.ok(vscode.workspace.isTrusted, 'the test workspace is trusted');
    // In a folder of its own: the examples are not under this .tenderrc.
    const folder = vscode.Uri.joinPath(workspace(), 'reglages');
    const file = vscode.Uri.joinPath(folder, '.tenderrc.json');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{\n  "regles": { "4.7°": "of" }\n}\n'));
    try {
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      const diagnostics = await until('a diagnostic on the .tenderrc.json', () => {
        const found = tenderDiagnostics(document.uri);
        return found.length > 0 && found;
      });
      assert.deepEqual(
        diagnostics.map((diagnostic) => diagnostic.range.start.line),
        [1],
      );
      assert.match(diagnostics[0].message, /4\.7°/);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      assert.deepEqual(lenses ?? [], [], 'no code lens of a tender on it');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('shows the article text in a hover on a citation', async () => {
    const { document } = await open(COMPLIANT[0]);
    const line = document
      .getText()
      .split('\n')
      .findIndex((text) => text.includes('article 7.1'));
    assert.ok(line >= 0, 'the compliant example cites article 7.1');
    const column = document.lineAt(line).text.indexOf('article 7.1') + 'article '.length;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, column + 1));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /Les conditions de conformité doivent également indiquer qu.une soumission est non conforme/);
    assert.match(text, /legisquebec\.gouv\.qc\.ca\/[a-z]{2}\/document\/[a-z]{2}\/C-65\.1,%20r\.%204#se:7_1/);
  });
});
