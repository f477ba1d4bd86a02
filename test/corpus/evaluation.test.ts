import { strict as assert } from 'node:assert';
import { RECOGNISERS, matchesHeading, matchesPhrase, type ItemName } from '../../server/src/core/legal/recognisers.js';
import type { Examples } from '../../server/src/core/legal/templates.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';

/**
 * Wordings of tender documents (government models, real calls, paraphrases) for the evaluation,
 * award and amount clauses, and near-misses that must not count.
 */
const CORPUS: Partial<Record<ItemName, Examples>> = {
  separatePriceAndQuality: {
    positive: [
      'Le prix et la démonstration de la qualité doivent être présentés séparément.',
      'La soumission est présentée en deux (2) enveloppes scellées : la première contient la démonstration de la qualité, la seconde le prix.',
      'Le bordereau de prix est déposé dans une enveloppe distincte.',
      'L’offre financière doit être transmise dans un fichier distinct de l’offre de services.',
      'Le prix doit être remis sous pli séparé.',
      'The price must be submitted separately from the quality proposal.',
      // The container's other qualities first, coordinated or stacked.
      'L’offre financière est remise sous pli cacheté et séparé.',
      'Le bordereau de prix est placé dans un fichier protégé, distinct.',
      'The fee schedule goes in a sealed and distinct envelope.',
    ],
    negative: [
      'Les soumissions doivent être présentées en format papier.',
      'Le prix doit être inscrit sur le bordereau fourni.',
      'Le bordereau de prix est remis dans une enveloppe scellée et identifiée au numéro de l’appel d’offres.',
      'The price form is put in a sealed and labelled envelope.',
    ],
  },
  selectionCommittee: {
    positive: [
      'Un comité de sélection d’au moins trois membres et un secrétaire évalue les soumissions.',
      'The selection committee evaluates the bids.',
      // The compound in French order, as a francophone drafter writes English (lexicon/compounds.ts).
      'The committee of evaluation evaluates the quality of each tender.',
      'A committee of selection of at least three members and a secretary evaluates the bids.',
    ],
    negative: ['Le comité de gestion du contrat se réunit chaque mois.', 'The committee of the evaluation of the transport network meets each month.'],
  },
  awardLowestPrice: {
    positive: [
      'Le contrat sera adjugé au soumissionnaire conforme ayant présenté le prix le plus bas.',
      'Le contrat est adjugé au prestataire de services dont la soumission acceptable présente le prix le plus bas.',
      'The contract will be awarded to the lowest price among acceptable bids.',
    ],
    negative: [
      'La Société ne s’engage à accepter ni la plus basse ni aucune des soumissions reçues.',
      'Le contrat est adjugé au prestataire qui a soumis le prix ajusté le plus bas.',
    ],
  },
  awardAdjustedPrice: {
    positive: ['Le contrat est adjugé au soumissionnaire ayant présenté le prix ajusté le plus bas.', 'Award to the lowest adjusted price.'],
    negative: ['Le prix ajusté est calculé pour chaque soumission acceptable.'],
  },
  awardHighestScore: {
    positive: [
      'Le contrat est adjugé au prestataire dont la soumission acceptable a obtenu la note finale la plus élevée.',
      'Le contrat est octroyé au soumissionnaire ayant obtenu la meilleure note finale.',
      'The contract is awarded to the bidder with the highest final score.',
    ],
    negative: ['La note finale est la somme des notes pondérées.'],
  },
  tariff: {
    positive: [
      'Les honoraires sont calculés selon le Tarif d’honoraires pour services professionnels fournis au gouvernement par des ingénieurs (décret 1235-87).',
      'Le tarif applicable est celui approuvé par le Conseil du trésor.',
    ],
    negative: ['Le soumissionnaire indique ses tarifs horaires dans le bordereau.'],
  },
  revenuQuebecAttestation: {
    positive: [
      'Le soumissionnaire doit détenir une attestation de Revenu Québec valide.',
      'L’ARQ doit être jointe à la soumission.',
      'A valid Revenu Québec attestation is required.',
    ],
    negative: ['Le soumissionnaire joint une attestation d’assurance responsabilité.'],
  },
  equalityProgramme: {
    positive: ['Attestation d’engagement à implanter un programme d’accès à l’égalité.', 'An employment equity programme applies.'],
    negative: ['Le prestataire respecte la Charte de la langue française.'],
  },
  tieBreak: {
    positive: [
      "S'il y a égalité, le contrat est accordé au soumissionnaire dont l'établissement est le plus proche.",
      "Si deux soumissions sont à égalité, l'adjudicataire est tiré au sort.",
      'Advenant une égalité des prix, le contrat est adjugé par tirage au sort.',
      'Égalité : le contrat revient au soumissionnaire dont le siège social est situé au Québec.',
      'Égalité : tirage au sort en présence d’un témoin.',
    ],
    negative: [
      'Égalité des chances : le prestataire respecte la Charte des droits et libertés de la personne.',
      "Le prestataire veille à l'égalité de traitement des élèves.",
      "Le prestataire applique un programme d'accès à l'égalité.",
    ],
  },
  negotiation: {
    positive: [
      'Négociation : possible avec le plus bas soumissionnaire conforme, sur le prix et les délais.',
      'Négociation du prix : prévue avec le soumissionnaire retenu.',
      'Le Ministère se réserve le droit de négocier le prix avec le soumissionnaire retenu.',
      // The body in the first person (a plain-language call).
      'Si une seule offre est acceptable, nous pourrons négocier son prix.',
      'Nous nous réservons le droit de négocier le prix avec vous si votre soumission est la seule acceptable.',
    ],
    negative: ['Négociation : aucune.', 'Négociation collective : le prestataire respecte ses conventions collectives.'],
  },
  approximateValue: {
    positive: [
      'La valeur monétaire approximative des services est de 400 000 $.',
      'La valeur estimée du contrat est de 250 000 $.',
      'Le montant estimé des demandes est de 90 000 $.',
    ],
    negative: ['Le prix soumis ne doit pas dépasser le budget.'],
  },
  bidValidity: {
    positive: [
      'Toute soumission demeure valide pour une période de 90 jours.',
      'La soumission est irrévocable pour une période de 120 jours suivant la date limite.',
      'Période de validité des offres : 90 jours.',
      'Bids remain valid for 90 days.',
      'Validité des soumissions : 90 jours suivant la date limite de dépôt.',
      'Délai de validité des offres – 120 jours.',
      // Any inflection of the verb, and « irrevocable » with its period.
      'This tender is irrevocable and remains open for acceptance for ninety (90) days after the closing date.',
      'The proposal stays valid for 120 days.',
      'Tenders are irrevocable for a period of ninety days from the closing date.',
      // The bid named with any determiner: possessive (a call addressed to the bidder), « chaque », demonstrative, in English too.
      'Validité de votre offre : 120 jours suivant la date limite.',
      'Période de validité de chaque soumission : 90 jours.',
      'Durée de validité de cette proposition : 60 jours.',
      'Validity of your tender: 90 days after the closing date.',
      // « soum. », the bid abbreviated.
      'Chaque soum. demeure valide 120 jours.',
      // The compound in French order (lexicon/compounds.ts).
      'Period of validity of the tenders: 90 days.',
      // The bid by English's other names (offer, quotation), as « offre » in French.
      'Offers remain open for acceptance for 90 days after the closing date.',
      'Each quotation shall remain valid for ninety (90) days.',
    ],
    negative: [
      'La soumission est conforme si elle contient tous les documents.',
      'Validité des soumissions : voir la section 8.',
      'Period of validity of the insurance policy: 12 months.',
    ],
  },
  annex2FormulaReference: {
    positive: [
      'Prix ajusté : voir la formule de l’annexe 2.',
      'Le prix ajusté est calculé selon la formule prévue à l’annexe 2 du Règlement sur les contrats de services des organismes publics.',
    ],
    negative: ['Le bordereau de prix figure à l’annexe 2.'],
  },
  secondStepInvitees: {
    positive: [
      'Tous les prestataires sélectionnés à la première étape seront invités à la deuxième étape.',
      'Seuls les cinq soumissionnaires ayant obtenu les meilleures notes seront invités à la deuxième étape.',
      'À la deuxième étape, un nombre restreint de prestataires (trois) sera invité.',
    ],
    negative: ['La deuxième étape consiste à présenter un prix.'],
  },
  predeterminedAmount: {
    positive: ['Le budget maximal de la campagne est de 250 000 $.', 'Le montant du contrat ne pourra excéder 250 000 $.'],
    negative: ['Le montant de la garantie est exigé.'],
  },
  acceptableLevelReference: {
    positive: [
      'Les éléments de qualité requis pour atteindre le niveau de performance acceptable sont décrits à l’annexe B pour chaque critère.',
      'The level of acceptable performance of each criterion is described in Appendix B.',
    ],
    negative: ['Le niveau de performance acceptable correspond à 70 points.', 'The level of the fees is described in Appendix B.'],
  },
};

