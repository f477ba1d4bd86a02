import { MarkupKind } from '../protocol.js';
import { hover as hoverAt } from '../../core/index.js';
import type { Feature } from './context.js';
import { evaluationGridHover } from './gridHover.js';

export const hoverCapabilities = { hoverProvider: true };

/**
 * Hover on a citation of the regulation, a front-matter key, or a finding's range; on K, a criterion's
 * weight or the grid table, the adjusted-price coefficients and the weights' total come first.
 */
export const hover: Feature = ({ connection, documents, service, locale, analysedDocument }) => {
  connection.onHover(async (params) => {
    // Findings are shown only when they were computed on the text under the cursor.
    const findings = (await analysedDocument(params.textDocument.uri))?.analysis.result.findings ?? [];
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const model = service.model(document.uri, document.getText());
    const found = hoverAt(model, document.offsetAt(params.position), findings, locale());
    const grid = evaluationGridHover(service, document, params.position, locale());
    const parts = [grid, found].filter((part) => part !== undefined);
    if (parts.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.map((part) => part.contents).join('\n\n---\n\n') }, range: parts[0].range };
  });
};
