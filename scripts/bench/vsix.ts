/** `npm run bench -- vsix`: the size of the extension's package (`npm run package`; `--repackage` builds it again). */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, ROOT, type Figure } from './figure.js';
import { round } from './measure.js';

function vsixSize(repackage: boolean): { path: string; sizeMB: number; note?: string } | { missing: string } {
  const path = join(ROOT, 'tender-ls.vsix');
  if (existsSync(path) && !repackage) return { path: 'tender-ls.vsix', sizeMB: round(statSync(path).size / 1024 / 1024, 2) };
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status === 0 && existsSync(path)) return { path: 'tender-ls.vsix', sizeMB: round(statSync(path).size / 1024 / 1024, 2) };
  const reason =
    (result.stderr + result.stdout)
      .split('\n')
      .filter((line) => /ERROR|error/.test(line))
      .join(' ')
      .trim() || `exit ${result.status}`;
  // The size does not depend on where README links point: measure the same package with a placeholder base.
  const measured = join(OUT, 'measure.vsix');
  const vsce = spawnSync(
    'npx',
    [
      'vsce',
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--baseContentUrl',
      'https://example.invalid',
      '--baseImagesUrl',
      'https://example.invalid',
      '-o',
      measured,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (vsce.status === 0 && existsSync(measured)) {
    return {
      path: '.bench/measure.vsix',
      sizeMB: round(statSync(measured).size / 1024 / 1024, 2),
      note: `npm run package failed (${reason}); measured with placeholder link bases`,
    };
  }
  return { missing: `npm run package failed: ${reason}` };
}

export const vsix: Figure = {
  name: 'vsix',
  run({ repackage }) {
    const vsix = vsixSize(repackage);
    console.log(`\nVSIX: ${'sizeMB' in vsix ? `${vsix.sizeMB} MB (target ≤ 2 MB)${vsix.note ? ` — ${vsix.note}` : ''}` : `missing (${vsix.missing})`}`);
    return { vsix };
  },
};
