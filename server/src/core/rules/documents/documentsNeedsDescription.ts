import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { itemWhere, statedBy } from '../evidence.js';
import { noticeOwnUnits } from './scope.js';

/** Art. 5 par. 1°: the description of the needs and the execution terms. */
export const documentsNeedsDescription = requiredDocumentItem({
  id: 'documents-needs-description',
  citation: '5.1°',
  description: {
    fr: "Les documents d'appel d'offres décrivent les besoins et les modalités d'exécution.",
    en: 'The tender documents describe the needs and the execution terms.',
  },
  missing: {
    fr: "Les documents d'appel d'offres ne décrivent pas les besoins ni les modalités d'exécution (la description sommaire de l'avis ne suffit pas).",
    en: "The tender documents do not describe the needs and execution terms (the notice's summary description is not enough).",
  },
  // What the notice says is not the tender documents' detail.
  ...statedBy(
    itemWhere('needsDescription', (context) => {
      const notice = noticeOwnUnits(context.model);
      return (unit) => !notice.has(unit);
    }),
  ),
  fix: (context) => newSectionFix(context, 'needsDescription', 'needsDescription'),
});
