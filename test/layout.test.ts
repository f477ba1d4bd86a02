import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The tree docs/architecture.md describes (its « Layout » block) is the tree of the repository: every folder
 * of server/src, client/src, test and scripts is described, and every folder or file described exists. A folder
 * added, removed or renamed without the description fails here.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROOTS = ['server/src', 'client/src', 'test', 'scripts'];

/**
 * The paths a layout block names: a line whose first word ends in `/` (a folder) or `.ts` (a file) is an
 * entry; an entry indented under a folder is inside it, one at the margin is a path from the repository's root.
 */
function describedPaths(block: string): { folders: Set<string>; files: Set<string> } {
  const folders = new Set<string>();
  const files = new Set<string>();
  const open: { indent: number; path: string }[] = [];
  for (const line of block.split('\n')) {
    const entry = /^( *)(\S+?(?:\/|\.ts))(?: |$)/.exec(line);
    if (!entry) continue;
    const indent = entry[1].length;
    while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
    const path = `${open.length > 0 ? open[open.length - 1].path : ''}${entry[2]}`;
    if (path.endsWith('/')) {
      folders.add(path.slice(0, -1));
      open.push({ indent, path });
    } else files.add(path);
  }
  // A folder described is inside the folders above it (server/src/core/ → server/src).
  for (const folder of [...folders]) for (let at = folder.lastIndexOf('/'); at > 0; at = folder.lastIndexOf('/', at - 1)) folders.add(folder.slice(0, at));
  return { folders, files };
}

/** The folders holding at least one file, under `folder` (itself included). */
function foldersUnder(folder: string): string[] {
  const entries = readdirSync(join(ROOT, folder), { withFileTypes: true });
  const below = entries.filter((entry) => entry.isDirectory()).flatMap((entry) => foldersUnder(`${folder}/${entry.name}`));
  return below.length > 0 || entries.some((entry) => entry.isFile()) ? [folder, ...below] : [];
}

/** What differs between the folders described and those of the tree. */
function differences(described: ReadonlySet<string>, actual: readonly string[]): string[] {
  const inTree = new Set(actual);
  return [
    ...actual.filter((folder) => !described.has(folder)).map((folder) => `${folder}/ is not described`),
    ...[...described].filter((folder) => !inTree.has(folder)).map((folder) => `${folder}/ is described but does not exist`),
  ];
}

const layoutBlock = (markdown: string): string => {
  const found = /^## Layout\n\n```\n([\s\S]*?)\n```/m.exec(markdown);
  assert.ok(found, 'docs/architecture.md has a « Layout » section with a code block');
  return found[1];
};

describe('the tree described in docs/architecture.md', () => {
  const { folders, files } = describedPaths(layoutBlock(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')));

  it('describes every folder of server/src, client/src, test and scripts, and no other', () => {
    const actual = ROOTS.flatMap(foldersUnder);
    assert.ok(actual.length > 40, `${actual.length} folders`);
    const inRoots = new Set([...folders].filter((folder) => ROOTS.some((root) => folder === root || folder.startsWith(`${root}/`))));
    assert.deepEqual(differences(inRoots, actual), []);
  });

  it('names only files that exist', () => {
    assert.deepEqual(
      [...files].filter((file) => !existsSync(join(ROOT, file))),
      [],
    );
  });

  it('the check reads nesting by indentation and sees a folder added, removed or renamed', () => {
    const sample =
      'server/src/core/      core\n                      more words\n  rules/              rules\n    notice/           art. 4\n    index.ts          registry\n  text/               text\ntest/                 tests\n';
    const described = describedPaths(sample);
    assert.deepEqual([...described.folders].sort(), [
      'server',
      'server/src',
      'server/src/core',
      'server/src/core/rules',
      'server/src/core/rules/notice',
      'server/src/core/text',
      'test',
    ]);
    assert.deepEqual([...described.files], ['server/src/core/rules/index.ts']);
    assert.deepEqual(differences(new Set(['test', 'test/lsp']), ['test', 'test/protocol']), [
      'test/protocol/ is not described',
      'test/lsp/ is described but does not exist',
    ]);
  });
});
