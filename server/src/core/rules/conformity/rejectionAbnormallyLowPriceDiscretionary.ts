import { CLAUSES, renderClause } from '../../legal/clauses.js';
import { findRejectionCase } from '../../legal/rejection.js';
import { DISCRETIONARY_REJECTION, MANDATORY_REJECTION } from '../../legal/recognisers/conformity.js';
import { replaceParagraphFix } from '../documents/placement.js';
import { TENDER_DOCUMENT_TYPES } from '../documents/requiredItem.js';
import type { Rule } from '../rule.js';
import { specOf } from './cases.js';

/**
 * Art. 7.1: the abnormally low bid "est non conforme et doit être rejetée" (after the chief
 * executive's authorisation). A passage that only allows the rejection states a different rule.
 */
export const rejectionAbnormallyLowPriceDiscretionary: Rule = {
  id: 'rejection-abnormally-low-price-discretionary',
  citation: '7.1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENT_TYPES,
  scope: 'dossier',
  description: {
    fr: "Le rejet d'une soumission au prix anormalement bas est obligatoire (« doit être rejetée »), non facultatif.",
    en: 'Rejecting a bid with an abnormally low price is mandatory ("must be rejected"), not optional.',
  },
  notApplicable: specOf('abnormallyLowPrice').notApplicable,
  check(context) {
    for (const unit of findRejectionCase(context.model, 'abnormallyLowPrice')) {
      if (unit.kind === 'heading' || !DISCRETIONARY_REJECTION.test(unit.normalized) || MANDATORY_REJECTION.test(unit.normalized)) continue;
      context.report({
        messageId: 'discretionary',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: 'Art. 7.1 : une soumission comportant un prix anormalement bas est non conforme et doit être rejetée, après autorisation du dirigeant; ce passage ne fait du rejet qu’une faculté.',
          en: 'S. 7.1: a bid with an abnormally low price is non-compliant and must be rejected, after the chief executive’s authorisation; this passage only makes the rejection possible.',
        },
        fix: replaceParagraphFix(
          unit,
          { fr: 'Remplacer par la clause « Prix anormalement bas » (art. 7.1)', en: 'Replace with the "Abnormally low price" clause (s. 7.1)' },
          renderClause(CLAUSES.abnormallyLowPrice, context.locale),
        ),
      });
    }
  },
};
