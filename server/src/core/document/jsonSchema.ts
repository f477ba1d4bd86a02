import type { Locale } from '../types.js';
import { FRONT_MATTER_SCHEMA, PUBLISHING_TOOL_KEYS, type FieldSchema, type ValueSchema } from './schema.js';
import { AMOUNT_PATTERN } from './frontMatter.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema (draft-07) of the front-matter, generated from the one schema in schema.ts. */
export function frontMatterJsonSchema(locale: Locale = 'fr'): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: locale === 'fr' ? "En-tête d'un document d'appel d'offres (Tender LS)" : 'Tender document front-matter (Tender LS)',
    ...withPublishingToolKeys(objectSchema(FRONT_MATTER_SCHEMA, locale), locale),
  };
}

/** The top level also takes the keys of Markdown publishing tools (PUBLISHING_TOOL_KEYS), whatever their value. */
function withPublishingToolKeys(schema: JsonSchema, locale: Locale): JsonSchema {
  const tools = new Map<string, string[]>();
  for (const [tool, keys] of Object.entries(PUBLISHING_TOOL_KEYS)) for (const key of keys) tools.set(key, [...(tools.get(key) ?? []), tool]);
  const properties = { ...(schema.properties as JsonSchema) };
  for (const [key, of] of tools) {
    properties[key] = { description: locale === 'fr' ? `Clé de ${of.join(', ')} : ignorée par Tender LS.` : `Key of ${of.join(', ')}: ignored by Tender LS.` };
  }
  return { ...schema, properties };
}

function objectSchema(fields: Record<string, FieldSchema>, locale: Locale): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, fieldSchema(field, locale)])),
    additionalProperties: false,
  };
}

function fieldSchema(field: FieldSchema, locale: Locale): JsonSchema {
  return { description: `${field.description[locale]} (${field.citations.join(', ')})`, ...valueSchema(field.value, locale) };
}

function valueSchema(schema: ValueSchema, locale: Locale): JsonSchema {
  switch (schema.kind) {
    case 'string':
      return { type: ['string', 'number'] };
    case 'enum':
      // An open list: its values are offered, any other text is accepted (the analysis warns).
      return schema.open ? { anyOf: [{ enum: [...schema.values] }, { type: 'string' }] } : { enum: [...schema.values] };
    case 'date':
      return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
    case 'time':
      return { type: 'string', pattern: '^([01]?\\d|2[0-3]):[0-5]\\d$' };
    case 'amount':
      return {
        anyOf: [
          { type: 'number', minimum: 0 },
          { type: 'string', pattern: AMOUNT_PATTERN },
        ],
      };
    case 'integer':
    case 'number':
      return {
        type: schema.kind,
        ...(schema.minimum !== undefined && { minimum: schema.minimum }),
        ...(schema.maximum !== undefined && { maximum: schema.maximum }),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'object':
      return objectSchema(schema.fields, locale);
    case 'list':
      return { type: 'array', items: valueSchema(schema.items, locale) };
    case 'choice':
      return { anyOf: schema.options.map((option) => valueSchema(option, locale)) };
  }
}
