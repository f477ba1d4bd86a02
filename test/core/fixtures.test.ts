import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/core/index.js';
import { expectedFindings, withoutMarkers } from '../helpers.js';

// Each fixture states its own expected findings inline; the corpus reads like documentation.
const root = new URL('../fixtures/', import.meta.url).pathname;

function* fixtures(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* fixtures(path);
    else if (entry.name.endsWith('.md')) yield path;
  }
}

describe('fixture corpus (inline expectations)', () => {
  for (const path of fixtures(root)) {
    it(path.slice(root.length), () => {
      const text = readFileSync(path, 'utf8');
      const actual = analyzeText(withoutMarkers(text))
        .findings.map((finding) => `${finding.range.start.line + 1}:${finding.rule}`)
        .sort();
      assert.deepEqual(actual, expectedFindings(text));
    });
  }
});
