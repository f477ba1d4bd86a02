import { MarkupKind } from 'vscode-languageserver';
import { hover as hoverAt } from '../../core/index.js';
import type { Feature } from './context.js';

export const hoverCapabilities = { hoverProvider: true };

/** Hover on a citation of the regulation, a front-matter key, or a finding's range. */
export const hover: Feature = ({ connection, documents, service, locale }) => {
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const model = service.model(document.uri, document.getText());
    const findings = service.lastResult(document.uri)?.findings ?? [];
    const found = hoverAt(model, document.offsetAt(params.position), findings, locale());
    return found ? { contents: { kind: MarkupKind.Markdown, value: found.contents }, range: found.range } : null;
  });
};
