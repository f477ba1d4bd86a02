import { findUnits } from '../../legal/find.js';
import { CHANNEL_REFUSED, NOT_ABOUT_DOCUMENTS, OTHER_CHANNEL } from '../../legal/recognisers/distribution.js';
import { TENDER_DOCUMENT_TYPES } from '../documents/requiredItem.js';
import type { Rule } from '../rule.js';

/** A sentence offers another channel when it names documents, a way to get them and a channel, and does not refuse it. */
function offersOtherChannel(sentence: string): boolean {
  return OTHER_CHANNEL.some((pattern) => pattern.test(sentence)) && !CHANNEL_REFUSED.test(sentence) && !NOT_ABOUT_DOCUMENTS.test(sentence);
}

/** Art. 9.1: the tender documents and every addendum can be obtained only through SEAO. */
export const seaoExclusive: Rule = {
  id: 'documents-only-through-seao',
  citation: '9.1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENT_TYPES,
  description: {
    fr: "Les documents d'appel d'offres et les addendas ne peuvent être obtenus que par le SEAO : aucun autre moyen de les obtenir n'est offert.",
    en: 'The tender documents and addenda can be obtained only through SEAO: no other way of obtaining them is offered.',
  },
  check(context) {
    const offering = findUnits(context.model, 'otherChannel', (normalized) => normalized.split(/[.;!?](?:\s|$)/).some(offersOtherChannel));
    for (const unit of offering) {
      context.report({
        range: { start: unit.start, end: unit.end },
        message: {
          fr: "Ce passage offre un autre moyen d'obtenir les documents d'appel d'offres ou les addendas que le SEAO, seul moyen permis.",
          en: 'This passage offers a way other than SEAO, the only one allowed, to obtain the tender documents or addenda.',
        },
      });
    }
  },
};
