import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { gridHover, type GridHoverData, type Locale, type TenderLanguageService } from '../../core/index.js';

/**
 * The evaluation-grid part of a hover (on K, a criterion's weight or the grid table): the LSP hover
 * handler (hover.ts) shows it with the citation and key documentation, since a connection has one
 * hover handler.
 */
export function evaluationGridHover(service: TenderLanguageService, document: TextDocument, position: Position, locale: Locale): GridHoverData | undefined {
  const model = service.model(document.uri, document.getText());
  return gridHover(model, document.offsetAt(position), locale);
}
