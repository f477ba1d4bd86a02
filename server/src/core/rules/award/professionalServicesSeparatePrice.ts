import { awardAmong } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, evaluationInsertionOffset, modeRange, stated } from '../evaluation/common.js';

/**
 * Art. 16 al. 2: when a price is requested with the quality demonstration, both are presented
 * separately so that the committee evaluates quality without knowing the price (art. 26). Art. 7 6°
 * (the matching automatic-rejection case) is a separate rule.
 */
export const professionalServicesSeparatePrice: Rule = {
  id: 'professional-services-separate-price',
  citation: '16.al2',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Le prix et la démonstration de la qualité sont présentés séparément.',
    en: 'The price and the quality demonstration are presented separately.',
  },
  notApplicable: (context) =>
    awardAmong(context, awardMode(context), ['qualite-minimale', 'qualite-prix'], {
      fr: "aucun prix n'est demandé avec la démonstration de la qualité.",
      en: 'no price is requested with the quality demonstration.',
    }) ??
    // Technical services evaluated on quality: art. 33 reports the missing section IV mechanics.
    (context.data.contrat.nature === 'services-techniques'
      ? {
          fr: "Services de nature technique (contrat.nature : services-techniques) : l'art. 33 (section IV) s'applique à leur place.",
          en: 'Technical services (contrat.nature: services-techniques): s. 33 (division IV) applies instead.',
        }
      : undefined),
  check(context) {
    if (stated(context, 'separatePriceAndQuality')) return;
    context.report({
      messageId: 'notSeparate',
      range: modeRange(context),
      message: {
        fr: 'Un prix est demandé avec la démonstration de la qualité, mais les documents ne prévoient pas que le prix et la qualité sont présentés séparément.',
        en: 'A price is requested with the quality demonstration, but the documents do not require the price and the quality to be presented separately.',
      },
      fix: insertClauseFix(context.model, 'separatePriceAndQuality', context.locale, evaluationInsertionOffset(context)),
    });
  },
};
