import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listFiles, PackageManager } from '@vscode/vsce';
import { generatedFiles } from '../scripts/manifest.js';
import { DEFAULT_SETTINGS } from '../server/src/core/index.js';
import { mergeSettings, SETTINGS_KEYS, type SettingsProblem } from '../server/src/core/config/settingsFile.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string): string => readFileSync(root + path, 'utf8');

describe('extension manifest', () => {
  for (const [path, expected] of Object.entries(generatedFiles(root))) {
    it(`${path} is up to date with the settings definition`, () => {
      assert.equal(read(path), expected, `${path} is stale: run \`npm run generate\``);
    });
  }

  it('has every %key% of package.json in English and French, and no unused key', () => {
    const used = new Set([...read('package.json').matchAll(/"%([\w.-]+)%"/g)].map((match) => match[1]));
    for (const path of ['package.nls.json', 'package.nls.fr.json']) {
      const keys = new Set(Object.keys(JSON.parse(read(path)) as object));
      assert.deepEqual([...keys].sort(), [...used].sort(), path);
    }
  });

  it('says everything in English in package.nls.json: no string is the French one (the view title included)', () => {
    const english = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const french = JSON.parse(read('package.nls.fr.json')) as Record<string, string>;
    assert.deepEqual(
      Object.keys(english).filter((key) => english[key] === french[key]),
      [],
    );
    assert.equal(english['view.conformity'], 'Conformity');
  });

  it('packages the bundles the extension runs, what it contributes and its icon: no CLI bundle, no .gitkeep', async () => {
    const files = await listFiles({ cwd: root, packageManager: PackageManager.None });
    assert.deepEqual(files.sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/extension.js',
      'dist/package.json',
      'dist/server-main.js',
      'dist/server.js',
      'images/icon.png',
      'package.json',
      'package.nls.fr.json',
      'package.nls.json',
      'schemas/tender-front-matter.schema.json',
      'schemas/tenderrc.schema.json',
      'snippets/tender.code-snippets',
      'syntaxes/tender.frontmatter.injection.tmLanguage.json',
      'syntaxes/tender.injection.tmLanguage.json',
    ]);
  });

  it('has a small 128×128 PNG icon', () => {
    const manifest = JSON.parse(read('package.json')) as { icon?: string };
    assert.equal(manifest.icon, 'images/icon.png');
    const png = readFileSync(root + manifest.icon);
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(png.length < 16_000, `${png.length} bytes`);
  });

  it('contributes one tender.* setting per settings key, whose defaults the server accepts', () => {
    const manifest = JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(
      Object.keys(properties),
      Object.keys(SETTINGS_KEYS).map((key) => `tender.${key}`),
    );
    const problems: SettingsProblem[] = [];
    const defaults = Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key.slice('tender.'.length), schema.default]));
    const merged = mergeSettings(DEFAULT_SETTINGS, defaults, problems);
    assert.deepEqual({ ...merged }, { ...DEFAULT_SETTINGS }, 'the contributed defaults are the analysis defaults');
    // The locale's default is null (follow VS Code): unset, no problem.
    assert.deepEqual(problems, []);
  });
});
