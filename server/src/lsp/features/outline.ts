import type { DocumentSymbol } from 'vscode-languageserver';
import { FoldingRangeKind, SymbolKind } from '../protocol.js';
import { documentSymbols, foldingRanges, type SymbolData } from '../../core/index.js';
import type { Feature } from './context.js';

export const outlineCapabilities = { documentSymbolProvider: true, foldingRangeProvider: true };

const KIND: Record<SymbolData['kind'], SymbolKind> = { 'front-matter': SymbolKind.Namespace, key: SymbolKind.Property, section: SymbolKind.String };

const toSymbol = (symbol: SymbolData): DocumentSymbol => ({
  name: symbol.name,
  detail: symbol.detail,
  kind: KIND[symbol.kind],
  range: symbol.range,
  selectionRange: symbol.selectionRange,
  children: symbol.children.map(toSymbol),
});

/** Outline (front-matter and sections) and folding ranges. */
export const outline: Feature = ({ connection, currentModel, locale }) => {
  connection.onDocumentSymbol(async (params, token) => {
    const current = await currentModel(params.textDocument.uri, token);
    return current ? documentSymbols(current.model, locale()).map(toSymbol) : [];
  });
  connection.onFoldingRanges(async (params, token) => {
    const current = await currentModel(params.textDocument.uri, token);
    if (!current) return [];
    return foldingRanges(current.model).map((fold) => ({
      startLine: fold.startLine,
      endLine: fold.endLine,
      ...(fold.kind ? { kind: FoldingRangeKind.Region } : {}),
    }));
  });
};
