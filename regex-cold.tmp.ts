import { readFileSync } from 'node:fs';
import { parseDocument } from './server/src/core/document/model.js';
import { RECOGNISERS } from './server/src/core/legal/recognisers.js';
const model = parseDocument(readFileSync(process.argv[2] ?? 'examples/ao-services-professionnels-conforme.md', 'utf8'));
const units = model.units;
console.log(units.length, 'units', units.reduce((a, u) => a + u.normalized.length, 0), 'chars');
const times: [number, string][] = [];
let total = 0;
for (const [item, r] of Object.entries(RECOGNISERS) as [string, any][]) {
  for (const pattern of [...r.phrases, ...r.headings] as RegExp[]) {
    const t0 = performance.now();
    for (const unit of units) pattern.test(unit.normalized);
    const d = performance.now() - t0; total += d;
    times.push([d, `${item} ${pattern.source.slice(0, 90)}`]);
  }
}
console.log('total cold ms', total.toFixed(1));
for (const [d, s] of times.sort((a, b) => b[0] - a[0]).slice(0, 15)) console.log(d.toFixed(2), s);
let warm = 0;
for (const r of Object.values(RECOGNISERS) as any[]) for (const p of [...r.phrases, ...r.headings]) { const t0 = performance.now(); for (const u of units) p.test(u.normalized); warm += performance.now() - t0; }
console.log('total warm ms', warm.toFixed(1));
