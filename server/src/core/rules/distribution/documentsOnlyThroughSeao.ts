import { findUnits } from '../../legal/find.js';
import { OFFERS_OTHER_CHANNEL } from './channels.js';
import { TENDER_DOCUMENT_TYPES } from '../documents/requiredItem.js';
import type { Rule } from '../rule.js';

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
