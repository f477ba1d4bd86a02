import { strict as assert } from 'node:assert';
import { analyzeModel, analyzeText, completion, DEFAULT_SETTINGS, documentSymbols, RULES, type Finding } from '../../server/src/core/index.js';
import type { Rule } from '../../server/src/core/rules/rule.js';
import { MAX_LIST_ITEMS, MAX_PROBLEMS, parseIsoDate } from '../../server/src/core/document/frontMatter.js';
import { LIMITS, blockHazard } from '../../server/src/core/document/limits.js';
import { DocumentParser, parseDocument } from '../../server/src/core/document/incremental.js';
import { htmlTableRows } from '../../server/src/core/document/pandocTables.js';
import { aliasBomb, readExample } from '../helpers.js';
import { assertFindingsInside } from './documentBounds.js';

// A compliant document (zero errors): whatever hostile block is added, it must stay analysable.
const COMPLIANT = readExample('ao-services-professionnels-conforme.md');
const BODY_START = COMPLIANT.indexOf('\n---\n', 4) + 5;
const withBody = (extra: string) => `${COMPLIANT}\n${extra}\n`;
const withFrontMatter = (yaml: string) => `${COMPLIANT.slice(0, BODY_START - 4)}${yaml}\n${COMPLIANT.slice(BODY_START - 4)}`;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

function analyse(text: string): Finding[] {
  const { findings } = analyzeText(text);
  assertFindingsInside(text, findings);
  return findings;
}
const errors = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');
const ofRule = (findings: Finding[], rule: string) => findings.filter((finding) => finding.rule === rule);

