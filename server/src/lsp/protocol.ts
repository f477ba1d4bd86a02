// The LSP adapter's one import of vscode-languageserver's values. The package is CommonJS: in the
// bundle, every module that imports it gets its own copy of its ~300 exports, made at start-up.
export {
  AbstractMessageReader,
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  FoldingRangeKind,
  InsertTextFormat,
  IPCMessageReader,
  IPCMessageWriter,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  RequestType,
  ShowMessageNotification,
  StreamMessageWriter,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
export type { MessageReader, MessageWriter } from 'vscode-languageserver/node';
