import { ruleTester } from '../ruleTester.js';
import { GRID, tender } from './tenderDocument.js';

const table = (...rows: string[]) => ['## Grille d’évaluation', '', '| Critère | Poids (%) |', '|---|---|', ...rows].join('\n');
const describedGrid = (rows: string[], names: string[]) =>
  `${table(...rows)}\n\n${names.map((name) => `- ${name} : éléments de qualité requis décrits en détail pour ce critère.`).join('\n')}`;
/** A separate table of the acceptable levels (annexe 2, art. 2), under the grid's section. */
const LEVELS_TABLE = (...rows: string[]) => ['| Critère | Niveau de performance acceptable |', '|---|---|', ...rows].join('\n');
/** A bilingual grid numbering its rows (« N° | Critère | Criterion | Pondération / Weight »), and its levels' table keyed by those numbers. */
const NUMBERED_GRID = (...numbers: string[]) =>
  [
    '## Grille d’évaluation',
    '',
    '| N° | Critère | Criterion | Pondération / Weight |',
    '|---|---|---|---|',
    ...[
      ['Expérience du soumissionnaire', 'Experience of the bidder', 30],
      ['Expertise du chargé de projet', 'Expertise of the project lead', 30],
      ['Méthodologie proposée', 'Proposed methodology', 40],
    ].map(([fr, en, weight], index) => `| ${numbers[index]} | ${fr} | ${en} | ${weight} % |`),
  ].join('\n');
const NUMBERED_LEVELS = (...numbers: string[]) =>
  [
    '## Niveau de performance acceptable / Acceptable performance level',
    '',
    '| N° | Niveau de performance acceptable | Acceptable performance level |',
    '|---|---|---|',
    ...numbers.map((number) => `| ${number} | Deux mandats comparables depuis cinq ans. | Two comparable mandates in the last five years. |`),
  ].join('\n');
/** A grid whose rows an identifier column keys (« ID », « Code »), the criteria named in full. */
const IDENTIFIED_GRID = (header: string, ids: readonly string[]) =>
  [
    '## Grille d’évaluation',
    '',
    header,
    '|---|---|---|',
    ...['Expérience du soumissionnaire en mandats comparables', 'Expertise et expérience du chargé de projet', 'Méthodologie et plan de travail'].map(
      (name, index) => `| ${ids[index]} | ${name} | ${[30, 30, 40][index]} |`,
    ),
  ].join('\n');
const criteria = (...items: string[]) =>
  `\n  k: 20\n  comite: { secretaire: true, membres: 3 }\n  criteres:\n${items.map((item) => `    - ${item}`).join('\n')}`;

/** A scale of rating levels: the points each level gives a criterion (« Appréciation | Points », pipe), not criteria. */
const PIPE_SCALE = [
  'Chaque critère est noté selon l’échelle suivante :',
  '',
  '| Appréciation | Points |',
  '|---|---|',
  '| Excellent : dépasse nettement les attentes | 100 |',
  '| Plus qu’acceptable : dépasse les attentes sur certains aspects | 85 |',
  '| Acceptable : atteint le niveau de performance acceptable | 70 |',
  '| Insuffisant : n’atteint pas le niveau acceptable | 50 |',
  '| Nul : aucune information | 0 |',
].join('\n');
/** The same kind of scale as pandoc writes it in English: a simple table, the points first. */
const PANDOC_SCALE = [
  '  Points  Performance',
  '--------  ------------------------------------------------',
  '     100  Outstanding: exceeds the acceptable level throughout',
  '      80  Very good: exceeds it in several respects',
  '      70  Satisfactory: meets the acceptable level',
  '      30  Poor: falls short of it',
  '       0  None: no information',
].join('\n');

/**
 * A grid typed by hand as an outline: each criterion a lettered entry, its points after a dot leader, described by the
 * roman entries under it (« i) », « ii) »…), the last its acceptable level; each entry a paragraph at the margin.
 */
const TYPED_OUTLINE = (...criteria: [string, number, string[]][]) =>
  [
    'ANNEXE 2 – GRILLE D’ÉVALUATION DE LA QUALITÉ',
    '',
    'Chaque critère est évalué sur une échelle de 0 à 100 points; le niveau de performance acceptable correspond à 70 points.',
    '',
    ...criteria.flatMap(([name, points, entries], index) => [
      `${String.fromCharCode(97 + index)}) ${name} ........................ ${points} points`,
      '',
      ...entries.flatMap((entry, rank) => [`${['i', 'ii', 'iii', 'iv'][rank]}) ${entry}`, '']),
    ]),
  ]
    .join('\n')
    .trimEnd();

