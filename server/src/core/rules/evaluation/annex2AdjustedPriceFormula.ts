import { awardAmong } from '../applicability.js';
import { evaluationStatements } from '../../evaluation/statements.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, evaluationInsertionOffset, stated } from './common.js';

/**
 * Annexe 2 art. 8 (quality-price only, art. 21): the adjusted price is the submitted price divided by
 * 1 + K × (final score − 70) / 30. The documents print that formula, or refer to the annex for it.
 */
export const annex2AdjustedPriceFormula: Rule = {
  id: 'annex2-adjusted-price-formula',
  citation: 'A2.8',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Annexe 2 : le prix ajusté est égal au prix soumis divisé par 1 + K × (note finale − 70) / 30.',
    en: 'Annex 2: the adjusted price is the submitted price divided by 1 + K × (final score − 70) / 30.',
  },
  notApplicable: (context) =>
    awardAmong(context, awardMode(context), ['qualite-prix'], {
      fr: "pas de prix ajusté, la formule de l'annexe 2 (art. 8) n'est pas utilisée.",
      en: 'no adjusted price, the formula of Annex 2 (s. 8) is not used.',
    }),
  check(context) {
    if (evaluationStatements(context.model, 'formula').length > 0 || stated(context, 'annex2FormulaReference')) return;
    const other = evaluationStatements(context.model, 'otherFormula');
    if (other.length > 0) {
      context.report({
        messageId: 'otherFormula',
        range: other[0].range,
        message: {
          fr: "Cette formule de prix ajusté n'est pas celle de l'annexe 2 : prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30).",
          en: 'This adjusted-price formula is not the one of Annex 2: adjusted price = submitted price / (1 + K × (final score − 70) / 30).',
        },
      });
      return;
    }
    context.report({
      messageId: 'formulaMissing',
      range: context.model.frontMatter?.valueRange(['adjudication']),
      message: {
        fr: "L'adjudication se fait selon le prix ajusté le plus bas, mais les documents ne donnent pas la formule du prix ajusté de l'annexe 2.",
        en: 'The contract is awarded to the lowest adjusted price, but the documents do not give the adjusted-price formula of Annex 2.',
      },
      fix: insertClauseFix(context.model, 'adjustedPriceFormula', context.locale, evaluationInsertionOffset(context)),
    });
  },
};
