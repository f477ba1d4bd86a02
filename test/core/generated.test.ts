import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { generatedSchemas } from '../../scripts/schemas.js';

describe('generated files', () => {
  for (const [path, expected] of Object.entries(generatedSchemas())) {
    it(`${path} is up to date (npm run generate:schemas)`, () => {
      assert.equal(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), expected);
    });
  }
});
