/**
 * Art. 9.1: the tender documents and addenda can be obtained only through SEAO. A sentence that
 * names the documents, a way of getting them, and another channel (offices, e-mail, mail, paper,
 * the body's own web site) offers a second channel. Matched sentence by sentence on normalized text.
 */
const SUBJECT = String.raw`(?:documents? (?:d'appel d'offres|de l'appel d'offres|d'appels d'offres|contractuels)|dossiers? d'appel d'offres|devis|cahiers? des charges|addendas?|addendum|plans et devis|(?:tender|bid) documents)`;
const GETTING = String.raw`(?:obten\w*|disponibles?|procur\w*|telecharg\w*|achet\w*|consult\w*|remise?s?|transmise?s?|envoy\w*|distribu\w*|vendus?|fourni\w*|offert(?:e|s|es)?|accessibles?|available|obtain\w*|download\w*|sent|purchased|picked up|collected|offered|provided)`;
const CHANNEL = String.raw`(?:(?:a|dans|en) nos (?:bureaux|locaux)|a notre (?:bureau|comptoir|reception)|au (?:bureau|comptoir|secretariat|service) (?:de|du|d')|sur (?:simple )?demande|par (?:courriel|la poste|courrier|telecopieur|telecopie|fax|messagerie)|(?:en|sur) (?:format|version|support) papier|copies? papier|sur (?:notre|le) site (?:web|internet)(?! (?:du |de )?(?:seao|systeme electronique))|(?:sur|par) cle usb|cd-rom|at our offices?|at the (?:[a-z]+ ){0,2}(?:department|office|offices|counter|reception|secretariat)\b|by (?:e-?mail|mail|post|courier|fax)|(?:up)?on request|in paper)`;

/**
 * A paper copy named without a complement, after the documents were named ("… sur le SEAO; une copie
 * papier peut aussi être remise au secrétariat"); "une copie papier du contrat" is about something else.
 */
const COPY = String.raw`(?:copies?|exemplaires?) (?:papier|imprimee?s?)(?! (?:de|du|des|d')\b)`;

export const OTHER_CHANNEL: readonly RegExp[] = [
  new RegExp(String.raw`\b${SUBJECT}\b.{1,30}\b${GETTING}\b.{1,100}${CHANNEL}`),
  new RegExp(String.raw`\b${COPY}.{1,40}\b${GETTING}\b.{1,60}${CHANNEL}`),
  // A notice field "Documents : disponibles sur le SEAO ou au bureau…" (not "Documents : le formulaire est remis au bureau").
  new RegExp(
    String.raw`^(?:obtention des )?documents? ?(?::| -) ?.{0,40}\b(?:disponibles?|obten\w*|procur\w*|telecharg\w*|offerts?|vendus?|en vente)\b.{1,100}${CHANNEL}`,
  ),
  new RegExp(String.raw`\b${GETTING}\b.{1,60}\b${SUBJECT}\b.{1,100}${CHANNEL}`),
  new RegExp(String.raw`${CHANNEL}.{0,60}\b${SUBJECT}\b.{1,40}\b${GETTING}\b`),
];

/**
 * In an addendum, the parts of the documents it replaces or revises are what it distributes (« la page B-2
 * révisée », « le bordereau de remplacement », "the revised Price Schedule"): offered through another
 * channel, they break art. 9.1 as the documents would. Named revised only: a bid's own form handed in at the
 * office is the bid, not the documents.
 */
const REVISED_PART = String.raw`(?:pages?|bordereaux?|formulaires?|annexes?|plans?|sections?|schedules?|forms?)(?: [\w-]{1,12}){0,4} (?:revisee?s?|de remplacement|modifiee?s?|corrigee?s?|revised|amended|replacement)`;
export const ADDENDUM_OTHER_CHANNEL: readonly RegExp[] = [
  ...OTHER_CHANNEL,
  new RegExp(String.raw`\b${REVISED_PART}.{1,40}\b${GETTING}\b.{1,100}${CHANNEL}`),
  new RegExp(String.raw`\b(?:revised|replacement|amended) (?:pages?|price schedules?|schedules?|forms?)\b.{1,40}\b${GETTING}\b.{1,100}${CHANNEL}`),
];

/** Another channel named: every pattern of OTHER_CHANNEL needs one, so a passage that names none offers none. */
export const CHANNEL_NAMED = new RegExp(CHANNEL);

/**
 * A sentence whose subject is a pronoun standing for the documents named just before (« Les documents
 * sont sur le SEAO. Ils peuvent aussi être transmis par courriel »): read with its antecedent. The
 * documents are masculine: « elles » stands for something else (the bids).
 */
export const PRONOUN_SUBJECT = /^(?:ils?|ceux-ci|celui-ci|ces derniers|ces documents|they|these|those|it)\b/;
export const DOCUMENTS_NAMED = new RegExp(String.raw`\b${SUBJECT}\b`);

/** A sentence that refuses the channel ("aucun document ne sera transmis par courriel", « ne peuvent être transmis »). */
export const CHANNEL_REFUSED =
  /\baucune?\b|\b(?:ne|n') ?(?:\S+ ){0,3}(?:pas|plus|jamais)\b|\bne (?:peuvent|peut|pourront|pourra|seront|sera)\b|\bnot\b|\bnever\b|\bno (?:documents?|cop(?:y|ies)|paper)\b/;

/** Sentences about questions, bids, complaints or deliverables, which may travel by other channels. */
export const NOT_ABOUT_DOCUMENTS =
  /\b(?:questions?|renseignements?|precisions?|demandes? (?:de precision|d'information|de renseignements?)|plaintes?|inquiries|enquiries|livrables?|finaux|finales|deliverables?)\b|\b(?:le prestataire|l'adjudicataire|le consultant|the (?:service provider|contractor|consultant))\b.{1,60}\b(?:remet|transmet|livre|produit|delivers?|submits?)\b|\bsoumissions?\b.{1,40}\b(?:doi\w+|sera|seront) (?:etre )?(?:deposee?s?|remise?s?|transmise?s?|recue?s?|acheminee?s?|presentee?s?)\b|\b(?:tenders?|bids?|proposals?|submissions?)\b.{1,40}\b(?:must|shall|will|are to) be (?:delivered|submitted|received|filed|deposited|sent)\b/;
