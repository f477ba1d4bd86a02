/** The `.tenderrc` files the server reads settings from (server/src/node/configFiles.ts), as a glob. */
export const SETTINGS_FILES = '**/.tenderrc.{json,yaml,yml}';

/**
 * The documents the extension sends to the language server: Markdown (tender documents), and the
 * `.tenderrc` settings files on disk, on which the server publishes the problems of their entries
 * (an invalid severity, an unknown rule) as diagnostics. The server answers the Markdown features
 * (outline, completion, code lenses…) of a `.tenderrc` with nothing.
 */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'file', pattern: SETTINGS_FILES },
];
