import { strict as assert } from 'node:assert';
import { DocumentParser, evaluationGrid, parseDocument, weightTotal } from '../../server/src/core/index.js';
import { gridsAgree, unnumbered } from '../../server/src/core/evaluation/grid.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';
import { evaluationStatements } from '../../server/src/core/evaluation/statements.js';
import { readExample } from '../helpers.js';
import { VARIANTS } from '../layoutVariants.js';

const doc = (body: string, frontMatter = '') => `---\ntype: appel-offres\n${frontMatter}---\n\n${body}\n`;
const grid = (text: string) => evaluationGrid(parseDocument(text));
const summary = (text: string) => grid(text).body.map((table) => table.criteria.map((c) => `${c.name}=${c.weight}`).join(', '));

describe('evaluation grid', () => {
  it('reads the front-matter criteria with their ranges', () => {
    const text = doc('# Avis\n', 'evaluation:\n  criteres:\n    - { nom: Expérience, poids: 40, minimum: 70 }\n    - { nom: Méthode, poids: 60 }\n');
    const { frontMatter, primary, body } = grid(text);
    assert.equal(primary, frontMatter);
    assert.deepEqual(body, []);
    assert.deepEqual(
      frontMatter?.criteria.map((c) => [c.name, c.weight, c.minimum]),
      [
        ['Expérience', 40, 70],
        ['Méthode', 60, undefined],
      ],
    );
    const first = frontMatter.criteria[0];
    assert.equal(text.slice(first.weightRange!.start, first.weightRange!.end), '40');
    assert.equal(text.slice(first.minimumRange!.start, first.minimumRange!.end), '70');
  });

  it('reads a table under a heading naming the grid; a Total row is not a criterion', () => {
    const text = doc('## Grille d’évaluation\n\n| Critère | Poids (%) |\n|---|---|\n| Expérience | 30 |\n| Méthode | 70,5 |\n| **Total** | **100** |');
    const { body: tables, primary } = grid(text);
    assert.equal(primary, tables[0]);
    assert.deepEqual(summary(text), ['Expérience=30, Méthode=70.5']);
    assert.equal(tables[0].statedTotal?.value, 100);
    assert.equal(weightTotal(tables[0]), 100.5);
    assert.equal(text.slice(tables[0].range.start, tables[0].range.end).split('\n').length, 5);
  });

  it('reads a pandoc grid table whose cells hold several lines: a criterion named on one, a list its description, the weights under their column', () => {
    const described = (level: string, weight: string) =>
      [
        '## Grille d’évaluation',
        '',
        '+-----------------+------------------------+----------+',
        `| Critère         | ${level} | ${weight} |`,
        '+=================+========================+==========+',
        '| Expérience du   | - deux mandats depuis  | 40       |',
        '| soumissionnaire | 2019                   |          |',
        '|                 | - envergure de 2 M$    |          |',
        '+-----------------+------------------------+----------+',
        '| Méthodologie    | Approche de l’article  | 60       |',
        '|                 | 3.2                    |          |',
        '+-----------------+------------------------+----------+',
      ].join('\n');
    const read = (text: string) => grid(text).body.map((table) => table.criteria.map((c) => [c.name, c.weight, c.description]));
    const expected = [
      [
        ['Expérience du soumissionnaire', 40, '- deux mandats depuis\n2019\n- envergure de 2 M$'],
        ['Méthodologie', 60, 'Approche de l’article\n3.2'],
      ],
    ];
    assert.deepEqual(read(doc(described('Niveau acceptable (pts)', 'Poids   '))), expected);
    assert.deepEqual(read(doc(described('Attentes (sur 100 pts)', 'Weight  '))), expected);
  });

  it('reads a pandoc grid table without its header line, its first row naming the columns; a first row of data is no header', () => {
    const headless = (first: string) =>
      [
        '## Grille d’évaluation',
        '',
        '+--------------------------+--------+',
        first,
        '+--------------------------+--------+',
        '| Expérience du            | 40     |',
        '| soumissionnaire          |        |',
        '+--------------------------+--------+',
        '| Méthodologie             | 60     |',
        '+--------------------------+--------+',
      ].join('\n');
    assert.deepEqual(summary(doc(headless('| Critère                  | Poids  |'))), ['Expérience du soumissionnaire=40, Méthodologie=60']);
    assert.deepEqual(summary(doc(headless('| Criterion                | Weight |'))), ['Expérience du soumissionnaire=40, Méthodologie=60']);
    assert.deepEqual(summary(doc(headless('| Critère 1 — Approche     | 30 %   |'))), []);
  });

  it("reads a table under a caption that names the grid, its first sentence a title (a workbook sheet's note, a numbered table)", () => {
    const cases = [
      "## Feuille 4\n\nOnglet 4. Critères d'évaluation de la qualité. Chaque critère est noté sur 100.\n\n| Critère | Poids |\n|---|---|\n| A | 50 |\n| B | 50 |",
      '## Annexe\n\nTableau 2 – Grille de pondération des offres. Le comité note chaque critère.\n\n| Critère | Points |\n|---|---|\n| A | 50 |\n| B | 50 |',
      '## Sheet 3\n\nTable 3: Evaluation criteria. Each criterion is scored out of 100.\n\n| Criterion | Weight |\n|---|---|\n| A | 50 |\n| B | 50 |',
    ];
    for (const body of cases) assert.deepEqual(summary(doc(body)), ['A=50, B=50'], body);
    // A sentence that names the grid is no caption: the table under it is not read as the grid for that.
    assert.deepEqual(
      summary(doc("## Feuille 4\n\nLe comité applique la grille d'évaluation. Voir l'onglet 7.\n\n| Critère | Poids |\n|---|---|\n| A | 50 |\n| B | 50 |")),
      [],
    );
  });

  it("reads a total row's value beside a spreadsheet formula's text, or in another column", () => {
    const cases = [
      ['| **Total** | =SUM(B2:B3) | 100 |', 100],
      ['| Total | =B2+B3 | 100 % |', 100],
      ['| Total | | **100** |', 100],
      ['| Total | =SOMME(B2:B3) | |', undefined],
    ] as const;
    for (const [total, value] of cases) {
      const text = doc(`## Grille d'évaluation\n\n| Critère | Pondération | Description |\n|---|---|---|\n| A | 40 | x |\n| B | 60 | y |\n${total}`);
      assert.equal(grid(text).body[0]?.statedTotal?.value, value, total);
      assert.deepEqual(summary(text), ['A=40, B=60'], total);
    }
  });

  it('recognises the grid headings and column names drafters use', () => {
    const cases = [
      '## Critères d’évaluation\n\n| Critères | Pondération |\n|---|---|\n| A | 50 |\n| B | 50 |',
      '## 6. ÉVALUATION DE LA QUALITÉ\n\n### 6.1 Tableau\n\n| No | Description | Points |\n|---|---|---|\n| 1 | A | 50 |\n| 2 | B | 50 |',
      '## Annexe C\n\n| Critères d’évaluation | % |\n|---|---|\n| A | 50 |\n| B | 50 |',
      '## Quality evaluation\n\n| Criterion | Weight |\n|---|---|\n| A | 50 |\n| B | 50 |',
    ];
    for (const body of cases) assert.deepEqual(summary(doc(body)), ['A=50, B=50'], body);
  });

  it('reads a table whose header row is empty cells, its first row naming the columns (a Word table converted by MarkItDown)', () => {
    const text = doc(
      "## Critères d'évaluation\n\n|  |  |  |\n| --- | --- | --- |\n| Critères | Points | Seuil |\n| Approche | 60 | 36 |\n| Équipe | 40 | 24 |",
    );
    assert.deepEqual(
      grid(text).body[0]?.criteria.map((c) => [c.name, c.weight, c.minimum]),
      [
        ['Approche', 60, 36],
        ['Équipe', 40, 24],
      ],
    );
  });

  it('reads a grid whatever its sum, an empty cell keeping its column, in every layout a table is pasted or converted in', () => {
    // Weights summing to 105 and 95 (the breach annex2-weights-total reports), a merged cell pasted as an empty one.
    const grids = [
      "## Critères d'évaluation\n\n| No | Volet | Critère | Pondération (%) | Minimum |\n|---|---|---|---|---|\n| 1 | Firme | Expérience | 40 | |\n| 2 | | Méthodologie | 45 | 70 |\n| 3 | | Échéancier | 20 | |\n| **Total** | | | **100** | |",
      '## Evaluation\n\n| Area | Criterion | Weight |\n|---|---|---|\n| Team | Key staff | 50 |\n| | Approach | 25 |\n| | Schedule | 20 |',
    ];
    const expected = [
      [
        ['Expérience', 40],
        ['Méthodologie', 45],
        ['Échéancier', 20],
      ],
      [
        ['Key staff', 50],
        ['Approach', 25],
        ['Schedule', 20],
      ],
    ];
    // Neither a price schedule nor a calendar is a grid, whatever its layout.
    const others = [
      '## Bordereau de prix\n\n| Article | Description | Quantité | Prix unitaire |\n|---|---|---|---|\n| 1 | Séances | 40 | |\n| 2 | | 10 | 35 |',
      '## Calendrier\n\n| Étape | Date | Heure |\n|---|---|---|\n| Dépôt | 2026-09-14 | 14 |\n| Ouverture | | 15 |',
    ];
    const layouts = [
      'as written',
      'as MarkItDown converts a Word document',
      'tables pasted as lines of tab-separated cells',
      'tables pasted as columns aligned with spaces',
    ];
    for (const layout of layouts) {
      grids.forEach((body, index) =>
        assert.deepEqual(
          grid(VARIANTS[layout](doc(body))).body[0]?.criteria.map((c) => [c.name, c.weight]),
          expected[index],
          `${layout}: ${body}`,
        ),
      );
      for (const body of others) assert.deepEqual(grid(VARIANTS[layout](doc(body))).body, [], `${layout}: ${body}`);
    }
  });

  it('ignores tables that are not a criteria grid', () => {
    const cases = [
      '## Bordereau de prix\n\n| Critère | Points |\n|---|---|\n| A | 50 |',
      '## Grille d’évaluation\n\n| Sous-critère | Points |\n|---|---|\n| A.1 | 10 |',
      '## Grille d’évaluation\n\n| Étape | Date |\n|---|---|\n| Dépôt | 2026-09-14 |',
    ];
    for (const body of cases) assert.deepEqual(grid(doc(body)).body, [], body);
  });

  it('reads the criteria of a grid whose rows break them into sub-criteria with their own points, not the sub-criteria', () => {
    const rows = (criteria: [string, number, [string, number][]][]) =>
      criteria.flatMap(([name, points, parts]) => [`| ${name} | ${points} |`, ...parts.map(([part, own]) => `| ${part} | ${own} |`)]).join('\n');
    const three = (mark: (name: string, number: string) => string): [string, number, [string, number][]][] => [
      [
        mark('Expérience', '1'),
        20,
        [
          [mark('Mandats', '1.1'), 10],
          [mark('Envergure', '1.2'), 10],
        ],
      ],
      [
        mark('Chargé de projet', '2'),
        30,
        [
          [mark('Années', '2.1'), 15],
          [mark('Mandats dirigés', '2.2'), 15],
        ],
      ],
      [
        mark('Méthode', '3'),
        50,
        [
          [mark('Approche', '3.1'), 30],
          [mark('Échéancier', '3.2'), 20],
        ],
      ],
    ];
    const names = (body: string) =>
      grid(doc(body)).body.map((table) => table.criteria.map((c) => `${unnumbered(normalizeForMatching(c.name))}=${c.weight}`).join(', '));
    const expected = ['experience=20, charge de projet=30, methode=50'];
    const cases = [
      // Numbered « 1 » and « 1.1 », the criteria in bold, under a header naming both.
      `| Critères et sous-critères | Points |\n|---|---|\n${rows(three((name, number) => (number.includes('.') ? `${number} ${name}` : `**${number}. ${name}**`)))}\n| **Total** | **100 points** |`,
      // Numbered, nothing in bold.
      `| Critère | Points |\n|---|---|\n${rows(three((name, number) => `${number} ${name}`))}`,
      // Unnumbered, the sub-criteria set in by a dash: read by their points, the criteria's totalling 100.
      `| Critère | Pondération |\n|---|---|\n${rows(three((name, number) => (number.includes('.') ? `— ${name}` : name)))}\n| Total | 100 |`,
      // The numbers in a column of their own.
      `| N° | Critère | Points |\n|---|---|---|\n${rows(three((name, number) => `${number} | ${name}`))}`,
    ];
    for (const body of cases) assert.deepEqual(names(`## Grille d’évaluation\n\n${body}`), expected, body);
    assert.deepEqual(
      names(
        `## Evaluation grid\n\n| Criteria and sub-criteria | Points |\n|---|---|\n| **1. Experience** | **40** |\n| 1.1 Mandates | 25 |\n| 1.2 Scope | 15 |\n| **2. Approach** | **60** |\n| 2.1 Method | 60 |\n| **3. Team** | |\n| 3.1 Lead | 10 |\n| 3.2 Analysts | 10 |`,
      ),
      ['experience=40, approach=60, team=20'],
    );
    // Criteria over their sub-criteria as nested lists, or as a Word paste sets them, each entry a paragraph.
    for (const body of [
      '- Critère 1 — Expérience (20 points)\n  - 1.1 Mandats (10 points)\n  - 1.2 Envergure (10 points)\n- Critère 2 — Chargé de projet (30 points)\n  - 2.1 Années (15 points)\n  - 2.2 Mandats dirigés (15 points)\n- Critère 3 — Méthode (50 points)\n  - 3.1 Approche (30 points)\n  - 3.2 Échéancier (20 points)',
      '1. Expérience : 20 points\n   1. Mandats : 10 points\n   2. Envergure : 15 points\n2. Chargé de projet : 30 points\n3. Méthode : 50 points\n   1. Approche : 30 points\n   2. Échéancier : 20 points',
      '• Expérience : 20 points\n\n◦ Mandats : 10 points\n\n◦ Envergure : 10 points\n\n• Chargé de projet : 30 points\n\n◦ Années : 15 points\n\n◦ Mandats dirigés : 15 points\n\n• Méthode : 50 points\n\n◦ Approche : 30 points\n\n◦ Échéancier : 20 points',
    ])
      assert.deepEqual(names(`## Grille d’évaluation\n\n${body}`), expected, body);
    // Rows whose points do not group so, or that total 100 together, are each a criterion; a breakdown of one criterion is no grid.
    assert.deepEqual(
      names('## Grille d’évaluation\n\n| Critère | Points |\n|---|---|\n| Expérience | 20 |\n| Mandats | 10 |\n| Envergure | 10 |\n| Méthode | 60 |'),
      ['experience=20, mandats=10, envergure=10, methode=60'],
    );
    assert.deepEqual(
      names('## Grille d’évaluation\n\n| Critère | Points |\n|---|---|\n| Expérience | 30 |\n| Mandats | 10 |\n| Envergure | 20 |\n| Méthode | 60 |'),
      ['experience=30, mandats=10, envergure=20, methode=60'],
    );
    assert.deepEqual(grid(doc('## Grille d’évaluation\n\n| Critère | Sous-critère | Points |\n|---|---|---|\n| Expérience | Mandats | 10 |')).body, []);
  });

  it('reads a rating scale under the grid (the points each level earns, down to or up from 0) as no grid', () => {
    const criteria = '| Critère | Poids (%) |\n|---|---|\n| Expérience | 40 |\n| Méthode | 35 |\n| Équipe | 25 |';
    for (const scale of [
      '| Appréciation | Points |\n|---|---|\n| Excellent : dépasse les attentes | 100 |\n| Acceptable | 70 |\n| Insuffisant | 40 |\n| Nul | 0 |',
      '| Cote | Note |\n|---|---|\n| Très bon | 4 |\n| Bon | 3 |\n| Faible | 1 |\n| Aucune information | 0 |',
      '| Rating | Score |\n|---|---|\n| Not addressed | 0 |\n| Partly meets | 5 |\n| Meets | 8 |\n| Exceeds | 10 |',
    ])
      assert.deepEqual(summary(doc(`## Grille d’évaluation\n\n${criteria}\n\n${scale}`)), ['Expérience=40, Méthode=35, Équipe=25'], scale);
    // Weights that fall row by row but to no 0, or rise from a weight: a grid.
    assert.deepEqual(summary(doc('## Grille d’évaluation\n\n| Critère | Points |\n|---|---|\n| Méthode | 40 |\n| Expérience | 35 |\n| Équipe | 25 |')), [
      'Méthode=40, Expérience=35, Équipe=25',
    ]);
  });

  it('reads an annexe 1 grid without weights', () => {
    const [table] = grid(
      doc('## Grille d’évaluation\n\n| Critère | Niveau de performance acceptable |\n|---|---|\n| A | Deux mandats |\n| B | Cinq ans |'),
    ).body;
    assert.deepEqual(
      table.criteria.map((c) => [c.name, c.weight, c.description]),
      [
        ['A', undefined, 'Deux mandats'],
        ['B', undefined, 'Cinq ans'],
      ],
    );
  });

  it('reads the criteria named otherwise (factor, « facteur », rated requirement), past a first column that only numbers them', () => {
    const cases = [
      // A header that names the grid by its criteria's other name, under a heading that does not.
      '## 5.3 Basis of selection\n\n| Rated requirement | Weight |\n|---|---|\n| Experience | 50 |\n| Method | 50 |',
      '## Évaluation des offres\n\n| Facteurs d’évaluation | Pondération |\n|---|---|\n| Experience | 50 |\n| Method | 50 |',
      // The first column, named for the criteria too, only numbers them.
      '## Grille d’évaluation\n\n| Facteur | Facteur d’évaluation | Pondération |\n|---|---|---|\n| F-1 | Experience | 50 |\n| F-2 | Method | 50 |',
      '## Evaluation of the quality\n\n| Criterion | Description | Points |\n|---|---|---|\n| 1. | Experience | 50 |\n| 2. | Method | 50 |\n| | Total | 100 |',
    ];
    for (const body of cases) assert.deepEqual(summary(doc(body)), ['Experience=50, Method=50'], body);
    // Annexe 1, no weights: the factors and their acceptable level.
    const [table] = grid(
      doc(
        '## 7.2 Minimum quality\n\n| Factor | Evaluation factor | Acceptable level of performance |\n|---|---|---|\n| 1 | Experience | Two mandates |\n| 2 | Method | Five years |',
      ),
    ).body;
    assert.deepEqual(
      table?.criteria.map((c) => [c.name, c.description]),
      [
        ['Experience', 'Two mandates'],
        ['Method', 'Five years'],
      ],
    );
  });

  it('tells the weight, minimum and description columns apart', () => {
    const text = doc(
      '## Grille d’évaluation\n\n| Critère | Attentes minimales | Note minimale | Pondération |\n|---|---|---|---|\n| A | Deux mandats | 70 | 40 |\n| B | | | 60 |',
    );
    const [table] = grid(text).body;
    assert.deepEqual(
      table.criteria.map((c) => [c.name, c.description, c.minimum, c.weight]),
      [
        ['A', 'Deux mandats', 70, 40],
        ['B', undefined, undefined, 60],
      ],
    );
    assert.equal(table.unit, 'percent');
    const points = grid(doc('## Grille d’évaluation\n\n| Critère | Pointage maximal |\n|---|---|\n| A | 40 |'));
    assert.equal(points.body[0].unit, 'points');
  });

  it('does not take a scale of rating levels for the grid, before or after it, or alone beside the front-matter’s criteria', () => {
    // pandoc: a simple table of the points each level gives, then the grid as a grid table, in one section.
    const pandocScale = [
      '  Points  Performance',
      '--------  ---------------------------------------------------',
      '     100  Excellent: exceeds the acceptable level throughout',
      '      75  Good: meets the acceptable level in every respect',
      '      50  Weak: meets it in some respects',
      '       0  Nil: nothing on the criterion',
    ].join('\n');
    const pandocGrid = [
      '+--------------------+---------+',
      '| Criterion          | Weight  |',
      '+====================+=========+',
      '| Experience         | 40%     |',
      '+--------------------+---------+',
      '| Method             | 60%     |',
      '+--------------------+---------+',
    ].join('\n');
    assert.deepEqual(summary(doc(`## Quality evaluation grid\n\n${pandocScale}\n\n${pandocGrid}`)), ['Experience=40, Method=60']);
    // A pipe table of the levels after the grid, the points on the right.
    const pipeScale = [
      '| Appréciation | Points |',
      '|---|---|',
      '| Très bon : dépasse les attentes sur plusieurs aspects | 90 |',
      '| Satisfaisant : atteint le niveau acceptable | 70 |',
      '| Passable : n’atteint qu’en partie le niveau | 40 |',
      '| Nul : aucune information | 0 |',
    ].join('\n');
    const pipeGrid = '| Critère | Pondération |\n|---|---|\n| Expérience | 40 % |\n| Méthode | 60 % |';
    assert.deepEqual(summary(doc(`## Grille d’évaluation\n\n${pipeGrid}\n\n${pipeScale}`)), ['Expérience=40, Méthode=60']);
    // Levels that say how the criterion is met, and letters with their points (an English or a French scale).
    const meets = '| Rating | Points |\n|---|---|\n| Exceeds the requirement | 10 |\n| Meets the requirement | 7 |\n| Does not meet it | 0 |';
    const letters = '| Cote | Points |\n|---|---|\n| A | 100 |\n| B | 75 |\n| C | 50 |\n| D | 25 |\n| E | 0 |';
    const frontMatter = 'evaluation:\n  criteres:\n    - { nom: Expérience, poids: 40 }\n    - { nom: Méthode, poids: 60 }\n';
    for (const scale of [pandocScale, pipeScale, meets, letters]) {
      const {
        body,
        primary,
        frontMatter: criteria,
      } = grid(doc(`## Grille d’évaluation\n\nChaque critère est noté selon l’échelle suivante.\n\n${scale}`, frontMatter));
      assert.deepEqual(body, [], scale);
      assert.equal(primary, criteria, scale);
    }
  });

  it('still reads a grid whose criteria weigh less and less, named by letters or otherwise', () => {
    const cases = [
      '## Grille d’évaluation\n\n| Critère | Poids |\n|---|---|\n| A | 50 |\n| B | 30 |\n| C | 20 |',
      '## Grille d’évaluation\n\n| Critère | Points |\n|---|---|\n| Bonnes pratiques | 50 |\n| Méthode | 30 |\n| Équipe | 20 |',
    ];
    assert.deepEqual(summary(doc(cases[0])), ['A=50, B=30, C=20']);
    assert.deepEqual(summary(doc(cases[1])), ['Bonnes pratiques=50, Méthode=30, Équipe=20']);
  });

  it('compares the front-matter grid with a table', () => {
    const text = doc(
      '## Grille d’évaluation\n\n| Critère | Poids |\n|---|---|\n| Critère 1 – Expérience | 40 |\n| Méthodologie proposée | 60 |',
      'evaluation:\n  criteres:\n    - { nom: Expérience du soumissionnaire, poids: 40 }\n    - { nom: Méthodologie proposée, poids: 60 }\n',
    );
    const { frontMatter, body } = grid(text);
    assert.deepEqual(gridsAgree(frontMatter!, body[0]), { agree: true });
    const changed = grid(text.replace('| 60 |', '| 55 |'));
    assert.deepEqual(gridsAgree(changed.frontMatter!, changed.body[0]), { agree: false, index: 1 });
  });

  it('follows edits when blocks are re-used by the incremental parser', () => {
    const parser = new DocumentParser();
    const original = readExample('ao-services-professionnels-conforme.md');
    const first = evaluationGrid(parser.parse(original));
    const edited = original
      .replace('| Organisation et plan de travail | 15 |', '| Organisation et plan de travail | 25 |')
      .replace('## 1. Description', '## 1. Description détaillée');
    const second = evaluationGrid(parser.parse(edited));
    assert.equal(weightTotal(first.body[0]), 100);
    assert.equal(weightTotal(second.body[0]), 110);
    const shifted = edited.slice(second.body[0].criteria[0].range.start, second.body[0].criteria[0].range.end);
    assert.equal(shifted, '| Expérience du soumissionnaire | 20 |');
  });
});

