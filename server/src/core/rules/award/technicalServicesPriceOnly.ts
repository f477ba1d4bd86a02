import { natureIs } from '../applicability.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, isQualityMode, modeRange } from '../evaluation/common.js';
import { sectionIvMechanics } from './technicalServices.js';

/** Art. 10: a technical-services call solicits only a price, unless it takes the art. 33 route. */
export const technicalServicesPriceOnly: Rule = {
  id: 'technical-services-price-only',
  citation: '10',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Pour un contrat de services de nature technique, l'organisme sollicite uniquement un prix (sauf évaluation de la qualité selon l'art. 33).",
    en: 'For a technical-services contract, the body solicits only a price (unless quality is evaluated under s. 33).',
  },
  notApplicable: (context) => natureIs(context, 'services-techniques'),
  check(context) {
    // Only a price solicited: what art. 10 asks.
    if (!isQualityMode(awardMode(context))) return;
    if (sectionIvMechanics(context).some((mechanic) => mechanic.present)) return;
    context.report({
      messageId: 'qualityWithoutSectionIv',
      range: modeRange(context),
      message: {
        fr: "Contrat de services de nature technique adjugé sur la qualité sans les modalités de la section IV (grille, comité de sélection) : sollicitez uniquement un prix (art. 10) ou appliquez l'art. 33.",
        en: 'Technical-services contract awarded on quality without the division IV mechanics (grid, selection committee): solicit only a price (s. 10) or apply s. 33.',
      },
    });
  },
};
