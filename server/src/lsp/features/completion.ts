import type { CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from '../protocol.js';
import { completion as completionAt, COMPLETION_TRIGGERS, type CompletionData } from '../../core/index.js';
import type { Feature } from './context.js';

export const completionCapabilities = { completionProvider: { triggerCharacters: COMPLETION_TRIGGERS } };

const KIND: Record<CompletionData['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

/** Front-matter keys and values, article numbers after "art. ", catalogue clauses. */
export const completion: Feature = ({ connection, currentModel, locale }) => {
  connection.onCompletion(async (params, token) => {
    const current = await currentModel(params.textDocument.uri, token);
    if (!current) return [];
    const { document, model } = current;
    return completionAt(model, document.offsetAt(params.position), locale()).map((item): CompletionItem => ({
      label: item.label,
      kind: KIND[item.kind],
      detail: item.detail,
      documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
      textEdit: { range: item.range, newText: item.insertText },
      insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      filterText: item.filterText,
      sortText: item.sortText,
    }));
  });
};