const GRID_HEADINGS: Examples = {
  positive: [
    'Grille d’évaluation',
    'CRITÈRES D’ÉVALUATION',
    '6. Évaluation de la qualité des soumissions',
    'Pondération des critères',
    'Evaluation criteria',
    // In French order (lexicon/compounds.ts).
    'Criteria of evaluation',
    '8.2 Grid of evaluation',
    'CRITERIA OF SELECTION',
  ],
  negative: [
    'Bordereau de prix',
    'Évaluation du rendement du prestataire',
    'Conditions d’admissibilité',
    'Criteria of the Regulation',
    'Committee of evaluation',
  ],
};

describe('recogniser corpus: evaluation, award and amount clauses', () => {
  for (const [item, { positive, negative }] of Object.entries(CORPUS)) {
    const recogniser = RECOGNISERS[item as ItemName];
    describe(item, () => {
      for (const passage of positive) it(`recognises: ${passage}`, () => assert.ok(matchesPhrase(recogniser, normalizeForMatching(passage))));
      for (const passage of negative ?? []) it(`does not take for it: ${passage}`, () => assert.ok(!matchesPhrase(recogniser, normalizeForMatching(passage))));
    });
  }
  describe('evaluation grid headings', () => {
    for (const heading of GRID_HEADINGS.positive)
      it(`names the grid: ${heading}`, () => assert.ok(matchesHeading(RECOGNISERS.evaluationGrid, normalizeForMatching(heading))));
    for (const heading of GRID_HEADINGS.negative ?? [])
      it(`does not: ${heading}`, () => assert.ok(!matchesHeading(RECOGNISERS.evaluationGrid, normalizeForMatching(heading))));
  });
});
