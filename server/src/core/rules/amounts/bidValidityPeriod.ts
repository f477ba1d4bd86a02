import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, documentEnd, stated } from '../evaluation/common.js';

/**
 * Art. 29.7: the dirigeant authorises the rejection of an abnormally low bid before the bid-validity
 * period expires, which presupposes that the documents state that period.
 */
export const bidValidityPeriod: Rule = {
  id: 'bid-validity-period',
  citation: '29.7',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Les documents indiquent la période de validité des soumissions.',
    en: 'The documents state the bid validity period.',
  },
  check(context) {
    if (context.model.frontMatter?.valueRange(['validite-soumissions-jours']) || stated(context, 'bidValidity')) return;
    context.report({
      messageId: 'periodMissing',
      message: {
        fr: "Les documents n'indiquent pas la période de validité des soumissions (clé validite-soumissions-jours ou mention dans le texte) : le rejet d'un prix anormalement bas doit être autorisé avant son expiration (art. 29.7).",
        en: 'The documents do not state the bid validity period (key validite-soumissions-jours or a mention in the text): rejecting an abnormally low price must be authorised before it expires (s. 29.7).',
      },
      fix: insertClauseFix(context.model, 'bidValidity', context.locale, documentEnd(context)),
    });
  },
};
