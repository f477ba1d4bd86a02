// Writes the JSON Schemas generated from the core's schema definitions (run: npm run generate:schemas).
import { writeFileSync } from 'node:fs';
import { generatedSchemas } from './schemas.js';

for (const [path, content] of Object.entries(generatedSchemas())) writeFileSync(new URL(`../${path}`, import.meta.url), content);
