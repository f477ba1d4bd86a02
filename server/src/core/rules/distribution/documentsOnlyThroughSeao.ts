import { findUnits, unitQuestion } from '../../legal/find.js';
import { CHANNEL_NAMED, CHANNEL_REFUSED, DOCUMENTS_NAMED, NOT_ABOUT_DOCUMENTS, OTHER_CHANNEL, PRONOUN_SUBJECT } from '../../legal/recognisers/distribution.js';
import { TENDER_DOCUMENT_TYPES } from '../documents/requiredItem.js';
import type { Rule } from '../rule.js';

/** A sentence offers another channel when it names documents, a way to get them and a channel, and does not refuse it. */
function offersOtherChannel(sentence: string): boolean {
  return OTHER_CHANNEL.some((pattern) => pattern.test(sentence)) && !CHANNEL_REFUSED.test(sentence) && !NOT_ABOUT_DOCUMENTS.test(sentence);
}

/**
 * Whether a passage offers another channel. Most passages name no channel at all, and are not read
 * sentence by sentence: a sentence read with its antecedent names one only where the passage does (the
 * pronoun that joins them ends a word, a channel's word after a space starts one).
 */
export const passageOffersOtherChannel = (normalized: string): boolean => CHANNEL_NAMED.test(normalized) && sentencesOfferOtherChannel(normalized);

/**
 * Whether a sentence of a passage offers another channel; a sentence whose subject is a pronoun is read
 * with the documents the sentence before it named (« Ils peuvent également être transmis par courriel, sur
 * demande »).
 */
export function sentencesOfferOtherChannel(normalized: string): boolean {
  let antecedent: string | undefined;
  for (const sentence of normalized.split(/[.;!?](?:\s|$)/).map((text) => text.trim())) {
    const pronoun = antecedent !== undefined ? PRONOUN_SUBJECT.exec(sentence) : null;
    const read = pronoun ? `${antecedent} ${sentence.slice(pronoun[0].length)}` : sentence;
    if (offersOtherChannel(read)) return true;
    const named = DOCUMENTS_NAMED.exec(sentence);
    if (named) antecedent = named[0];
  }
  return false;
}
const OFFERS_OTHER_CHANNEL = unitQuestion('otherChannel', passageOffersOtherChannel);

/** Art. 9.1: the tender documents and every addendum can be obtained only through SEAO. */
export const documentsOnlyThroughSeao: Rule = {
  id: 'documents-only-through-seao',
  citation: '9.1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENT_TYPES,
  scope: 'dossier',
  description: {
    fr: "Les documents d'appel d'offres et les addendas ne peuvent être obtenus que par le SEAO : aucun autre moyen de les obtenir n'est offert.",
    en: 'The tender documents and addenda can be obtained only through SEAO: no other way of obtaining them is offered.',
  },
  check(context) {
    const offering = findUnits(context.model, OFFERS_OTHER_CHANNEL);
    for (const unit of offering) {
      context.report({
        messageId: 'otherMeans',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: "Ce passage offre un autre moyen d'obtenir les documents d'appel d'offres ou les addendas que le SEAO, seul moyen permis.",
          en: 'This passage offers a way other than SEAO, the only one allowed, to obtain the tender documents or addenda.',
        },
      });
    }
  },
};
