import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { MAX_LIST_ITEMS } from '../../server/src/core/document/frontMatter.js';
import { LIMITS } from '../../server/src/core/document/limits.js';
import { MAX_BODY_BYTES } from '../../server/src/lsp/framing.js';
import { MAX_CONFIG_BYTES } from '../../server/src/node/configFiles.js';
import { MAX_FILE_BYTES } from '../../server/src/node/regularFile.js';
import { HEAP_MB } from './budget.js';

/** The README's Limits section. */
const section = (() => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n## Limits\n');
  assert.ok(start >= 0, 'the README has a Limits section');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
})();

/** A number as the README writes it: groups of three digits separated by spaces. */
const written = (value: number) => value.toLocaleString('fr-CA').replace(/\s/g, ' ');

/**
 * The README states each limit as the code applies it (issue 15, Done means); each is checked by its own
 * test: size (hostileInput, cli/io), LSP messages (lsp/framing), work caps (hostileInput, memory), findings
 * (hostileInput), .tenderrc (configFiles), memory (memory).
 */
describe("the README's Limits are the code's", () => {
  const stated: [string, string][] = [
    ['analysed characters', `${written(LIMITS.analysedLength)} characters`],
    ['CLI file size', `${written(MAX_FILE_BYTES)} bytes`],
    ['LSP message size', `${MAX_BODY_BYTES / 1024 / 1024} MB`],
    ['chunks', `at most ${written(LIMITS.chunks)} chunks`],
    ['text units', `${written(LIMITS.units)} text units`],
    ['headings', `${written(LIMITS.headings)} headings are read`],
    ['table width', `${LIMITS.tableCells}th cell`],
    ['front-matter lists', `${written(MAX_LIST_ITEMS)}th item`],
    ['list items per block', `more than ${written(LIMITS.listItems)} list items`],
    ['findings per rule', `${LIMITS.findingsPerRule} per rule`],
    ['findings per document', `${written(LIMITS.findingsPerDocument)} per document`],
    ['.tenderrc size', `above ${written(MAX_CONFIG_BYTES)} bytes`],
    ['memory budget', `${HEAP_MB / 1024} GB of heap`],
    ['memory test', `--max-old-space-size=${HEAP_MB}`],
  ];
  for (const [name, text] of stated) it(`${name}: « ${text} »`, () => assert.ok(section.includes(text), `the README's Limits section says « ${text} »`));
});
