import type { CancellationToken, Connection, Diagnostic, TextDocuments, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModel, Finding, LastAnalysis, Locale, TenderLanguageService } from '../../core/index.js';

/** What an LSP feature module gets: it registers its handlers and translates core results. */
export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: TenderLanguageService;
  // Functions, not methods: features destructure them from the context.
  locale: () => Locale;
  toDiagnostic: (uri: string, finding: Finding, locale: Locale) => Diagnostic;
  /** The open document with the analysis of its current text (waits, bounded, for a pending one). */
  analysedDocument: (uri: string, token?: CancellationToken) => Promise<{ document: TextDocument; analysis: LastAnalysis } | undefined>;
  /** The open document with the model of its current text, from the sliced analysis (waits until the request is cancelled). */
  currentModel: (uri: string, token?: CancellationToken) => Promise<{ document: TextDocument; model: DocumentModel } | undefined>;
  /** A workspace edit of one document, refused by the client if the document changed since. */
  documentEdit: (document: TextDocument, edits: TextEdit[]) => WorkspaceEdit;
}

export type Feature = (context: FeatureContext) => void;
