import { strict as assert } from 'node:assert';
import { readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierFinder } from '../../server/src/node/dossier.js';
import { writeFolder } from '../helpers.js';

const file = (numero: string, type = 'document\npartie: regie') => `---\ntype: ${type}\nnumero: ${numero}\n---\n\n# Texte\n`;

/** A folder with the given files (path → text), and a finder that counts its reads. */
function setUp(files: Record<string, string>, options: { maxAgeMs?: number; top?: string } = {}) {
  const root = writeFolder('tender-dossier-', files);
  const reads: string[] = [];
  const finder = new DossierFinder({
    maxAgeMs: options.maxAgeMs ?? Infinity,
    mayAscendTo: (folder) => folder.startsWith(options.top ?? root),
    read: (path) => {
      reads.push(path.slice(root.length + 1));
      return readFileSync(path, 'utf8');
    },
  });
  return { root, finder, reads };
}

const names = (found: { files: { name: string }[] }) => found.files.map((f) => f.name);

describe('dossier finder (node/dossier.ts)', () => {
  it('groups the files of a folder by numero: two dossiers side by side', () => {
    const { root, finder } = setUp({
      'a-avis.md': file('AO-1', 'avis'),
      'a-regie.md': file('AO-1'),
      'b-avis.md': file('AO-2', 'avis'),
      'b-regie.md': file('AO-2'),
      'notes.md': '# Notes\n',
    });
    assert.deepEqual(names(finder.dossierOf(join(root, 'a-regie.md'))), ['a-avis.md', 'a-regie.md']);
    assert.deepEqual(names(finder.dossierOf(join(root, 'b-avis.md'))), ['b-avis.md', 'b-regie.md']);
    assert.deepEqual(finder.dossierOf(join(root, 'notes.md')), {
      root,
      numero: undefined,
      files: [{ path: join(root, 'notes.md'), name: 'notes.md', text: '# Notes\n' }],
    });
  });

  it('subfolders two levels down are part of the dossier, and a file there finds the folder that holds the dossier', () => {
    const { root, finder } = setUp({
      'ao/avis.md': file('AO-1', 'avis'),
      'ao/annexes/grille.md': file('AO-1', 'document\npartie: grille'),
      'ao/annexes/prix/bordereau.md': file('AO-1', 'document\npartie: bordereau'),
      'ao/annexes/prix/trop/profond.md': file('AO-1'),
      'ao/annexes/autre.md': file('AO-9'),
    });
    const expected = ['annexes/grille.md', 'annexes/prix/bordereau.md', 'avis.md'];
    assert.deepEqual(names(finder.dossierOf(join(root, 'ao/avis.md'))), expected);
    const fromAnnex = finder.dossierOf(join(root, 'ao/annexes/prix/bordereau.md'));
    assert.equal(fromAnnex.root, join(root, 'ao'));
    assert.deepEqual(names(fromAnnex), expected);
  });

  it('a dossier whose parts are all in subfolders is one dossier, from any of its files; tenders in sibling folders stay apart', () => {
    const { root, finder } = setUp({
      'ao-1/01-avis/avis.md': file('AO-1', 'avis'),
      'ao-1/02-documents/regie.md': file('AO-1'),
      'ao-1/02-documents/devis.md': file('AO-1', 'document\npartie: devis'),
      'ao-1/annexes/prix/bordereau.md': file('AO-1', 'document\npartie: bordereau'),
      'ao-2/01-avis/avis.md': file('AO-2', 'avis'),
      'ao-2/02-documents/regie.md': file('AO-2'),
      'ao-1/.brouillons/regie.md': file('AO-1'),
    });
    const expected = ['01-avis/avis.md', '02-documents/devis.md', '02-documents/regie.md', 'annexes/prix/bordereau.md'];
    for (const name of ['01-avis/avis.md', '02-documents/regie.md', 'annexes/prix/bordereau.md']) {
      const found = finder.dossierOf(join(root, 'ao-1', name));
      assert.equal(found.root, join(root, 'ao-1'), name);
      assert.deepEqual(names(found), expected, name);
    }
    assert.deepEqual(names(finder.dossierOf(join(root, 'ao-2/02-documents/regie.md'))), ['01-avis/avis.md', '02-documents/regie.md']);
    // A hidden folder is no part of the dossier, and a file in it does not reach the dossier's folder either.
    assert.deepEqual(names(finder.dossierOf(join(root, 'ao-1/.brouillons/regie.md'))), ['regie.md']);
  });

  it('two copies of a tender side by side, each with its notice or call, stay two dossiers', () => {
    const { root, finder } = setUp({
      'v1/avis.md': file('AO-1', 'avis'),
      'v1/annexes/grille.md': file('AO-1', 'document\npartie: grille'),
      'v2/avis.md': file('AO-1', 'avis'),
      'v2/annexes/grille.md': file('AO-1', 'document\npartie: grille'),
      'defauts/appel-offres.md': file('AO-9', 'appel-offres'),
      'conforme/appel-offres.md': file('AO-9', "'appel-offres'"),
    });
    assert.deepEqual(names(finder.dossierOf(join(root, 'v2/annexes/grille.md'))), ['annexes/grille.md', 'avis.md']);
    assert.equal(finder.dossierOf(join(root, 'v1/avis.md')).root, join(root, 'v1'));
    assert.deepEqual(names(finder.dossierOf(join(root, 'defauts/appel-offres.md'))), ['appel-offres.md']);
  });

  it('does not look above the folders it may (the workspace, the current directory)', () => {
    const { root, finder } = setUp({ 'ao/avis.md': file('AO-1', 'avis'), 'ao/annexes/grille.md': file('AO-1') }, { top: '/nowhere' });
    assert.deepEqual(names(finder.dossierOf(join(root, 'ao/annexes/grille.md'))), ['grille.md']);
  });

  it('does not follow symbolic links, to files or folders', () => {
    // The files linked to lie beyond the dossier's reach (three levels below the folder above `ao/`).
    const { root, finder } = setUp({ 'ao/avis.md': file('AO-1', 'avis'), 'ailleurs/x/y/regie.md': file('AO-1'), 'ailleurs/x/y/sub/devis.md': file('AO-1') });
    symlinkSync(join(root, 'ailleurs/x/y/regie.md'), join(root, 'ao/lien.md'));
    symlinkSync(join(root, 'ailleurs/x/y/sub'), join(root, 'ao/sub'));
    assert.deepEqual(names(finder.dossierOf(join(root, 'ao/avis.md'))), ['avis.md']);
  });

  it('reads each file once, however many of its folder’s files ask (grouping a folder is linear)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`f${String(i).padStart(2, '0')}.md`] = file(`AO-${i % 10}`);
    const { root, finder, reads } = setUp(files);
    for (const name of Object.keys(files)) assert.equal(finder.dossierOf(join(root, name)).files.length, 4);
    assert.equal(reads.length, 40);
    assert.equal(new Set(reads).size, 40);
  });

  it('the server’s finder reads a file again only when its time or size changed, and prefers the editor’s text', () => {
    const { root, finder, reads } = setUp({ 'avis.md': file('AO-1', 'avis'), 'regie.md': file('AO-1') }, { maxAgeMs: 0 });
    finder.dossierOf(join(root, 'avis.md'));
    finder.dossierOf(join(root, 'avis.md'));
    assert.deepEqual(reads.sort(), ['avis.md', 'regie.md']);
    writeFileSync(join(root, 'regie.md'), file('AO-2'));
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, 'regie.md'), later, later);
    assert.deepEqual(names(finder.dossierOf(join(root, 'avis.md'))), ['avis.md'], 'the file now names another tender');
    assert.equal(reads.filter((read) => read === 'regie.md').length, 2);
    const open = new Map([[join(root, 'regie.md'), file('AO-1')]]);
    const editor = new DossierFinder({ maxAgeMs: 0, mayAscendTo: () => false, openTexts: () => open });
    const found = editor.dossierOf(join(root, 'avis.md'));
    assert.deepEqual(names(found), ['avis.md', 'regie.md']);
    assert.equal(found.files[1].text, file('AO-1'));
  });
});
