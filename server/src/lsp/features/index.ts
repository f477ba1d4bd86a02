import type { ServerCapabilities } from 'vscode-languageserver';
import { codeActionCapabilities, codeActions } from './codeActions.js';
import { completion, completionCapabilities } from './completion.js';
import { codeLens, codeLensCapabilities } from './codeLens.js';
import { complianceReportHtml } from './complianceReport.js';
import { conformity } from './conformity.js';
import type { Feature } from './context.js';
import { definition, definitionCapabilities } from './definition.js';
import { hover, hoverCapabilities } from './hover.js';
import { outline, outlineCapabilities } from './outline.js';

export type { FeatureContext } from './context.js';

/** One module per LSP feature; each adds its handlers and its capabilities here. */
export const FEATURES: readonly Feature[] = [codeActions, hover, definition, completion, outline, codeLens, conformity, complianceReportHtml];

export const FEATURE_CAPABILITIES: ServerCapabilities = {
  ...codeActionCapabilities,
  ...hoverCapabilities,
  ...definitionCapabilities,
  ...completionCapabilities,
  ...outlineCapabilities,
  ...codeLensCapabilities,
};
