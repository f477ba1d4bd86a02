import { ruleTester } from '../ruleTester.js';
import { GRID, tender } from './tenderDocument.js';

const PRICE_ONLY = {
  grid: null,
  award: '## Adjudication\n\nLe contrat est adjugé au prestataire qui a soumis le prix le plus bas.',
  presentation: null,
} as const;
const QUALITY_ONLY_AWARD = '## Adjudication\n\nLe contrat est adjugé au prestataire dont la soumission acceptable a obtenu la note finale la plus élevée.';
const TARIFF =
  '## Honoraires\n\nLes honoraires sont établis selon le tarif d’honoraires pour services professionnels fournis au gouvernement par des ingénieurs, approuvé par décret.';

ruleTester('technical-services-price-only', {
  valid: [
    {
      name: 'technical services, price only',
      code: tender({ contrat: '{ nature: services-techniques }', adjudication: 'prix', evaluation: null }, PRICE_ONLY),
    },
    { name: 'technical services evaluated on quality with the art. 33 mechanics', code: tender({ contrat: '{ nature: services-techniques }' }) },
  ],
  invalid: [
    {
      name: 'technical services evaluated on quality without grid or committee',
      code: tender({ contrat: '{ nature: services-techniques }', evaluation: '\n  k: 20' }, { grid: null, presentation: null }),
      errors: [{ line: 6, column: 15, messageId: 'qualityWithoutSectionIv', severity: 'error', message: /art\. 33/ }],
      output: null,
    },
  ],
});

