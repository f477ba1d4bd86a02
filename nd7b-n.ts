import { normalizeForMatching } from './server/src/core/text/normalize.js';
import { canonicalOrder } from './server/src/core/legal/lexicon/inversion.js';
import { readFileSync } from 'node:fs';
for (const line of readFileSync('/work/newdocs7/fr/ao-tournures-impersonnelles.md', 'utf8').split('\n')) {
  const n = normalizeForMatching(line);
  const c = canonicalOrder(n);
  if (c) console.log('- ' + n.slice(0, 300) + '\n+ ' + c.slice(0, 300) + '\n');
}
