import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ConformityFinding, ConformityGroup, ConformityItem, ConformityReport } from '../../server/src/core/features/conformity.js';
import type { Finding } from '../../server/src/core/types.js';
import { locale, text } from './locale.js';
import { passageRow } from './passage.js';
import { Debounced } from './debounce.js';
import { findingRow, groupRow, itemRow, statusBarRow } from './rows.js';

export const CONFORMITY_REQUEST = 'tender/conformity';
const VIEW_ID = 'tender.conformity';

/** A row of the Conformité view: an article, a rule, or one finding of a rule. */
export type ConformityNode =
  | { kind: 'group'; group: ConformityGroup; uri: vscode.Uri }
  | { kind: 'item'; item: ConformityItem; uri: vscode.Uri }
  | { kind: 'finding'; finding: ConformityFinding; item: ConformityItem; uri: vscode.Uri };

const ICON: Record<ConformityItem['status'], vscode.ThemeIcon> = {
  ok: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  finding: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
  'not-applicable': new vscode.ThemeIcon('circle-slash'),
  ignored: new vscode.ThemeIcon('eye-closed'),
  off: new vscode.ThemeIcon('circle-slash'),
};

/**
 * The Conformité view of the active tender and its status bar item. Everything shown comes from
 * the server's `tender/conformity` answer, asked again whenever the document's diagnostics change.
 */
export class ConformityView implements vscode.TreeDataProvider<ConformityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ConformityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly statusBar = vscode.window.createStatusBarItem('tender.status', vscode.StatusBarAlignment.Left, 50);
  private readonly view: vscode.TreeView<ConformityNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private report: ConformityReport | null = null;
  private uri: vscode.Uri | undefined;
  private readonly refreshing = new Debounced(() => this.refresh());
  private generation = 0;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.statusBar.name = 'Tender LS';
    this.statusBar.command = `${VIEW_ID}.focus`;
    this.disposables.push(
      this.view,
      this.statusBar,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      // The view shows the dossier: a change of the diagnostics of any of its files refreshes it.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const shown = new Set([this.uri?.toString(), ...(this.report?.files ?? []).map((file) => file.uri)]);
        if (this.uri && event.uris.some((uri) => shown.has(uri.toString()))) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('tender') && this.schedule()),
    );
    this.schedule(0);
  }

  /** The last answer shown, and the document it is about. */
  get current(): { uri: vscode.Uri | undefined; report: ConformityReport | null } {
    return { uri: this.uri, report: this.report };
  }

  /** Settles when the view shows the answer to the latest refresh (tests wait on it). */
  get ready(): Promise<void> {
    return this.refreshing.ready;
  }

  schedule(delay = 100): void {
    this.refreshing.schedule(delay);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    // Another kind of editor (output, settings) keeps the last tender on display.
    if (editor && editor.document.languageId !== 'markdown') return;
    const uri = editor?.document.uri;
    let report: ConformityReport | null = null;
    if (uri) {
      try {
        report = await this.client.sendRequest<ConformityReport | null>(CONFORMITY_REQUEST, { textDocument: { uri: uri.toString() } });
      } catch {
        report = null;
      }
    }
    if (generation !== this.generation) return;
    this.uri = uri;
    this.report = report;
    this.render();
  }

  private render(): void {
    const report = this.report;
    if (!report || !report.tender) {
      this.view.message = text({
        fr: "Ouvrez un document d'appel d'offres (Markdown avec un « type » dans l'en-tête).",
        en: 'Open a tender document (Markdown with a "type" in its front-matter).',
      });
      this.view.description = undefined;
      this.statusBar.hide();
    } else {
      this.view.message = undefined;
      this.view.description = this.uri ? vscode.workspace.asRelativePath(this.uri) : undefined;
      const status = statusBarRow(report, locale());
      this.statusBar.text = `$(law) ${status.text}`;
      this.statusBar.tooltip = status.tooltip;
      this.statusBar.show();
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: ConformityNode): ConformityNode[] {
    const { report, uri } = this;
    if (!report || !uri) return [];
    if (!node) return report.groups.map((group) => ({ kind: 'group', group, uri }));
    if (node.kind === 'group') return node.group.items.map((item) => ({ kind: 'item', item, uri }));
    if (node.kind === 'item') return node.item.findings.map((finding) => ({ kind: 'finding', finding, item: node.item, uri }));
    return [];
  }

  getTreeItem(node: ConformityNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const row = groupRow(node.group, locale());
      const tree = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.Expanded);
      tree.description = row.description;
      tree.iconPath = ICON[row.failing > 0 ? 'finding' : 'ok'];
      tree.contextValue = 'tender.group';
      return tree;
    }
    if (node.kind === 'item') {
      const { item } = node;
      const row = itemRow(item, locale());
      const collapsible = item.findings.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
      const tree = new vscode.TreeItem(row.label, collapsible);
      tree.description = row.description;
      tree.iconPath = ICON[item.status];
      tree.tooltip = new vscode.MarkdownString(row.tooltip);
      // A ✓ rule goes to the passage that met it.
      if (passageRow(item, locale()))
        tree.command = { title: text({ fr: 'Afficher le passage', en: 'Show the passage' }), command: 'tender.conformity.reveal', arguments: [node] };
      tree.contextValue = `tender.item.${item.status}`;
      tree.id = `${node.uri.toString()}#${item.rule}`;
      return tree;
    }
    const { finding } = node;
    const row = findingRow(finding, locale());
    const tree = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    tree.description = row.description;
    tree.tooltip = new vscode.MarkdownString(row.tooltip);
    tree.iconPath = new vscode.ThemeIcon(finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'info');
    tree.contextValue = finding.fix ? 'tender.finding.fixable' : 'tender.finding';
    tree.command = { title: text({ fr: 'Afficher', en: 'Show' }), command: 'tender.conformity.reveal', arguments: [node] };
    return tree;
  }

  dispose(): void {
    this.refreshing.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

const toRange = ({ range }: { range: Finding['range'] }): vscode.Range =>
  new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);

/** Shows a finding, or the passage that met a ✓ rule, in the editor: in the file of the dossier it is in. */
export async function reveal(node: ConformityNode): Promise<void> {
  const target = node.kind === 'finding' ? node.finding : node.kind === 'item' ? passageRow(node.item, locale()) : undefined;
  if (!target) return;
  const editor = await vscode.window.showTextDocument(target.uri ? vscode.Uri.parse(target.uri) : node.uri, { preserveFocus: false });
  const range = toRange(target);
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Applies the server's quick fix for this finding (the same code action the editor's light bulb offers). */
export async function applyFindingFix(node: ConformityNode): Promise<boolean> {
  const finding = node.kind === 'finding' ? node.finding : node.kind === 'item' ? node.item.findings.find((candidate) => candidate.fix) : undefined;
  if (!finding) return false;
  // A finding of another file of the dossier is fixed in that file.
  const uri = finding.uri ? vscode.Uri.parse(finding.uri) : node.uri;
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      toRange(finding),
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  const action = actions.find((candidate) => candidate.title === finding.fix?.title && candidate.edit);
  return action?.edit ? vscode.workspace.applyEdit(action.edit) : false;
}