describe('evaluation statements', () => {
  const values = (body: string, kind: Parameters<typeof evaluationStatements>[1]) => evaluationStatements(parseDocument(doc(body)), kind).map((s) => s.value);

  it('reads K in the usual wordings', () => {
    assert.deepEqual(values('Le paramètre K est de 20 %.', 'k'), [20]);
    assert.deepEqual(values('où K vaut 15 %', 'k'), [15]);
    assert.deepEqual(values('prix soumis / (1 + K × (note finale − 70) / 30), K étant fixé à 15 %.', 'k'), [15]);
    assert.deepEqual(values('K = 0,25', 'k'), [25]);
    assert.deepEqual(values('La valeur de K retenue : 30 %', 'k'), [30]);
    assert.deepEqual(values('La valeur du paramètre K est de [à compléter : valeur de K] %.', 'k'), [undefined]);
    assert.deepEqual(values('Pour le présent appel d’offres, le facteur K retenu est 25 %.', 'k'), [25]);
    assert.deepEqual(values('Le Ministère fixe K à 25 % pour le présent appel d’offres.', 'k'), [25]);
    assert.deepEqual(values('L’organisme établit le paramètre K à 0,20.', 'k'), [20]);
    // In the future or the conditional, as in the present: « K sera fixé à », "K will be set at", "K shall be".
    assert.deepEqual(values('où K sera fixé à 20 %.', 'k'), [20]);
    assert.deepEqual(values('Le facteur K sera établi à 25 % pour ce contrat.', 'k'), [25]);
    assert.deepEqual(values('For this call for tenders, K will be set at 20 %.', 'k'), [20]);
    assert.deepEqual(values('The value of K shall be 15 %.', 'k'), [15]);
    assert.deepEqual(values('prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30)', 'k'), []);
    // Other verbs than « être » and « valoir », a qualifier between K and its verb, the value as K's complement.
    assert.deepEqual(values('La valeur du paramètre K choisie par le Cégep pour cet appel s’établit à 15 %.', 'k'), [15]);
    assert.deepEqual(values('où K représente 30 %', 'k'), [30]);
    assert.deepEqual(values('Un coefficient K de 10 % s’applique au calcul du prix ajusté.', 'k'), [10]);
    assert.deepEqual(values('The value of K used for this call equals 20 %.', 'k'), [20]);
  });

  it('reads a value after its label set apart and closed by a dash, as after a colon', () => {
    assert.deepEqual(values('**Paramètre K** — 20 %.', 'k'), [20]);
    assert.deepEqual(values('**Value of K** – 15%', 'k'), [15]);
    assert.deepEqual(values('*Niveau de performance acceptable* — 70 points par critère.', 'acceptableLevel'), [70]);
    // In plain text, a dash after K opens what it is (an incise), not its value.
    assert.deepEqual(values('Annexe K — 3 pages au plus.', 'k'), []);
  });

  it('does not take other numbers for K, the scale or the acceptable level', () => {
    assert.deepEqual(values('Le formulaire figure à l’annexe K : 3 pages.', 'k'), []);
    assert.deepEqual(values('L’annexe K sera 2 pages au plus.', 'k'), []);
    assert.deepEqual(values('Le coefficient d’ajustement est établi à 1,15 pour une note de 85 points.', 'k'), []);
    assert.deepEqual(values('Le Ministère fixe la date de début du mandat K à 3 semaines après la signature.', 'k'), []);
    assert.deepEqual(values('Le lot K représente 40 pages de plans.', 'k'), []);
    assert.deepEqual(values('Le rendement du prestataire est évalué sur une échelle de 0 à 5.', 'scale'), []);
    assert.deepEqual(values('Niveau acceptable : 2 projets réalisés à 50 % ou plus.', 'acceptableLevel'), []);
    assert.deepEqual(values('Chaque critère est évalué sur une échelle de 0 à 100 points.', 'scale'), [100]);
    assert.deepEqual(values('Le niveau de performance acceptable correspond à 70 points.', 'acceptableLevel'), [70]);
  });

  it('reads the acceptable level and the final threshold with a qualifier or another verb', () => {
    assert.deepEqual(values("Le niveau de performance acceptable d'un critère correspond à 60 points.", 'acceptableLevel'), [60]);
    assert.deepEqual(values('Le niveau acceptable pour chaque critère est fixé à 70 points.', 'acceptableLevel'), [70]);
    // The English compound in French order (lexicon/compounds.ts).
    assert.deepEqual(values('The level of acceptable performance of each criterion corresponds to 65 points.', 'acceptableLevel'), [65]);
    assert.deepEqual(values("Le niveau de performance acceptable d'un critère est décrit à l'annexe B.", 'acceptableLevel'), []);
    assert.deepEqual(values('Une offre est acceptable si sa note finale atteint au moins 65 points.', 'finalThreshold'), [65]);
    assert.deepEqual(values('Est acceptable la soumission dont la note finale est de 70 points ou plus.', 'finalThreshold'), [70]);
    assert.deepEqual(values('La note finale est arrondie au centième.', 'finalThreshold'), []);
    // English, stated from below or as a minimum (audit 4).
    assert.deepEqual(values('A tender whose final quality score is below 65 points is not acceptable.', 'finalThreshold'), [65]);
    assert.deepEqual(values('Only tenders with a final score of a minimum of 70 points are acceptable.', 'finalThreshold'), [70]);
    assert.deepEqual(values('The final quality score is the sum of the weighted scores, out of 100 points.', 'finalThreshold'), []);
  });

  it('reads the final threshold in other words: the comparison after the number, « atteindre », the threshold named, the score’s other names', () => {
    const threshold = (text: string) => values(text, 'finalThreshold');
    // The comparison after the number, with a plain copula: « ou plus », « et plus », "or more", "or higher".
    assert.deepEqual(threshold('A bid with a final score of 60 or more is acceptable.'), [60]);
    assert.deepEqual(threshold('Une soumission est acceptable si sa note finale est de 65 points et plus.'), [65]);
    assert.deepEqual(threshold('Bids with a final score of sixty points or higher are acceptable.'), [60]);
    // Reaching the score, with or without « au moins », in a sentence on acceptability; the verb and its comparison.
    assert.deepEqual(threshold('Seules les soumissions dont la note finale atteint 65 points sont jugées acceptables.'), [65]);
    assert.deepEqual(threshold('A tender whose final score reaches 60 points is acceptable.'), [60]);
    assert.deepEqual(threshold('Une soumission dont la note finale égale ou dépasse 65 points est acceptable.'), [65]);
    assert.deepEqual(threshold('A bid is acceptable if its final score equals or exceeds 60 points.'), [60]);
    // The threshold named, its number after it.
    assert.deepEqual(threshold('Seuil de passage : 65 points.'), [65]);
    assert.deepEqual(threshold('Le seuil d’acceptabilité de la note finale est de 65 points.'), [65]);
    assert.deepEqual(threshold('La note finale minimale requise est de soixante-cinq points.'), [65]);
    assert.deepEqual(threshold('The pass mark is 60 points.'), [60]);
    assert.deepEqual(threshold('Minimum final quality score required: 60 points.'), [60]);
    assert.deepEqual(threshold('"Quality Threshold" means a final quality score of 60 points out of 100.'), [60]);
    // The number before the final score it bounds.
    assert.deepEqual(threshold('Le seuil de 65 points pour la note finale est maintenu.'), [65]);
    assert.deepEqual(threshold('Une soumission qui obtient au moins 65 points de note finale est acceptable.'), [65]);
    assert.deepEqual(threshold('A bid that scores 60 points or more on the final score is acceptable.'), [60]);
    // The final score's other names: « pointage final », "total quality score", a francophone's "final note".
    assert.deepEqual(threshold('Une soumission est acceptable si son pointage final est d’au moins 65 points.'), [65]);
    assert.deepEqual(threshold('A bid is acceptable if its total quality score is at least 60.'), [60]);
    assert.deepEqual(threshold('A soumission is acceptable if its final note is of at least 60 points.'), [60]);
  });

  it('does not take a criterion’s minimum, the acceptable level or an example’s score for the final threshold', () => {
    const threshold = (text: string) => values(text, 'finalThreshold');
    // Annexe 2, art. 5: a minimum of one criterion.
    assert.deepEqual(threshold('Un minimum de 70 points peut être exigé à l’égard de l’un ou l’autre des critères.'), []);
    assert.deepEqual(threshold('La note de passage de chaque critère est de 60 points.'), []);
    assert.deepEqual(threshold('A pass mark of 60 points applies to criterion 2.'), []);
    assert.deepEqual(threshold('Une soumission qui n’obtient pas au moins 70 points au critère 3 est rejetée, quelle que soit sa note finale.'), []);
    // Annexe 2, art. 4: the acceptable level.
    assert.deepEqual(threshold('Le niveau de performance acceptable est de 70 points; la note finale est la somme des notes pondérées.'), []);
    // A score an example reaches, even an acceptable bid's.
    assert.deepEqual(threshold('Exemple : une soumission acceptable dont la note finale atteint 85 points a un prix ajusté de 90 909 $.'), []);
    assert.deepEqual(threshold('Une soumission dont la note finale atteint 85 points obtient le contrat si son prix ajusté est le plus bas.'), []);
  });

  it('reads an acceptable level out of the criterion’s own points, or as a share of them', () => {
    const levels = (text: string) => evaluationStatements(parseDocument(doc(text)), 'acceptableLevel').map((s) => [s.value, s.outOf]);
    assert.deepEqual(levels('Critère 2 — Chargé de projet (niveau acceptable : 17,5 points sur 25).'), [[17.5, 25]]);
    assert.deepEqual(levels('Niveau de performance acceptable : 14 sur 20.'), [[14, 20]]);
    assert.deepEqual(levels('The acceptable performance level is 14 out of 20 points.'), [[14, 20]]);
    assert.deepEqual(levels('Le niveau de performance acceptable correspond à 70 points sur 100.'), [[70, undefined]]);
    assert.deepEqual(levels('Le niveau de performance acceptable correspond à 70 % des points du critère.'), [[70, undefined]]);
    assert.deepEqual(levels('Acceptable level: 60% of the points.'), [[60, undefined]]);
    assert.deepEqual(levels('Éléments requis pour le niveau de performance acceptable (70 %) :'), [[70, undefined]]);
    // A share of something else is what the level expects, not the level.
    assert.deepEqual(levels('Niveau acceptable : 80 % des livrables remis à temps.'), []);
  });

  it('recognises the annexe 2 formula however it is typeset', () => {
    assert.equal(values('prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30)', 'formula').length, 1);
    assert.equal(values('Coefficient = 1 + K (Note finale pour la qualité - 70) / 30', 'formula').length, 1);
    assert.equal(values('```\nNote finale pour la qualité - 70\n1 + K (______________)\n30\n```', 'formula').length, 1);
    assert.equal(values('Prix ajusté = (note finale + 50) × 10 000 / prix soumis', 'formula').length, 0);
  });
});

