import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tenderrcSchema, vscodeSettings } from '../server/src/core/config/settingsSchema.js';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const read = (root: string, path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

/** The generated files' expected contents, by path relative to the repository root. */
export function generatedFiles(root: string): Record<string, string> {
  const settings = vscodeSettings();
  const manifest = read(root, 'package.json') as { contributes: { configuration: { properties: unknown } } };
  manifest.contributes.configuration.properties = settings.properties;
  const nls = (path: string, entries: Record<string, string>) => {
    const current = read(root, path);
    for (const key of Object.keys(current)) if (key.startsWith('config.')) delete current[key];
    return json({ ...current, ...entries });
  };
  return {
    'schemas/tenderrc.schema.json': json(tenderrcSchema()),
    'package.json': json(manifest),
    'package.nls.json': nls('package.nls.json', settings.nls.en),
    'package.nls.fr.json': nls('package.nls.fr.json', settings.nls.fr),
  };
}
