import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

  it('contributes one tender.* setting per settings key, whose defaults the server accepts', () => {
    const manifest = JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties), Object.keys(SETTINGS_KEYS).map((key) => `tender.${key}`));
    const problems: SettingsProblem[] = [];
    const defaults = Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key.slice('tender.'.length), schema.default]));
    const merged = mergeSettings(DEFAULT_SETTINGS, defaults, problems);
    assert.deepEqual({ ...merged }, { ...DEFAULT_SETTINGS }, 'the contributed defaults are the analysis defaults');
    // The locale's default is null (follow VS Code): unset, no problem.
    assert.deepEqual(problems, []);
  });
});
