import type { CodeAction } from 'vscode-languageserver';
import { CodeActionKind } from '../protocol.js';
import { FIX_ALL_KIND } from '../../core/index.js';
import type { Feature } from './context.js';

export const codeActionCapabilities = { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } };

/** Quick fixes of the findings under the cursor, and `source.fixAll.tender`, for the current text only. */
export const codeActions: Feature = ({ connection, service, locale, toDiagnostic, analysedDocument, documentEdit }) => {
  connection.onCodeAction(async (params) => {
    const current = await analysedDocument(params.textDocument.uri);
    if (!current) return [];
    const { document } = current;
    return service.codeActions(document.uri, params.range, params.context.only).map((action): CodeAction => ({
      title: action.title,
      kind: action.kind,
      isPreferred: action.isPreferred,
      diagnostics: action.findings.map((finding) => toDiagnostic(document.uri, finding, locale())),
      edit: documentEdit(document, action.edits),
    }));
  });
};
