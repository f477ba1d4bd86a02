import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { ConformityReport } from '../../server/src/core/features/conformity.js';
import type { ComplianceReportHtml } from '../../server/src/lsp/features/complianceReport.js';
import { COMPLIANCE_REPORT_REQUEST, ComplianceReportPanel } from './complianceReport.js';
import { applyFindingFix, CONFORMITY_REQUEST, ConformityView, reveal, type ConformityNode } from './conformityView.js';
import { DOCUMENT_SELECTOR } from './documentSelector.js';
import { serverEnvironment } from './serverEnvironment.js';

let client: LanguageClient | undefined;

/** Go-to-definition on a citation opens `tender-reglement:` documents, whose text the server serves. */
const REGULATION_SCHEME = 'tender-reglement';
const REGULATION_TEXT_REQUEST = 'tender/regulationText';

/** What `activate` returns: used by the extension tests, and by other extensions. */
export interface TenderApi {
  client: LanguageClient;
  conformityView: ConformityView;
  conformity(uri: vscode.Uri): Promise<ConformityReport | null>;
  complianceReport: ComplianceReportPanel;
  /** The compliance report's page, as `tender-lint --format html` writes it. */
  complianceReportHtml(uri: vscode.Uri): Promise<ComplianceReportHtml | null>;
}

export async function activate(context: vscode.ExtensionContext): Promise<TenderApi> {
  const output = vscode.window.createOutputChannel('Tender LS', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath('dist/server.js');
  // The server keeps V8's code cache of itself in the extension's private storage (faster starts).
  const env = serverEnvironment(process.env, vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'tender' },
    initializationOptions: { locale: vscode.env.language, trusted: vscode.workspace.isTrusted },
    outputChannel: output,
    middleware: {
      // VS Code's own Markdown outline lists the headings: a second list would make VS Code group the
      // outline and the breadcrumb under the extension's name. The server's outline serves other editors.
      provideDocumentSymbols: () => [],
    },
  };
  const started = new LanguageClient('tender', 'Tender LS', serverOptions, clientOptions);
  client = started;
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(REGULATION_SCHEME, {
      async provideTextDocumentContent(uri) {
        const answer = await started.sendRequest<{ text: string } | null>(REGULATION_TEXT_REQUEST, { uri: uri.toString() });
        return answer?.text ?? '';
      },
    }),
  );
  await started.start();
  output.info(`Tender LS started (locale ${vscode.env.language}, workspace ${vscode.workspace.isTrusted ? 'trusted' : 'untrusted'}).`);

  const conformityView = new ConformityView(started);
  const complianceReport = new ComplianceReportPanel(started);
  context.subscriptions.push(
    conformityView,
    complianceReport,
    // From the Conformité view's title, the palette or another extension (a document's URI).
    vscode.commands.registerCommand('tender.complianceReport.open', (uri?: unknown) =>
      complianceReport.open(uri instanceof vscode.Uri ? uri : undefined, conformityView.current.uri),
    ),
    vscode.commands.registerCommand('tender.complianceReport.save', (target?: unknown) =>
      complianceReport.save(target instanceof vscode.Uri ? target : undefined),
    ),
    vscode.commands.registerCommand('tender.conformity.refresh', () => conformityView.schedule(0)),
    vscode.commands.registerCommand('tender.conformity.reveal', (node: ConformityNode) => reveal(node)),
    vscode.commands.registerCommand('tender.conformity.applyFix', (node: ConformityNode) => applyFindingFix(node)),
    // A newly trusted workspace may now supply configuration: restart with it.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      clientOptions.initializationOptions = { locale: vscode.env.language, trusted: true };
      await started.restart();
      conformityView.schedule(0);
    }),
  );
  return {
    client: started,
    conformityView,
    conformity: (uri) => started.sendRequest<ConformityReport | null>(CONFORMITY_REQUEST, { textDocument: { uri: uri.toString() } }),
    complianceReport,
    complianceReportHtml: (uri) => started.sendRequest<ComplianceReportHtml | null>(COMPLIANCE_REPORT_REQUEST, { textDocument: { uri: uri.toString() } }),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
