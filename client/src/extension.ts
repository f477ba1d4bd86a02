import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Go-to-definition on a citation opens `tender-reglement:` documents, whose text the server serves. */
const REGULATION_SCHEME = 'tender-reglement';
const REGULATION_TEXT_REQUEST = 'tender/regulationText';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Tender LS', { log: true });
  context.subscriptions.push(output);
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'tender' },
    initializationOptions: { locale: vscode.env.language, trusted: vscode.workspace.isTrusted },
    outputChannel: output,
  };
  client = new LanguageClient('tender', 'Tender LS', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(REGULATION_SCHEME, {
      async provideTextDocumentContent(uri) {
        const answer = await client?.sendRequest<{ text: string } | null>(REGULATION_TEXT_REQUEST, { uri: uri.toString() });
        return answer?.text ?? '';
      },
    }),
  );
  await client.start();
  output.info(`Tender LS started (locale ${vscode.env.language}, workspace ${vscode.workspace.isTrusted ? 'trusted' : 'untrusted'}).`);
  // A newly trusted workspace may now supply configuration: restart with it.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      if (!client) return;
      clientOptions.initializationOptions = { locale: vscode.env.language, trusted: true };
      await client.restart();
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