describe('hostile input: YAML front-matter', () => {
  it('an alias bomb ("billion laughs") is refused at its first alias, the body is still checked', () => {
    const text = withFrontMatter(aliasBomb('l', 12));
    const findings = analyse(text);
    const [syntax, ...more] = ofRule(findings, 'front-matter-syntax');
    assert.equal(more.length, 0);
    assert.equal(syntax.range.start.line, lineOf(text, '*l0'));
    assert.match(syntax.message, /alias/i);
    // The type line is still read and the notice's rules still ran on the body.
    assert.ok(ofRule(findings, 'front-matter-unknown-key').length > 0);
  });

  it('a huge anchor referenced many times costs no more than the anchor itself', () => {
    const text = withFrontMatter(`note: &big "${'y'.repeat(200_000)}"\n${Array.from({ length: 90 }, (_, i) => `copie${i}: *big`).join('\n')}`);
    const findings = analyse(text);
    assert.equal(errors(findings).length, 0);
    assert.equal(ofRule(findings, 'front-matter-unknown-key').length, 91);
  });

  it('an alias used for a known key is not reported as a value of the wrong type', () => {
    const text = COMPLIANT.replace(
      /organisme:\n {2}nom: ([^\n]*)\n {2}categorie: ministere\n/,
      'base: &org { nom: "$1", categorie: ministere }\norganisme: *org\n',
    );
    assert.notEqual(text, COMPLIANT);
    const findings = analyse(text);
    assert.deepEqual(errors(findings), []);
    assert.deepEqual(
      ofRule(findings, 'front-matter-unknown-key').map((f) => f.range.start.line),
      [lineOf(text, 'base:')],
    );
  });

  it('a duplicate key is one syntax error on the second occurrence', () => {
    const text = withFrontMatter('numero: AO-2026-9999');
    const [syntax, ...more] = ofRule(analyse(text), 'front-matter-syntax');
    assert.equal(more.length, 0);
    assert.equal(syntax.range.start.line, lineOf(text, 'numero: AO-2026-9999'));
  });

  it('60 000 keys: validation stops after MAX_PROBLEMS with an information finding (no quadratic key checks)', function () {
    // A bound against quadratic checks (minutes), not a timing: about 3 s of CPU, 20 s on the shared machine under load.
    this.timeout(60_000);
    const keys = Array.from({ length: 60_000 }, (_, i) => `cle${i}: ${i}`);
    const text = withFrontMatter(keys.join('\n'));
    const findings = analyse(text);
    assert.equal(ofRule(findings, 'front-matter-unknown-key').length, MAX_PROBLEMS);
    const [limit, ...more] = ofRule(findings, 'analysis-limit');
    assert.equal(more.length, 0);
    assert.equal(limit.range.start.line, lineOf(text, `cle${MAX_PROBLEMS - 1}:`));
    // A duplicate among them is still the one syntax error, found without the library's quadratic check.
    const dup = withFrontMatter(`${keys.slice(0, 30_000).join('\n')}\ncle7: double`);
    assert.deepEqual(
      ofRule(analyse(dup), 'front-matter-syntax').map((f) => f.range.start.line),
      [lineOf(dup, 'cle7: double')],
    );
  });

  it('10 000 nested flow collections are one positioned syntax error, not a crash', () => {
    const text = withFrontMatter(`profond: ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const syntax = ofRule(analyse(text), 'front-matter-syntax');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].range.start.line, lineOf(text, 'profond:'));
  });

  it('impossible dates are invalid values on the date itself', () => {
    for (const date of ['2026-02-30', '99999-01-01', '2026-13-01', '2026-00-10', '2027-02-29', '0000-01-01']) {
      assert.equal(parseIsoDate(date), undefined, date);
      const text = COMPLIANT.replace('diffusion: 2026-03-02', `diffusion: ${date}`);
      const invalid = ofRule(analyse(text), 'front-matter-invalid-value');
      assert.deepEqual(
        invalid.map((f) => [f.range.start.line, f.range.start.character]),
        [[lineOf(text, 'diffusion:'), 'diffusion: '.length]],
        date,
      );
    }
    assert.deepEqual(parseIsoDate('2028-02-29'), { year: 2028, month: 2, day: 29 });
  });

  it('keys named like members of every object (constructor, toString, __proto__…) are unknown keys at any depth', () => {
    const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
    const text = withFrontMatter([...names.map((name) => `${name}: 1`), 'projet:', ...names.map((name) => `  ${name}: { valueOf: 2 }`)].join('\n')).replace(
      'categorie: ministere',
      `categorie: ministere\n${names.map((name) => `  ${name}: x`).join('\n')}`,
    );
    const findings = analyse(text);
    assert.deepEqual(errors(findings), []);
    // The top-level ones, `projet`, and those nested under the known key `organisme` (unknown `projet` is not entered).
    const unknown = ofRule(findings, 'front-matter-unknown-key').map((f) =>
      text
        .slice(text.split('\n').slice(0, f.range.start.line).join('\n').length + 1)
        .split(':')[0]
        .trim(),
    );
    assert.deepEqual(unknown.sort(), [...names, ...names, 'projet'].sort());
  });

  it('NUL bytes and lone surrogates in the front-matter and body are text like any other', () => {
    const text = withFrontMatter('note: "a\0b\uD800c"').replace('# Avis', '# Av\0is \uDC00');
    analyse(text);
  });
});

describe('hostile input: Markdown body', () => {
  it('a 10 MB document is analysed up to the limit, with an information finding where analysis stops', () => {
    // Paragraphs of a few sentences, as written: the per-document caps on chunks and units are far.
    // (The same paragraph every time: one chunk each, parsed once.)
    const paragraph = `${'Le Ministère sollicite des soumissions pour des services de numérisation. '.repeat(13)}\n\n`;
    const text = withBody(paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)));
    const model = parseDocument(text);
    assert.ok(model.analysedEnd <= LIMITS.analysedLength && model.analysedEnd > LIMITS.analysedLength - paragraph.length);
    assert.ok(model.blocks.every((block) => block.offset < model.analysedEnd));
    const findings = analyse(text);
    const [limit, ...more] = ofRule(findings, 'analysis-limit');
    assert.equal(more.length, 0);
    assert.equal(limit.severity, 'information');
    assert.equal(limit.range.start.line, model.lines.positionAt(model.analysedEnd).line);
    assert.match(limit.message, new RegExp(LIMITS.analysedLength.toLocaleString('fr-CA').replace(/\s/g, '\\s')));
    assert.deepEqual(errors(findings), []);
  });

  it('a front-matter that closes only beyond the limit leaves the file unrecognised, not frozen', () => {
    const text = `---\ntype: appel-offres\nnote: |\n${'  ligne\n'.repeat(LIMITS.analysedLength / 4)}---\n# Avis\n`;
    assert.deepEqual(analyzeText(text), { tender: false, findings: [] });
  });

  const hazards: [string, string, string][] = [
    ['10 000 nested block quotes on one line', 'nesting', `${'> '.repeat(4_000)}`],
    ['10 000-deep block quotes', 'line-length', `${'>'.repeat(10_000)} texte`],
    ['10 000 nested list markers', 'line-length', `${'- '.repeat(10_000)}texte`],
    ['lists nested 40 deep', 'nesting', Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- niveau ${depth}`).join('\n')],
    [
      'block quotes nested 40 deep, one level per line',
      'nesting',
      Array.from({ length: 40 }, (_, depth) => `${'>'.repeat(depth + 1)} niveau ${depth}`).join('\n'),
    ],
    ['a 100 000-column line', 'line-length', `Texte ${'abc '.repeat(25_000)}`],
    ['a heading of 100 000 spaces', 'line-length', `## Titre${' \t'.repeat(50_000)}# fin`],
    ['20 000 unclosed links', 'brackets', '[a]('.repeat(20_000).replace(/(.{400})/g, '$1\n')],
    ['a table of 20 000 columns', 'line-length', `|${'a|'.repeat(20_000)}\n|${'-|'.repeat(20_000)}`],
    ['a 300 000-character list', 'block-length', `- élément de liste ${'mot '.repeat(100)}\n`.repeat(750)],
    // Found by the LSP fuzz property: under 50 000 characters, but over a second of parsing in one step.
    ['1 300 nested list items', 'list-items', `- addenda\n${'  - { numero: 1, date: 2026-03-02 }\n'.repeat(1_300)}`],
  ];
  for (const [name, reason, block] of hazards) {
    it(`${name}: read as plain text with a positioned information finding`, () => {
      assert.equal(blockHazard(`${block}\n`), reason);
      // A clause written inside the hazardous block is still read as prose.
      const hostile = `${block}\nLe Ministère ne s'engage à accepter aucune des soumissions reçues.`;
      const text = withBody(hostile).replace(/ne s.engage à accepter aucune[^\n]*\n/, '\n');
      const findings = analyse(text);
      const [limit, ...more] = ofRule(findings, 'analysis-limit');
      assert.equal(more.length, 0);
      assert.equal(limit.severity, 'information');
      assert.equal(limit.range.start.line, lineOf(text, block.slice(0, 50)));
      assert.deepEqual(errors(findings), []);
    });
  }

  it('ordinary Markdown is never degraded', () => {
    for (const example of ['ao-services-professionnels-conforme.md', 'ao-services-techniques-defauts.md', 'avis-entretien-espaces-verts.md']) {
      assert.deepEqual(parseDocument(readExample(example)).degraded, [], example);
    }
  });

  it('an unclosed ignore directive among thousands of openers is ignored in linear time', () => {
    const text = withBody(`<!-- tender-ignore 4.7° : ${'<!-- tender-ignore 4.7° :'.repeat(5_000)}`);
    assert.deepEqual(parseDocument(text).ignores, []);
    analyse(text);
  });

  it('a criterion line of 9 000 spaces in the evaluation grid is read in linear time', () => {
    // The criterion pattern once let its name exchange blanks with the blanks around it: minutes of CPU here.
    const grid = 'Éléments de qualité requis pour atteindre le niveau de performance acceptable de chaque critère :\n';
    const text = COMPLIANT.replace(grid, `${grid}\n- Critère 1${' '.repeat(9_000)}x\n`);
    assert.notEqual(text, COMPLIANT);
    assert.deepEqual(errors(analyse(text)), []);
  });
});

describe('hostile input: per-document caps on chunks, units and headings', () => {
  // The caps scaled down, so that small documents reach them (the real ones: memory.test.ts).
  const CAPS = { chunks: 300, units: 1_000, headings: 100 };
  const parse = (text: string) => new DocumentParser(CAPS).parse(text);
  const limitsOf = (findings: Finding[]) => ofRule(findings, 'analysis-limit');
  const floods: [string, 'headings' | 'units' | 'chunks', (i: number) => string, RegExp, RegExp][] = [
    ['one-line headings, one chunk each', 'headings', (i) => `# Titre ${i}\n\n`, /^Plus de 100 titres/, /^More than 100 headings/],
    [
      'one-line headings without blank lines (one block read as plain text)',
      'headings',
      (i) => `# Titre ${i}\n`,
      /^Plus de 100 titres/,
      /^More than 100 headings/,
    ],
    ['list items', 'units', (i) => `- élément ${i}\n`, /1\s000 premiers paragraphes/, /first 1,000 paragraphs/],
    [
      'link reference definitions (chunks without any unit)',
      'chunks',
      (i) => `[lien${i}]: https://example.com/${i}\n\n`,
      /300 premiers groupes/,
      /first 300 groups/,
    ],
  ];
  for (const [name, reason, line, french, english] of floods) {
    it(`${name}: the analysis stops where the ${reason} cap bites, with one analysis-limit finding there`, () => {
      const lines: string[] = [];
      for (let i = 0; i < 20_000; i++) lines.push(line(i));
      // Lists are split into blocks of a few items, so that no block is read as plain text.
      const body = reason === 'units' ? lines.map((item, i) => (i % 50 === 49 ? `${item}\n` : item)).join('') : lines.join('');
      const text = withBody(body);
      const model = parse(text);
      assert.deepEqual(model.stoppedBy, { reason, cap: CAPS[reason] });
      assert.ok(model.units.length <= CAPS.units);
      assert.ok(model.units.filter((unit) => unit.kind === 'heading').length <= CAPS.headings);
      assert.ok(model.blocks.length <= CAPS.chunks + 1);
      assert.ok(model.units.every((unit) => unit.end <= model.analysedEnd));
      assert.ok(documentSymbols(model, 'fr').length <= CAPS.headings + 1);
      const { findings } = analyzeModel(model);
      assertFindingsInside(text, findings);
      const [limit, ...more] = limitsOf(findings).filter((finding) => french.test(finding.message));
      assert.equal(more.length, 0);
      assert.equal(limit.range.start.line, model.lines.positionAt(model.analysedEnd).line);
      assert.ok(limitsOf(analyzeModel(model, { ...DEFAULT_SETTINGS, locale: 'en' }).findings).some((finding) => english.test(finding.message)));
    });
  }

  it('edits before and after the cut give the same model and findings as a fresh parse', () => {
    const text = withBody(Array.from({ length: 400 }, (_, i) => `# Titre ${i}\n\n`).join(''));
    const parser = new DocumentParser(CAPS);
    parser.parse(text);
    const cut = parse(text).analysedEnd;
    const edits = [
      text.replace('# Titre 5\n', '# Titre 5\n\n# Nouveau\n'),
      `${text.slice(0, cut + 20)}x${text.slice(cut + 20)}`,
      text.replace('# Titre 3\n\n', ''),
      text,
    ];
    for (const edited of edits) {
      for (const _ of parser.prepare(edited));
      const incremental = parser.parse(edited);
      const fresh = parse(edited);
      assert.equal(incremental.analysedEnd, fresh.analysedEnd);
      assert.deepEqual(
        incremental.units.map((unit) => [unit.start, unit.text]),
        fresh.units.map((unit) => [unit.start, unit.text]),
      );
      assert.deepEqual(analyzeModel(incremental).findings, analyzeModel(fresh).findings);
    }
  });

  it('a 5 MB document of the compliant tender repeated is far from every cap', () => {
    const model = parseDocument(withBody(COMPLIANT.slice(BODY_START).repeat(600)));
    assert.equal(model.stoppedBy, undefined);
  });
});

describe('hostile input: wide tables', () => {
  it('an HTML table of 40 000 cells left open is read cell by cell, in one pass (it was quadratic: minutes)', function () {
    // A bound against quadratic scans (129 s before), not a timing: a few tens of ms.
    this.timeout(20_000);
    assert.deepEqual(htmlTableRows('<table><tr><td>a<td>b</tr></table>', (text) => text).rows[0].cells, ['a', 'b']);
    const { rows } = htmlTableRows(`<table><tr>${'<td>x'.repeat(40_000)}</tr></table>`, (text) => text);
    assert.equal(rows[0].cells.length, 40_000);
    assert.ok(rows[0].cells.every((cell) => cell === 'x'));
  });

  const row = (cells: string[]) => `|${cells.join('|')}|`;
  const table = (columns: number, rows: number, tag: string) =>
    [
      row(Array.from({ length: columns }, (_, c) => `${tag}${c}`)),
      row(Array<string>(columns).fill('-')),
      ...Array.from({ length: rows - 2 }, (_, r) => row(Array<string>(columns).fill(String(r)))),
    ].join('\n');

  it(`a table of 1 500 columns is read up to ${LIMITS.tableCells} cells per row, with one analysis-limit finding on its first row`, () => {
    const wide = table(1_500, 10, 't');
    // Under the block and line limits: parsed as Markdown, not read as plain text.
    assert.equal(blockHazard(wide), undefined);
    const text = withBody(`${wide}\n\n${table(5, 4, 'n')}`);
    const model = parseDocument(text);
    const rows = model.units.filter((unit) => unit.kind === 'tableRow' && unit.start >= text.indexOf('|t0|'));
    assert.equal(rows.length, 12); // 9 + 3: a delimiter row is no unit
    assert.ok(rows.every((unit) => unit.cells!.length <= LIMITS.tableCells + 1));
    assert.deepEqual(rows[0].cells!.slice(0, 3), ['t0', 't1', 't2']);
    // The rest of the row is the last cell's text; the narrow table is read whole.
    assert.equal(rows[0].cells![LIMITS.tableCells - 1], 't63');
    assert.match(rows[0].cells![LIMITS.tableCells], /^t64 t65 t66/);
    assert.deepEqual(rows[9].cells, ['n0', 'n1', 'n2', 'n3', 'n4']);
    const findings = analyse(text);
    const [limit, ...more] = ofRule(findings, 'analysis-limit');
    assert.equal(more.length, 0);
    assert.equal(limit.range.start.line, lineOf(text, '|t0|'));
    assert.match(limit.message, /Tableau de plus de 64 colonnes/);
    assert.deepEqual(errors(findings), []);
  });

  it('a compliant document with ordinary tables is never narrowed', () => {
    assert.ok(parseDocument(withBody(table(64, 5, 'c'))).degraded.length === 0);
  });
});

describe('hostile input: line endings and invisible characters', () => {
  const DEFECTS = readExample('ao-services-techniques-defauts.md');
  const summary = (findings: Finding[]) =>
    findings.map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.rule}`);

  for (const [name, eol] of [
    ['lone carriage returns (old Mac style)', '\r'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`${name}: the same findings at the same lines as with line feeds`, () => {
      assert.deepEqual(summary(analyse(COMPLIANT.replace(/\n/g, eol))), summary(analyse(COMPLIANT)));
      const findings = analyse(DEFECTS.replace(/\n/g, eol));
      assert.ok(errors(findings).length > 0);
      assert.deepEqual(summary(findings), summary(analyse(DEFECTS)));
    });
  }

  it('lone carriage returns: completion, outline and quick-fix edits see the lines the editor shows', () => {
    const text = DEFECTS.replace(/\n/g, '\r');
    const model = parseDocument(text);
    assert.equal(model.source, text);
    assert.equal(model.lines.lineCount, DEFECTS.split('\n').length);
    // Completion of a front-matter key at the start of the third line.
    const offset = model.lines.offsetAt({ line: 2, character: 0 });
    assert.deepEqual(
      completion(model, offset, 'fr').map((item) => item.label),
      completion(parseDocument(DEFECTS), offset, 'fr').map((item) => item.label),
    );
    assert.deepEqual(documentSymbols(model, 'fr'), documentSymbols(parseDocument(DEFECTS), 'fr'));
    const fixes = (source: string) =>
      analyzeText(source)
        .findings.flatMap((f) => f.fix?.edits ?? [])
        .map((edit) => JSON.stringify(edit.range));
    assert.deepEqual(fixes(text), fixes(DEFECTS));
  });

  const invisibles: [string, string][] = [
    ['a soft hyphen', 'accep\u00ADter'],
    ['a soft hyphen at a line break', 'accep\u00AD\nter'],
    ['a zero-width space', 'accep\u200Bter'],
    ['a word joiner and a zero-width joiner', 'ac\u2060cep\u200Dter'],
    ['bidirectional marks', '\u200Eaccepter\u200F'],
    ['a byte order mark', 'accep\uFEFFter'],
  ];
  for (const [name, word] of invisibles) {
    it(`invisible format characters, ${name} inside a word: the compliant example stays compliant (no false 4.7°)`, () => {
      const text = COMPLIANT.replace("ne s'engage à accepter aucune", `ne s'engage à ${word} aucune`);
      assert.notEqual(text, COMPLIANT);
      assert.deepEqual(errors(analyse(text)), []);
    });
  }

  it('line and paragraph separators (U+2028, U+2029) inside a clause are spaces for recognition', () => {
    const text = COMPLIANT.replace("ne s'engage à accepter aucune", "ne s'engage\u2028à accepter\u2029aucune");
    assert.notEqual(text, COMPLIANT);
    assert.deepEqual(errors(analyse(text)), []);
  });
});

