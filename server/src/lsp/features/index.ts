import type { ServerCapabilities } from 'vscode-languageserver';
import { codeActionCapabilities, codeActions } from './codeActions.js';
import { codeLens, codeLensCapabilities } from './codeLens.js';
import type { Feature } from './context.js';

export type { FeatureContext } from './context.js';

/** One module per LSP feature; each adds its handlers and its capabilities here. */
export const FEATURES: readonly Feature[] = [codeActions, codeLens];

export const FEATURE_CAPABILITIES: ServerCapabilities = {
  ...codeActionCapabilities,
  ...codeLensCapabilities,
};
