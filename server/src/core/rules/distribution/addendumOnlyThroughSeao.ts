import { findUnits } from '../../legal/find.js';
import type { Rule } from '../rule.js';
import { ADDENDUM_OFFERS_OTHER_CHANNEL } from './channels.js';

/**
 * Art. 9.1 in an addendum: « tout addenda » too can be obtained only through SEAO. An addendum is no part of
 * the tender documents' text (documents-only-through-seao reads that), so its own passages are read here: one
 * that sends the revised pages by e-mail, or offers them at the office, breaks the rule where it stands (the
 * pages it revises count as the documents: ADDENDUM_OTHER_CHANNEL).
 */
export const addendumOnlyThroughSeao: Rule = {
  id: 'addendum-only-through-seao',
  citation: '9.1',
  severity: 'error',
  appliesTo: ['addenda'],
  description: {
    fr: "Un addenda ne peut être obtenu que par le SEAO : il n'offre aucun autre moyen d'obtenir l'addenda ou les documents qu'il modifie.",
    en: 'An addendum can be obtained only through SEAO: it offers no other way of obtaining it or the documents it amends.',
  },
  check(context) {
    for (const unit of findUnits(context.model, ADDENDUM_OFFERS_OTHER_CHANNEL)) {
      context.report({
        messageId: 'otherMeans',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: "Ce passage de l'addenda offre un autre moyen que le SEAO, seul moyen permis, d'obtenir l'addenda ou les documents d'appel d'offres.",
          en: 'This passage of the addendum offers a way other than SEAO, the only one allowed, to obtain the addendum or the tender documents.',
        },
      });
    }
  },
};
