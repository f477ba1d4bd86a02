import type { CodeLens } from 'vscode-languageserver';
import type { Feature } from './context.js';

export const codeLensCapabilities = { codeLensProvider: { resolveProvider: false } };

/**
 * Periods and earliest lawful dates above `diffusion`, the receipt limit and each addendum, the detail
 * in the tooltip. The lenses only inform (empty command); the quick fixes of the deadline findings move the dates.
 */
export const codeLens: Feature = ({ connection, documents, service }) => {
  connection.onCodeLens((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return service.codeLenses(document.uri, document.getText()).map((lens): CodeLens => ({ range: lens.range, command: { title: lens.title, tooltip: lens.tooltip, command: '' } }));
  });
};
