import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

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
