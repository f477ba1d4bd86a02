import type { Clause } from '../clauses.js';

/** Art. 5: sections of the tender documents, inserted where missing. */
export const DOCUMENT_CLAUSES = {
  needsDescription: {
    id: 'description-besoins',
    citation: '5.1°',
    title: { fr: 'Description des besoins et modalités d’exécution', en: 'Description of the needs and execution terms' },
    heading: { fr: 'Description des besoins et modalités d’exécution', en: 'Description of the needs and execution terms' },
    text: {
      fr: 'Le prestataire de services doit {{description des services requis}}. Modalités d’exécution : {{lieu, échéancier, livrables et modalités d’exécution}}.',
      en: 'The service provider must {{description of the services required}}. Execution terms: {{place, schedule, deliverables and execution terms}}.',
    },
  },
  optionsDetail: {
    id: 'description-options',
    citation: '5.1.1°',
    title: { fr: 'Description des options', en: 'Description of the options' },
    heading: { fr: 'Options', en: 'Options' },
    text: {
      fr: 'Le contrat comporte {{nombre}} option(s) de renouvellement de {{durée}} chacune, aux mêmes prix et aux mêmes conditions. L’organisme public exerce une option par un avis écrit transmis au prestataire au moins {{nombre de jours}} jours avant l’échéance du contrat.',
      en: 'The contract includes {{number}} renewal option(s) of {{duration}} each, at the same prices and on the same terms. The public body exercises an option by written notice to the provider at least {{number of days}} days before the contract expires.',
    },
  },
  grouping: {
    id: 'regroupement',
    citation: '5.2°',
    title: { fr: 'Regroupement d’organismes : parties et besoins', en: 'Grouping of public bodies: parties and needs' },
    heading: { fr: 'Regroupement d’organismes', en: 'Grouping of public bodies' },
    text: {
      fr: 'Le présent appel d’offres est lancé pour un regroupement d’organismes au sens de l’article 15 de la Loi sur les contrats des organismes publics. Organismes parties au regroupement et leurs besoins :\n\n| Organisme | Besoins |\n|---|---|\n| {{organisme}} | {{besoins de cet organisme}} |\n\nToute partie au regroupement est tenue de requérir les services du prestataire retenu, aux conditions prévues aux documents d’appel d’offres.',
      en: 'This call for tenders is issued for a grouping of public bodies within the meaning of section 15 of the Act respecting contracting by public bodies. Bodies that are parties to the grouping and their needs:\n\n| Body | Needs |\n|---|---|\n| {{body}} | {{needs of that body}} |\n\nEvery party to the grouping must obtain the services of the selected provider, on the terms set out in the tender documents.',
    },
  },
  groupingMandatory: {
    id: 'regroupement-obligatoire',
    citation: '5.al2',
    title: { fr: 'Regroupement : recours obligatoire au prestataire retenu', en: 'Grouping: parties must use the selected provider' },
    text: {
      fr: 'Toute partie au regroupement est tenue de requérir les services du prestataire retenu, aux conditions prévues aux documents d’appel d’offres.',
      en: 'Every party to the grouping must obtain the services of the selected provider, on the terms set out in the tender documents.',
    },
  },
  requiredDocuments: {
    id: 'documents-exiges',
    citation: '5.4°',
    title: { fr: 'Liste des documents exigés', en: 'List of required documents' },
    heading: { fr: 'Documents exigés', en: 'Required documents' },
    text: {
      fr: 'La soumission doit comprendre les documents suivants :\n\n- le formulaire de soumission dûment signé par une personne autorisée;\n- {{autres documents exigés}}.',
      en: 'The bid must include the following documents:\n\n- the bid form duly signed by an authorised person;\n- {{other required documents}}.',
    },
  },
  openingProcedure: {
    id: 'modalites-ouverture',
    citation: '5.5°',
    title: { fr: 'Modalités d’ouverture des soumissions', en: 'Bid opening procedure' },
    heading: { fr: 'Ouverture des soumissions', en: 'Opening of bids' },
    text: {
      fr: 'Les soumissions sont ouvertes publiquement, en présence d’un témoin, à l’endroit, à la date et à l’heure limites fixées pour leur réception. Sont divulgués lors de l’ouverture : {{renseignements divulgués (nom des prestataires et, pour des services de nature technique, leur prix total)}}, sous réserve de vérifications ultérieures.',
      en: 'Bids are opened publicly, in the presence of a witness, at the place and on the date and time set for their receipt. Disclosed at the opening: {{information disclosed (names of the providers and, for technical services, their total price)}}, subject to later verification.',
    },
  },
  evaluation: {
    id: 'regles-evaluation',
    citation: '5.6°',
    title: { fr: 'Règles d’évaluation et critères', en: 'Evaluation rules and criteria' },
    heading: { fr: 'Évaluation de la qualité', en: 'Quality evaluation' },
    text: {
      fr: 'Un comité de sélection évalue la qualité des soumissions selon les critères d’évaluation suivants et leur poids respectif : {{critères d’évaluation et poids}}. Chaque critère est évalué sur 100 points; le niveau de performance acceptable correspond à 70 points.',
      en: 'A selection committee evaluates the quality of the bids against the following evaluation criteria and their respective weights: {{evaluation criteria and weights}}. Each criterion is scored out of 100 points; the acceptable performance level is 70 points.',
    },
  },
  awardRule: {
    id: 'regle-adjudication',
    citation: '5.7°',
    title: { fr: 'Règle d’adjudication', en: 'Award rule' },
    heading: { fr: 'Règle d’adjudication', en: 'Award rule' },
    text: {
      fr: 'Le contrat est adjugé {{règle d’adjudication et modalité de calcul}}.',
      en: 'The contract is awarded {{award rule and calculation method}}.',
    },
  },
  contractToSign: {
    id: 'contrat-a-signer',
    citation: '5.8°',
    title: { fr: 'Contrat à signer', en: 'Contract to be signed' },
    heading: { fr: 'Contrat à signer', en: 'Contract to be signed' },
    text: {
      fr: 'Le contrat à être signé par le prestataire retenu est joint à l’annexe {{lettre de l’annexe}} et fait partie des documents d’appel d’offres.',
      en: 'The contract to be signed by the selected provider is attached as Schedule {{schedule letter}} and forms part of the tender documents.',
    },
  },
} satisfies Record<string, Clause>;

/** Award rules by mode of award (art. 13, 20, 21, 22), to fill the award clause. */
export const AWARD_RULES: Record<string, { fr: string; en: string }> = {
  prix: { fr: 'au prestataire de services qui a soumis le prix le plus bas', en: 'to the service provider who submitted the lowest price' },
  'qualite-minimale': {
    fr: 'au prestataire de services dont la soumission est acceptable et qui a soumis le prix le plus bas',
    en: 'to the service provider whose bid is acceptable and who submitted the lowest price',
  },
  'qualite-prix': {
    fr: 'au prestataire de services qui a soumis le prix ajusté le plus bas, calculé selon la formule : prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30)',
    en: 'to the service provider who submitted the lowest adjusted price, calculated as: adjusted price = submitted price / (1 + K × (final score − 70) / 30)',
  },
  'qualite-seulement': {
    fr: 'au prestataire de services dont la soumission acceptable a obtenu la note finale la plus élevée',
    en: 'to the service provider whose acceptable bid obtained the highest final score',
  },
};