describe('hostile input: findings are capped per rule and per document', () => {
  it('5 000 wrong weekdays: the first 100 are reported, then one finding says how many were left out', () => {
    const text = withBody(Array.from({ length: 5_000 }, (_, i) => `Rencontre ${i} : le lundi 11 juillet 2012 à 15 h.`).join('\n\n'));
    const findings = analyse(text);
    const mismatches = ofRule(findings, 'date-weekday-mismatch');
    assert.equal(mismatches.length, LIMITS.findingsPerRule);
    const limits = ofRule(findings, 'analysis-limit');
    assert.equal(limits.length, 1);
    assert.match(
      limits[0].message.replace(/[\u00a0\u202f]/g, ' '),
      /^4 900 autres constats de la règle « date-weekday-mismatch » ne sont pas affichés \(au plus 100 par règle\)\.$/,
    );
    assert.deepEqual(limits[0].range, mismatches[mismatches.length - 1].range);
    // Turned off, the rule says nothing at all.
    const off = analyzeText(text, { ...DEFAULT_SETTINGS, rules: { 'date-weekday-mismatch': 'off' } }).findings;
    assert.deepEqual([...ofRule(off, 'date-weekday-mismatch'), ...ofRule(off, 'analysis-limit')], []);
  });

  it('over 1 000 findings in a document: the first 1 000 in document order, then one saying how many were left out (in English too)', () => {
    const text = withBody('Paragraphe.\n'.repeat(2_000));
    const model = parseDocument(text);
    // Copies of a rule that applies to every call (no condition of its own to skip it on).
    const always = RULES.find((rule) => !rule.notApplicable && rule.appliesTo.includes('appel-offres'))!;
    const rules: Rule[] = Array.from({ length: 15 }, (_, r) => ({
      ...always,
      id: `essai-${r}`,
      check: (context) => {
        for (let i = 0; i < 100; i++)
          context.report({
            messageId: 'finding',
            message: { fr: 'constat', en: 'finding' },
            range: { start: model.bodyStart + (i * 15 + r) * 12, end: model.bodyStart + (i * 15 + r) * 12 + 5 },
          });
      },
    }));
    for (const locale of ['fr', 'en'] as const) {
      const { findings } = analyzeModel(model, { ...DEFAULT_SETTINGS, locale }, rules);
      assertFindingsInside(text, findings);
      assert.equal(findings.length, LIMITS.findingsPerDocument + 1);
      const last = findings[findings.length - 1];
      assert.equal(last.rule, 'analysis-limit');
      assert.deepEqual(last.range, findings[findings.length - 2].range);
      assert.equal(
        last.message.replace(/[\u00a0\u202f]/g, ' '),
        locale === 'fr'
          ? "500 autres constats ne sont pas affichés (au plus 1 000 par document) : corrigez ceux-ci d'abord."
          : '500 more findings are not shown (at most 1,000 per document): fix these first.',
      );
    }
  });
});

