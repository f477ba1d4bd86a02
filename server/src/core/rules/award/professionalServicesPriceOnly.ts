import { architectureOrEngineering, awardAmong } from '../applicability.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, modeRange } from '../evaluation/common.js';

/** Art. 34: professional services may be awarded on price alone, except architecture and engineering (art. 24). */
export const professionalServicesPriceOnly: Rule = {
  id: 'professional-services-price-only',
  citation: '34',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Un contrat de services professionnels peut être adjugé sur le prix seul, sauf en architecture et en génie autre que forestier.',
    en: 'A professional-services contract may be awarded on price alone, except architecture and engineering other than forestry.',
  },
  notApplicable: (context) =>
    awardAmong(context, awardMode(context), ['prix'], {
      fr: "le contrat n'est pas adjugé sur le prix seul.",
      en: 'the contract is not awarded on price alone.',
    }) ?? architectureOrEngineering(context),
  check(context) {
    context.report({
      messageId: 'architectureEngineeringOnPrice',
      range: modeRange(context),
      message: {
        fr: "Un contrat d'architecture ou de génie autre que forestier ne peut être adjugé sur le prix seul (art. 34 et 24) : il est adjugé sur la qualité seulement.",
        en: 'An architecture or engineering (other than forestry) contract cannot be awarded on price alone (s. 34 and 24): it is awarded on quality only.',
      },
    });
  },
};
