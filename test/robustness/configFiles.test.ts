import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../server/src/core/index.js';
import { loadConfigFor } from '../../server/src/node/configFiles.js';

describe('hostile .tenderrc files: defaults and a problem, never an exception', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'tender-rc-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const load = () => loadConfigFor(join(folder, 'avis.md'), DEFAULT_SETTINGS, folder);

  it('an alias bomb in .tenderrc.yaml is refused', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level++) levels.push(`a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]`);
    writeFileSync(join(folder, '.tenderrc.yaml'), `${levels.join('\n')}\nregles: *a9\n`);
    const loaded = load();
    assert.deepEqual(loaded.settings, DEFAULT_SETTINGS);
    assert.match(loaded.problems.join(), /alias/i);
  });

  it('binary content, a folder or a symlink loop named .tenderrc is skipped or reported', () => {
    writeFileSync(join(folder, '.tenderrc.json'), Buffer.from([0xff, 0x00, 0x7b]));
    assert.equal(load().problems.length, 1);
    rmSync(join(folder, '.tenderrc.json'));
    mkdirSync(join(folder, '.tenderrc.json'));
    symlinkSync(join(folder, '.tenderrc.yml'), join(folder, '.tenderrc.yaml'));
    symlinkSync(join(folder, '.tenderrc.yaml'), join(folder, '.tenderrc.yml'));
    assert.deepEqual(load(), { settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('values of the wrong type are listed as problems and the rest applies', () => {
    writeFileSync(join(folder, '.tenderrc.json'), JSON.stringify({ regles: { '4.7°': 'off', '4.3°': 'fatal' }, 'seuil-appel-offres': 'beaucoup', locale: 'en', 'jours-feries-supplementaires': ['2026-02-30x', 7] }));
    const loaded = load();
    assert.deepEqual(loaded.settings.rules, { '4.7°': 'off' });
    assert.equal(loaded.settings.locale, 'en');
    assert.equal(loaded.settings.publicTenderThreshold, DEFAULT_SETTINGS.publicTenderThreshold);
    assert.deepEqual(loaded.problems.sort(), ['regles.4.3°: fatal', 'seuil-appel-offres'].sort());
  });
});
