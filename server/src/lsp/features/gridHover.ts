import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { gridHover, type DocumentModel, type GridHoverData, type Locale } from '../../core/index.js';

/**
 * The evaluation-grid part of a hover (on K, a criterion's weight or the grid table): the LSP hover
 * handler (hover.ts) shows it with the citation and key documentation, since a connection has one
 * hover handler.
 */
export function evaluationGridHover(model: DocumentModel, document: TextDocument, position: Position, locale: Locale): GridHoverData | undefined {
  return gridHover(model, document.offsetAt(position), locale);
}
