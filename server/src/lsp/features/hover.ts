import { MarkupKind } from '../protocol.js';
import { hover as hoverAt } from '../../core/index.js';
import type { Feature } from './context.js';
import { evaluationGridHover } from './gridHover.js';

export const hoverCapabilities = { hoverProvider: true };

/**
 * Hover on a citation of the regulation, a front-matter key, or a finding's range; on K, a criterion's
 * weight or the grid table, the adjusted-price coefficients and the weights' total come first.
 */
export const hover: Feature = ({ connection, locale, analysedDocument }) => {
  connection.onHover(async (params, token) => {
    // Only on the analysis of the text under the cursor (never a parse of the whole text at once):
    // none yet after the bounded wait, no hover.
    const current = await analysedDocument(params.textDocument.uri, token);
    if (!current) return null;
    const { document, analysis } = current;
    const found = hoverAt(analysis.model, document.offsetAt(params.position), analysis.result.findings, locale());
    const grid = evaluationGridHover(analysis.model, document, params.position, locale());
    const parts = [grid, found].filter((part) => part !== undefined);
    if (parts.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.map((part) => part.contents).join('\n\n---\n\n') }, range: parts[0].range };
  });
};