describe('evaluation grid written as a list', () => {
  const grid = (body: string) => evaluationGrid(parseDocument(`---\ntype: appel-offres\n---\n\n${body}\n`));

  it('reads list items "Critère n – nom (poids)" under a grid heading', () => {
    const { body, primary } = grid(
      '## Critères d’évaluation\n\n- Critère 1 – Expérience du soumissionnaire (20 %)\n- Critère 2 – Méthodologie proposée : 80 %\n  La méthodologie couvre toutes les étapes du mandat.\n- Note finale minimale : 70 points',
    );
    assert.equal(primary, body[0]);
    assert.equal(body[0].source, 'list');
    assert.deepEqual(
      body[0].criteria.map((c) => [c.name, c.weight, c.description]),
      [
        ['Expérience du soumissionnaire', 20, undefined],
        ['Méthodologie proposée', 80, 'La méthodologie couvre toutes les étapes du mandat.'],
      ],
    );
    assert.equal(body[0].unit, 'percent');
  });

  it('reads one heading per criterion, its section describing it', () => {
    const { body } = grid(
      '## Grille d’évaluation\n\n### Critère 1 : Expérience (40 points)\n\nTrois mandats comparables.\n\n### Critère 2 : Méthodologie (60 points)\n\nUne démarche complète.',
    );
    assert.deepEqual(
      body[0].criteria.map((c) => [c.name, c.weight, c.description]),
      [
        ['Expérience', 40, 'Trois mandats comparables.'],
        ['Méthodologie', 60, 'Une démarche complète.'],
      ],
    );
    assert.equal(body[0].unit, 'points');
  });

  it('reads a list announced as the criteria, with or without weights (annexe 1)', () => {
    const { body } = grid(
      '## Évaluation de la qualité\n\nLe comité évalue chaque proposition selon les critères suivants :\n\n- expérience du soumissionnaire en ergonomie;\n- Critère 2 – méthodologie d’intervention (40 %)\n\nUne proposition qui n’atteint pas le niveau acceptable est rejetée.',
    );
    assert.deepEqual(
      body[0].criteria.map((c) => [c.name, c.weight]),
      [
        ['expérience du soumissionnaire en ergonomie', undefined],
        ['méthodologie d’intervention', 40],
      ],
    );
    assert.deepEqual(grid('## Calendrier\n\nLes critères suivants :\n\n- A;\n- B.').body, []);
  });

  it('reads a grid headed by a passage whose label or run-in title names it, or by a label alone over its table', () => {
    const names = (body: string) => grid(body).body.map((g) => g.criteria.map((c) => c.name).join(', '));
    // A run-in title over an announced list, over weighted items, a colon label; a label alone over a table.
    assert.deepEqual(
      names(
        '## Modalités\n\n**Évaluation de la qualité.** Le comité évalue chaque proposition selon les critères suivants :\n\n- expérience;\n- méthodologie.',
      ),
      ['expérience, méthodologie'],
    );
    assert.deepEqual(
      names('## Modalités\n\n**Critères d’évaluation.** Le comité évalue les offres.\n\n- Critère 1 – Expérience (40 %)\n- Critère 2 – Méthodologie (60 %)'),
      ['Expérience, Méthodologie'],
    );
    assert.deepEqual(names('## Modalités\n\n**Grille d’évaluation :** le comité évalue les offres.\n\n- Expérience (40 %)\n- Méthodologie (60 %)'), [
      'Expérience, Méthodologie',
    ]);
    assert.deepEqual(
      names('## Modalités\n\nGrille d’évaluation :\n\n| No | Critère | Pondération |\n|---|---|---|\n| 1 | Expérience | 40 % |\n| 2 | Méthodologie | 60 % |'),
      ['Expérience, Méthodologie'],
    );
    // The run-in title after the clause's number, as a heading's after its number.
    assert.deepEqual(
      names(
        '## 6. Évaluation\n\n6.2 **Grille d’évaluation.** Chaque critère est noté sur 100.\n\n| Critère | Pondération |\n|---|---|\n| Expérience | 40 % |\n| Méthodologie | 60 % |',
      ),
      ['Expérience, Méthodologie'],
    );
    assert.deepEqual(
      names(
        '## Modalités\n\n4.3 **Criteria of selection.** The committee scores each tender.\n\n- Criterion 1 – Experience (40 %)\n- Criterion 2 – Approach (60 %)',
      ),
      ['Experience, Approach'],
    );
    // The clause's number in bold before a run-in title in italics (a clerk's « **22.** *Grille d'évaluation.* »), and a
    // title alone on its line, after its number or not, over the table or the list it heads.
    assert.deepEqual(
      names(
        '## Évaluation\n\n**22.** *Critères d’évaluation.* Le comité note chaque critère sur cent.\n\n| Critère | Pondération |\n|---|---|\n| Expérience | 40 % |\n| Méthodologie | 60 % |',
      ),
      ['Expérience, Méthodologie'],
    );
    assert.deepEqual(
      names(
        '## Évaluation\n\n**22.** *Grille d’évaluation.*\n\n| No | Critère | Pondération |\n|---|---|---|\n| 1 | Expérience | 40 % |\n| 2 | Méthodologie | 60 % |',
      ),
      ['Expérience, Méthodologie'],
    );
    assert.deepEqual(names('## Évaluation\n\nArt. 7 — Grille de pondération.\n\n| Critère | Points |\n|---|---|\n| Expérience | 40 |\n| Méthodologie | 60 |'), [
      'Expérience, Méthodologie',
    ]);
    assert.deepEqual(names('## Modalités\n\n*Criteria of selection*\n\n- Criterion 1 – Experience (40 %)\n- Criterion 2 – Approach (60 %)'), [
      'Experience, Approach',
    ]);
    // A short sentence that names the grid opens on its subject: no title of the table under it.
    assert.deepEqual(
      names(
        '## Modalités\n\nLe comité applique la grille d’évaluation.\n\n| Critère | Pondération |\n|---|---|\n| Expérience | 40 % |\n| Méthodologie | 60 % |',
      ),
      [],
    );
    // Other labels head no grid; the grid's ends at the next labelled passage.
    assert.deepEqual(
      names('## Modalités\n\n**Admissibilité.** Le soumissionnaire satisfait aux critères suivants :\n\n- un établissement au Québec;\n- une attestation.'),
      [],
    );
    assert.deepEqual(
      names('## Modalités\n\n**Échéancier :**\n\n| No | Critère | Pondération |\n|---|---|---|\n| 1 | Rapport | 40 % |\n| 2 | Paiement | 60 % |'),
      [],
    );
    assert.deepEqual(
      names('## Modalités\n\n**Critères d’évaluation.** Voir l’annexe.\n\n**Paiement.** Selon l’échéancier.\n\n- Livraison (20 %)\n- Paiement final (80 %)'),
      [],
    );
    assert.deepEqual(
      names(
        '## Modalités\n\n5.1 **Critères d’évaluation.** Voir l’annexe.\n\n5.2 **Paiement.** Selon l’échéancier.\n\n- Livraison (20 %)\n- Paiement final (80 %)',
      ),
      [],
    );
  });

  it('reads a table under a sentence that names the grid and points to what follows, whatever its title', () => {
    const names = (body: string) => grid(doc(body)).body.map((g) => g.criteria.map((c) => `${c.name}=${c.weight}`).join(', '));
    const table = '| Critère | Pondération |\n|---|---|\n| Expérience | 40 % |\n| Méthode | 60 % |';
    // Under a question, a title naming something else: the sentence, first or not in its passage, says the table is the grid.
    assert.deepEqual(
      names(
        `## Comment les offres sont-elles comparées?\n\nLe comité note chaque offre selon la grille de pondération suivante. Le seuil est de 70 points.\n\n${table}`,
      ),
      ['Expérience=40, Méthode=60'],
    );
    assert.deepEqual(names(`## Modalités\n\nLe comité de sélection se réunit une fois; les critères d’évaluation ci-après s’appliquent.\n\n${table}`), [
      'Expérience=40, Méthode=60',
    ]);
    assert.deepEqual(
      names(
        '## How will my proposal be judged?\n\nProposals are scored using the evaluation criteria below.\n\n| Criterion | Weight |\n|---|---|\n| Experience | 40 |\n| Approach | 60 |',
      ),
      ['Experience=40, Approach=60'],
    );
    // The passage read as a list's entry (a lettered answer, « R\\. » as a converter escapes it, « - »).
    assert.deepEqual(names(`## Quelle grille?\n\nR\\. Selon la grille d’évaluation ci\\-dessous\\.\n\n${table}`), ['Expérience=40, Méthode=60']);
    assert.deepEqual(names(`## Évaluation\n\n- Les critères d’évaluation suivants s’appliquent :\n\n${table}`), ['Expérience=40, Méthode=60']);
    // A pointer to another table, or the grid named without pointing to what follows: no grid.
    assert.deepEqual(names(`## Échéancier\n\n- Les versements suivent le calendrier ci-dessous.\n\n${table}`), []);
    assert.deepEqual(names(`## Échéancier\n\nLes versements suivent le calendrier ci-dessous.\n\n${table}`), []);
    assert.deepEqual(names(`## Échéancier\n\nLa grille d’évaluation figure à l’annexe B.\n\n${table}`), []);
  });

  it('reads a table by its columns, and a list by the passage announcing the criteria, under a heading that is a number alone', () => {
    const names = (body: string) => grid(doc(body)).body.map((g) => g.criteria.map((c) => `${c.name}=${c.weight}`).join(', '));
    // Columns naming the criteria and their weights.
    assert.deepEqual(names('## Article 12\n\n| Critère | Pondération |\n|---|---|\n| Expérience | 40 % |\n| Méthode | 60 % |'), ['Expérience=40, Méthode=60']);
    assert.deepEqual(names('### 6.2\n\n| No | Criterion | Points |\n|---|---|---|\n| 1 | Experience | 40 |\n| 2 | Approach | 60 |'), [
      'Experience=40, Approach=60',
    ]);
    assert.deepEqual(names('## Annexe C\n\n| Critères | Poids |\n|---|---|\n| Expérience | 50 |\n| Méthode | 50 |'), ['Expérience=50, Méthode=50']);
    // A passage announcing the evaluation's criteria, under a number or a title that names something else.
    assert.deepEqual(names('## 7.\n\nLes propositions sont évaluées selon les critères suivants :\n\n- expérience;\n- méthodologie.'), [
      'expérience=undefined, méthodologie=undefined',
    ]);
    assert.deepEqual(names('## Modalités\n\nChaque offre est évaluée en fonction des critères suivants :\n\n- expérience;\n- approche.'), [
      'expérience=undefined, approche=undefined',
    ]);
    // Columns that do not name both, a title that names something else, criteria that are not the evaluation's.
    assert.deepEqual(names('## Article 12\n\n| Critère d’admissibilité | Exigence |\n|---|---|\n| Établissement | Au Québec |'), []);
    assert.deepEqual(names('## Article 12\n\n| Description | Points |\n|---|---|\n| Rapport | 40 |\n| Paiement | 60 |'), []);
    assert.deepEqual(names('## Échéancier\n\n| Critère | Pondération |\n|---|---|\n| Rapport | 40 % |\n| Paiement | 60 % |'), []);
    assert.deepEqual(names('## 3.\n\nLe soumissionnaire doit satisfaire aux critères suivants :\n\n- un établissement au Québec;\n- une licence.'), []);
    // A criterion's minimum is a grid's column too; lines that name themselves criteria with their weights.
    assert.deepEqual(names('### 4.3\n\n| Critère | Note minimale |\n|---|---|\n| Expertise | 70 |'), ['Expertise=undefined']);
    // Annexe 1's grid, without weights: the criteria and their acceptable level of performance.
    assert.deepEqual(names('## Article 6\n\n| Critères | Niveau acceptable |\n|---|---|\n| Expérience | Trois mandats |\n| Équipe | Un chargé de projet |'), [
      'Expérience=undefined, Équipe=undefined',
    ]);
    assert.deepEqual(names('### 8.1\n\n| Criterion | Acceptable level of performance |\n|---|---|\n| Experience | Two contracts |'), ['Experience=undefined']);
    // A column that describes without saying the level is acceptable: no grid.
    assert.deepEqual(names('## Article 6\n\n| Critère | Description |\n|---|---|\n| Établissement | Au Québec |'), []);
    assert.deepEqual(names('## Article 9\n\nLe comité évalue les offres.\n\n- Critère 1 – Expérience (40 %)\n- Critère 2 – Méthode (60 %)'), [
      'Expérience=40, Méthode=60',
    ]);
    assert.deepEqual(names('## Article 9\n\n- Livraison du rapport (40 %)\n- Paiement final (60 %)'), []);
  });

  it('reads criteria written as paragraphs, the weight closing the criterion’s name and more sentences after it', () => {
    const names = (body: string) => grid(body).body.map((g) => `${g.unit}: ${g.criteria.map((c) => `${c.name}=${c.weight}`).join(', ')}`);
    // Numbered clauses under a title typed as a line, in English; « Critère n » paragraphs under a grid heading.
    assert.deepEqual(
      names(
        'Part 10\n\n10.2 Criteria and weighting\n\n10.2.1 The committee shall evaluate each tender on the following criteria:\n\n10.2.1.1 Criterion 1 — Experience of the firm: 40%. The acceptable level is reached where the firm shows five mandates.\n\n10.2.1.2 Criterion 2 — Approach: 60%. The acceptable level is reached where the plan is complete.',
      ),
      ['percent: Experience of the firm=40, Approach=60'],
    );
    assert.deepEqual(
      names(
        '## Grille d’évaluation\n\nCritère 1 — Expérience : 40 %. Le niveau acceptable est atteint avec trois mandats.\n\nCritère 2 — Méthodologie : 60 %. Le niveau acceptable est atteint si le plan est complet.',
      ),
      ['percent: Expérience=40, Méthodologie=60'],
    );
    // The first sentence wrapped over lines.
    assert.deepEqual(
      names(
        '## Grille d’évaluation\n\nCritère 1 — Expérience du\nsoumissionnaire : 40 %. Le niveau\nacceptable est atteint.\n\nCritère 2 — Méthode :\n60 %. Le plan est complet.',
      ),
      ['percent: Expérience du soumissionnaire=40, Méthode=60'],
    );
    // In points, under a heading that is a number alone; the weight after the word that names it.
    assert.deepEqual(
      names('### 6.2\n\nCritère 1 — Expérience : 40 points. Trois mandats comparables.\n\nCritère 2 — Méthode : 60 points. Une démarche complète.'),
      ['points: Expérience=40, Méthode=60'],
    );
    assert.deepEqual(
      names(
        '## Critères d’évaluation\n\nCritère 1 — Expérience, pondération de 40 %. Le niveau acceptable est atteint avec trois mandats.\n\nCritère 2 — Méthodologie (pondération : 60 %). Le comité évalue le plan.',
      ),
      ['percent: Expérience=40, Méthodologie=60'],
    );
    assert.deepEqual(names('## Evaluation criteria\n\n- Experience, weighting of 40%\n- Approach, weight 60%'), ['percent: Experience=40, Approach=60']);
    // Paragraphs outside a grid section, a weight the sentence does not set apart from its name: no criterion.
    assert.deepEqual(names('## Paiement\n\nAcompte : 40 %. Payé à la signature.\n\nSolde : 60 %. Payé à la fin du mandat.'), []);
    assert.deepEqual(names('## Grille d’évaluation\n\nLe prix compte pour 30 %. La qualité compte pour 70 %.\n\nLe comité se réunit une fois.'), []);
  });

  it('reads criteria enumerated within a sentence, each with its weight, under a grid title or announced by the sentence', () => {
    const names = (body: string) =>
      grid(body).body.map((g) => `${g.unit}: ${g.criteria.map((c) => `${c.name}=${c.weight}${c.description ? ` (${c.description})` : ''}`).join(', ')}`);
    // Announced by the sentence, under a title that names something else; the weight in brackets, a description after it.
    assert.deepEqual(
      names(
        '## 5. Modalités\n\nLe comité de sélection évaluera chaque offre selon les critères suivants : a) l’expérience du soumissionnaire (pondération : 40 %), trois mandats comparables étant exigés; b) la méthode proposée (pondération : 35 %); et c) l’équipe (pondération : 25 %).',
      ),
      ['percent: l’expérience du soumissionnaire=40 (trois mandats comparables étant exigés), la méthode proposée=35, l’équipe=25'],
    );
    // In English, marks in brackets, the weight in points or after a colon; under a grid title, the sentence announcing nothing.
    assert.deepEqual(
      names(
        '## Evaluation grid\n\nThe committee will consider: (a) the experience of the firm (weight: 30%) — at least three mandates; (b) the approach (weight: 30%); (c) the team (weight: 40%).',
      ),
      ['percent: the experience of the firm=30 (at least three mandates), the approach=30, the team=40'],
    );
    assert.deepEqual(
      names(
        '## 6.2\n\nThe evaluation criteria are as follows: 1) understanding of the mandate (20 points); 2) experience of the project manager (50 points); 3) methodology (30 points).',
      ),
      ['points: understanding of the mandate=20, experience of the project manager=50, methodology=30'],
    );
    // Numbered « 1° », wrapped over lines.
    assert.deepEqual(
      names(
        '## Grille d’évaluation\n\nLes soumissions seront notées ainsi : 1° expérience de la firme\n(40 points); 2° compétence du chargé\nde projet (60 points).',
      ),
      ['points: expérience de la firme=40, compétence du chargé de projet=60'],
    );
    // A text in capitals marks its entries in capitals.
    assert.deepEqual(names('## GRILLE D’ÉVALUATION\n\nLES CRITÈRES SONT : A) L’EXPÉRIENCE (40 %); B) LA MÉTHODE (60 %).'), [
      'percent: L’EXPÉRIENCE=40, LA MÉTHODE=60',
    ]);
    // Other enumerations with percentages: payments, tasks, admissibility; an entry without a weight; marks out of sequence.
    assert.deepEqual(names('## Paiement\n\nLe prix sera versé ainsi : a) un acompte (30 %); b) le solde à la fin du mandat (70 %).'), []);
    assert.deepEqual(names('## Grille d’évaluation\n\nLes critères sont les suivants : a) l’expérience (40 %); b) la méthode; c) l’équipe (20 %).'), []);
    assert.deepEqual(names('## Grille d’évaluation\n\nLes critères sont : a) l’expérience (40 %); c) la méthode (60 %).'), []);
  });

  it('reads a weight given as a labelled field after the criterion’s name, out of 100 or not, and a minimum after it', () => {
    const read = (body: string) => grid(body).body.map((g) => `${g.unit}: ${g.criteria.map((c) => `${c.name}=${c.weight}/${c.minimum ?? '-'}`).join(', ')}`);
    // List items, the weight « sur 100 », a minimum field after it.
    assert.deepEqual(
      read(
        '## Critères d’évaluation\n\n- Critère 1 : Expérience de la firme — pondération : 40 points sur 100\n- Critère 2 : Méthodologie — pondération : 60 points sur 100 — note minimale : 70 sur 100',
      ),
      ['points: Expérience de la firme=40/-, Méthodologie=60/70'],
    );
    // Headings, « pondération de N points sur 100 », a minimum in points after a semicolon.
    assert.deepEqual(
      read(
        '## Grille d’évaluation\n\n### Critère 1 — Compréhension du mandat — pondération de 35 points sur 100\n\nLe comité évalue la compréhension des enjeux.\n\n### Critère 2 — Équipe proposée — pondération de 65 points sur 100; seuil minimal : 70 points\n\nLe comité évalue les curriculum vitæ.',
      ),
      ['points: Compréhension du mandat=35/-, Équipe proposée=65/70'],
    );
    // In English, without « Critère n », and in percent.
    assert.deepEqual(
      read(
        '## Evaluation criteria\n\n- Understanding of the needs — weight: 20 points out of 100\n- Work plan — weight: 80 points out of 100 — minimum score required: 70 out of 100',
      ),
      ['points: Understanding of the needs=20/-, Work plan=80/70'],
    );
    assert.deepEqual(read('## Evaluation grid\n\n1. Capacity — weighting: 45 % — minimum: 70 points\n2. Approach — weighting: 55 %'), [
      'percent: Capacity=45/70, Approach=55/-',
    ]);
    // Wrapped over lines; paragraphs whose first sentence closes on the fields, more sentences after it.
    assert.deepEqual(
      read(
        '## Grille d’évaluation\n\n- Critère 1 — Expérience de la\n  firme — poids : 40 points sur\n  100\n- Critère 2 — Méthode — poids : 60\n  points sur 100 — note minimale :\n  70 sur 100',
      ),
      ['points: Expérience de la firme=40/-, Méthode=60/70'],
    );
    assert.deepEqual(
      read(
        '## Grille d’évaluation\n\nCritère 1 — Expérience — pondération : 40 points sur 100. Trois mandats comparables.\n\nCritère 2 — Méthode — pondération : 60 points sur 100 — note minimale exigée : 70 sur 100. Un plan complet.',
      ),
      ['points: Expérience=40/-, Méthode=60/70'],
    );
    // Dashes typed as hyphens, as pandoc writes « – » and « — » (« -- », « --- ») or a typist « - ».
    assert.deepEqual(
      read(
        '## Grille d’évaluation\n\n- Critère 1 --- Expérience --- pondération : 40 points sur 100\n- Critère 2 --- Méthode --- pondération : 60 points sur 100 --- note minimale exigée : 70 sur 100',
      ),
      ['points: Expérience=40/-, Méthode=60/70'],
    );
    assert.deepEqual(read('## Evaluation grid\n\n1. Capacity -- weighting: 45 % -- minimum: 70 points\n2. Approach - weighting: 55 % - minimum: 60 points'), [
      'percent: Capacity=45/70, Approach=55/60',
    ]);
    // A name that speaks of a minimum, with no weight before it, is the criterion’s.
    assert.deepEqual(read('## Grille d’évaluation\n\n- Critère 1 — Score minimal de satisfaction visé (30 %)\n- Critère 2 — Gestion du risque (70 %)'), [
      'percent: Score minimal de satisfaction visé=30/-, Gestion du risque=70/-',
    ]);
  });

  it('reads the sub-items of a criterion’s list item as its description', () => {
    const { body } = grid(
      '## Grille d’évaluation\n\n1. Critère 1 — Expérience (40 %)\n   - Éléments : trois mandats comparables.\n   - Niveau acceptable : deux mandats terminés.\n2. Critère 2 — Méthode (60 %)\n   - Éléments : un plan de travail.',
    );
    assert.deepEqual(
      body[0].criteria.map((c) => [c.name, c.description]),
      [
        ['Expérience', 'Éléments : trois mandats comparables.\nNiveau acceptable : deux mandats terminés.'],
        ['Méthode', 'Éléments : un plan de travail.'],
      ],
    );
  });

  it('reads the entries of a lower rank typed after a criterion’s entry as its description, French and English', () => {
    const described = (text: string) => grid(text).body[0]?.criteria.map((c) => [c.name, c.weight, c.description]);
    // A paste from Word: each entry a paragraph at the margin, the nested ones with their own mark (Word's « o » and a tab).
    assert.deepEqual(
      described(
        '## Grille d’évaluation\n\n• Critère 1 — Expérience (30 %)\n\n◦ Éléments évalués : les mandats comparables.\n\n◦ Niveau acceptable : deux mandats terminés.\n\n• Critère 2 — Méthode (70 %)\n\n◦ Niveau acceptable : un plan de travail complet.',
      ),
      [
        ['Expérience', 30, 'Éléments évalués : les mandats comparables.\nNiveau acceptable : deux mandats terminés.'],
        ['Méthode', 70, 'Niveau acceptable : un plan de travail complet.'],
      ],
    );
    assert.deepEqual(
      described(
        '## Grille d’évaluation\n\n☐ **Critère 1 — Expérience — pondération : 40 points sur 100**\n\n– Niveau acceptable : deux mandats.\n\n– Éléments évalués : les références.\n\n☐ **Critère 2 — Équipe — pondération : 60 points sur 100**\n\n– Niveau acceptable : un chargé de projet.',
      ),
      [
        ['Expérience', 40, 'Niveau acceptable : deux mandats.\nÉléments évalués : les références.'],
        ['Équipe', 60, 'Niveau acceptable : un chargé de projet.'],
      ],
    );
    assert.deepEqual(
      described(
        '## Evaluation grid\n\n▪ Criterion 1 — Experience (weight: 45%)\n\no\tAcceptable level: three comparable mandates.\n\n▪ Criterion 2 — Approach (weight: 55%)\n\no\tAcceptable level: a complete work plan.\n\no\tElements assessed: the schedule.',
      ),
      [
        ['Experience', 45, 'Acceptable level: three comparable mandates.'],
        ['Approach', 55, 'Acceptable level: a complete work plan.\nElements assessed: the schedule.'],
      ],
    );
    // A list item's typed entries after its list, at the margin.
    assert.deepEqual(
      described('## Grille d’évaluation\n\n- Critère 1 — Expérience (30 %)\n\n◦ Niveau acceptable : deux mandats.\n\n- Critère 2 — Méthode (70 %)'),
      [
        ['Expérience', 30, 'Niveau acceptable : deux mandats.'],
        ['Méthode', 70, undefined],
      ],
    );
  });

  it('reads entries of a criterion’s own mark after it as the next criteria or passages, not its description', () => {
    const described = (text: string) => grid(text).body[0]?.criteria.map((c) => [c.name, c.description]);
    assert.deepEqual(
      described('## Grille d’évaluation\n\n• Critère 1 — Expérience (40 %)\n\n• Niveau acceptable : deux mandats.\n\n• Critère 2 — Méthode (60 %)'),
      [
        ['Expérience', undefined],
        ['Méthode', undefined],
      ],
    );
    assert.deepEqual(
      described('## Evaluation grid\n\na) Experience (40%)\n\nb) Acceptable level: two mandates.\n\nc) Approach (60%)\n\nThe committee scores each criterion.'),
      [
        ['Experience', undefined],
        ['Approach', undefined],
      ],
    );
  });

  it('reads a criterion’s weight after a leader, as a typist sets it apart: dots, ellipses, middle dots, a tab, wrapped or not', () => {
    const lines = (leader: (weight: number) => string) =>
      grid(
        doc(`## Grille d’évaluation\n\na) Expérience de la firme${leader(25)}\n\nb) Chargé de projet${leader(35)}\n\nc) Méthodologie${leader(40)}`),
      ).body.map((table) => table.criteria.map((c) => `${c.name}=${c.weight}`).join(', '));
    for (const leader of [
      (weight: number) => ` ........................ ${weight} points`,
      (weight: number) => `…… ${weight} pts`,
      (weight: number) => ` · · · · · · ${weight} %`,
      (weight: number) => `\t${weight} points`,
      (weight: number) => `\n   ........................ ${weight} points`,
    ])
      assert.deepEqual(lines(leader), ['Expérience de la firme=25, Chargé de projet=35, Méthodologie=40'], JSON.stringify(leader(25)));
    // A table of contents' page numbers, a clause's number: no leader before a weight.
    assert.deepEqual(grid(doc('## Grille d’évaluation\n\nExpérience ........ 12\n\nMéthode ........ 14\n\nÉquipe ........ 16')).body, []);
    assert.deepEqual(summary(doc('## Grille d’évaluation\n\n- 2.1 Expérience : 40 %\n- 2.2 Méthode : 60 %')), ['Expérience=40, Méthode=60']);
  });

  it('reads entries whose weights total 100 as the grid under a title that names the evaluation without naming the grid', () => {
    const entries = 'a) Expérience de la firme : 25 points\n\nb) Chargé de projet : 35 points\n\nc) Méthodologie : 40 points';
    for (const heading of ['IV. ÉVALUATION DES SOUMISSIONS', '## Évaluation des soumissions', '## 4. Évaluation et adjudication'])
      for (const intro of ['', '1. Les soumissions sont évaluées selon les critères suivants :\n\n'])
        assert.deepEqual(
          summary(doc(`${heading}\n\n${intro}${entries}`)),
          ['Expérience de la firme=25, Chargé de projet=35, Méthodologie=40'],
          heading + intro,
        );
    // Two weighted entries are no grid by their shape: the title does not name it.
    assert.deepEqual(grid(doc('## Évaluation des soumissions\n\na) Expérience : 50 points\n\nb) Méthode : 50 points')).body, []);
  });

  it('reads roman numerals typed after a criterion’s lettered entry as its description, by their sequence: « i) » after « h) » is a letter', () => {
    const described = (text: string) => grid(doc(text)).body[0]?.criteria.map((c) => [c.name, c.description]);
    assert.deepEqual(
      described(
        '## Grille d’évaluation\n\na) Expérience du soumissionnaire : 40 points\n\ni) mandats comparables;\n\nii) niveau acceptable : deux mandats.\n\nb) Équipe : 30 points\n\ni) curriculum vitæ;\n\nii) années d’expérience;\n\niii) niveau acceptable : un chargé de projet.\n\nc) Méthodologie : 30 points\n\ni) niveau acceptable : un plan complet.',
      ),
      [
        ['Expérience du soumissionnaire', 'mandats comparables;\nniveau acceptable : deux mandats.'],
        ['Équipe', 'curriculum vitæ;\nannées d’expérience;\nniveau acceptable : un chargé de projet.'],
        ['Méthodologie', 'niveau acceptable : un plan complet.'],
      ],
    );
    // English, the marks in parentheses, wrapped lines indented.
    assert.deepEqual(
      described(
        '## Evaluation grid\n\n(a) Experience (60%)\n\n(i) comparable mandates\n   in the last five years;\n\n(ii) acceptable level: two mandates.\n\n(b) Approach (40%)\n\n(i) acceptable level: a work plan.',
      ),
      [
        ['Experience', 'comparable mandates\nin the last five years;\nacceptable level: two mandates.'],
        ['Approach', 'acceptable level: a work plan.'],
      ],
    );
    const lettered = 'abcdefghi'.split('').map((letter) => `${letter}) Critère ${letter} : ${letter === 'i' ? 20 : 10} points`);
    assert.deepEqual(
      described(`## Grille d’évaluation\n\n${lettered.join('\n\n')}`)?.map(([name, description]) => `${name}${description ? ` (${description})` : ''}`),
      lettered.map((line) => line.slice(3).replace(/ : .*/, '')),
    );
  });

  it('ignores such lists outside a grid section, single items, and sections that have a table', () => {
    assert.deepEqual(grid('## Échéancier\n\n- Livraison du rapport (20 %)\n- Paiement final (80 %)').body, []);
    assert.deepEqual(grid('## Grille d’évaluation\n\n- Expérience (100 %)').body, []);
    const withTable = grid('## Grille d’évaluation\n\n| Critère | Poids |\n|---|---|\n| A | 50 |\n| B | 50 |\n\n- A (50 %)\n- B (50 %)');
    assert.deepEqual(
      withTable.body.map((g) => g.source),
      ['table'],
    );
  });
});
