import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../server/src/core/index.js';
import { loadConfigFor, MAX_CONFIG_BYTES } from '../../server/src/node/configFiles.js';
import { aliasBomb } from '../helpers.js';

describe('hostile .tenderrc files: defaults and a problem, never an exception', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'tender-rc-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const load = () => loadConfigFor(join(folder, 'avis.md'), DEFAULT_SETTINGS, folder);

  it('an alias bomb in .tenderrc.yaml is refused', () => {
    writeFileSync(join(folder, '.tenderrc.yaml'), `${aliasBomb('a', 10)}\nregles: *a9\n`);
    const loaded = load();
    assert.deepEqual(loaded.settings, DEFAULT_SETTINGS);
    assert.match(loaded.problems.map((problem) => problem.message.en).join(), /alias/i);
  });

  it("a .tenderrc.yaml that overflows the YAML parser's stack is one problem, and no setting of it applies", () => {
    writeFileSync(join(folder, '.tenderrc.yaml'), `regles: { 4.1°: off }\n’\n${'  - { numero: 1, date: 2026-03-02 }\n'.repeat(1_500)} heure: "14:00" }\n`);
    const loaded = load();
    assert.deepEqual(loaded.settings, DEFAULT_SETTINGS);
    assert.deepEqual(
      loaded.problems.map((problem) => [problem.range.start.line, problem.message.en]),
      [[0, "unreadable YAML (Maximum call stack size exceeded); none of this file's settings apply"]],
    );
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
    writeFileSync(
      join(folder, '.tenderrc.json'),
      JSON.stringify({
        regles: { '4.7°': 'off', '4.3°': 'fatal' },
        'seuil-appel-offres': 'beaucoup',
        locale: 'en',
        'jours-feries-supplementaires': ['2026-02-30x', 7],
      }),
    );
    const loaded = load();
    assert.deepEqual(loaded.settings.rules, { '4.7°': 'off' });
    assert.equal(loaded.settings.locale, 'en');
    assert.equal(loaded.settings.publicTenderThreshold, DEFAULT_SETTINGS.publicTenderThreshold);
    assert.deepEqual(
      loaded.problems.map((problem) => problem.message.fr),
      [
        "« regles.4.3° » : « fatal » n'est pas une sévérité (error, warning, information, hint, off)",
        "« seuil-appel-offres » : « beaucoup » n'est pas un montant positif en dollars",
        "« jours-feries-supplementaires.0 » : « 2026-02-30x » n'est pas une date réelle AAAA-MM-JJ",
        "« jours-feries-supplementaires.1 » : « 7 » n'est pas une date réelle AAAA-MM-JJ",
      ],
    );
  });

  it('one invalid severity ("of") leaves the other rules applied, and is placed at its key', () => {
    const text = '{\n  "regles": {\n    "4.3°": "off",\n    "4.7°": "of"\n  },\n  "locale": "en"\n}\n';
    writeFileSync(join(folder, '.tenderrc.json'), text);
    const loaded = load();
    assert.deepEqual(loaded.settings.rules, { '4.3°': 'off' });
    assert.equal(loaded.settings.locale, 'en');
    assert.equal(loaded.problems.length, 1);
    assert.deepEqual(loaded.problems[0].range.start, { line: 3, character: 4 });
    assert.equal(loaded.problems[0].message.en, '"regles.4.7°": "of" is not a severity (error, warning, information, hint, off)');
  });

  it('an impossible extra holiday (2026-02-30) is a problem, the valid ones apply', () => {
    writeFileSync(join(folder, '.tenderrc.yaml'), 'jours-feries-supplementaires:\n  - 2026-12-28\n  - 2026-02-30\n');
    const loaded = load();
    assert.deepEqual(loaded.settings.extraHolidays, ['2026-12-28']);
    assert.deepEqual(
      loaded.problems.map((problem) => problem.range.start.line),
      [2],
    );
  });

  it('malformed JSON or YAML: no setting applies, one problem where the parser stopped, in French and English', () => {
    writeFileSync(join(folder, '.tenderrc.json'), '{\n  "regles": { "4.3°": "off", }\n}\n');
    const json = load();
    assert.deepEqual(json.settings, DEFAULT_SETTINGS);
    assert.equal(json.problems.length, 1);
    assert.equal(json.problems[0].range.start.line, 1);
    assert.match(json.problems[0].message.fr, /^JSON invalide .* ; aucun réglage de ce fichier n'est appliqué$/);
    assert.match(json.problems[0].message.en, /^invalid JSON .*; none of this file's settings apply$/);
    rmSync(join(folder, '.tenderrc.json'));
    writeFileSync(join(folder, '.tenderrc.yaml'), 'locale: en\nregles: [unclosed\n');
    const yaml = load();
    assert.deepEqual(yaml.settings, DEFAULT_SETTINGS);
    assert.match(yaml.problems[0].message.fr, /^YAML invalide/);
  });

  it(`a file over ${MAX_CONFIG_BYTES.toLocaleString('en')} bytes is refused before it is read`, () => {
    const file = join(folder, '.tenderrc.json');
    writeFileSync(file, '{}');
    // Sparse: 2 GB on disk costs nothing, and reading it would take seconds and gigabytes.
    truncateSync(file, 2_000_000_000);
    const loaded = load();
    assert.deepEqual(loaded.settings, DEFAULT_SETTINGS);
    assert.match(loaded.problems[0].message.fr, /fichier trop volumineux/);
  });

  it('is read again only when its size, time or inode changes', () => {
    const file = join(folder, '.tenderrc.json');
    writeFileSync(file, '{"locale": "en"}');
    const stamp = new Date('2026-01-02T03:04:05Z');
    utimesSync(file, stamp, stamp);
    assert.equal(load().settings.locale, 'en');
    // Same size, same time: the cached settings (the file is not read on every keystroke).
    writeFileSync(file, '{"locale": "fr"}');
    utimesSync(file, stamp, stamp);
    assert.equal(load().settings.locale, 'en');
    utimesSync(file, new Date(), new Date());
    assert.equal(load().settings.locale, 'fr');
  });
});
