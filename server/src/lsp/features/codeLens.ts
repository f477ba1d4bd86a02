import type { CodeLens } from 'vscode-languageserver';
import type { Feature } from './context.js';

export const codeLensCapabilities = { codeLensProvider: { resolveProvider: false } };

/**
 * Periods and earliest lawful dates above `diffusion`, the receipt limit and each addendum, the detail
 * in the tooltip. The lenses only inform (empty command); the quick fixes of the deadline findings move the dates.
 */
export const codeLens: Feature = ({ connection, service, currentModel }) => {
  connection.onCodeLens(async (params, token) => {
    // Lenses of the current text: after its analysis, never on an older one.
    const current = await currentModel(params.textDocument.uri, token);
    if (!current) return [];
    return service
      .codeLenses(current.document.uri)
      .map((lens): CodeLens => ({ range: lens.range, command: { title: lens.title, tooltip: lens.tooltip, command: '' } }));
  });
};
