import type { ServerCapabilities } from 'vscode-languageserver';
import { codeActionCapabilities, codeActions } from './codeActions.js';
import { conformity } from './conformity.js';
import type { Feature } from './context.js';

export type { FeatureContext } from './context.js';

/** One module per LSP feature; each adds its handlers and its capabilities here. */
export const FEATURES: readonly Feature[] = [codeActions, conformity];

export const FEATURE_CAPABILITIES: ServerCapabilities = {
  ...codeActionCapabilities,
};
