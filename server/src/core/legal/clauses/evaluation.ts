import type { Clause } from '../clauses.js';

/** Quality evaluation and award clauses (art. 16, 23, 26, annexes 1–2), worded after the regulation. */
export const EVALUATION_CLAUSES = {
  separatePriceAndQuality: {
    id: 'prix-qualite-separes',
    citation: '16.al2',
    title: { fr: 'Prix et qualité présentés séparément', en: 'Price and quality presented separately' },
    text: {
      fr: '**Présentation des soumissions :** le prix et la démonstration de la qualité sont présentés séparément, dans deux enveloppes distinctes : l’enveloppe no 1 contient la démonstration de la qualité et l’enveloppe no 2, le prix. Le comité de sélection évalue la qualité sans connaître le prix.',
      en: '**Presentation of bids:** the price and the quality demonstration are presented separately, in two distinct envelopes: envelope no. 1 holds the quality demonstration and envelope no. 2 the price. The selection committee evaluates quality without knowing the price.',
    },
  },
  selectionCommittee: {
    id: 'comite-selection',
    citation: '26.al2',
    title: { fr: 'Comité de sélection', en: 'Selection committee' },
    text: {
      fr: '**Comité de sélection :** les soumissions sont évaluées par un comité de sélection composé d’un secrétaire chargé d’en coordonner les activités et d’au moins trois membres. Si un prix a été soumis, le comité évalue la qualité sans connaître ce prix.',
      en: '**Selection committee:** bids are evaluated by a selection committee made up of a secretary who coordinates its work and at least three members. Where a price was submitted, the committee evaluates quality without knowing that price.',
    },
  },
  acceptableLevel: {
    id: 'niveau-performance-acceptable',
    citation: 'A2.2',
    title: { fr: 'Niveau de performance acceptable d’un critère', en: 'Acceptable performance level of a criterion' },
    text: {
      fr: '**{{critère}} — niveau de performance acceptable :** {{éléments de qualité requis pour atteindre le niveau de performance acceptable}}.',
      en: '**{{criterion}} — acceptable performance level:** {{quality elements required to reach the acceptable performance level}}.',
    },
  },
  adjustedPriceFormula: {
    id: 'formule-prix-ajuste',
    citation: 'A2.8',
    title: { fr: 'Formule du prix ajusté (annexe 2)', en: 'Adjusted price formula (Annex 2)' },
    text: {
      fr: '**Prix ajusté :** le prix de chaque soumission acceptable est ajusté selon la formule suivante : prix ajusté = prix soumis / (1 + K × (note finale pour la qualité − 70) / 30).',
      en: '**Adjusted price:** the price of each acceptable bid is adjusted with the following formula: adjusted price = submitted price / (1 + K × (final quality score − 70) / 30).',
    },
  },
  kParameter: {
    id: 'parametre-k',
    citation: 'A2.9',
    title: { fr: 'Valeur du paramètre K', en: 'Value of the K parameter' },
    text: {
      fr: '**Paramètre K :** la valeur du paramètre K est de {{valeur de K, entre 15 et 30}} %.',
      en: '**K parameter:** the value of the K parameter is {{value of K, from 15 to 30}} %.',
    },
  },
  tariff: {
    id: 'tarif-applicable',
    citation: '23',
    title: { fr: 'Tarif applicable (qualité seulement)', en: 'Applicable tariff (quality only)' },
    text: {
      fr: '**Tarif applicable :** les honoraires sont établis selon le tarif {{nom du tarif}}, approuvé par {{le gouvernement ou le Conseil du trésor, ou loi en vertu de laquelle il est pris}}.',
      en: '**Applicable tariff:** fees are set according to the {{name of the tariff}} tariff, approved by {{the government or the Conseil du trésor, or the Act under which it is made}}.',
    },
  },
  predeterminedAmount: {
    id: 'montant-predetermine',
    citation: '39',
    title: { fr: 'Montant prédéterminé (campagne de publicité)', en: 'Predetermined amount (advertising campaign)' },
    text: {
      fr: '**Montant prédéterminé :** le montant indiqué au contrat ne peut être supérieur à {{montant}} $.',
      en: '**Predetermined amount:** the amount stated in the contract cannot exceed ${{amount}}.',
    },
  },
  secondStepInvitees: {
    id: 'deuxieme-etape',
    citation: '25.al2',
    title: { fr: 'Prestataires invités à la deuxième étape', en: 'Providers invited to the second step' },
    text: {
      fr: '**Deuxième étape :** {{« tous les prestataires de services sélectionnés » ou « seuls les N prestataires de services ayant obtenu les notes finales les plus élevées »}} seront invités à participer à la deuxième étape.',
      en: '**Second step:** {{"all the selected service providers" or "only the N service providers with the highest final scores"}} will be invited to take part in the second step.',
    },
  },
  permanentProjectManager: {
    id: 'charge-projet-ressource-permanente',
    citation: '24.al2',
    title: { fr: 'Chargé de projet : ressource permanente en région', en: 'Project manager: permanent resource in the region' },
    text: {
      fr: '**Chargé de projet :** le chargé de projet est une ressource permanente du prestataire de services, soit une personne physique qui, sur une base annuelle, consacre au prestataire au moins 75 % de son temps de travail et un minimum de 1 100 heures. Il a pour lieu de travail un établissement du prestataire situé dans la région {{région}}, et ce, depuis au moins 2 mois avant la date limite fixée pour la réception des soumissions.',
      en: '**Project manager:** the project manager is a permanent resource of the service provider, that is, a natural person who, on an annual basis, devotes at least 75% of their working time and at least 1,100 hours to the provider. Their workplace is an establishment of the provider in the {{region}} region, and has been for at least 2 months before the closing date for the receipt of bids.',
    },
  },
} satisfies Record<string, Clause>;
