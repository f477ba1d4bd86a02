import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The fenced blocks of a language in a Markdown file. */
const blocks = (markdown: string, language: string): string[] =>
  [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match) => match[1]);

describe('the CLI as the documentation shows it', () => {
  it('docs/cli-json.md: its example is the real output of tender-lint --format json, text and stderr', () => {
    const doc = readFileSync(join(ROOT, 'docs/cli-json.md'), 'utf8');
    const folder = mkdtempSync(join(tmpdir(), 'tender-docs-'));
    try {
      const notice = readFileSync(join(ROOT, 'examples/avis-entretien-espaces-verts.md'), 'utf8');
      writeFileSync(
        join(folder, 'avis.md'),
        notice
          .split('\n')
          .filter((line) => !line.includes("ne s'engage à accepter"))
          .join('\n'),
      );
      writeFileSync(join(folder, 'scan.md'), Buffer.from('%PDF-1.7\n\0\0', 'latin1'));
      const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, 'avis.md', 'scan.md'], { cwd: folder, encoding: 'utf8' });
      const json = run('--format', 'json');
      assert.equal(json.status, 2);
      assert.deepEqual(JSON.parse(json.stdout), JSON.parse(blocks(doc, 'json')[0]));
      const text = run();
      assert.equal(text.stdout, blocks(doc, 'text')[0]);
      assert.ok(doc.includes(`\`${text.stderr.trim()}\``), text.stderr);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('README.md: the quick start shows real lines of tender-lint examples/, and its summary', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const { stdout } = spawnSync(process.execPath, [CLI, 'examples/'], { cwd: ROOT, encoding: 'utf8' });
    const shown = blocks(readme.slice(readme.indexOf('## Quick start')), 'text')[0]
      .split('\n')
      .filter((line) => line && line !== '…');
    const printed = stdout.split('\n');
    assert.ok(shown.length >= 3);
    for (const line of shown) assert.ok(printed.includes(line), line);
    assert.equal(shown.at(-1), printed.at(-2), 'ends with the summary line');
  });
});
