import { innermostSection, type DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import { RECOGNISERS } from '../../legal/recognisers.js';
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

/** A heading's own number, after the word that names its kind or not (« 7. Devis », « Article 7 », « 7. »; « 7.1 » is not 7's). */
const HEADING_NUMBER = /^(?:(?:article|section|partie|chapitre|part|chapter)\s+)?(\d{1,3}(?:\.\d{1,3})*)(?!\.?\d)/;

/**
 * The sections of the documents another passage names as describing the services (servicesReferred: « L'Entrepreneur
 * rend les services décrits à la section 7 »): a section headed by the number it names, outside the notice. Under a
 * heading of its number alone (« ## 7. »), that passage is what says the section is the needs'.
 */
function referredSections(context: RuleContext): DocumentUnit[] {
  const { model } = context;
  const references = findItem(model, 'servicesReferred');
  if (references.length === 0) return [];
  const numbers = new Set(references.flatMap((unit) => RECOGNISERS.servicesReferred.phrases.flatMap((phrase) => phrase.exec(unit.normalized)?.[1] ?? [])));
  const accepts = outsideNotice(context);
  return model.sections.flatMap(({ heading }) => {
    const number = HEADING_NUMBER.exec(heading.normalized)?.[1];
    return number !== undefined && numbers.has(number) && accepts(heading) ? [heading] : [];
  });
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
  ...statedBy(
    itemWhere('needsDescription', outsideNotice),
    { item: 'workDescribed', units: mandateWork },
    { item: 'servicesReferred', units: referredSections },
  ),
  fix: (context) => newSectionFix(context, 'needsDescription', 'needsDescription'),
});
