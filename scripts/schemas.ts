import { readFileSync } from 'node:fs';
import { frontMatterJsonSchema } from '../server/src/core/document/jsonSchema.js';
import { FRONT_MATTER_SCHEMA, type FieldSchema, type ValueSchema } from '../server/src/core/document/schema.js';
import { formatCitation } from '../server/src/core/legal/citations.js';

export const FRONT_MATTER_DOC = 'docs/front-matter.md';
export const KEYS_START = '<!-- front-matter-keys:start -->';
export const KEYS_END = '<!-- front-matter-keys:end -->';

/** Generated files and their expected content; a test compares them with the committed files. */
export function generatedSchemas(root: URL = new URL('../', import.meta.url)): Record<string, string> {
  return {
    'schemas/tender-front-matter.schema.json': `${JSON.stringify(frontMatterJsonSchema('fr'), null, 2)}\n`,
    [FRONT_MATTER_DOC]: docWithKeys(readFileSync(new URL(FRONT_MATTER_DOC, root), 'utf8')),
  };
}

const code = (text: string) => `\`${text}\``;

/** A value's type in words (English, as the documentation), with its allowed values. */
function typeOf(schema: ValueSchema): string {
  switch (schema.kind) {
    case 'string':
      return 'text';
    case 'enum':
      return `${schema.values.map(code).join(', ')}${schema.open ? ' (another value: a warning)' : ''}`;
    case 'date':
      return 'date `YYYY-MM-DD`';
    case 'time':
      return 'time `HH:MM`';
    case 'amount':
      return 'amount in dollars (`350000`, `"350 000 $"`, `"$350,000"`, `"350 k$"`)';
    case 'integer':
    case 'number': {
      const bounds =
        schema.minimum !== undefined && schema.maximum !== undefined
          ? ` ${schema.minimum}–${schema.maximum}`
          : schema.minimum !== undefined
            ? ` ≥ ${schema.minimum}`
            : '';
      return `${schema.kind === 'integer' ? 'whole number' : 'number'}${bounds}`;
    }
    case 'boolean':
      return '`true` or `false`';
    case 'object':
      return 'object';
    case 'list':
      return schema.items.kind === 'object' ? 'list of objects' : `list of ${typeOf(schema.items)}`;
    case 'choice':
      return schema.options.map(typeOf).join(', or ');
  }
}

/** Every key, nested ones as `reception.date` and list items as `options[].type`, in the schema's order. */
function rows(fields: Record<string, FieldSchema>, prefix: string): string[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    const citations = field.citations.map((citation) => formatCitation(citation, 'fr')).join(' ; ');
    const row = `| ${code(path)} | ${typeOf(field.value)} | ${field.description.en.replace(/\|/g, '\\|')} | ${citations} |`;
    return [row, ...rows(childFields(field.value) ?? {}, `${path}${field.value.kind === 'list' ? '[]' : ''}.`)];
  });
}

function childFields(schema: ValueSchema): Record<string, FieldSchema> | undefined {
  if (schema.kind === 'object') return schema.fields;
  if (schema.kind === 'list') return childFields(schema.items);
  if (schema.kind === 'choice') return schema.options.map(childFields).find((fields) => fields !== undefined);
  return undefined;
}

/** The front-matter keys as a Markdown table, generated from the one schema (server/src/core/document/schema.ts). */
export function frontMatterKeysTable(): string {
  return ['| Key | Type | Meaning | Articles |', '|---|---|---|---|', ...rows(FRONT_MATTER_SCHEMA, '')].join('\n');
}

/** docs/front-matter.md with its key table replaced (the markers are kept). */
export function docWithKeys(doc: string): string {
  const start = doc.indexOf(KEYS_START);
  const end = doc.indexOf(KEYS_END);
  if (start === -1 || end < start) throw new Error(`${FRONT_MATTER_DOC} needs the markers ${KEYS_START} and ${KEYS_END}`);
  return `${doc.slice(0, start + KEYS_START.length)}\n${frontMatterKeysTable()}\n${doc.slice(end)}`;
}
