/**
 * The environment the extension starts the language server in: the editor's, plus the directory of
 * the server's code cache, minus NODE_EXTRA_CA_CERTS. Corporate set-ups often point that variable
 * at a whole certificate bundle, which Node reads and parses when any process starts (~70 ms for
 * the 144 certificates of Debian's bundle on the README's benchmark machine, a quarter of the
 * server's cold start); the server makes no network connection, so it has no use for them.
 */
export function serverEnvironment(editorEnvironment: NodeJS.ProcessEnv, codeCacheDirectory: string): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...editorEnvironment, TENDER_LS_CACHE_DIR: codeCacheDirectory };
  delete environment.NODE_EXTRA_CA_CERTS;
  return environment;
}
