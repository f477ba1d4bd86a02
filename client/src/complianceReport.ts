import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ComplianceReportHtml } from '../../server/src/lsp/features/complianceReport.js';
import { Debounced } from './debounce.js';
import { locale, text } from './locale.js';
import { placeholderPage, reportFileName } from './reportPage.js';

export const COMPLIANCE_REPORT_REQUEST = 'tender/complianceReportHtml';
const REPORT_VIEW_TYPE = 'tender.complianceReport';

/** How long the report waits after an edit before it asks the server again. */
const EDIT_DELAY = 400;

/**
 * The compliance report of the active tender in a webview (issue 17). The page is the server's
 * (`tender/complianceReportHtml`), the one `tender-lint --format html` writes: no script runs in it,
 * and its style carries a fresh nonce that its Content Security Policy requires. It follows the
 * active Markdown editor and is asked again, debounced, as the document changes.
 */
export class ComplianceReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private readonly refreshing = new Debounced(() => this.refresh());
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    const shown = (uri: vscode.Uri) => this.panel !== undefined && uri.toString() === this.uri?.toString();
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => shown(event.document.uri) && event.contentChanges.length > 0 && this.schedule(EDIT_DELAY)),
      // Diagnostics come with the analysis of the new text: the report is then ready without waiting.
      vscode.languages.onDidChangeDiagnostics((event) => event.uris.some(shown) && this.schedule(50)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Another Markdown document becomes the subject; other editors (the report itself) keep it.
        if (!this.panel || editor?.document.languageId !== 'markdown' || shown(editor.document.uri)) return;
        this.uri = editor.document.uri;
        this.schedule(0);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('tender') && this.schedule(0)),
    );
  }

  /** The document shown, its last page, and whether the panel is open (tests read it). */
  get current(): { uri: vscode.Uri | undefined; html: string | undefined; title: string | undefined; open: boolean } {
    return { uri: this.uri, html: this.panel?.webview.html, title: this.panel?.title, open: this.panel !== undefined };
  }

  /** Settles when the panel shows the answer to the latest refresh. */
  get ready(): Promise<void> {
    return this.refreshing.ready;
  }

  schedule(delay: number): void {
    this.refreshing.schedule(delay);
  }

  /**
   * Opens the report of a document, or shows it again: `uri`, else the active Markdown editor's, else
   * `fallback` (the Conformité view's tender), else the one last shown.
   */
  async open(uri?: vscode.Uri, fallback?: vscode.Uri): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const target = uri ?? (editor?.document.languageId === 'markdown' ? editor.document.uri : (fallback ?? this.uri));
    if (!target) {
      void vscode.window.showInformationMessage(
        text({ fr: "Ouvrez un document d'appel d'offres pour en voir le rapport de conformité.", en: 'Open a tender document to see its compliance report.' }),
      );
      return false;
    }
    this.uri = target;
    if (this.panel) this.panel.reveal(undefined, true);
    else {
      this.panel = vscode.window.createWebviewPanel(
        REPORT_VIEW_TYPE,
        text({ fr: 'Rapport de conformité', en: 'Compliance report' }),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // A page without script, nor any file of the machine to load.
        { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    }
    this.schedule(0);
    await this.ready;
    return true;
  }

  /**
   * "Save as HTML": the page as `tender-lint --format html` writes it (no nonce), to the file the save
   * dialog returns, or to `target` (tests, other extensions).
   */
  async save(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const uri = this.uri;
    const answer = uri && (await this.request(uri));
    if (!uri || !answer) {
      void vscode.window.showInformationMessage(
        text({
          fr: "Aucun rapport de conformité à enregistrer : ouvrez d'abord un document d'appel d'offres.",
          en: 'No compliance report to save: open a tender document first.',
        }),
      );
      return undefined;
    }
    const file =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(
          uri.scheme === 'file' ? vscode.Uri.joinPath(uri, '..') : (vscode.workspace.workspaceFolders?.[0]?.uri ?? uri),
          reportFileName(uri.path, locale()),
        ),
        filters: { HTML: ['html', 'htm'] },
        saveLabel: text({ fr: 'Enregistrer', en: 'Save' }),
        title: answer.title,
      }));
    if (!file) return undefined;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(answer.html));
    return file;
  }

  private request(uri: vscode.Uri, styleNonce?: string): Promise<ComplianceReportHtml | null> {
    return this.client.sendRequest<ComplianceReportHtml | null>(COMPLIANCE_REPORT_REQUEST, {
      textDocument: { uri: uri.toString() },
      ...(styleNonce && { styleNonce }),
    });
  }

  private async refresh(): Promise<void> {
    const { panel, uri } = this;
    if (!panel || !uri) return;
    const generation = ++this.generation;
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
    let answer: ComplianceReportHtml | null;
    try {
      answer = await this.request(uri, nonce);
    } catch {
      answer = null;
    }
    if (generation !== this.generation || panel !== this.panel) return;
    panel.title = answer?.title ?? text({ fr: 'Rapport de conformité', en: 'Compliance report' });
    panel.webview.html =
      answer?.html ??
      placeholderPage(
        locale(),
        text({
          fr: "Le rapport n'est pas encore prêt : le document est en cours d'analyse.",
          en: 'The report is not ready yet: the document is being analysed.',
        }),
      );
  }

  dispose(): void {
    this.refreshing.dispose();
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
