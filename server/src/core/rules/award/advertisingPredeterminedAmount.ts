import { awardAmong, domainAmong } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, documentEnd, modeRange, stated } from '../evaluation/common.js';

/** Art. 39: an advertising campaign awarded on quality only states the predetermined amount the contract cannot exceed. */
export const advertisingPredeterminedAmount: Rule = {
  id: 'advertising-predetermined-amount',
  citation: '39',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Campagne de publicité adjugée sur la qualité seulement : le montant du contrat ne peut dépasser le montant prédéterminé dans les documents.',
    en: 'Advertising campaign awarded on quality only: the contract amount cannot exceed the amount predetermined in the documents.',
  },
  notApplicable: (context) =>
    domainAmong(context, ['publicite'], { fr: 'de campagne de publicité', en: 'an advertising campaign' }) ??
    awardAmong(context, awardMode(context), ['qualite-seulement'], {
      fr: "la campagne n'est pas adjugée sur la qualité seulement.",
      en: 'the campaign is not awarded on quality only.',
    }),
  check(context) {
    if (stated(context, 'predeterminedAmount')) return;
    context.report({
      messageId: 'amountMissing',
      range: modeRange(context),
      message: {
        fr: "Campagne de publicité adjugée sur la qualité seulement : les documents n'indiquent pas le montant prédéterminé que le contrat ne peut dépasser.",
        en: 'Advertising campaign awarded on quality only: the documents do not state the predetermined amount the contract cannot exceed.',
      },
      fix: insertClauseFix(context.model, 'predeterminedAmount', context.locale, documentEnd(context)),
    });
  },
};
