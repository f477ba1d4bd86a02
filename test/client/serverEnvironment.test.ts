import { strict as assert } from 'node:assert';
import { serverEnvironment } from '../../client/src/serverEnvironment.js';

describe('the environment the extension starts the server in', () => {
  const editor = {
    PATH: '/usr/bin',
    LANG: 'fr_CA.UTF-8',
    NODE_OPTIONS: '--max-old-space-size=4096',
    NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt',
  };

  it("is the editor's, with the code-cache directory", () => {
    const environment = serverEnvironment(editor, '/home/redactrice/.config/Code/User/globalStorage/tender-ls.tender-ls/code-cache');
    assert.equal(environment.PATH, '/usr/bin');
    assert.equal(environment.LANG, 'fr_CA.UTF-8');
    assert.equal(environment.NODE_OPTIONS, '--max-old-space-size=4096');
    assert.equal(environment.TENDER_LS_CACHE_DIR, '/home/redactrice/.config/Code/User/globalStorage/tender-ls.tender-ls/code-cache');
  });

  it('leaves out NODE_EXTRA_CA_CERTS (parsed by Node at every start; the server makes no network connection)', () => {
    assert.ok(!('NODE_EXTRA_CA_CERTS' in serverEnvironment(editor, '/tmp/cache')));
    assert.equal(editor.NODE_EXTRA_CA_CERTS, '/etc/ssl/certs/ca-certificates.crt', "the editor's own environment is untouched");
  });
});
