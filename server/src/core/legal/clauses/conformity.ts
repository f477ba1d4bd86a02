import type { Clause } from '../clauses.js';
import type { Localized } from '../../types.js';

/** Art. 7 and 7.1: the rejection cases, each as a sentence and as an entry of the rejection list. */
const REJECTS: Localized = { fr: ' entraîne le rejet automatique de la soumission.', en: ' results in the automatic rejection of the bid.' };

function rejectionCase(id: string, citation: string, title: Localized, item: Localized, text?: Localized): Clause {
  const sentence = (locale: 'fr' | 'en') => `${item[locale][0].toUpperCase()}${item[locale].slice(1)}${REJECTS[locale]}`;
  return { id, citation, title, text: text ?? { fr: sentence('fr'), en: sentence('en') }, listItem: { fr: `${item.fr};`, en: `${item.en};` } };
}

const lateReceipt = rejectionCase(
  'rejet-reception-tardive',
  '7.1°',
  { fr: 'Rejet : réception hors délai ou à un autre endroit', en: 'Rejection: late receipt or another place' },
  {
    fr: 'le non-respect de l’endroit prévu, de la date et de l’heure limites fixées pour la réception des soumissions',
    en: 'failure to comply with the place, date and time limit set for the receipt of bids',
  },
);
const missingDocument = rejectionCase(
  'rejet-document-absent',
  '7.2°',
  { fr: 'Rejet : absence d’un document requis', en: 'Rejection: a required document missing' },
  { fr: 'l’absence d’un document requis', en: 'the absence of a required document' },
);
const missingSignature = rejectionCase(
  'rejet-signature-absente',
  '7.3°',
  { fr: 'Rejet : absence d’une signature requise', en: 'Rejection: a required signature missing' },
  { fr: 'l’absence d’une signature requise d’une personne autorisée', en: 'the absence of a required signature of an authorised person' },
);
const uninitialledCorrection = rejectionCase(
  'rejet-rature-non-paraphee',
  '7.4°',
  { fr: 'Rejet : rature ou correction du prix non paraphée', en: 'Rejection: uninitialled erasure or correction of the price' },
  {
    fr: 'une rature ou une correction apportée au prix soumis et non paraphée',
    en: 'an erasure or correction made to the submitted price that is not initialled',
  },
);
const conditionalBid = rejectionCase(
  'rejet-soumission-conditionnelle',
  '7.5°',
  { fr: 'Rejet : soumission conditionnelle ou restrictive', en: 'Rejection: conditional or restrictive bid' },
  { fr: 'une soumission conditionnelle ou restrictive', en: 'a conditional or restrictive bid' },
);
const priceQualityTogether = rejectionCase(
  'rejet-prix-qualite-non-separes',
  '7.6°',
  { fr: 'Rejet : prix et qualité non présentés séparément', en: 'Rejection: price and quality not presented separately' },
  {
    fr: 'le prix soumis et la démonstration de la qualité non présentés séparément tel que l’exige l’article 16 du Règlement sur les contrats de services des organismes publics',
    en: 'the submitted price and the quality demonstration not presented separately as section 16 of the Regulation respecting service contracts of public bodies requires',
  },
);
const otherDesignatedCondition = rejectionCase(
  'rejet-autre-condition',
  '7.7°',
  { fr: 'Rejet : autre condition désignée', en: 'Rejection: any other designated condition' },
  {
    fr: 'le non-respect de toute autre condition de conformité indiquée dans les documents d’appel d’offres comme entraînant le rejet automatique d’une soumission',
    en: 'failure to comply with any other conformity condition that the tender documents designate as resulting in the automatic rejection of a bid',
  },
  {
    fr: 'Le non-respect de toute autre condition de conformité que les documents d’appel d’offres désignent comme entraînant le rejet automatique d’une soumission entraîne aussi ce rejet.',
    en: 'Failure to comply with any other conformity condition that the tender documents designate as resulting in the automatic rejection of a bid also results in that rejection.',
  },
);

const multipleBids = {
  id: 'rejet-soumissions-multiples',
  citation: '7.al2',
  title: { fr: 'Rejet : plusieurs soumissions d’un même prestataire', en: 'Rejection: several bids by one provider' },
  text: {
    fr: 'Le dépôt par un prestataire de services de plusieurs soumissions pour le présent appel d’offres entraîne le rejet automatique de toutes ses soumissions.',
    en: 'The filing by a service provider of several bids for this call for tenders results in the automatic rejection of all its bids.',
  },
} satisfies Clause;

const abnormallyLowPrice = {
  id: 'prix-anormalement-bas',
  citation: '7.1',
  title: { fr: 'Prix anormalement bas', en: 'Abnormally low price' },
  text: {
    fr: 'Une soumission qui comporte un prix anormalement bas est non conforme et doit être rejetée, après autorisation du dirigeant de l’organisme public en application de la section IV.1 du chapitre II du Règlement sur les contrats de services des organismes publics.',
    en: 'A bid with an abnormally low price is non-compliant and must be rejected, after authorisation by the chief executive of the public body under Division IV.1 of Chapter II of the Regulation respecting service contracts of public bodies.',
  },
} satisfies Clause;

/** Cases that form the list ("Entraîne le rejet automatique d'une soumission : …"), in the article's order. */
const REJECTION_LIST_CLAUSES = {
  lateReceipt,
  missingDocument,
  missingSignature,
  uninitialledCorrection,
  conditionalBid,
  priceQualityTogether,
  otherDesignatedCondition,
};
/** Statements that follow the list as paragraphs of their own. */
const REJECTION_PARAGRAPH_CLAUSES = { multipleBids, abnormallyLowPrice };

const INTRO: Localized = { fr: 'Entraîne le rejet automatique d’une soumission :', en: 'The following result in the automatic rejection of a bid:' };

/** The conformity conditions section, built from the cases it must state. */
export function conformitySectionText(listed: readonly Clause[], paragraphs: readonly Clause[], locale: 'fr' | 'en'): string {
  const list = listed
    .map((item, index) => `${index + 1}. ${item.listItem?.[locale] ?? item.text[locale]}`)
    .join('\n')
    .replace(/;$/, '.');
  const parts = listed.length ? [INTRO[locale], list] : [];
  return [...parts, ...paragraphs.map((clause) => clause.text[locale])].join('\n\n');
}

const allListed = Object.values(REJECTION_LIST_CLAUSES);
const allParagraphs = Object.values(REJECTION_PARAGRAPH_CLAUSES);

export const CONFORMITY_CLAUSES = {
  conformity: {
    id: 'conditions-conformite',
    citation: '5.3°',
    title: { fr: 'Conditions de conformité', en: 'Conformity conditions' },
    heading: { fr: 'Conditions de conformité', en: 'Conformity conditions' },
    text: { fr: conformitySectionText(allListed, allParagraphs, 'fr'), en: conformitySectionText(allListed, allParagraphs, 'en') },
  },
  ...REJECTION_LIST_CLAUSES,
  ...REJECTION_PARAGRAPH_CLAUSES,
} satisfies Record<string, Clause>;
