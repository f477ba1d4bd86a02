import { TITLE_DEPTH } from '../document/markdown.js';
import type { DocumentModel, Section } from '../document/model.js';
import { fileBoundsAt } from '../dossier/combined.js';
import { RECOGNISERS, matchesHeading } from './recognisers.js';

/** Whether a section's heading titles the notice (« Avis d'appel d'offres », "Call for tenders notice"). */
export const isNotice = (section: Section): boolean => matchesHeading(RECOGNISERS.notice, section.heading.normalized);

/**
 * The notice's section, when the document has one (a call whose notice and documents are one file, or a
 * notice under a title): from its heading to the next heading of its level or higher. A title set in
 * bold has no level of its own, and the notice's sub-titles set in bold too would each close it: such a
 * notice runs to the next title that opens another part (see closesNotice), else to its file's end.
 */
export function noticeSection(model: DocumentModel): Section | undefined {
  const index = model.sections.findIndex(isNotice);
  if (index === -1) return undefined;
  const notice = model.sections[index];
  if (notice.heading.depth !== TITLE_DEPTH) return notice;
  const fileEnd = fileBoundsAt(model, notice.start).end;
  for (const next of model.sections.slice(index + 1)) {
    if (next.start >= fileEnd) break;
    if (closesNotice(notice, next)) return { ...notice, end: next.start };
  }
  return { ...notice, end: fileEnd };
}

/** A title that opens an annex or a form. */
const ANNEX = /^(?:annexe|annex|appendix|schedule|formulaire|form|bordereau)\b/;

/** A title numbered as a part of a whole: « PARTIE 2 – », « CHAPITRE II – », « TITRE III ». */
const NUMBERED_PART = /^(?:partie|part|chapitre|chapter|titre) (?:[\divxlc]+|[a-z])\b/;

/** A title numbered by a number alone, at the first level: « 2. REGROUPEMENT D'ACHATS », not « 2.1 ». */
const FIRST_LEVEL_NUMBER = /^\d+[.)]? (?!\d)/;

/**
 * Whether a title after a notice set in bold closes it: a heading written as one, a title that opens the
 * tender documents (« Régie de l'appel d'offres »), an annex or a numbered part, or one numbered as the
 * notice is (« 1. AVIS D'APPEL D'OFFRES » then « 2. REGROUPEMENT D'ACHATS »). Titles naming an item are
 * not enough: the notice's own sub-titles name its items (« Description des services »).
 */
function closesNotice(notice: Section, next: Section): boolean {
  const title = next.heading.normalized;
  if ((next.heading.depth ?? 1) < TITLE_DEPTH || ANNEX.test(title) || NUMBERED_PART.test(title)) return true;
  if (FIRST_LEVEL_NUMBER.test(notice.heading.normalized) && FIRST_LEVEL_NUMBER.test(title)) return true;
  return matchesHeading(RECOGNISERS.tenderDocuments, title);
}
