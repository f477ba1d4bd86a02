import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { analyzeText } from '../../server/src/core/index.js';
import { analysedOncePerText, splitIntoDossier, titleOnly, VARIANTS } from '../layoutVariants.js';

/**
 * Layout does not change what a non-compliant document lacks: each document with expected findings (the
 * fixtures' `expect` markers, the examples' non-compliant calls, the shared corpus's non-compliant documents when
 * present) gives the same rules' errors and warnings in every layout drafters use (compliant.test.ts checks that
 * compliant documents stay clean in them). Two layouts are left out, for what they do to the markers rather than
 * to the text: hard-wrapping moves an inline `<!-- expect: … -->` to a line of its own, where it is an HTML block
 * that parts the paragraph, and capitals change the `tender-ignore` directives, which are code.
 */
const MARKERS_MOVED = new Set(['paragraphs wrapped at 56 columns', 'paragraphs wrapped at 40 columns', 'body in capitals']);

const fixtures = new URL('../fixtures/', import.meta.url);
const examples = new URL('../../examples/', import.meta.url);
const sharedCorpus = new URL('../../../shared/corpus/', import.meta.url);
/** A fixture's or an example's text, by its name, when it marks expected findings. */
const marked = (folder: URL, label: string): [string, string][] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name): [string, string] => [`${label}/${name}`, readFileSync(new URL(name, folder), 'utf8')])
    .filter(([, text]) => /\bexpect:/.test(text));
const nonCompliantShared = (): [string, string][] =>
  (existsSync(sharedCorpus) ? readdirSync(sharedCorpus) : [])
    .filter((name) => name.endsWith('.md') && existsSync(new URL(name.replace(/\.md$/, '.expect.md'), sharedCorpus)))
    .filter((name) => /\*\*Conformité :\*\* non conforme/.test(readFileSync(new URL(name.replace(/\.md$/, '.expect.md'), sharedCorpus), 'utf8')))
    .map((name) => [`shared/corpus/${name}`, readFileSync(new URL(name, sharedCorpus), 'utf8')]);
const DOCUMENTS: Record<string, string> = Object.fromEntries([
  ...readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => marked(new URL(`${entry.name}/`, fixtures), `fixtures/${entry.name}`)),
  ...marked(examples, 'examples'),
  ...nonCompliantShared(),
]);

/** The rules that give an error or a warning, each once. */
const failing = (text: string) =>
  [
    ...new Set(
      analyzeText(text)
        .findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
        .map((finding) => finding.rule),
    ),
  ].sort();

const analysed = analysedOncePerText<string[]>();

describe('non-compliant documents: the same findings in every layout (missed and false findings)', () => {
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    const expected = failing(text);
    for (const [variant, transform] of Object.entries(VARIANTS)) {
      if (variant === 'as written' || MARKERS_MOVED.has(variant)) continue;
      // An item the document states only in a title the layout takes away is left out (TITLE_ONLY).
      const kept = (rules: string[]) => rules.filter((rule) => !titleOnly(variant, name, rule));
      it(`${name}, ${variant}`, () => {
        const transformed = transform(text);
        assert.deepEqual(kept(analysed(name, transformed, () => failing(transformed))), kept(expected));
      });
    }
  }
});

describe('a call split into a dossier (compliantDossiers.test.ts)', () => {
  it('keeps each footnote with every file that refers to it, as a word processor does', () => {
    const files = splitIntoDossier(
      [
        '---\ntype: appel-offres\nnumero: AO-1\n---\n',
        '## Avis\n\nLes soumissions sont reçues au plus tard le 3 mai[^heure].\n',
        '## Instructions\n\nUne attestation est jointe[^att].\n',
        '## Contrat\n\nLe contrat exige l’attestation[^att].\n',
        '[^heure]: À 11 h, heure de Québec.',
        '[^att]: Délivrée par Revenu Québec,',
        '    valide trois mois.\n',
      ].join('\n'),
    );
    assert.ok(files);
    assert.deepEqual(
      Object.fromEntries(Object.entries(files).map(([file, text]) => [file, [...text.matchAll(/^\[\^\w+\]:.*(?:\n {4}.*)*/gm)].map((note) => note[0])])),
      {
        'avis.md': ['[^heure]: À 11 h, heure de Québec.'],
        '01-regie.md': ['[^att]: Délivrée par Revenu Québec,\n    valide trois mois.'],
        '02-contrat.md': ['[^att]: Délivrée par Revenu Québec,\n    valide trois mois.'],
      },
    );
  });
});
