import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, TenderLanguageService } from '../../core/index.js';

/** What an LSP feature module gets: it registers its handlers and translates core results. */
export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: TenderLanguageService;
  locale(): Locale;
  toDiagnostic(uri: string, finding: Finding, locale: Locale): Diagnostic;
}

export type Feature = (context: FeatureContext) => void;
