import { innermostSection, type DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { itemWhere, statedBy } from '../evidence.js';
import { noticeOwnUnits } from './scope.js';
import type { RuleContext } from '../rule.js';

/** What the notice says is not the tender documents' detail. */
const outsideNotice = (context: RuleContext) => {
  const notice = noticeOwnUnits(context.model);
  return (unit: DocumentUnit) => !notice.has(unit);
};

/** The items of the documents a section is about when it is not the mandate's. */
const OTHER_ITEMS = ['admissibility', 'conformity', 'requiredDocuments', 'openingProcedure', 'evaluation', 'awardRule', 'contractToSign'] as const;

/**
 * The provider's work said by a section's body (workDescribed) describes the needs where its section states no
 * other item: a section headed by its number alone (« ## Article 4 ») whose body says what the provider does. In a
 * section about another item it says what that item requires (« Pour présenter une soumission, le prestataire doit : »
 * opens admissibility conditions; a contract's clauses say what the provider does too).
 */
function mandateWork(context: RuleContext): DocumentUnit[] {
  const { model } = context;
  const work = findItem(model, 'workDescribed').filter(outsideNotice(context));
  if (work.length === 0) return [];
  const others = new Set(OTHER_ITEMS.flatMap((item) => findItem(model, item)).map((unit) => innermostSection(model, unit.start)));
  return work.filter((unit) => !others.has(innermostSection(model, unit.start)));
}

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
  ...statedBy(itemWhere('needsDescription', outsideNotice), { item: 'workDescribed', units: mandateWork }),
  fix: (context) => newSectionFix(context, 'needsDescription', 'needsDescription'),
});
