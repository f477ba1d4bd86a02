import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderIndex } from '../../server/src/node/folderIndex.js';

describe('the folder index of a tender-lint run', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tender-index-'));
    for (const name of ['a.md', 'b.md', 'c.markdown', 'notes.txt']) writeFileSync(join(folder, name), `# ${name}\n`);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("gives each file the other Markdown files of its folder, the same objects for every file", () => {
    const index = new FolderIndex();
    const ofA = index.related(join(folder, 'a.md'));
    const ofB = index.related(join(folder, 'b.md'));
    assert.deepEqual(ofA.map((document) => document.name), ['b.md', 'c.markdown']);
    assert.deepEqual(ofB.map((document) => document.name), ['a.md', 'c.markdown']);
    // The core keeps what it read of a document with the object: each is read once for the run.
    assert.equal(ofA[1], ofB[1]);
  });

  it('reads a folder once for the run, and a new run reads it again', () => {
    const index = new FolderIndex();
    const before = index.related(join(folder, 'a.md'));
    writeFileSync(join(folder, 'b.md'), '# changed\n');
    writeFileSync(join(folder, 'd.md'), '# new\n');
    assert.deepEqual(index.related(join(folder, 'c.markdown')).map((document) => document.name), ['a.md', 'b.md']);
    assert.equal(index.related(join(folder, 'a.md'))[0], before[0]);
    const next = new FolderIndex().related(join(folder, 'a.md'));
    assert.deepEqual(next.map((document) => [document.name, document.text]), [['b.md', '# changed\n'], ['c.markdown', '# c.markdown\n'], ['d.md', '# new\n']]);
  });

  it("a worker's index takes the documents the main thread read, and does not read the folder itself", () => {
    const index = new FolderIndex();
    index.add(folder, [{ path: join(folder, 'x.md'), name: 'x.md', text: '# x\n' }]);
    assert.deepEqual(index.related(join(folder, 'a.md')).map((document) => document.name), ['x.md']);
  });
});
