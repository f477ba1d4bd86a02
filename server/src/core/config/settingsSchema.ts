import { formatCitation } from '../legal/citations.js';
import { RULES } from '../rules/index.js';
import { SETTINGS_KEYS } from './settingsFile.js';

type JsonSchema = Record<string, unknown>;
type SettingsKey = keyof typeof SETTINGS_KEYS;

const SEVERITY_SCHEMA = { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'] };

/**
 * The value schema of each setting: what `mergeSettings` accepts, with the defaults of
 * `DEFAULT_SETTINGS`. The `.tenderrc` JSON Schema and the VS Code `tender.*` settings derive from it.
 */
function valueSchemas(): Record<SettingsKey, JsonSchema> {
  return {
    regles: { type: 'object', default: {}, additionalProperties: SEVERITY_SCHEMA },
    'seuil-appel-offres': { type: 'number', minimum: 0, default: 100000 },
    'jours-feries-supplementaires': { type: 'array', default: [], items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } },
    'feries-2-janvier-26-decembre': { type: 'boolean', default: false },
    locale: { type: ['string', 'null'], enum: ['fr', 'en', null], default: null },
  };
}

/** JSON Schema of `.tenderrc.json` / `.tenderrc.yaml` (descriptions in both languages). */
export function tenderrcSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, schema] of Object.entries(valueSchemas()) as [SettingsKey, JsonSchema][]) {
    const { fr, en } = SETTINGS_KEYS[key];
    properties[key] = { ...schema, description: `${fr}\n${en}` };
  }
  // Rule names and citations as completions in the file (the VS Code setting stays a free map).
  const rules: Record<string, JsonSchema> = {};
  for (const rule of RULES) {
    rules[rule.id] = { ...SEVERITY_SCHEMA, description: `${rule.citation} — ${rule.description.fr}\n${rule.description.en}` };
    rules[rule.citation] ??= { ...SEVERITY_SCHEMA, description: `${formatCitation(rule.citation, 'fr')} / ${formatCitation(rule.citation, 'en')}` };
  }
  properties.regles = { ...properties.regles, properties: rules };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://tender-ls/schemas/tenderrc.schema.json',
    title: 'Tender LS — .tenderrc',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

/** `contributes.configuration.properties` of the extension: `tender.<key>`, described in package.nls*.json. */
export function vscodeSettings(): { properties: Record<string, JsonSchema>; nls: { fr: Record<string, string>; en: Record<string, string> } } {
  const properties: Record<string, JsonSchema> = {};
  const nls = { fr: {} as Record<string, string>, en: {} as Record<string, string> };
  for (const [key, schema] of Object.entries(valueSchemas()) as [SettingsKey, JsonSchema][]) {
    const nlsKey = `config.${key}`;
    // Rule severities are per resource; the other settings too, since a folder may hold another body's tenders.
    properties[`tender.${key}`] = { ...schema, scope: 'resource', markdownDescription: `%${nlsKey}%` };
    nls.fr[nlsKey] = SETTINGS_KEYS[key].fr;
    nls.en[nlsKey] = SETTINGS_KEYS[key].en;
  }
  return { properties, nls };
}
