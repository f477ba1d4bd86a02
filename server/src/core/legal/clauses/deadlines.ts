import type { Clause } from '../clauses.js';

/** Clauses for the time rules (art. 43 par. 3°, art. 46). */
export const DEADLINE_CLAUSES = {
  yearlyRepublication: {
    id: 'republication-annuelle',
    citation: '43.3°',
    title: { fr: "Republication annuelle de l'avis de qualification", en: 'Yearly republication of the qualification notice' },
    text: {
      fr: 'Le présent avis de qualification sera publié de nouveau dans le SEAO au moins une fois par année, afin de permettre à d’autres prestataires de services de se qualifier pendant la durée de validité de la liste.',
      en: 'This qualification notice will be republished in SEAO at least once a year, so that other service providers may qualify during the validity of the list.',
    },
  },
  dirigeantAuthorisation: {
    id: 'autorisation-dirigeant-duree',
    citation: '46.al1',
    title: { fr: 'Autorisation du dirigeant (durée de plus de trois ans)', en: "Head of the public body's authorisation (term over three years)" },
    text: {
      fr: 'La durée prévue du contrat, renouvellements compris, excède trois ans : elle a été autorisée par le dirigeant de l’organisme public, conformément à l’article 46 du Règlement sur les contrats de services des organismes publics.',
      en: 'The planned duration of the contract, renewals included, exceeds three years: it was authorised by the chief executive of the public body under section 46 of the Regulation respecting service contracts of public bodies.',
    },
  },
} satisfies Record<string, Clause>;
