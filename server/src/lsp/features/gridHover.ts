import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { gridHover as gridHoverAt, type TenderLanguageService, type Locale } from '../../core/index.js';
import type { Feature } from './context.js';

export const gridHoverCapabilities = { hoverProvider: true };

/** The grid hover for a position, or null; exported so that a combined hover handler can call it. */
export function evaluationGridHover(service: TenderLanguageService, document: TextDocument, position: Position, locale: Locale): Hover | null {
  const model = service.model(document.uri, document.getText());
  const found = gridHoverAt(model, document.offsetAt(position), locale);
  return found ? { contents: { kind: MarkupKind.Markdown, value: found.contents }, range: found.range } : null;
}

/** Hover on K, a criterion's weight or the grid table: adjusted-price coefficients and the weights' total. */
export const gridHover: Feature = ({ connection, documents, service, locale }) => {
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? evaluationGridHover(service, document, params.position, locale()) : null;
  });
};
