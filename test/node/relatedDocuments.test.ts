import { strict as assert } from 'node:assert';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderDocuments } from '../../server/src/node/relatedDocuments.js';

describe('folder documents (addenda files)', () => {
  it('re-reads a file whose content changed on disk, and prefers the editor’s text of an open file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tender-related-'));
    const path = join(folder, 'addenda-1.md');
    writeFileSync(path, '---\ntype: addenda\nnumero: AO-1\n---\n');
    assert.match(folderDocuments(folder)[0].text, /AO-1/);
    writeFileSync(path, '---\ntype: addenda\nnumero: AO-22\n---\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(path, later, later);
    assert.match(folderDocuments(folder)[0].text, /AO-22/);
    assert.equal(folderDocuments(folder, (file) => (file === path ? 'open text' : undefined))[0].text, 'open text');
  });

  it('skips files over 512 KB', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tender-related-'));
    writeFileSync(join(folder, 'huge.md'), 'x'.repeat(600 * 1024));
    writeFileSync(join(folder, 'small.md'), 'ok');
    assert.deepEqual(folderDocuments(folder).map((document) => document.name), ['small.md']);
  });
});
