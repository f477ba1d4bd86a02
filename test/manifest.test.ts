import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../scripts/manifest.js';
import { DEFAULT_SETTINGS } from '../server/src/core/index.js';
import { mergeSettings, SETTINGS_KEYS } from '../server/src/core/config/settingsFile.js';

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
    assert.deepEqual(Object.keys(english).filter((key) => english[key] === french[key]), []);
    assert.equal(english['view.conformity'], 'Conformity');
  });

  it('contributes one tender.* setting per settings key, whose defaults the server accepts', () => {
    const manifest = JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties), Object.keys(SETTINGS_KEYS).map((key) => `tender.${key}`));
    const problems: string[] = [];
    const defaults = Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key.slice('tender.'.length), schema.default]));
    const merged = mergeSettings(DEFAULT_SETTINGS, defaults, problems);
    assert.deepEqual({ ...merged }, { ...DEFAULT_SETTINGS }, 'the contributed defaults are the analysis defaults');
    assert.deepEqual(problems, ['locale'], 'only the unset locale (null: follow VS Code) is left to the client');
  });
});
