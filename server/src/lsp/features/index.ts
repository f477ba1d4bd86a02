import type { ServerCapabilities } from 'vscode-languageserver';
import { codeActionCapabilities, codeActions } from './codeActions.js';
import type { Feature } from './context.js';
import { gridHover, gridHoverCapabilities } from './gridHover.js';

export type { FeatureContext } from './context.js';

/** One module per LSP feature; each adds its handlers and its capabilities here. */
export const FEATURES: readonly Feature[] = [codeActions, gridHover];

export const FEATURE_CAPABILITIES: ServerCapabilities = {
  ...codeActionCapabilities,
  ...gridHoverCapabilities,
};
