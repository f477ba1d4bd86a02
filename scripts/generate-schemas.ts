// Writes the JSON Schemas generated from the core's schema definitions, and the front-matter key table of
// docs/front-matter.md (between its markers) from the same schema (run: npm run generate:schemas).
import { writeFileSync } from 'node:fs';
import { generatedSchemas } from './schemas.js';

for (const [path, content] of Object.entries(generatedSchemas())) writeFileSync(new URL(`../${path}`, import.meta.url), content);