ruleTester('evaluation-grid-consistency', {
  valid: [
    { name: 'body table only', code: tender() },
    {
      name: 'front-matter criteria and, in the body, only the scale of rating levels they are scored by',
      code: tender(
        {
          evaluation: criteria(
            '{ nom: Expérience du soumissionnaire, poids: 30 }',
            '{ nom: Expertise du chargé de projet, poids: 30 }',
            '{ nom: Méthodologie proposée, poids: 40 }',
          ),
        },
        { grid: `## Grille d’évaluation\n\n${PIPE_SCALE}` },
      ),
    },
    {
      name: 'front-matter criteria, a pandoc scale before the body grid that repeats them (English)',
      code: tender(
        {
          evaluation: criteria(
            '{ nom: Expérience du soumissionnaire, poids: 30 }',
            '{ nom: Expertise du chargé de projet, poids: 30 }',
            '{ nom: Méthodologie proposée, poids: 40 }',
          ),
        },
        { grid: GRID.replace('## Grille d’évaluation\n', `## Grille d’évaluation\n\n${PANDOC_SCALE}\n`) },
      ),
      settings: { locale: 'en' },
    },
    {
      name: 'front-matter and table agree (names abbreviated in the table)',
      code: tender({
        evaluation: criteria(
          '{ nom: Expérience du soumissionnaire, poids: 30 }',
          '{ nom: Expertise du chargé de projet, poids: 30 }',
          '{ nom: Méthodologie proposée, poids: 40 }',
        ),
      }),
    },
    {
      name: 'front-matter only',
      code: tender({ evaluation: criteria('{ nom: A1, poids: 30 }', '{ nom: B1, poids: 30 }', '{ nom: C1, poids: 40 }') }, { grid: null }),
    },
    {
      name: 'front-matter and a table of the acceptable levels naming the criteria in short',
      code: tender(
        {
          evaluation: criteria(
            '{ nom: Expérience du soumissionnaire, poids: 30 }',
            '{ nom: Expérience et expertise de la chargée ou du chargé de projet, poids: 30 }',
            '{ nom: Méthodologie proposée, poids: 40 }',
          ),
        },
        {
          grid: `## Évaluation de la qualité\n\n${LEVELS_TABLE('| 1. Expérience du soumissionnaire | Deux mandats comparables depuis cinq ans. |', '| 2. Chargée ou chargé de projet | Huit années d’expérience en gestion de collections. |', '| 3. Méthodologie | Une démarche qui couvre l’inventaire et le catalogage. |')}`,
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'a weight differs: error on the front-matter criterion, related location on the table row',
      code: tender({
        evaluation: criteria(
          '{ nom: Expérience du soumissionnaire, poids: 30 }',
          '{ nom: Expertise du chargé de projet, poids: 35 }',
          '{ nom: Méthodologie proposée, poids: 35 }',
        ),
      }),
      errors: [{ line: 18, column: 7, messageId: 'gridsDiffer', severity: 'error', message: /critère 2 .*35.*30/ }],
      output: null,
    },
    {
      name: 'a criterion of the table is another one than the front-matter’s',
      code: tender(
        {
          evaluation: criteria(
            '{ nom: Expérience du soumissionnaire, poids: 30 }',
            '{ nom: Expertise du chargé de projet, poids: 30 }',
            '{ nom: Méthodologie proposée, poids: 40 }',
          ),
        },
        { grid: GRID.replace('| Expertise du chargé de projet | 30 |', '| Qualité de la relève | 30 |') },
      ),
      errors: [{ line: 18, message: /critère 2 .*Qualité de la relève/ }],
    },
    {
      name: 'the table has one criterion more',
      code: tender({ evaluation: criteria('{ nom: Expérience du soumissionnaire, poids: 30 }', '{ nom: Expertise du chargé de projet, poids: 30 }') }),
      errors: [{ message: /critère 3 : \(aucun\) dans l'en-tête, « Méthodologie proposée » \(40\)/ }],
    },
  ],
});

ruleTester('annex2-minimum-criteria', {
  valid: [
    { name: 'three criteria in a body table', code: tender() },
    { name: 'price only: no grid needed', code: tender({ adjudication: 'prix', evaluation: null }, { grid: null, award: null, presentation: null }) },
    { name: 'professional services without grid: art. 16 al. 1 reports it', code: tender({}, { grid: null }) },
    { name: 'technical services without grid: art. 10 or 33 report it', code: tender({ contrat: '{ nature: services-techniques }' }, { grid: null }) },
  ],
  invalid: [
    {
      name: 'two criteria in a body table',
      code: tender(
        {},
        {
          grid: describedGrid(
            ['| Expérience du soumissionnaire | 50 |', '| Méthodologie proposée | 50 |'],
            ['Expérience du soumissionnaire', 'Méthodologie proposée'],
          ),
        },
      ),
      errors: [{ line: 36, column: 1, messageId: 'tooFewCriteria', severity: 'error', message: /2 critères/ }],
      output: null,
    },
    {
      name: 'two criteria over their sub-criteria with their own points: the sub-criteria are no criteria',
      code: tender(
        {},
        {
          grid: describedGrid(
            [
              '| Expérience du soumissionnaire | 50 |',
              '| — Mandats semblables | 25 |',
              '| — Envergure des mandats | 25 |',
              '| Méthodologie proposée | 50 |',
              '| — Approche | 30 |',
              '| — Échéancier | 20 |',
            ],
            ['Expérience du soumissionnaire', 'Méthodologie proposée'],
          ),
        },
      ),
      errors: [{ line: 36, messageId: 'tooFewCriteria', message: /2 critères/ }],
      output: null,
    },
    {
      name: 'two criteria typed as an outline, each with three roman entries under it: the entries are no criteria',
      code: tender(
        {},
        {
          grid: TYPED_OUTLINE(
            ['Expérience du soumissionnaire et du chargé de projet', 50, ['mandats comparables;', 'années d’expérience;', 'niveau acceptable : deux mandats.']],
            ['Méthodologie et équipe', 50, ['compréhension du mandat;', 'plan de travail;', 'niveau acceptable : un plan complet.']],
          ),
        },
      ),
      errors: [{ line: 38, messageId: 'tooFewCriteria', message: /2 critères/ }],
      output: null,
    },
    {
      name: 'nature not stated, evaluated on quality, no grid at all',
      code: tender({ contrat: '{ duree-mois: 12 }' }, { grid: null }),
      errors: [{ line: 6, message: /Aucune grille/ }],
    },
  ],
});

const ANNOUNCED = (...items: string[]) =>
  `## Évaluation de la qualité\n\nLe comité évalue chaque proposition selon les critères suivants; le niveau de performance acceptable de chacun est décrit à l’annexe B :\n\n${items.map((item) => `- ${item};`).join('\n')}`;

/** Art. 20's award, stated in the body. */
const LOWEST_PRICE_AWARD = '## Adjudication\n\nLe contrat est adjugé au prestataire dont la soumission acceptable présente le prix le plus bas.';

/** An Annex 1 grid of two criteria, each with its acceptable level (one criterion short of art. 1's minimum). */
const TWO_CRITERIA_TABLE = [
  '| N° | Critère | Niveau acceptable |',
  '|---|---|---|',
  '| 1 | Expérience du soumissionnaire | Deux mandats comparables |',
  '| 2 | Méthodologie | Une démarche complète |',
];

ruleTester('annex1-minimum-criteria', {
  valid: [
    {
      name: 'an award to the lowest price with no minimum-quality evaluation (art. 13): annexe 1 does not apply',
      code: tender(
        { adjudication: null, evaluation: null },
        {
          grid: '## Critères d’évaluation\n\n| Critère | Exigence |\n|---|---|\n| Expérience | Deux mandats |\n| Méthode | Un plan |',
          award: LOWEST_PRICE_AWARD,
        },
      ),
    },
    {
      name: 'the method stated in the body only, three criteria',
      code: tender(
        { adjudication: null },
        {
          grid: '## Grille d’évaluation\n\nL’évaluation suit l’annexe 1 du Règlement (qualité minimale).\n\n| Critère | Exigence |\n|---|---|\n| Expérience | Deux mandats |\n| Équipe | Trois techniciens |\n| Méthode | Un plan |',
          award: LOWEST_PRICE_AWARD,
        },
      ),
    },
    {
      name: 'three criteria announced as a list, no weights',
      code: tender(
        { adjudication: 'qualite-minimale', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        {
          grid: ANNOUNCED('expérience du soumissionnaire', 'expérience des ressources', 'méthodologie'),
          award: '## Adjudication\n\nLe contrat est adjugé au prestataire dont la soumission acceptable présente le prix le plus bas.',
        },
      ),
    },
    {
      name: 'the method stated in the body only, three criteria under a heading naming them with their acceptable levels',
      code: tender(
        { adjudication: null },
        {
          grid: [
            '## Critères et niveau de performance acceptable',
            '',
            'L’évaluation suit l’annexe 1 du Règlement.',
            '',
            '| N° | Critère | Niveau acceptable |',
            '|\u00a0:--- |\u00a0:--- |\u00a0:--- |',
            '| 1 | Expérience du soumissionnaire | Deux mandats comparables |',
            '| 2 | Équipe | Trois techniciens |',
            '| 3 | Méthodologie | Une démarche complète |',
          ].join('\n'),
          award: LOWEST_PRICE_AWARD,
        },
      ),
    },
    {
      name: 'three criteria, minimum quality',
      code: tender(
        { adjudication: 'qualite-minimale', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { award: '## Adjudication\n\nLe contrat est adjugé au prestataire dont la soumission acceptable présente le prix le plus bas.' },
      ),
    },
  ],
  invalid: [
    {
      name: 'two criteria in the front-matter, minimum quality',
      code: tender(
        {
          adjudication: 'qualite-minimale',
          evaluation:
            '\n  comite: { secretaire: true, membres: 3 }\n  criteres:\n    - { nom: Expérience, description: Deux mandats comparables }\n    - { nom: Méthodologie, description: Une démarche complète }',
        },
        { grid: null, award: null },
      ),
      errors: [{ line: 15, column: 3, messageId: 'tooFewCriteria', message: /annexe 1/ }],
    },
    {
      name: 'two criteria announced as a list',
      code: tender(
        { adjudication: 'qualite-minimale', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        {
          grid: ANNOUNCED('expérience du soumissionnaire', 'méthodologie'),
          award: '## Adjudication\n\nLe contrat est adjugé au prestataire dont la soumission acceptable présente le prix le plus bas.',
        },
      ),
      errors: [{ line: 37, message: /2 critères : l'annexe 1/ }],
    },
    {
      name: 'the method stated in the body only: annexe 1 named, award to the lowest price, a table of two criteria',
      code: tender(
        { adjudication: null, evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        {
          grid: [
            '## Évaluation de la qualité',
            '',
            'La qualité est évaluée selon l’annexe 1 du Règlement sur les contrats de services des organismes publics.',
            '',
            '| N° | Critère | Éléments requis |',
            '|---|---|---|',
            '| 1 | Expérience du soumissionnaire | Deux mandats comparables |',
            '| 2 | Méthodologie | Une démarche complète |',
          ].join('\n'),
          award: LOWEST_PRICE_AWARD,
        },
      ),
      errors: [{ line: 36, messageId: 'tooFewCriteria' }],
    },
    {
      name: 'the method stated in the body only, in English: the acceptable performance level of two criteria',
      code: tender(
        { adjudication: null, evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        {
          grid: [
            '## Evaluation criteria',
            '',
            'Each criterion below is rated "meets" or "does not meet" its acceptable performance level.',
            '',
            '| Criterion | Requirement |',
            '|---|---|',
            '| Experience of the bidder | Two comparable contracts |',
            '| Proposed team | Three qualified technicians |',
          ].join('\n'),
          award: '## Award\n\nThe contract will be awarded to the bidder whose acceptable tender has the lowest price.',
        },
      ),
      settings: { locale: 'en' },
      errors: [{ line: 36, messageId: 'tooFewCriteria', message: /2 criteria: Annex 1 requires at least 3/ }],
    },
    {
      name: 'the method stated in the body only, the grid headed by its criteria and their acceptable levels (no weight named)',
      code: tender(
        { adjudication: null },
        {
          grid: ['## Critères et niveaux de rendement acceptables', '', 'L’évaluation suit l’annexe 1 du Règlement.', '', ...TWO_CRITERIA_TABLE].join('\n'),
          award: LOWEST_PRICE_AWARD,
        },
      ),
      errors: [{ line: 37, messageId: 'tooFewCriteria' }],
    },
    {
      name: 'the method stated in the body only, in English: the grid headed by its criteria and their acceptable levels',
      code: tender(
        { adjudication: null },
        {
          grid: [
            '## Criteria and acceptable performance levels',
            '',
            'Evaluation follows Schedule 1 of the Regulation.',
            '',
            '| No. | Criterion | Acceptable level |',
            '|---|---|---|',
            '| 1 | Experience of the bidder | Two comparable contracts |',
            '| 2 | Proposed team | Three qualified technicians |',
          ].join('\n'),
          award: '## Award\n\nThe contract will be awarded to the bidder whose acceptable tender has the lowest price.',
        },
      ),
      settings: { locale: 'en' },
      errors: [{ line: 37, messageId: 'tooFewCriteria' }],
    },
    {
      name: 'the grid titled by a plain line, its own number after the one a word processor numbers it with',
      code: tender(
        { adjudication: 'qualite-minimale' },
        {
          grid: ['1.6.2 5.2 Grille d’évaluation', '', 'Chaque critère est jugé atteint ou non atteint.', '', ...TWO_CRITERIA_TABLE].join('\n'),
          award: LOWEST_PRICE_AWARD,
        },
      ),
      errors: [{ line: 38, messageId: 'tooFewCriteria' }],
    },
    {
      name: 'the grid titled by the first line of the passage above it after two numbers, its text on the next line',
      code: tender(
        { adjudication: 'qualite-minimale' },
        {
          grid: [
            '1.7.3 7.3 Grille d’évaluation',
            'Le comité juge chaque critère atteint ou non atteint selon le niveau que le tableau fixe pour lui. Aucun pointage n’est attribué.',
            '',
            ...TWO_CRITERIA_TABLE,
          ].join('\n'),
          award: LOWEST_PRICE_AWARD,
        },
      ),
      errors: [{ line: 37, messageId: 'tooFewCriteria' }],
    },
    {
      name: 'a grid whose delimiter row a typographic pass set a no-break space in before each colon',
      code: tender(
        { adjudication: 'qualite-minimale' },
        {
          grid: [
            '## Grille d’évaluation',
            '',
            '| N° | Critère | Niveau acceptable |',
            '|\u00a0:--- |\u00a0:--- |\u00a0:--- |',
            '| 1 | Expérience du soumissionnaire | Deux mandats comparables |',
            '| 2 | Méthodologie | Une démarche complète |',
          ].join('\n'),
          award: LOWEST_PRICE_AWARD,
        },
      ),
      errors: [{ line: 36, messageId: 'tooFewCriteria' }],
    },
  ],
});

ruleTester('annex2-acceptable-level', {
  valid: [
    { name: 'each criterion described in a list after the table', code: tender() },
    {
      name: 'each criterion a list item, described by its sub-items (English)',
      code: tender(
        {},
        {
          grid: [
            '## Evaluation grid',
            '',
            'Each criterion is scored on a scale of 0 to 100 points; the acceptable performance level is 70 points.',
            '',
            '- Criterion 1 — Relevant experience — weighting: 30 %',
            '  - Acceptable level: three mandates of a similar size in the last five years.',
            '- Criterion 2 — Project team — weighting: 30 %',
            '  - Acceptable level: a project lead with ten years of experience in collections.',
            '- Criterion 3 — Proposed approach — weighting: 40 %',
            '  - Acceptable level: a work plan covering the inventory, conservation and cataloguing.',
          ].join('\n'),
        },
      ),
      settings: { locale: 'en' },
    },
    {
      name: 'each criterion a typed entry (« • »), described by the entries of a lower rank after it (« ◦ »)',
      code: tender(
        {},
        {
          grid: [
            '## Grille d’évaluation',
            '',
            'Chaque critère est noté sur une échelle de 0 à 100 points; le niveau de performance acceptable vaut 70 points.',
            '',
            '• Critère 1 — Expérience pertinente (30 %)',
            '',
            '◦ Niveau acceptable : trois mandats de taille comparable au cours des cinq dernières années.',
            '',
            '• Critère 2 — Équipe de projet (30 %)',
            '',
            '◦ Éléments évalués : les curriculum vitæ de l’équipe.',
            '',
            '◦ Niveau acceptable : un chargé de projet ayant dix ans d’expérience en gestion de collections.',
            '',
            '• Critère 3 — Approche proposée (40 %)',
            '',
            '◦ Niveau acceptable : un plan de travail qui couvre l’inventaire, la conservation et le catalogage.',
          ].join('\n'),
        },
      ),
    },
    {
      name: 'each criterion a checklist entry (« ☐ »), described by the dashed entries after it (English)',
      code: tender(
        {},
        {
          grid: [
            '## Evaluation grid',
            '',
            'Each criterion is scored on a scale of 0 to 100 points; the acceptable performance level is 70 points.',
            '',
            '☐ **Criterion 1 — Relevant experience — weight: 30 points out of 100**',
            '',
            '– Acceptable level: three mandates of a similar size in the last five years.',
            '',
            '☐ **Criterion 2 — Project team — weight: 30 points out of 100**',
            '',
            '– Acceptable level: a project lead with ten years of experience in collections.',
            '',
            '☐ **Criterion 3 — Proposed approach — weight: 40 points out of 100**',
            '',
            '– Elements assessed: the work plan.',
            '',
            '– Acceptable level: a work plan covering the inventory, conservation and cataloguing.',
          ].join('\n'),
        },
      ),
      settings: { locale: 'en' },
    },
    {
      name: 'description column in the table',
      code: tender(
        {},
        {
          grid: '## Critères d’évaluation\n\n| Critère | Niveau de performance acceptable | Pondération |\n|---|---|---|\n| Expérience | Deux mandats comparables | 30 |\n| Expertise | Cinq ans d’expérience | 30 |\n| Méthodologie | Démarche complète | 40 |',
        },
      ),
    },
    {
      name: 'one section per criterion',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\n### Critère 1\n\nDeux mandats.\n\n### Critère 2\n\nCinq ans.\n\n### Critère 3\n\nUne démarche.`,
        },
      ),
    },
    {
      name: 'each criterion described under a run-in title that numbers it after its own number (« 5.2 Critère 1 : … »)',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\n**5.2 Critère 1 : expérience.** Niveau acceptable : au moins deux mandats comparables depuis cinq ans.\n\n**5.3 Critère 2 : chargé de projet.** Niveau acceptable : au moins dix années d’expérience en gestion de projets.\n\n**5.4 Critère 3 : méthodologie.** Niveau acceptable : une démarche qui répond à chacun des objectifs du mandat.`,
        },
      ),
    },
    {
      name: 'each criterion described in a paragraph its drafter set in bold (a title that is a stressed sentence)',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\n**Pour le critère 1, au moins deux mandats comparables depuis cinq ans**\n\n**Pour le critère 2, au moins dix années d’expérience en gestion de projets**\n\n**Pour le critère 3, une démarche qui répond à chacun des objectifs du mandat**`,
        },
      ),
    },
    {
      name: 'each criterion described under a short form of its name as label',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire en évaluation de programmes | 30 |', '| Expérience et expertise de la chargée ou du chargé de projet | 30 |', '| Compréhension du mandat et approche méthodologique | 40 |')}\n\n### Niveau de performance acceptable\n\n1. **Expérience du soumissionnaire :** au moins deux évaluations de programmes publics depuis cinq ans.\n2. **Chargée ou chargé de projet :** au moins huit années d’expérience en évaluation.\n3. **Compréhension du mandat et approche :** une méthodologie qui répond à chaque question d’évaluation.`,
        },
      ),
    },
    {
      name: 'short labels in lettered paragraphs, with a dash',
      code: tender(
        {},
        {
          grid: `${table('| Expertise de l’équipe proposée | 30 |', '| Plan de travail et échéancier | 30 |', '| Méthodologie proposée | 40 |')}\n\na) Équipe proposée – des compétences en méthodes quantitatives et qualitatives, rôles précisés.\n\nb) Plan de travail – un échéancier réaliste, avec les ressources affectées à chaque livrable.\n\nc) Méthodologie – une démarche qui couvre l’inventaire, la conservation et le catalogage.`,
        },
      ),
    },
    {
      name: 'a table of the acceptable levels naming the criteria in short',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expérience et expertise de la chargée ou du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\n${LEVELS_TABLE('| 1. Expérience du soumissionnaire | Deux mandats comparables depuis cinq ans. |', '| 2. Chargée ou chargé de projet | Huit années d’expérience en gestion de collections. |', '| 3. Méthodologie | Une démarche qui couvre l’inventaire et le catalogage. |')}`,
        },
      ),
    },
    {
      name: 'each criterion described in a passage labelled with its number',
      code: tender(
        {},
        {
          grid: `${table('| Expérience de la firme | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\n- **Critère 1 :** au moins deux projets comparables réalisés au cours des dix dernières années.\n- **Critère 2 :** un architecte qui a dirigé au moins deux projets de plus de 5 M$ en site occupé.\n\nCritère no 3 – une démarche qui maintient en tout temps deux salles d’audience en service.`,
        },
      ),
    },
    {
      name: 'each criterion described in an article’s lettered paragraphs opening on its number, French and English',
      code: tender(
        {},
        {
          grid: `${table('| Expérience de la firme | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\nAtteint le niveau de performance acceptable la soumission qui démontre :\n\na) pour le critère 1, au moins trois mandats comparables au cours des cinq dernières années;\n\nb) quant au critère 2, un chargé de projet comptant au moins dix années d’expérience;\n\n(c) for criterion 3, a method suited to the heritage buildings of the University.`,
        },
      ),
    },
    // Lists typed without list markup, an entry per line under its introduction (one paragraph for CommonMark).
    {
      name: 'each criterion described in « 1° » lines under their introduction, an entry on two lines',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\nLe niveau de performance acceptable de chaque critère est atteint par :\n1° pour le critère 1, deux mandats comparables au cours des\n   cinq dernières années;\n2° pour le critère 2, cinq années d’expérience en gestion de collections;\n3° pour le critère 3, une démarche qui couvre l’inventaire et le catalogage.`,
        },
      ),
    },
    {
      name: 'each criterion a lettered entry typed with a dot leader before its points, described by the roman entries under it',
      code: tender(
        {},
        {
          grid: TYPED_OUTLINE(
            ['Expérience du soumissionnaire', 30, ['mandats comparables;', 'niveau acceptable : deux mandats.']],
            ['Expertise du chargé de projet', 30, ['années d’expérience;', 'formation;', 'niveau acceptable : cinq ans d’expérience.']],
            ['Méthodologie proposée', 40, ['niveau acceptable : une démarche qui couvre l’inventaire et le catalogage.']],
          ),
        },
      ),
    },
    {
      name: 'each criterion described in « i) » lines under a short form of its name',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\nNiveau de performance acceptable :\ni) Expérience : deux mandats comparables au cours des cinq dernières années\nii) Chargé de projet : cinq années d’expérience en gestion de collections\niii) Méthodologie : une démarche qui couvre l’inventaire et le catalogage`,
        },
      ),
    },
    {
      name: 'a bilingual table of the acceptable levels keyed by the grid’s numbers, a column per language',
      code: tender(
        {},
        {
          grid: `${NUMBERED_GRID('1', '2', '3')}\n\n${NUMBERED_LEVELS('1', '2', '3')}`,
        },
      ),
    },
    {
      name: 'levels keyed « C-1 », « C-2 »… as the grid numbers its rows',
      code: tender({}, { grid: `${NUMBERED_GRID('C-1', 'C-2', 'C-3')}\n\n${NUMBERED_LEVELS('C-1', 'C-2', 'C-3')}` }),
    },
    {
      name: 'a levels table whose « Critère » column only numbers them, in the grid’s order',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\n${LEVELS_TABLE('| 1 | Deux mandats comparables depuis cinq ans. |', '| 2 | Cinq années d’expérience en gestion de collections. |', '| 3 | Une démarche qui couvre l’inventaire et le catalogage. |')}`,
        },
      ),
    },
    {
      name: 'levels set out in an appendix',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\nLes éléments de qualité requis pour atteindre le niveau de performance acceptable sont décrits à l’annexe B pour chaque critère.`,
        },
      ),
    },
    // Each criterion described in a later passage keyed by the identifier the grid's « ID » column gives it.
    {
      name: 'each criterion described in a run-in paragraph keyed by its identifier (« **C1 — Expérience (30 %).** … »)',
      code: tender(
        {},
        {
          grid: `${IDENTIFIED_GRID('| ID | Critère | Poids |', ['C1', 'C2', 'C3'])}\n\n**C1 — Expérience (30 %).** Niveau acceptable : au moins deux mandats comparables depuis cinq ans.\n\n**C2 — Chargé de projet (30 %).** Niveau acceptable : dix années d’expérience en gestion de projets.\n\n**C3 — Méthode (40 %).** Niveau acceptable : une démarche qui répond à chacun des objectifs du mandat.`,
        },
      ),
    },
    {
      name: 'an English grid whose rows are keyed "Q-1", each criterion described after it ("Q-1. Acceptable level: …")',
      code: tender(
        {},
        {
          grid: `${IDENTIFIED_GRID('| Code | Criterion | Weight |', ['Q-1', 'Q-2', 'Q-3'])}\n\nQ-1. Acceptable level: at least two comparable mandates in the last five years.\n\nQ-2. Acceptable level: a project lead with ten years of experience in project management.\n\nQ-3. Acceptable level: an approach that meets each of the mandate’s objectives.`,
        },
      ),
      settings: { locale: 'en' },
    },
    {
      name: 'each criterion described under a heading that names it by its identifier (« ### Critère C2 — Chargé de projet »)',
      code: tender(
        {},
        {
          grid: `${IDENTIFIED_GRID('| Identifiant | Critère | Poids |', ['C1', 'C2', 'C3'])}\n\n### Critère C1 — Expérience\n\nDeux mandats.\n\n### Critère C2 — Chargé de projet\n\nCinq ans.\n\n### Critère C3 — Méthode\n\nUne démarche.`,
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'a passage opening on a criterion’s sub-criterion (« C1.1 ») does not describe the criterion',
      code: tender(
        {},
        {
          grid: `${IDENTIFIED_GRID('| ID | Critère | Poids |', ['C1', 'C2', 'C3'])}\n\nC1.1 Niveau acceptable : au moins deux mandats comparables depuis cinq ans.\n\nC2 : Niveau acceptable : dix années d’expérience en gestion de projets.\n\nC3 — Niveau acceptable : une démarche qui répond à chacun des objectifs du mandat.`,
        },
      ),
      errors: [{ messageId: 'criterionNotDescribed', message: /« Expérience du soumissionnaire en mandats comparables »/ }],
    },
    {
      name: 'a label that fits two criteria describes neither',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expérience du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\n- Expérience : deux mandats comparables au cours des cinq dernières années.\n- Méthodologie proposée : une démarche qui couvre l’inventaire et le catalogage.`,
        },
      ),
      errors: [
        { line: 38, column: 1, messageId: 'criterionNotDescribed', message: /« Expérience du soumissionnaire »/ },
        { line: 39, message: /« Expérience du chargé de projet »/ },
      ],
    },
    {
      name: 'entries of a criterion’s own mark after it are not its description',
      code: tender(
        {},
        {
          grid: [
            '## Grille d’évaluation',
            '',
            'Chaque critère est noté sur une échelle de 0 à 100 points; le niveau de performance acceptable vaut 70 points.',
            '',
            '• Critère 1 — Expérience pertinente (30 %)',
            '',
            '• Éléments évalués : les mandats des cinq dernières années.',
            '',
            '• Critère 2 — Équipe de projet (30 %)',
            '',
            '◦ Niveau acceptable : un chargé de projet ayant dix ans d’expérience en gestion de collections.',
            '',
            '• Critère 3 — Approche proposée (40 %)',
          ].join('\n'),
        },
      ),
      errors: [{ messageId: 'criterionNotDescribed', message: /« Expérience pertinente »/ }, { message: /« Approche proposée »/ }],
    },
    {
      name: "the notice's summary labelled like a criterion does not describe it",
      code: tender(
        {},
        {
          notice:
            '# Avis d’appel d’offres\n\n**Méthodologie** — le Ministère souhaite une démarche qui couvre l’inventaire, la conservation et le catalogage.\n\nLes documents d’appel d’offres ne peuvent être obtenus que par l’intermédiaire du SEAO.\n\nLe Ministère ne s’engage à accepter aucune des soumissions reçues.',
          grid: table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |'),
        },
      ),
      errors: [{ message: /« Expérience du soumissionnaire »/ }, { message: /« Expertise du chargé de projet »/ }, { message: /« Méthodologie proposée »/ }],
    },
    {
      name: 'a row of the levels table that names another thing describes no criterion',
      code: tender(
        {},
        {
          grid: `${table('| Expérience du soumissionnaire | 30 |', '| Expertise du chargé de projet | 30 |', '| Méthodologie proposée | 40 |')}\n\n${LEVELS_TABLE('| Expérience du soumissionnaire | Deux mandats comparables depuis cinq ans. |', '| Disponibilité de la relève | Une personne désignée pour remplacer le chargé de projet. |', '| Méthodologie | Une démarche qui couvre l’inventaire et le catalogage. |')}`,
        },
      ),
      errors: [{ message: /« Expertise du chargé de projet »/ }],
    },
    {
      name: 'a levels table keyed by number without the third criterion’s row, or with its level left empty',
      code: tender({}, { grid: `${NUMBERED_GRID('1', '2', '3')}\n\n${NUMBERED_LEVELS('1', '2').replace('| 2 |', '| 3 |  |  |\n| 2 |')}` }),
      errors: [{ message: /« Méthodologie proposée »/ }],
    },
    {
      name: 'a label with words the criterion does not have names another thing',
      code: tender(
        {},
        {
          grid: `${table('| Expertise de l’équipe proposée | 30 |', '| Plan de travail et échéancier | 30 |', '| Méthodologie proposée | 40 |')}\n\n- Qualité de l’équipe de direction : le dirigeant signe le contrat et désigne son représentant.\n- Plan de travail : un échéancier réaliste, avec les ressources affectées à chaque livrable.\n- Méthodologie : une démarche qui couvre l’inventaire, la conservation et le catalogage.`,
        },
      ),
      errors: [{ line: 38, message: /« Expertise de l’équipe proposée »/ }],
    },
    {
      name: 'a criterion named only in the grid: fix inserts a description to complete',
      code: tender({}, { grid: `${GRID.replace('| Méthodologie proposée | 40 |', '| Méthodologie proposée | 30 |\n| Plan de travail | 10 |')}` }),
      errors: [{ line: 41, severity: 'error', message: /« Plan de travail »/ }],
      output: tender(
        {},
        {
          grid: `${GRID.replace('| Méthodologie proposée | 40 |', '| Méthodologie proposée | 30 |\n| Plan de travail | 10 |')}\n\n**Plan de travail — niveau de performance acceptable :** [à compléter : éléments de qualité requis pour atteindre le niveau de performance acceptable].`,
        },
      ),
    },
  ],
});

ruleTester('annex2-weights-total', {
  valid: [
    { name: 'weights add up to 100', code: tender() },
    {
      name: 'a scale of rating levels (100 to 0) before the grid',
      code: tender({}, { grid: GRID.replace('## Grille d’évaluation\n', `## Grille d’évaluation\n\n${PIPE_SCALE}\n`) }),
    },
    {
      name: 'a pandoc scale of rating levels before the grid (English)',
      code: tender({}, { grid: GRID.replace('## Grille d’évaluation\n', `## Grille d’évaluation\n\n${PANDOC_SCALE}\n`) }),
      settings: { locale: 'en' },
    },
    {
      name: 'rounding: 33,33 + 33,33 + 33,34',
      code: tender(
        {},
        { grid: describedGrid(['| Expérience | 33,33 |', '| Expertise | 33,33 |', '| Méthodologie | 33,34 |'], ['Expérience', 'Expertise', 'Méthodologie']) },
      ),
    },
    {
      name: 'a Total row is not a criterion',
      code: tender({}, { grid: `${GRID.replace('| Méthodologie proposée | 40 |', '| Méthodologie proposée | 40 |\n| **Total** | **100** |')}` }),
    },
    {
      name: 'criteria numbered over their sub-criteria (« 1 » over « 1.1 »): the criteria weigh 100, not every row',
      code: tender(
        {},
        {
          grid: GRID.replace('| Critère | Poids (%) |', '| Critère | Points |')
            .replace(
              '| Expérience du soumissionnaire | 30 |',
              '| **1. Expérience du soumissionnaire** | **30** |\n| 1.1 Mandats | 20 |\n| 1.2 Envergure | 10 |',
            )
            .replace(
              '| Méthodologie proposée | 40 |',
              '| **3. Méthodologie proposée** | **40** |\n| 3.1 Approche | 25 |\n| 3.2 Échéancier | 15 |\n| **Total** | **100 points** |',
            )
            .replace('| Expertise du chargé de projet | 30 |', '| **2. Expertise du chargé de projet** | **30** |'),
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'weights add up to 95 in a body table; no normalising fix',
      code: tender({}, { grid: GRID.replace('| 40 |', '| 35 |') }),
      errors: [{ line: 36, column: 1, messageId: 'totalNot100', severity: 'error', message: /95 %/ }],
      output: null,
    },
    {
      name: 'the Total row says 100 but the rows add up to 110',
      code: tender({}, { grid: GRID.replace('| 40 |', '| 50 |\n| Total | 100 |') }),
      errors: [{ message: /110 % \(la ligne Total indique 100\)/ }],
    },
    {
      name: 'a front-matter criterion without weight',
      code: tender(
        {
          evaluation: criteria(
            '{ nom: Expérience du soumissionnaire, poids: 30 }',
            '{ nom: Expertise du chargé de projet, poids: 30 }',
            '{ nom: Méthodologie proposée }',
          ),
        },
        { grid: null },
      ),
      errors: [{ line: 19, message: /n'a pas de poids/ }],
    },
  ],
});

ruleTester('annex2-scale', {
  valid: [
    { name: '0 to 100 scale, level 70', code: tender() },
    {
      name: 'weights in percent, the 0–100 scale not stated, a scale of the points each level gives in the grid’s section (English)',
      code: tender(
        {},
        {
          grid: GRID.replace('## Grille d’évaluation\n', `## Grille d’évaluation\n\n${PANDOC_SCALE}\n`).replace(
            'Chaque critère est évalué sur une échelle de 0 à 100 points; le niveau de performance acceptable correspond à 70 points. ',
            '',
          ),
        },
      ),
      settings: { locale: 'en' },
    },
    { name: 'points with the 0–100 scale stated', code: tender({}, { grid: GRID.replace('Poids (%)', 'Points') }) },
    {
      name: 'the acceptable level in the criterion’s own points, 70 % of its weight (« 21 points sur 30 »), or as that share',
      code: tender(
        {},
        {
          grid: GRID.replace('- Expérience du soumissionnaire :', '- Expérience du soumissionnaire (niveau acceptable : 21 points sur 30) :').replace(
            '- Méthodologie proposée :',
            '- Méthodologie proposée (the acceptable level is 28 out of 40 points) :',
          ),
        },
      ),
    },
    {
      name: 'the acceptable level as a share of the criterion’s points',
      code: tender({}, { grid: GRID.replace('correspond à 70 points', 'correspond à 70 % des points du critère') }),
    },
  ],
  invalid: [
    {
      name: 'scale of 0 to 10',
      code: tender(
        {},
        { grid: GRID.replace('échelle de 0 à 100 points', 'échelle de 0 à 10 points').replace('correspond à 70 points', 'correspond à 7 points') },
      ),
      errors: [
        { line: 42, column: 1, messageId: 'scaleNot100', severity: 'error', message: /sur 10 points/ },
        { line: 42, severity: 'error', message: /fixé à 7/ },
      ],
    },
    {
      name: 'an acceptable level in the criterion’s own points that is not 70 % of them',
      code: tender({}, { grid: GRID.replace('- Expérience du soumissionnaire :', '- Expérience du soumissionnaire (niveau acceptable : 12 points sur 30) :') }),
      errors: [{ line: 44, messageId: 'acceptableLevelNot70', message: /fixé à 12 sur 30 : .* soit 70 % des points du critère/ }],
    },
    {
      name: 'an acceptable level as another share of the criterion’s points (English)',
      code: tender({}, { grid: GRID.replace('correspond à 70 points', 'correspond à 60 % des points du critère') }),
      settings: { locale: 'en' },
      errors: [{ line: 42, messageId: 'acceptableLevelNot70', message: /set at 60: Annex 2 sets it at 70 points\./ }],
    },
    {
      name: 'weights as points, no scale stated: warning',
      code: tender(
        {},
        {
          grid: GRID.replace('Poids (%)', 'Points').replace(
            'Chaque critère est évalué sur une échelle de 0 à 100 points; le niveau de performance acceptable correspond à 70 points. ',
            '',
          ),
        },
      ),
      errors: [{ line: 36, severity: 'warning', message: /en points/ }],
    },
  ],
});

ruleTester('annex2-criterion-minimum', {
  valid: [
    { name: 'no minimum', code: tender() },
    // A criterion's minimum of 70 points, in prose, in the readings that report any other number.
    ...[
      "Le soumissionnaire qui n'obtient pas au moins soixante-dix points au critère numéro deux voit sa soumission rejetée.",
      'Le critère 3 exige un minimum de 70 points : la soumission qui obtient moins de 70 points pour ce critère est rejetée.',
      'Criterion 2 requires at least 70 points; a bid scoring less than 70 points on criterion 2 is rejected.',
      // A criterion weighted in points: its minimum counts on its own points (14 out of 20 is 70 %).
      'Pour le critère 2, la soumission doit obtenir au moins 14 points sur 20, sinon elle est rejetée.',
      // The bound of the total after the criteria is the final score's (art. 7), not a criterion's.
      "Après l'évaluation de chaque critère, la soumission dont le total est inférieur à 75 points est rejetée.",
    ].map((sentence) => ({ name: `in prose: ${sentence.slice(0, 60)}`, code: tender({}, { grid: `${GRID}\n\n${sentence}` }) })),
    // A bracket after the name that is no minimum is the name's; one of 70 points is the minimum annexe 2 allows.
    ...['Expertise du chargé de projet (minimum 5 ans d’expérience)', 'Expertise du chargé de projet (note minimale exigée : 70 points)'].map((name) => ({
      name: `bracket after the name: ${name}`,
      code: tender({}, { grid: GRID.replace('| Expertise du chargé de projet | 30 |', `| ${name} | 30 |`) }),
    })),
    {
      name: 'minimum of 70 in a column',
      code: tender(
        {},
        {
          grid: GRID.replace('| Critère | Poids (%) |\n|---|---|', '| Critère | Poids (%) | Note minimale |\n|---|---|---|').replace(
            '| 30 |\n| Expertise',
            '| 30 | 70 |\n| Expertise',
          ),
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'minimum of 60 in a column',
      code: tender(
        {},
        {
          grid: GRID.replace('| Critère | Poids (%) |\n|---|---|', '| Critère | Poids (%) | Note minimale |\n|---|---|---|').replace(
            '| 30 |\n| Expertise',
            '| 30 | 60 |\n| Expertise',
          ),
        },
      ),
      errors: [{ line: 38, column: 1, messageId: 'criterionMinimumNot70', message: /minimum de 60 points/ }],
    },
    // The minimum in a bracket after the criterion's name, in the grid's cell or a list's line, labelled before or after its number.
    ...[
      'Expertise du chargé de projet (note minimale exigée : 80 points)',
      'Expertise du chargé de projet [minimum score: 80 points]',
      'Expertise du chargé de projet (80 points minimum)',
      'Expertise du chargé de projet (seuil : 80/100)',
    ].map((name) => ({
      name: `minimum in a bracket after the name: ${name}`,
      code: tender({}, { grid: GRID.replace('| Expertise du chargé de projet | 30 |', `| ${name} | 30 |`) }),
      errors: [{ line: 39, column: 1, messageId: 'criterionMinimumNot70', message: /« Expertise du chargé de projet » exige un minimum de 80 points/ }],
    })),
    {
      name: 'minimum in a bracket after a listed criterion’s name',
      code: tender(
        {},
        {
          grid: GRID.replace(
            '| Critère | Poids (%) |\n|---|---|\n| Expérience du soumissionnaire | 30 |\n| Expertise du chargé de projet | 30 |\n| Méthodologie proposée | 40 |',
            '- Expérience du soumissionnaire : 30 %\n- Expertise du chargé de projet (minimum required: 75 points) : 30 %\n- Méthodologie proposée : 40 %',
          ),
        },
      ),
      errors: [{ line: 37, column: 1, messageId: 'criterionMinimumNot70', message: /« Expertise du chargé de projet » exige un minimum de 75 points/ }],
    },
    {
      name: 'minimum of 50 in the front-matter',
      code: tender({
        evaluation: criteria(
          '{ nom: Expérience du soumissionnaire, poids: 30, minimum: 50 }',
          '{ nom: Expertise du chargé de projet, poids: 30 }',
          '{ nom: Méthodologie proposée, poids: 40 }',
        ),
      }),
      errors: [{ line: 17 }],
    },
    {
      name: 'minimum in prose',
      code: tender({}, { grid: `${GRID}\n\nUne note minimale de 60 points est exigée pour le critère Méthodologie proposée.` }),
      errors: [{ line: 48 }],
    },
    // The minimum as the sentence's subject, the criterion after the verb, its number in figures or in words.
    ...[
      'Un minimum de 60 points sur 100 est exigé au critère numéro 3.',
      'Un minimum de soixante points sur cent est exigé au critère numéro 3; la soumission qui ne l’atteint pas est rejetée.',
      'Un minimum de soixante (60) points est requis pour chaque critère.',
    ].map((sentence) => ({
      name: `minimum as the subject: ${sentence.slice(0, 50)}`,
      code: tender({}, { grid: `${GRID}\n\n${sentence}` }),
      errors: [{ line: 48, messageId: 'statedMinimumNot70', message: /minimum de 60 points/ }],
    })),
    // The bound first and the criterion after its points, or the criterion first and its bound after it, in French and English,
    // the number in figures or in words.
    ...[
      'Toute soumission dont la note est inférieure à 60 points pour le critère 3 est rejetée.',
      'Pour le critère 2, la soumission doit obtenir au moins soixante points, à défaut de quoi elle est rejetée.',
      'Le critère Méthodologie proposée requiert un minimum de 60 points.',
      'Criterion 2 requires at least 60 points.',
      'A bid scoring less than sixty points on criterion 3 is rejected.',
      'A minimum of 60 points is required for criterion 3.',
    ].map((sentence) => ({
      name: `minimum in prose: ${sentence.slice(0, 50)}`,
      code: tender({}, { grid: `${GRID}\n\n${sentence}` }),
      errors: [{ line: 48, messageId: 'statedMinimumNot70', message: /minimum de 60 points/ }],
    })),
    {
      name: 'minimum as a field after a list item’s labelled weight',
      code: tender(
        {},
        {
          grid: GRID.replace(
            '| Critère | Poids (%) |\n|---|---|\n| Expérience du soumissionnaire | 30 |\n| Expertise du chargé de projet | 30 |\n| Méthodologie proposée | 40 |',
            '- Expérience du soumissionnaire — pondération : 30 points sur 100\n- Expertise du chargé de projet — pondération : 30 points sur 100\n- Méthodologie proposée — pondération : 40 points sur 100 — seuil minimal exigé : 60 sur 100',
          ),
        },
      ),
      errors: [{ line: 38, column: 1, messageId: 'criterionMinimumNot70', message: /« Méthodologie proposée » exige un minimum de 60 points/ }],
    },
  ],
});

ruleTester('annex2-final-score-threshold', {
  valid: [
    { name: 'at least 70', code: tender({}, { grid: `${GRID}\n\nUne soumission est acceptable si sa note finale est d’au moins 70 points.` }) },
    {
      name: 'at least seventy, in words, with a per-criterion minimum of seventy points in words',
      code: tender(
        {},
        {
          grid: `${GRID}\n\nUn minimum de soixante-dix (70) points sur cent est exigé au critère numéro 3.\n\nUne soumission est acceptable si sa note finale atteint au moins soixante-dix points.`,
        },
      ),
    },
    { name: '70 or more, in English', code: tender({}, { grid: `${GRID}\n\nA bid is acceptable if its final score is 70 points or more.` }) },
    {
      name: 'the threshold named, 70, with a per-criterion pass mark of 60',
      code: tender({}, { grid: `${GRID}\n\nLa note de passage de chaque critère est de 60 points.\n\nSeuil de passage de la note finale : 70 points.` }),
    },
    {
      name: 'an example’s acceptable bid reaching 85 points',
      code: tender(
        {},
        {
          grid: `${GRID}\n\nUne soumission est acceptable si sa note finale est d’au moins 70 points.\n\nExemple : une soumission acceptable dont la note finale atteint 85 points a un prix ajusté de 90 909 $.`,
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'a passing mark of 65',
      code: tender({}, { grid: `${GRID}\n\nUne soumission est acceptable si sa note finale est d’au moins 65 points.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 65/ }],
    },
    {
      name: 'a wrong threshold: the comparison after the number, in English',
      code: tender({}, { grid: `${GRID}\n\nA bid with a final score of 60 or more is acceptable.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 60/ }],
    },
    {
      name: 'a wrong threshold: « et plus » after the number',
      code: tender({}, { grid: `${GRID}\n\nUne soumission est acceptable si sa note finale est de 65 points et plus.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 65/ }],
    },
    {
      name: 'a wrong threshold: « atteint » alone, in a sentence on acceptability',
      code: tender({}, { grid: `${GRID}\n\nSeules les soumissions dont la note finale atteint 65 points sont jugées acceptables.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 65/ }],
    },
    {
      name: 'a wrong threshold: « égale ou dépasse »',
      code: tender({}, { grid: `${GRID}\n\nUne soumission dont la note finale égale ou dépasse 65 points est acceptable.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 65/ }],
    },
    {
      name: 'a wrong threshold: the threshold named: « seuil de passage »',
      code: tender({}, { grid: `${GRID}\n\nSeuil de passage : 65 points.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 65/ }],
    },
    {
      name: 'a wrong threshold: the threshold named: « note finale minimale », in words',
      code: tender({}, { grid: `${GRID}\n\nLa note finale minimale requise est de soixante-cinq points.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 65/ }],
    },
    {
      name: 'a wrong threshold: the threshold named: a pass mark',
      code: tender({}, { grid: `${GRID}\n\nThe pass mark is 60 points.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 60/ }],
    },
    {
      name: 'a wrong threshold: the number before the final score',
      code: tender({}, { grid: `${GRID}\n\nUne soumission qui obtient au moins 65 points de note finale est acceptable.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 65/ }],
    },
    {
      name: 'a wrong threshold: « pointage final »',
      code: tender({}, { grid: `${GRID}\n\nUne soumission est acceptable si son pointage final est d’au moins 65 points.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 65/ }],
    },
    {
      name: 'a wrong threshold: a total quality score',
      code: tender({}, { grid: `${GRID}\n\nA bid is acceptable if its total quality score is 60 points or more.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 60/ }],
    },
    {
      name: 'a wrong threshold: a francophone’s « final note »',
      code: tender({}, { grid: `${GRID}\n\nA soumission is acceptable if its final note is of at least 60 points.` }),
      errors: [{ line: 48, column: 1, messageId: 'thresholdNot70', message: /fixé à 60/ }],
    },
  ],
});

ruleTester('annex2-adjusted-price-formula', {
  valid: [
    { name: 'formula as printed', code: tender() },
    {
      name: 'formula referred to annexe 2 of the regulation',
      code: tender(
        {},
        {
          award:
            '## Adjudication\n\nLe prix ajusté le plus bas est calculé selon la formule prévue à l’annexe 2 du Règlement sur les contrats de services des organismes publics.',
        },
      ),
    },
    {
      name: 'formula typeset over several lines',
      code: tender(
        {},
        {
          award:
            '## Adjudication\n\nLe contrat est adjugé au prix ajusté le plus bas.\n\n```\n                 Note finale pour la qualité - 70\n1 + K  ( ________________________________ )\n                          30\n```',
        },
      ),
    },
    {
      name: 'quality only: no adjusted price',
      code: tender({ adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' }, { award: null, presentation: null }),
    },
  ],
  invalid: [
    {
      name: 'no formula: fix inserts the annexe 2 formula',
      code: tender({}, { award: '## Adjudication\n\nLe contrat est adjugé au prestataire qui a soumis le prix ajusté le plus bas.' }),
      errors: [{ line: 6, column: 15, messageId: 'formulaMissing', severity: 'error' }],
      output: tender(
        {},
        {
          grid: `${GRID}\n\n**Prix ajusté :** le prix de chaque soumission acceptable est ajusté selon la formule suivante : prix ajusté = prix soumis / (1 + K × (note finale pour la qualité − 70) / 30).`,
          award: '## Adjudication\n\nLe contrat est adjugé au prestataire qui a soumis le prix ajusté le plus bas.',
        },
      ),
    },
    {
      name: 'another formula',
      code: tender(
        {},
        { award: '## Adjudication\n\nLe contrat est adjugé au prix ajusté le plus bas. Prix ajusté = (note finale + 50) × 10 000 / prix soumis.' },
      ),
      errors: [{ line: 50, message: /n'est pas celle de l'annexe 2/ }],
      output: null,
    },
  ],
});

/**
 * A quality-price call whose front-matter leaves the award method unsaid, the award said of the bid whose adjusted price is
 * the lowest, K set in the formula's line quoted.
 */
const LOWEST_ADJUSTED_AWARD = (award: string) =>
  tender({ adjudication: null, evaluation: '\n  comite: { secretaire: true, membres: 3 }' }, { award: `## Adjudication\n\n${award}` });
const ADJUSTED_AWARDS = (k: number) => [
  `Nous accordons le contrat à la soumission acceptable dont le **prix ajusté est le plus bas**, calculé ainsi :\n\n> prix ajusté = prix soumis ÷ (1 + K × (note finale − 70) / 30), où K = ${k} %`,
  `The contract is awarded to the acceptable tender whose adjusted price is the lowest:\n\n> adjusted price = submitted price / (1 + K × (final score − 70) / 30), where K = ${k}%`,
  `Le contrat est accordé à la soumission qui présente le plus bas prix ajusté, selon la formule prix soumis / (1 + K × (note finale − 70) / 30), K étant fixé à ${k} %.`,
];

ruleTester('annex2-k-parameter', {
  valid: [
    // The award to the lowest adjusted price said of the bid whose adjusted price is lowest: K within the range.
    ...ADJUSTED_AWARDS(25).map((award) => ({
      name: `award to the bid whose adjusted price is lowest, K of 25 %: ${award.slice(0, 50)}`,
      code: LOWEST_ADJUSTED_AWARD(award),
    })),
    { name: 'K in the front-matter', code: tender() },
    {
      name: 'K in the text only',
      code: tender(
        { evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        {
          award:
            '## Adjudication\n\nLe contrat est adjugé au prix ajusté le plus bas : prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30), où K vaut 15 %.',
        },
      ),
    },
    ...[
      'Le paramètre K est fixé à vingt pour cent (20 %) : il exprime ce que l’organisme est prêt à payer de plus.',
      'La valeur du paramètre K s’établit à vingt-cinq pour cent (25 %).',
      'Le facteur K est établi à 20 pour cent.',
      'Le paramètre K équivaut à quinze pour cent (15 %).',
      'The K parameter is fixed at twenty percent (20%).',
      'K is set at twenty-five per cent (25 %).',
      // In words only, as notarial drafters write it; what K is may stand between commas.
      'Le paramètre K est fixé à vingt-cinq pour cent.',
      'Le facteur K, qui s’exprime en pourcentage, est de quinze pour cent.',
      'Le Ministère fixe le paramètre K à trente pour cent.',
      'The value of the K parameter is twenty per cent.',
      // What K is set between K and its value, as long as a relative clause: commas, dashes, brackets.
      'Le prix ajusté est calculé selon la formule de l’annexe 2, où K, qui correspond à la majoration que l’organisme accepterait de payer pour obtenir la meilleure qualité possible, est fixé à 25 %.',
      'K — la prime que le Ministère consent à payer pour une soumission de qualité supérieure — est fixé à 20 %.',
      'K (soit le pourcentage supplémentaire que la Ville est disposée à payer pour une note de 100 points) sera de 15 %.',
      'K, which represents the additional percentage the Corporation would be willing to pay for a bid scoring 100 points, is 30%.',
    ].map((sentence) => ({
      name: `K set by a verb, its value in words and figures: ${sentence}`,
      code: tender({ evaluation: '\n  comite: { secretaire: true, membres: 3 }' }, { grid: `${GRID}\n\n${sentence}` }),
    })),
    {
      name: 'K as a fraction',
      code: tender({ evaluation: '\n  comite: { secretaire: true, membres: 3 }' }, { grid: `${GRID}\n\nLe paramètre K est de 0,30.` }),
    },
    {
      name: 'K stated with a placeholder',
      code: tender(
        { evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { grid: `${GRID}\n\nLa valeur du paramètre K est de [à compléter : valeur de K] %.` },
      ),
    },
  ],
  invalid: [
    // The same with K out of range: the call awards to the lowest adjusted price, the front-matter saying nothing.
    ...ADJUSTED_AWARDS(35).map((award, index) => ({
      name: `award to the bid whose adjusted price is lowest, K of 35 %: ${award.slice(0, 50)}`,
      code: LOWEST_ADJUSTED_AWARD(award),
      // The formula's quoted line, or the sentence that holds it.
      errors: [{ line: index < 2 ? 50 : 48, messageId: 'kOutOfRange', message: /K vaut 35 %/ }],
    })),
    {
      name: 'K missing: fix inserts the K clause',
      code: tender({ evaluation: '\n  comite: { secretaire: true, membres: 3 }' }),
      errors: [{ line: 6, column: 15, messageId: 'kMissing', severity: 'error', message: /paramètre K/ }],
      output: tender(
        { evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { grid: `${GRID}\n\n**Paramètre K :** la valeur du paramètre K est de [à compléter : valeur de K, entre 15 et 30] %.` },
      ),
    },
    {
      name: 'K = 35 in the front-matter',
      code: tender({ evaluation: '\n  k: 35\n  comite: { secretaire: true, membres: 3 }' }),
      errors: [{ line: 14, message: /35 %/ }],
    },
    {
      name: 'K in words and figures out of range',
      code: tender(
        { evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { grid: `${GRID}\n\nLe paramètre K est fixé à trente-cinq pour cent (35 %).` },
      ),
      errors: [{ line: 47, messageId: 'kOutOfRange', message: /35 %/ }],
    },
    {
      name: 'K in words only, out of range',
      code: tender({ evaluation: '\n  comite: { secretaire: true, membres: 3 }' }, { grid: `${GRID}\n\nLe paramètre K est établi à trente-cinq pour cent.` }),
      errors: [{ line: 47, messageId: 'kOutOfRange', message: /35 %/ }],
    },
    {
      name: 'K out of range after what it is, between commas',
      code: tender(
        { evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { grid: `${GRID}\n\nOù K, qui représente le pourcentage que l’organisme serait prêt à payer en plus pour une soumission de 100 points, sera de 35 %.` },
      ),
      errors: [{ line: 47, messageId: 'kOutOfRange', message: /35 %/ }],
    },
    {
      name: 'K fixed at 35 % in English',
      code: tender({ evaluation: '\n  comite: { secretaire: true, membres: 3 }' }, { grid: `${GRID}\n\nThe K parameter is fixed at 35%.` }),
      errors: [{ line: 47, messageId: 'kOutOfRange' }],
    },
    {
      name: 'K = 10 in the text',
      code: tender({ evaluation: '\n  comite: { secretaire: true, membres: 3 }' }, { grid: `${GRID}\n\nK = 10 %.` }),
      errors: [{ line: 47, message: /10 %/ }],
    },
    {
      name: 'front-matter and text disagree',
      code: tender({}, { grid: `${GRID}\n\nLe paramètre K est fixé à 25 %.` }),
      errors: [{ line: 14, message: /20 % dans l'en-tête, mais 25 %/ }],
    },
    {
      name: 'K in a quality-only call: information',
      code: tender({ adjudication: 'qualite-seulement' }, { award: null, presentation: null }),
      errors: [{ line: 14, severity: 'information' }],
    },
  ],
});

ruleTester('selection-committee', {
  valid: [
    { name: 'front-matter', code: tender() },
    {
      name: 'in the text',
      code: tender({ evaluation: '\n  k: 20' }, { grid: `${GRID}\n\nLe comité de sélection est composé d’un secrétaire et d’au moins trois membres.` }),
    },
    { name: 'price only', code: tender({ adjudication: 'prix', evaluation: null }, { grid: null, award: null, presentation: null }) },
  ],
  invalid: [
    {
      name: 'two members in the front-matter',
      code: tender({ evaluation: '\n  k: 20\n  comite: { secretaire: true, membres: 2 }' }),
      errors: [{ line: 15, column: 11, messageId: 'committeeIncomplete', severity: 'error', message: /2 membres/ }],
    },
    {
      name: 'two members below the threshold: information (art. 3)',
      code: tender({ 'montant-estime': '80000', evaluation: '\n  k: 20\n  comite: { secretaire: true, membres: 2 }' }),
      errors: [{ severity: 'information', message: /art\. 3 et 29/ }],
    },
    {
      name: 'invitation call: information (art. 29)',
      code: tender({ procedure: 'invitation', evaluation: '\n  k: 20\n  comite: { membres: 3, secretaire: false }' }),
      errors: [{ severity: 'information', message: /secrétaire/ }],
    },
    {
      name: 'in the text, without secretary',
      code: tender({ evaluation: '\n  k: 20' }, { grid: `${GRID}\n\nLe comité de sélection est formé de trois membres.` }),
      errors: [{ line: 47, severity: 'error', message: /n'a pas de secrétaire/ }],
    },
    {
      name: 'not described: warning, fix inserts the committee clause',
      code: tender({ evaluation: '\n  k: 20' }),
      errors: [{ line: 6, severity: 'warning' }],
      output: tender(
        { evaluation: '\n  k: 20' },
        {
          grid: `${GRID}\n\n**Comité de sélection :** les soumissions sont évaluées par un comité de sélection composé d’un secrétaire chargé d’en coordonner les activités et d’au moins trois membres. Si un prix a été soumis, le comité évalue la qualité sans connaître ce prix.`,
        },
      ),
    },
  ],
});

ruleTester('annex2-k-parameter', {
  valid: [
    {
      name: 'English wording of K',
      code: tender({ evaluation: '\n  comite: { secretaire: true, membres: 3 }' }, { grid: `${GRID}\n\nThe value of the K parameter is 25%.` }),
    },
  ],
  invalid: [
    {
      name: 'English locale: message and clause in English',
      code: tender({ evaluation: '\n  comite: { secretaire: true, membres: 3 }' }),
      settings: { locale: 'en' },
      errors: [{ message: /do not set the value of the K parameter/ }],
      output: tender(
        { evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { grid: `${GRID}\n\n**K parameter:** the value of the K parameter is [to complete: value of K, from 15 to 30] %.` },
      ),
    },
  ],
});

/**
 * A pandoc grid table as a Word table converts (`+---+` borders, `+===+` under the header): each cell over several lines,
 * a row's weight on its first line, the header over two, a column of the acceptable level that counts it in points.
 */
const GRID_TABLE = (weights: readonly number[]) =>
  [
    '## Grille d’évaluation',
    '',
    '+-------------------------+-------------------------------+-----------+-----------+',
    '| Critère                 | Niveau de performance         | Pondéra-  | Seuil     |',
    '|                         | acceptable (70 points)        | tion (%)  |           |',
    '+=========================+===============================+===========+===========+',
    `| Expérience du           | Deux mandats comparables      | ${weights[0]}        | 70 points |`,
    '| soumissionnaire en      | décrits à la section 4.2 du   |           |           |',
    '| mandats comparables     | devis.                        |           |           |',
    '+-------------------------+-------------------------------+-----------+-----------+',
    `| Expertise du chargé     | Cinq années d’expérience,     | ${weights[1]}        | —         |`,
    '| de projet               | dont 3.5 en gestion.          |           |           |',
    '+-------------------------+-------------------------------+-----------+-----------+',
    `| Méthodologie proposée   | Une démarche qui couvre       | ${weights[2]}        | —         |`,
    '|                         | chaque étape du mandat.       |           |           |',
    '+-------------------------+-------------------------------+-----------+-----------+',
    '| Total                   |                               | 100       |           |',
    '+-------------------------+-------------------------------+-----------+-----------+',
  ].join('\n');
const GRID_TABLE_EN = (weights: readonly number[]) =>
  [
    '## Evaluation grid',
    '',
    '+----------------------+--------------------------+--------+',
    '| Criterion            | Acceptable performance   | Weight |',
    '|                      | level (70 points)        | (%)    |',
    '+======================+==========================+========+',
    `| Experience of the    | Two comparable mandates  | ${weights[0]}     |`,
    '| bidder               | (section 2.1 of the      |        |',
    '|                      | scope).                  |        |',
    '+----------------------+--------------------------+--------+',
    `| Methodology and work | A plan covering section  | ${weights[1]}     |`,
    '| plan                 | 3.4 of the scope.        |        |',
    '+----------------------+--------------------------+--------+',
  ].join('\n');
/** A grid table without its header line (`+===+`), as pandoc writes a Word table whose first row is not marked as its header. */
const HEADLESS_GRID_TABLE = (weights: readonly number[]) =>
  [
    '## Grille d’évaluation',
    '',
    '+--------------------------+--------+',
    '| Critère                  | Poids  |',
    '+--------------------------+--------+',
    `| Expérience du            | ${weights[0]}     |`,
    '| soumissionnaire          |        |',
    '+--------------------------+--------+',
    `| Méthodologie et plan de  | ${weights[1]}     |`,
    '| travail                  |        |',
    '+--------------------------+--------+',
  ].join('\n');

ruleTester('annex2-weights-total', {
  valid: [
    {
      name: 'a pandoc grid table of cells over several lines, a column of the acceptable level in points',
      code: tender({}, { grid: GRID_TABLE([30, 30, 40]) }),
    },
    { name: 'a pandoc grid table (English)', code: tender({}, { grid: GRID_TABLE_EN([40, 60]) }), settings: { locale: 'en' } },
    { name: 'a pandoc grid table without its header line', code: tender({}, { grid: HEADLESS_GRID_TABLE([40, 60]) }) },
  ],
  invalid: [
    {
      name: 'English locale',
      code: tender({}, { grid: GRID.replace('| 40 |', '| 45 |') }),
      settings: { locale: 'en' },
      errors: [{ message: /add up to 105%: they must add up to 100%/ }],
    },
    {
      name: 'a pandoc grid table whose weights add up to 105, its Total row saying 100',
      code: tender({}, { grid: GRID_TABLE([30, 35, 40]) }),
      errors: [{ line: 37, column: 1, messageId: 'totalNot100', message: /105 % \(la ligne Total indique 100\)/ }],
    },
    {
      name: 'a pandoc grid table whose weights add up to 90 (English)',
      code: tender({}, { grid: GRID_TABLE_EN([40, 50]) }),
      settings: { locale: 'en' },
      errors: [{ line: 37, column: 1, messageId: 'totalNot100', message: /add up to 90%/ }],
    },
    {
      name: 'a pandoc grid table without its header line whose weights add up to 110',
      code: tender({}, { grid: HEADLESS_GRID_TABLE([40, 70]) }),
      errors: [{ line: 37, column: 1, messageId: 'totalNot100', message: /110 %/ }],
    },
    {
      name: 'a criterion of a pandoc grid table without weight: named on one line',
      code: tender(
        {},
        {
          grid: GRID_TABLE([30, 30, 40]).replace(
            '| Méthodologie proposée   | Une démarche qui couvre       | 40 ',
            '| Méthodologie proposée   | Une démarche qui couvre       |    ',
          ),
        },
      ),
      errors: [{ line: 47, column: 1, messageId: 'criterionWithoutWeight', message: /« Méthodologie proposée » n'a pas de poids/ }],
    },
    {
      name: 'a criterion over three lines of a pandoc grid table without weight, named on one line',
      code: tender({}, { grid: GRID_TABLE([30, 30, 40]).replace('| 30        | 70 points |', '|           | 70 points |') }),
      errors: [
        { line: 40, column: 1, messageId: 'criterionWithoutWeight', message: /« Expérience du soumissionnaire en mandats comparables » n'a pas de poids/ },
      ],
    },
  ],
});

const MINIMUM_QUALITY = { adjudication: 'qualite-minimale', evaluation: '\n  comite: { secretaire: true, membres: 3 }' };
const LOWEST_PRICE = '## Adjudication\n\nLe contrat est adjugé au prestataire dont la soumission acceptable présente le prix le plus bas.';
const UNWEIGHTED = [
  '## Grille d’évaluation',
  '',
  '| Critère | Niveau de performance acceptable |',
  '|---|---|',
  '| Expérience | Deux mandats comparables |',
  '| Expertise | Cinq ans d’expérience |',
  '| Méthodologie | Une démarche complète |',
].join('\n');

ruleTester('annex1-no-compensation', {
  valid: [
    { name: 'each criterion at its acceptable level, no weights', code: tender(MINIMUM_QUALITY, { grid: UNWEIGHTED, award: LOWEST_PRICE }) },
    {
      name: 'the rule of annexe 1 art. 3, and no compensation',
      code: tender(MINIMUM_QUALITY, {
        grid: `${UNWEIGHTED}\n\nUne soumission qui n’atteint pas le niveau de performance acceptable pour l’un des critères est rejetée; aucune compensation entre les critères n’est possible.`,
        award: LOWEST_PRICE,
      }),
    },
    {
      name: 'a note that says what fails the level, and a strong criterion that does not make up for a weak one (English)',
      code: tender(MINIMUM_QUALITY, {
        grid: `${UNWEIGHTED}\n\n*Criterion 3.* A plan based only on "best efforts" does not reach the acceptable level.\n\nA tender that is "Not acceptable" on even one criterion is rejected; a strong result on another criterion does not make up for it.`,
        award: LOWEST_PRICE,
      }),
    },
    // Each criterion's level required, as one or more criteria missed rejects the bid.
    ...[
      'Une soumission qui n’atteint pas le niveau de performance acceptable pour au moins un des critères est rejetée.',
      'A tender that fails to reach the acceptable level on one or more criteria is rejected.',
      'Le comité évalue au moins trois des quatre critères à partir des documents remis, le quatrième en entrevue.',
    ].map((sentence) => ({
      name: `every criterion required: ${sentence}`,
      code: tender(MINIMUM_QUALITY, { grid: `${UNWEIGHTED}\n\n${sentence}`, award: LOWEST_PRICE }),
    })),
    {
      name: 'the award’s reserve at the body’s discretion, not the evaluation’s',
      code: tender(MINIMUM_QUALITY, {
        grid: `${UNWEIGHTED}\n\nLe Ministère peut, à sa discrétion, accepter ou rejeter toute soumission qui comporte une irrégularité mineure.`,
        award: LOWEST_PRICE,
      }),
    },
  ],
  invalid: [
    {
      name: 'weighted grid',
      code: tender(MINIMUM_QUALITY, { award: LOWEST_PRICE }),
      errors: [{ line: 37, column: 1, messageId: 'compensation', severity: 'warning' }],
      output: null,
    },
    {
      name: 'final-score threshold',
      code: tender(MINIMUM_QUALITY, {
        grid: `${UNWEIGHTED}\n\nUne soumission est acceptable si sa note finale est d’au moins 70 points.`,
        award: LOWEST_PRICE,
      }),
      errors: [{ line: 41 }],
    },
    {
      name: 'a bid failing a criterion declared acceptable at the committee’s discretion',
      code: tender(MINIMUM_QUALITY, {
        grid: `${UNWEIGHTED}\n\nUne soumission qui n’atteint pas le niveau de performance acceptable pour un critère peut être déclarée acceptable à la discrétion du comité.`,
        award: LOWEST_PRICE,
      }),
      errors: [{ line: 41, messageId: 'acceptableDespiteCriterion', severity: 'error', message: /annexe 1, art. 3/ }],
    },
    {
      name: 'a bid failing a criterion retained all the same',
      code: tender(MINIMUM_QUALITY, {
        grid: `${UNWEIGHTED}\n\nLe comité pourra quand même retenir une soumission « non atteint » pour le critère 2 si les deux autres critères sont atteints.`,
        award: LOWEST_PRICE,
      }),
      errors: [{ line: 41, messageId: 'acceptableDespiteCriterion' }],
    },
    // Acceptable on some of the criteria only, French and English, in figures or in words.
    ...[
      'Une soumission est jugée acceptable si elle atteint le niveau de performance acceptable pour au moins deux des trois critères.',
      'La soumission qui atteint le niveau acceptable pour la majorité des critères est retenue.',
      'Toute soumission qui n’atteint pas le niveau acceptable pour deux critères ou plus est rejetée.',
      'A tender reaching the acceptable performance level on 2 out of 3 criteria is acceptable.',
      'A tender is acceptable when it meets the acceptable level for all but one criterion.',
    ].map((sentence) => ({
      name: `acceptable on some criteria only: ${sentence}`,
      code: tender(MINIMUM_QUALITY, { grid: `${UNWEIGHTED}\n\n${sentence}`, award: LOWEST_PRICE }),
      errors: [{ line: 41, messageId: 'acceptableDespiteCriterion', severity: 'error' as const, message: /annexe 1, art. 3/ }],
    })),
    {
      name: 'one criterion making up for another (English)',
      code: tender(MINIMUM_QUALITY, {
        grid: `${UNWEIGHTED}\n\nNotes for the committee: a high result on criterion 1 may offset a weak result on criterion 3.`,
        award: LOWEST_PRICE,
      }),
      settings: { locale: 'en' },
      errors: [{ line: 41, messageId: 'acceptableDespiteCriterion', severity: 'error', message: /Annex 1, s\. 3/ }],
    },
    {
      name: 'a tender failing a criterion found acceptable nonetheless (English)',
      code: tender(MINIMUM_QUALITY, {
        grid: `${UNWEIGHTED}\n\n*Criterion 2.* Where the team falls short, the tender can nonetheless be found acceptable if criteria 1 and 3 are met.`,
        award: LOWEST_PRICE,
      }),
      errors: [{ line: 41, messageId: 'acceptableDespiteCriterion' }],
    },
  ],
});

/** A minimum-quality grid (annexe 1) that names its criteria and nothing more. */
const NAMED_ONLY = [
  '## Grille d’évaluation',
  '',
  '| Critère |',
  '|---|',
  '| Expérience du soumissionnaire |',
  '| Expertise du chargé de projet |',
  '| Méthodologie proposée |',
].join('\n');
const EXPERIENCE = '- Expérience du soumissionnaire : au moins deux mandats comparables réalisés au cours des cinq dernières années.';
/** A grid of annexe 1 with its levels' column, its last row given. */
const levelsGrid = (last: string) =>
  [
    '## Grille d’évaluation',
    '',
    '| Critère | Niveau de performance acceptable |',
    '|---|---|',
    '| Expérience du soumissionnaire | Deux mandats comparables au cours des cinq dernières années |',
    '| Expertise du chargé de projet | Dix ans d’expérience en gestion de projets semblables |',
    last,
  ].join('\n');
const METHOD_LEVEL = '3. Méthodologie proposée : une démarche qui couvre chaque étape du mandat, avec son échéancier.';
/** Annexe 1's criteria as a list a passage announces, each entry's level after its name, its last entry given. */
const LISTED_LEVELS = (last: string) =>
  [
    '## Grille d’évaluation',
    '',
    'Le comité évalue chaque soumission selon les critères suivants :',
    '',
    '1. Expérience du soumissionnaire : au moins deux mandats comparables réalisés au cours des cinq dernières années.',
    '2. Expertise du chargé de projet : dix ans d’expérience en gestion de projets semblables.',
    last,
  ].join('\n');
/** The same in English, each level in its entry's sub-list, the last level given. */
const NESTED_LEVELS = (last: string) =>
  [
    '## Evaluation grid',
    '',
    'The committee evaluates each proposal against the following criteria:',
    '',
    '- Criterion 1 — Relevant experience',
    '  - Acceptable level: two mandates of a similar size in the last five years.',
    '- Criterion 2 — Project team',
    '  - Acceptable level: a project lead with ten years of experience in collections.',
    '- Criterion 3 — Proposed approach',
    `  - Acceptable level: ${last}`,
  ].join('\n');
const METHOD = '- Méthodologie proposée : une démarche qui couvre chaque étape du mandat, avec son échéancier et ses livrables.';

ruleTester('annex1-acceptable-level', {
  valid: [
    { name: 'the levels in a column of the grid', code: tender(MINIMUM_QUALITY, { grid: UNWEIGHTED, award: LOWEST_PRICE }) },
    {
      name: 'each criterion described in a list after the grid',
      code: tender(MINIMUM_QUALITY, {
        grid: `${NAMED_ONLY}\n\n${EXPERIENCE}\n- Expertise du chargé de projet : au moins dix ans d’expérience dans la gestion de projets semblables.\n${METHOD}`,
        award: LOWEST_PRICE,
      }),
    },
    {
      name: 'the levels set out in an annex',
      code: tender(MINIMUM_QUALITY, {
        grid: `${NAMED_ONLY}\n\nLes éléments de qualité requis pour atteindre le niveau de performance acceptable de chaque critère sont décrits à l’annexe B.`,
        award: LOWEST_PRICE,
      }),
    },
    { name: 'quality and price (annexe 2): the annex 2 rule applies', code: tender({}, { grid: NAMED_ONLY.replace('| Critère |', '| Critère | Poids |') }) },
    // A level that names its elements, the committee judging whether a bid reaches it.
    ...[
      '| Méthodologie proposée | Un plan couvrant chaque étape, avec échéancier, que le comité juge selon son contenu |',
      '| Méthodologie proposée | Une démarche complète, à la satisfaction du comité |',
    ].map((row) => ({ name: `a level with elements: ${row.slice(26, 70)}`, code: tender(MINIMUM_QUALITY, { grid: levelsGrid(row), award: LOWEST_PRICE }) })),
    {
      name: 'a list of criteria announced by a passage, each level after its name (not read as part of the name)',
      code: tender(MINIMUM_QUALITY, { grid: LISTED_LEVELS(METHOD_LEVEL), award: LOWEST_PRICE }),
    },
    {
      name: 'a list of criteria, each level in its sub-list (English)',
      code: tender(MINIMUM_QUALITY, { grid: NESTED_LEVELS('three mandates of a similar size in the last five years.'), award: LOWEST_PRICE }),
      settings: { locale: 'en' },
    },
  ],
  invalid: [
    // A level column that leaves the level to the committee, or sets it later: no element is stated (annexe 1, art. 2).
    ...[
      ['Selon l’appréciation du comité de sélection', 'fr'],
      ['À la discrétion du comité', 'fr'],
      ['À déterminer', 'fr'],
      ['At the sole discretion of the evaluation committee', 'en'],
      ['To be determined by the evaluators', 'en'],
      // Inflections no list names: read by their stems.
      ['Jugés par les évaluatrices', 'fr'],
      ['Appréciés par les membres du comité', 'fr'],
      ['Judged by the evaluation panels', 'en'],
    ].map(([level, locale]) => ({
      name: `level left to the committee: ${level}`,
      code: tender(MINIMUM_QUALITY, { grid: levelsGrid(`| Méthodologie proposée | ${level} |`), award: LOWEST_PRICE }),
      settings: { locale: locale as 'fr' | 'en' },
      errors: [
        {
          line: 39,
          column: 27,
          messageId: 'levelLeftToCommittee',
          severity: 'error' as const,
          message:
            locale === 'fr'
              ? /« Méthodologie proposée ».*laissé à l'appréciation du comité.*annexe 1, art\. 2/
              : /"Méthodologie proposée".*left to the committee's judgement.*Annex 1, s\. 2/,
        },
      ],
    })),
    {
      name: 'level left to the committee where the levels are also said to be set out elsewhere: to confirm',
      code: tender(MINIMUM_QUALITY, {
        grid: `${levelsGrid('| Méthodologie proposée | Selon l’appréciation du comité |')}\n\nLes éléments de qualité requis pour atteindre le niveau de performance acceptable de chaque critère sont décrits à l’annexe B.`,
        award: LOWEST_PRICE,
      }),
      errors: [{ line: 39, column: 27, messageId: 'levelLeftToCommittee', severity: 'warning' }],
    },
    // A bare assessment, the same for any criterion: to confirm.
    ...[
      ['Satisfaisante', 'fr'],
      ['Méthodologie satisfaisante', 'fr'],
      ['Conforme aux attentes du comité', 'fr'],
      ['Meets expectations', 'en'],
      ['Répond à l’exigence', 'fr'],
      ['Conformément à l’attente', 'fr'],
      ['Sufficiently meeting the requirement', 'en'],
    ].map(([level, locale]) => ({
      name: `a bare assessment: ${level}`,
      code: tender(MINIMUM_QUALITY, { grid: levelsGrid(`| Méthodologie proposée | ${level} |`), award: LOWEST_PRICE }),
      settings: { locale: locale as 'fr' | 'en' },
      errors: [{ line: 39, column: 27, messageId: 'levelVague', severity: 'warning' as const, message: locale === 'fr' ? /À confirmer/ : /To confirm/ }],
    })),
    {
      name: 'a dash in the level column is no level',
      code: tender(MINIMUM_QUALITY, { grid: levelsGrid('| Méthodologie proposée | — |'), award: LOWEST_PRICE }),
      errors: [{ line: 39, column: 1, messageId: 'criterionNotDescribed', severity: 'error' }],
    },
    {
      name: 'a list of criteria announced by a passage, one level left to the committee after its name',
      code: tender(MINIMUM_QUALITY, { grid: LISTED_LEVELS('3. Méthodologie proposée : selon le jugement des évaluateurs.'), award: LOWEST_PRICE }),
      errors: [
        {
          line: 39,
          column: 28,
          messageId: 'levelLeftToCommittee',
          severity: 'error',
          message: /« Méthodologie proposée » \(« selon le jugement des évaluateurs »\)/,
        },
      ],
    },
    {
      name: 'a list of criteria, one level in its sub-list left to the committee (English)',
      code: tender(MINIMUM_QUALITY, { grid: NESTED_LEVELS('as assessed by the selection committee.'), award: LOWEST_PRICE }),
      settings: { locale: 'en' },
      errors: [{ line: 42, column: 5, messageId: 'levelLeftToCommittee', severity: 'error', message: /"Proposed approach"/ }],
    },
    {
      name: 'criteria named only: each one, at its row of the grid',
      code: tender(MINIMUM_QUALITY, { grid: NAMED_ONLY, award: LOWEST_PRICE }),
      errors: [
        { line: 37, column: 1, messageId: 'criterionNotDescribed', severity: 'error', message: /« Expérience du soumissionnaire ».*annexe 1, art\. 2/ },
        { line: 38, column: 1, messageId: 'criterionNotDescribed', message: /« Expertise du chargé de projet »/ },
        { line: 39, column: 1, messageId: 'criterionNotDescribed', message: /« Méthodologie proposée »/ },
      ],
    },
    {
      name: 'one criterion left undescribed: fix inserts its level to complete',
      code: tender(MINIMUM_QUALITY, { grid: `${NAMED_ONLY}\n\n${EXPERIENCE}\n${METHOD}`, award: LOWEST_PRICE }),
      errors: [{ line: 38, column: 1, messageId: 'criterionNotDescribed', message: /« Expertise du chargé de projet »/ }],
      output: tender(MINIMUM_QUALITY, {
        grid: `${NAMED_ONLY}\n\n${EXPERIENCE}\n${METHOD}\n\n**Expertise du chargé de projet — niveau de performance acceptable :** [à compléter : éléments de qualité requis pour atteindre le niveau de performance acceptable].`,
        award: LOWEST_PRICE,
      }),
    },
  ],
});

ruleTester('committee-evaluates-without-price', {
  valid: [
    { name: 'the usual two envelopes', code: tender() },
    {
      name: 'prices opened after the quality evaluation',
      code: tender(
        {},
        {
          grid: `${GRID}\n\nLe comité de sélection évalue la qualité sans connaître le prix; les enveloppes de prix des soumissions acceptables sont ouvertes après l’évaluation de la qualité.`,
        },
      ),
    },
    {
      name: 'quality only: no price is asked',
      code: tender({ adjudication: 'qualite-seulement' }, { grid: `${GRID}\n\nLe comité ouvre les enveloppes de prix avant l’évaluation de la qualité.` }),
    },
    // A sentence that denies what the rule looks for (a negation on the verb, a negative subject: « aucun », "none of whom").
    ...[
      'Le comité n’ouvre pas les enveloppes de prix avant l’évaluation de la qualité.',
      'Aucun membre du comité ne prend connaissance des prix avant la fin de l’évaluation de la qualité.',
      'The committee never opens the price envelopes before it has scored quality.',
      'The selection committee (a secretary and three members, none of whom sees the prices before the quality evaluation is final) scores each criterion.',
      '| Step | How it works |\n|---|---|\n| Selection committee | A secretary and at least 3 members, none of whom sees the prices before the quality evaluation is final |',
    ].map((text) => ({ name: `denied: ${text.replaceAll('\n', ' ⏎ ').slice(0, 60)}`, code: tender({}, { grid: `${GRID}\n\n${text}` }) })),
  ],
  invalid: [
    {
      name: 'the committee opens the prices first',
      code: tender({}, { grid: `${GRID}\n\nLe comité de sélection ouvre les enveloppes de prix avant l’évaluation de la qualité des soumissions.` }),
      errors: [{ line: 48, column: 1, messageId: 'priceSeen', severity: 'error', message: /sans connaître le prix/ }],
      output: null,
    },
    {
      name: 'prices handed to the committee at the start',
      code: tender({}, { grid: `${GRID}\n\nLes bordereaux de prix sont remis au comité dès le début de l’évaluation de la qualité.` }),
      errors: [{ severity: 'error' }],
    },
    {
      name: 'English',
      code: tender({}, { grid: `${GRID}\n\nThe committee reviews the prices before scoring quality.` }),
      settings: { locale: 'en' },
      errors: [{ message: /without knowing the price/ }],
    },
  ],
});

// The formula is read as arithmetic (issue 13): ÷ / "divisé par" / "divided by"; [] {} (); × * x; − -;
// words in either language; LaTeX; K written as its value. A wrong constant, "1 − K", "× 30" or a price
// multiplied by the factor is another formula, reported at the text.
const awardWith = (formula: string) => ({ award: `## Adjudication\n\nLe contrat est adjugé au prix ajusté le plus bas.\n\n${formula}` });
ruleTester('annex2-adjusted-price-formula', {
  valid: [
    {
      name: 'English, "÷" and square brackets',
      code: tender({}, awardWith('Adjusted tender price = Price submitted ÷ [1 + K × (Total quality score − 70) ÷ 30]')),
    },
    { name: 'braces, "*", the division nested', code: tender({}, awardWith('Prix ajusté = prix soumis / {1 + K * [(NF - 70) / 30]}')) },
    {
      name: 'operators in French words',
      code: tender({}, awardWith('Le prix soumis est divisé par 1 plus K multiplié par (la note finale moins 70) divisé par 30.')),
    },
    {
      name: 'operators in English words',
      code: tender({}, awardWith('The adjusted price is the tendered price divided by (1 plus K times (the final quality score minus 70) over 30).')),
    },
    { name: 'LaTeX \\frac', code: tender({}, awardWith('$$\\text{Prix ajusté} = \\frac{\\text{Prix soumis}}{1 + K \\times \\frac{NF - 70}{30}}$$')) },
    { name: 'K written as its value', code: tender({}, awardWith('Prix ajusté = Prix de la soumission / (1 + 0,15 × (Note finale de qualité − 70) / 30)')) },
    { name: 'juxtaposition and "x"', code: tender({}, awardWith('Prix ajusté = Prix soumis x 1 / (1 + K(NF - 70)/30)')) },
    {
      name: 'the price divided by the factor, its brackets left out',
      code: tender({}, awardWith('Prix ajusté = Prix soumis / 1 + K × (note finale − 70) / 30')),
    },
  ],
  invalid: [
    {
      name: '"1 − K"',
      code: tender({}, awardWith('Prix ajusté = Prix soumis ÷ [1 − K × (Note finale − 70) ÷ 30]')),
      errors: [{ line: 52, message: /n'est pas celle de l'annexe 2/ }],
      output: null,
    },
    {
      name: '"× 30"',
      code: tender({}, awardWith('Adjusted price = Tendered price ÷ [1 + K × (Final quality score − 70) × 30]')),
      errors: [{ line: 52, message: /n'est pas celle/ }],
    },
    {
      name: 'a wrong constant: "− 60"',
      code: tender({}, awardWith('Prix ajusté = prix soumis / (1 + K × (note finale − 60) / 30)')),
      errors: [{ line: 52, message: /n'est pas celle/ }],
    },
    {
      name: 'the price multiplied by the factor',
      code: tender({}, awardWith('Prix ajusté = prix soumis × [1 + K × (note finale − 70) / 30]')),
      errors: [{ line: 52, message: /n'est pas celle/ }],
    },
    {
      name: 'a wrong factor written in words, without "prix ajusté ="',
      code: tender({}, awardWith('Le prix soumis est divisé par 1 plus K multiplié par (la note finale moins 70) multiplié par 30.')),
      errors: [{ line: 52, message: /n'est pas celle/ }],
    },
  ],
});
