import { withOptions } from '../applicability.js';
import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { itemWhere, statedBy } from '../evidence.js';
import { noticeOwnUnits } from './scope.js';

/** Art. 5 par. 1.1°: when the contract has options, the tender documents describe them. */
export const documentsOptionsDescription = requiredDocumentItem({
  id: 'documents-options-description',
  citation: '5.1.1°',
  description: {
    fr: "Lorsque le contrat comporte des options, les documents d'appel d'offres les décrivent.",
    en: 'When the contract includes options, the tender documents describe them.',
  },
  missing: {
    fr: "Le contrat comporte des options (clé options), mais les documents d'appel d'offres ne les décrivent pas (hors de l'avis).",
    en: 'The contract includes options (key options), but the tender documents do not describe them (beyond the notice).',
  },
  notApplicable: withOptions,
  // What the notice says is not the tender documents' detail.
  ...statedBy(
    itemWhere('optionsDetail', (context) => {
      const notice = noticeOwnUnits(context.model);
      return (unit) => !notice.has(unit);
    }),
  ),
  fix: (context) => newSectionFix(context, 'optionsDetail', 'optionsDetail'),
});
