import { statedBy } from '../evidence.js';
import { requiredDocumentItem } from '../documents/requiredItem.js';
import { admissibilityConditionFix } from './conditions.js';

/**
 * Art. 6 al. 2: providers from territories not covered by an agreement may be admitted when
 * competition is insufficient, only if the documents say so. The front-matter key
 * `admissibilite-hors-accord: true` declares it; the body must then mention it.
 */
export const admissibilityOutsideAgreementsMention = requiredDocumentItem({
  id: 'admissibility-outside-agreements-mention',
  citation: '6.al2',
  description: {
    fr: "L'admission de prestataires d'un territoire non visé par un accord (concurrence insuffisante) est mentionnée dans les documents.",
    en: 'Admitting providers from a territory not covered by an agreement (insufficient competition) is stated in the documents.',
  },
  missing: {
    fr: "L'en-tête admet des prestataires hors accord (admissibilite-hors-accord), mais les documents ne le mentionnent pas : sans cette mention, ils sont inadmissibles.",
    en: 'The front-matter admits providers outside the agreements (admissibilite-hors-accord), but the documents do not say so: without that mention they are inadmissible.',
  },
  notApplicable: (context) =>
    context.data.admissibiliteHorsAccord === true
      ? undefined
      : {
          fr: "L'en-tête n'admet pas de prestataires hors accord (clé admissibilite-hors-accord absente ou false) : rien à mentionner.",
          en: 'The front-matter does not admit providers outside the agreements (key admissibilite-hors-accord absent or false): nothing to mention.',
        },
  ...statedBy('outsideAgreements'),
  range: (context) => context.model.frontMatter?.keyRange(['admissibilite-hors-accord']),
  fix: (context) => admissibilityConditionFix(context, 'outsideAgreements'),
});