describe('hostile input: front-matter lists are capped', () => {
  it(`a list of 5 000 addenda: the first ${MAX_LIST_ITEMS} are read and checked, one finding marks the first item left out`, () => {
    const items = Array.from({ length: 5_000 }, (_, i) => `  - { numero: ${i + 1}, date: 2026-03-0${(i % 5) + 1}, cle: x }`);
    const text = withFrontMatter(`addenda:\n${items.join('\n')}`);
    const model = parseDocument(text);
    assert.equal((model.frontMatter!.data!.addenda as unknown[]).length, MAX_LIST_ITEMS);
    assert.deepEqual(model.frontMatter!.truncatedLists, [['addenda']]);
    const findings = analyse(text);
    // Validation stops at the cap too: the unknown key of items past it is not reported.
    assert.ok(ofRule(findings, 'front-matter-unknown-key').length <= MAX_PROBLEMS);
    const limits = ofRule(findings, 'analysis-limit').filter((f) => f.message.startsWith('Liste'));
    assert.equal(limits.length, 1);
    assert.equal(limits[0].range.start.line, lineOf(text, `numero: ${MAX_LIST_ITEMS + 1},`));
    assert.match(limits[0].message.replace(/[\u00a0\u202f]/g, ' '), /^Liste « addenda » de plus de 1 000 éléments : seuls les 1 000 premiers sont lus/);
  });

  it('nested lists are capped at any depth, each with its finding', () => {
    const criteria = Array.from({ length: 1_500 }, (_, i) => `    - { nom: Critère ${i}, poids: 1 }`);
    const text = COMPLIANT.replace(/evaluation:\n {2}criteres:\n(?: {4}- [^\n]*\n)+/, `evaluation:\n  criteres:\n${criteria.join('\n')}\n`);
    assert.notEqual(text, COMPLIANT);
    const model = parseDocument(text);
    assert.deepEqual(model.frontMatter!.truncatedLists, [['evaluation', 'criteres']]);
    const limits = ofRule(analyse(text), 'analysis-limit').filter((f) => f.message.startsWith('Liste'));
    assert.deepEqual(
      limits.map((f) => f.range.start.line),
      [lineOf(text, `Critère ${MAX_LIST_ITEMS},`)],
    );
  });
});