ruleTester('technical-services-quality-section-iv', {
  valid: [
    { name: 'grid, committee and separate envelopes', code: tender({ contrat: '{ nature: services-techniques }' }) },
    {
      name: 'grid as headings whose weight is a labelled field out of 100, a minimum field after one',
      code: tender(
        { contrat: '{ nature: services-techniques }' },
        {
          grid: [
            '## Grille d’évaluation',
            '',
            'Chaque critère est évalué sur une échelle de 0 à 100 points.',
            '',
            '### Critère 1 — Capacité de l’entreprise — poids : 40 points sur 100',
            '',
            'Deux contrats d’entretien comparables.',
            '',
            '### Critère 2 — Plan d’intervention — poids : 60 points sur 100 — note minimale requise : 70 sur 100',
            '',
            'Un plan qui respecte les délais du devis.',
          ].join('\n'),
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'grid and committee, price and quality not separated',
      code: tender({ contrat: '{ nature: services-techniques }' }, { presentation: null }),
      errors: [{ line: 6, column: 15, messageId: 'mechanicsMissing', severity: 'warning', message: /présentation séparée/ }],
    },
  ],
});

ruleTester('professional-services-quality-criteria', {
  valid: [
    { name: 'grid as a body table', code: tender() },
    {
      name: 'minimum quality, criteria in a table without weights',
      code: tender(
        { adjudication: 'qualite-minimale' },
        {
          grid: '## Grille d’évaluation\n\n| Critère | Niveau de performance acceptable |\n|---|---|\n| Expérience | Deux mandats |\n| Expertise | Cinq ans |\n| Méthodologie | Démarche complète |',
          award: '## Adjudication\n\nLe contrat est adjugé au prix le plus bas.',
        },
      ),
    },
    { name: 'price only (art. 34)', code: tender({ adjudication: 'prix', evaluation: null }, PRICE_ONLY) },
    {
      name: 'criteria typed in « (i) » lines after their introduction (one paragraph for CommonMark)',
      code: tender(
        {},
        {
          grid: '## Évaluation de la qualité\n\nLe comité évalue chaque proposition selon les critères suivants; le niveau de performance acceptable de chacun est décrit à l’annexe 2 :\n\n(i) expérience du soumissionnaire en muséologie;\n(ii) expertise du chargé de projet;\n(iii) méthodologie proposée.',
        },
      ),
    },
    // Under a heading that is its number alone, the list is a grid by its shape: weighted entries that total 100.
    {
      name: 'criteria in a list, each weight in parentheses, under a heading that is a number alone',
      code: tender(
        {},
        {
          grid: '## 6.\n\nLe poids de chaque critère est entre parenthèses.\n\n1. **Expérience de la firme (20 points)**\n   Mandats comparables.\n2. **Approche proposée (45 points)**\n   Méthode.\n3. **Chargé de projet (35 points)**\n   Formation.',
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'weighted entries that do not total 100, under a heading that is a number alone, are no grid',
      code: tender(
        {},
        {
          grid: '## 6.\n\nLes pénalités sont les suivantes.\n\n1. **Retard de livraison (20 points)**\n2. **Rapport incomplet (45 points)**\n3. **Absence à une réunion (10 points)**',
        },
      ),
      errors: [{ line: 6, column: 15, messageId: 'criteriaMissing', severity: 'error' }],
      output: null,
    },
    {
      name: 'quality-price without criteria',
      code: tender({}, { grid: null }),
      errors: [{ line: 6, column: 15, messageId: 'criteriaMissing', severity: 'error' }],
      output: null,
    },
  ],
});

ruleTester('professional-services-separate-price', {
  valid: [
    { name: 'two envelopes', code: tender() },
    {
      name: 'sealed envelope wording',
      code: tender(
        {},
        { presentation: '## Présentation\n\nL’enveloppe no 1 contient la démonstration de la qualité; l’enveloppe no 2 contient le bordereau de prix.' },
      ),
    },
    {
      name: 'the price envelope sealed and distinct, its qualities coordinated (French)',
      code: tender({}, { presentation: '## Présentation\n\n- Bordereau de prix signé, dans une enveloppe **scellée et distincte**' }),
    },
    {
      name: 'the price envelope sealed and distinct, its qualities coordinated (English)',
      code: tender({}, { presentation: '## Presentation\n\nThe signed fee schedule goes in a sealed and distinct envelope.' }),
    },
    {
      name: 'quality only: no price',
      code: tender(
        { adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { award: `${QUALITY_ONLY_AWARD}\n\n${TARIFF}`, presentation: null },
      ),
    },
  ],
  invalid: [
    {
      name: 'a sealed and labelled envelope is no separate one',
      code: tender({}, { presentation: '## Présentation\n\nLe bordereau de prix est remis dans une enveloppe scellée et identifiée.' }),
      errors: [{ line: 6, column: 15, messageId: 'notSeparate', severity: 'error' }],
    },
    {
      name: 'missing: fix inserts the two-envelope clause',
      code: tender({}, { presentation: null }),
      errors: [{ line: 6, column: 15, messageId: 'notSeparate', severity: 'error' }],
      output: tender(
        {},
        {
          presentation: null,
          grid: `${GRID}\n\n**Présentation des soumissions :** le prix et la démonstration de la qualité sont présentés séparément, dans deux enveloppes distinctes : l’enveloppe no 1 contient la démonstration de la qualité et l’enveloppe no 2, le prix. Le comité de sélection évalue la qualité sans connaître le prix.`,
        },
      ),
    },
  ],
});

ruleTester('quality-price-award-rule', {
  valid: [{ name: 'lowest adjusted price', code: tender() }],
  invalid: [
    {
      name: 'quality-price but awarded to the lowest price',
      code: tender(
        {},
        {
          award:
            '## Adjudication\n\nLe contrat est adjugé au prestataire qui a soumis le prix le plus bas. Prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30).',
        },
      ),
      errors: [{ line: 50, column: 1, messageId: 'otherAwardRule', severity: 'error', message: /prix ajusté le plus bas, non selon le prix le plus bas/ }],
    },
  ],
});

ruleTester('quality-only-award-rule', {
  valid: [
    {
      name: 'highest final score',
      code: tender(
        { adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { award: `${QUALITY_ONLY_AWARD}\n\n${TARIFF}`, presentation: null },
      ),
    },
  ],
  invalid: [
    {
      name: 'quality only but awarded to the lowest adjusted price',
      code: tender(
        { adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { award: `## Adjudication\n\nLe contrat est adjugé au prix ajusté le plus bas.\n\n${TARIFF}`, presentation: null },
      ),
      errors: [{ line: 45, column: 1, messageId: 'otherAwardRule', message: /note finale la plus élevée/ }],
    },
  ],
});

ruleTester('minimum-quality-award-rule', {
  valid: [
    {
      name: 'lowest price among acceptable bids',
      code: tender(
        { adjudication: 'qualite-minimale' },
        { award: '## Adjudication\n\nLe contrat est adjugé au prestataire qui a soumis le prix le plus bas.' },
      ),
    },
  ],
  invalid: [
    {
      name: 'minimum quality but awarded to the highest final score',
      code: tender({ adjudication: 'qualite-minimale' }, { award: QUALITY_ONLY_AWARD }),
      errors: [{ line: 50, column: 1, messageId: 'otherAwardRule', message: /prix le plus bas, non selon la note finale la plus élevée/ }],
    },
  ],
});

ruleTester('quality-only-tariff', {
  valid: [
    {
      name: 'tariff stated',
      code: tender(
        { adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { award: `${QUALITY_ONLY_AWARD}\n\n${TARIFF}`, presentation: null },
      ),
    },
    {
      name: 'engineering: art. 24 needs no tariff',
      code: tender(
        {
          contrat: '{ nature: services-professionnels, domaine: genie }',
          adjudication: 'qualite-seulement',
          evaluation: '\n  comite: { secretaire: true, membres: 3 }',
        },
        { award: QUALITY_ONLY_AWARD, presentation: null },
      ),
    },
    {
      name: 'advertising campaign (art. 39)',
      code: tender(
        {
          contrat: '{ nature: services-professionnels, domaine: publicite }',
          adjudication: 'qualite-seulement',
          evaluation: '\n  comite: { secretaire: true, membres: 3 }',
        },
        { award: QUALITY_ONLY_AWARD, presentation: null },
      ),
    },
  ],
  invalid: [
    {
      name: 'quality only without a tariff: fix inserts the tariff clause',
      code: tender(
        { adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { award: QUALITY_ONLY_AWARD, presentation: null },
      ),
      errors: [{ line: 6, column: 15, messageId: 'tariffMissing', severity: 'error' }],
      output: tender(
        { adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        {
          award: `${QUALITY_ONLY_AWARD}\n\n**Tarif applicable :** les honoraires sont établis selon le tarif [à compléter : nom du tarif], approuvé par [à compléter : le gouvernement ou le Conseil du trésor, ou loi en vertu de laquelle il est pris].`,
          presentation: null,
        },
      ),
    },
  ],
});

const ENGINEERING = '{ nature: services-professionnels, domaine: genie }';

ruleTester('architecture-engineering-quality-only', {
  valid: [
    {
      name: 'engineering, quality only',
      code: tender(
        { contrat: ENGINEERING, adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { award: QUALITY_ONLY_AWARD, presentation: null },
      ),
    },
    { name: 'forestry engineering may use quality-price', code: tender({ contrat: '{ nature: services-professionnels, domaine: genie-forestier }' }) },
    {
      name: 'engineering, quality only, the documents refusing any price',
      code: tender(
        { contrat: ENGINEERING, adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        {
          award: QUALITY_ONLY_AWARD,
          presentation: '## Présentation\n\nAucune proposition d’honoraires ne doit être jointe à l’offre : les honoraires suivent le tarif.',
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'architecture, quality only, but a price envelope is asked for',
      code: tender(
        {
          contrat: '{ nature: services-professionnels, domaine: architecture }',
          adjudication: 'qualite-seulement',
          evaluation: '\n  comite: { secretaire: true, membres: 3 }',
        },
        {
          award: QUALITY_ONLY_AWARD,
          presentation: "## Présentation\n\nL'offre est présentée en deux enveloppes : l'enveloppe no 2 contient la proposition d'honoraires forfaitaires.",
        },
      ),
      errors: [{ line: 31, column: 1, messageId: 'priceRequested', severity: 'error', message: /demande un prix/ }],
      output: null,
    },
    {
      name: 'engineering, quality only, but bidders state their fees',
      code: tender(
        { contrat: ENGINEERING, adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' },
        { award: QUALITY_ONLY_AWARD, presentation: '## Présentation\n\nLe soumissionnaire indique ses honoraires forfaitaires au formulaire de l’annexe D.' },
      ),
      errors: [{ line: 31, message: /demande un prix/ }],
    },
    {
      name: 'architecture, quality-price: fix sets qualite-seulement',
      code: tender(
        {
          contrat: '{ nature: services-professionnels, domaine: architecture }',
          adjudication: 'qualite-prix',
          evaluation: '\n  comite: { secretaire: true, membres: 3 }',
        },
        { award: QUALITY_ONLY_AWARD, presentation: null },
      ),
      errors: [{ line: 6, severity: 'error', message: /qualite-seulement/ }],
      output: tender(
        {
          contrat: '{ nature: services-professionnels, domaine: architecture }',
          adjudication: 'qualite-seulement',
          evaluation: '\n  comite: { secretaire: true, membres: 3 }',
        },
        { award: QUALITY_ONLY_AWARD, presentation: null },
      ),
    },
    {
      name: 'soils and materials engineering is engineering',
      code: tender({ contrat: '{ nature: services-professionnels, domaine: sols-materiaux }' }),
      errors: [{ line: 6 }],
    },
  ],
});

ruleTester('professional-services-price-only', {
  valid: [{ name: 'professional services other than engineering, price only', code: tender({ adjudication: 'prix', evaluation: null }, PRICE_ONLY) }],
  invalid: [
    {
      name: 'engineering, price only',
      code: tender({ contrat: ENGINEERING, adjudication: 'prix', evaluation: null }, PRICE_ONLY),
      errors: [{ line: 6, column: 15, messageId: 'architectureEngineeringOnPrice', severity: 'error', message: /art\. 34 et 24/ }],
      output: null,
    },
  ],
});

const QUALITY_ONLY = { adjudication: 'qualite-seulement', evaluation: '\n  comite: { secretaire: true, membres: 3 }' };
const ENGINEERING_REGIONAL = { ...QUALITY_ONLY, contrat: ENGINEERING, procedure: 'regionalise', 'montant-estime': '200000' };
const PERMANENT =
  'Le chargé de projet est une ressource permanente du prestataire et travaille dans un établissement situé dans la région de la Gaspésie depuis au moins 2 mois avant la date limite de réception.';

ruleTester('regionalised-project-manager', {
  valid: [
    { name: 'permanent resource required', code: tender(ENGINEERING_REGIONAL, { award: `${QUALITY_ONLY_AWARD}\n\n${PERMANENT}`, presentation: null }) },
    { name: '250 000 $ or more', code: tender({ ...ENGINEERING_REGIONAL, 'montant-estime': '250000' }, { award: QUALITY_ONLY_AWARD, presentation: null }) },
    {
      name: 'soils and materials engineering is excepted',
      code: tender(
        { ...ENGINEERING_REGIONAL, contrat: '{ nature: services-professionnels, domaine: sols-materiaux }' },
        { award: QUALITY_ONLY_AWARD, presentation: null },
      ),
    },
    { name: 'public call', code: tender({ ...ENGINEERING_REGIONAL, procedure: 'public' }, { award: QUALITY_ONLY_AWARD, presentation: null }) },
  ],
  invalid: [
    {
      name: 'missing: fix inserts the project-manager clause',
      code: tender(ENGINEERING_REGIONAL, { award: QUALITY_ONLY_AWARD, presentation: null }),
      errors: [{ line: 15, column: 12, messageId: 'projectManagerMissing', severity: 'error' }],
      output: tender(ENGINEERING_REGIONAL, {
        award: `${QUALITY_ONLY_AWARD}\n\n**Chargé de projet :** le chargé de projet est une ressource permanente du prestataire de services, soit une personne physique qui, sur une base annuelle, consacre au prestataire au moins 75 % de son temps de travail et un minimum de 1 100 heures. Il a pour lieu de travail un établissement du prestataire situé dans la région [à compléter : région], et ce, depuis au moins 2 mois avant la date limite fixée pour la réception des soumissions.`,
        presentation: null,
      }),
    },
  ],
});

ruleTester('two-step-second-step-invitees', {
  valid: [
    {
      name: 'all selected providers',
      code: tender(
        { procedure: 'deux-etapes' },
        { grid: `${GRID}\n\nTous les prestataires de services sélectionnés seront invités à participer à la deuxième étape.` },
      ),
    },
    {
      name: 'a restricted number',
      code: tender(
        { procedure: 'deux-etapes' },
        { grid: `${GRID}\n\nÀ la deuxième étape, seuls les trois prestataires ayant obtenu les notes finales les plus élevées seront invités.` },
      ),
    },
    { name: 'one-step call', code: tender() },
  ],
  invalid: [
    {
      name: 'missing: fix inserts the clause to complete',
      code: tender({ procedure: 'deux-etapes' }),
      errors: [{ line: 16, column: 12, messageId: 'inviteesMissing', severity: 'error' }],
      output: tender(
        { procedure: 'deux-etapes' },
        {
          grid: `${GRID}\n\n**Deuxième étape :** [à compléter : « tous les prestataires de services sélectionnés » ou « seuls les N prestataires de services ayant obtenu les notes finales les plus élevées »] seront invités à participer à la deuxième étape.`,
        },
      ),
    },
  ],
});

const ADVERTISING = { ...QUALITY_ONLY, contrat: '{ nature: services-professionnels, domaine: publicite }' };

ruleTester('advertising-predetermined-amount', {
  valid: [
    {
      name: 'amount stated',
      code: tender(ADVERTISING, { award: `${QUALITY_ONLY_AWARD}\n\nLe montant maximal du contrat est de 300 000 $.`, presentation: null }),
    },
    {
      name: 'cannot exceed wording',
      code: tender(ADVERTISING, { award: `${QUALITY_ONLY_AWARD}\n\nLe montant du contrat ne pourra excéder 300 000 $.`, presentation: null }),
    },
    // A Word template's filled field, its underscores kept around the value and escaped by the exporter.
    {
      name: "the amount in a template's filled field, escaped",
      code: tender(ADVERTISING, { award: `${QUALITY_ONLY_AWARD}\n\n${String.raw`Le contrat ne pourra excéder \_\_300 000\_\_ $.`}`, presentation: null }),
    },
    { name: 'quality-price campaign', code: tender({ contrat: '{ nature: services-professionnels, domaine: publicite }' }) },
  ],
  invalid: [
    {
      name: 'missing: fix inserts the clause',
      code: tender(ADVERTISING, { award: QUALITY_ONLY_AWARD, presentation: null }),
      errors: [{ line: 6, column: 15, messageId: 'amountMissing', severity: 'error' }],
      output: tender(ADVERTISING, {
        award: `${QUALITY_ONLY_AWARD}\n\n**Montant prédéterminé :** le montant indiqué au contrat ne peut être supérieur à [à compléter : montant] $.`,
        presentation: null,
      }),
    },
  ],
});
