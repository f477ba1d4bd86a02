import { frontMatterJsonSchema } from '../server/src/core/document/jsonSchema.js';

/** Generated files and their expected content; a test compares them with the committed files. */
export function generatedSchemas(): Record<string, string> {
  return {
    'schemas/tender-front-matter.schema.json': `${JSON.stringify(frontMatterJsonSchema('fr'), null, 2)}\n`,
  };
}
