import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { DOCUMENT_SELECTOR, SETTINGS_FILES } from '../../client/src/documentSelector.js';
import { isConfigFile } from '../../server/src/node/configFiles.js';

describe('the documents the extension sends to the server', () => {
  it('Markdown documents, saved or untitled', () => {
    assert.ok(DOCUMENT_SELECTOR.some((filter) => filter.scheme === 'file' && filter.language === 'markdown'));
    assert.ok(DOCUMENT_SELECTOR.some((filter) => filter.scheme === 'untitled' && filter.language === 'markdown'));
  });

  it('the .tenderrc settings files on disk, whatever language VS Code gives them (issue 15, 7)', () => {
    const settings = DOCUMENT_SELECTOR.filter((filter) => 'pattern' in filter);
    assert.deepEqual(settings, [{ scheme: 'file', pattern: SETTINGS_FILES }]);
    // VS Code's globs match dot files like picomatch's with `dot`.
    const matches = picomatch(SETTINGS_FILES, { dot: true });
    const sent = ['/travail/ao/.tenderrc.json', '/travail/.tenderrc.yaml', '/travail/ao/2026/.tenderrc.yml'];
    const notSent = [
      '/travail/ao/reglages.json',
      '/travail/ao/.tenderrc.json.bak',
      '/travail/ao/tenderrc.json',
      '/travail/ao/.tenderrc.toml',
      '/travail/ao/.tenderrc',
    ];
    for (const path of sent) assert.ok(matches(path), path);
    for (const path of notSent) assert.ok(!matches(path), path);
    // The very files the server reads settings from.
    for (const path of [...sent, ...notSent]) assert.equal(isConfigFile(path), matches(path), path);
  });

  it('the extension starts in a workspace that holds a .tenderrc, not only when a Markdown document opens', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { activationEvents: string[] };
    for (const name of ['.tenderrc.json', '.tenderrc.yaml', '.tenderrc.yml'])
      assert.ok(manifest.activationEvents.includes(`workspaceContains:**/${name}`), name);
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
  });
});
