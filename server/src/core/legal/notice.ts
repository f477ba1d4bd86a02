import { TITLE_DEPTH } from '../document/markdown.js';
import { PASSAGE_KINDS, firstUnitFrom, textSlice, type DocumentModel, type Section } from '../document/model.js';
import { fileBoundsAt } from '../dossier/combined.js';
import { RECOGNISERS, matchesHeading } from './recognisers.js';

/** Whether a section's heading titles the notice (« Avis d'appel d'offres », "Call for tenders notice"). */
export const isNotice = (section: Section): boolean => matchesHeading(RECOGNISERS.notice, section.heading.normalized);

/**
 * The notice's section, when the document has one (a call whose notice and documents are one file, or a notice under a
 * title; the first title naming it that holds a passage, see findNotice): from its heading to the next heading of its
 * level or higher, past the titles of its level or below stacked right under its own, no passage between (« AVIS
 * D'APPEL D'OFFRES » then « SERVICES PROFESSIONNELS — … » or « APPEL D'OFFRES PUBLIC No … »), which are its
 * sub-titles. A title typed in bold or in capitals has no level of its own (markdown.ts gives a part's title one
 * level, every other title the next): such a notice runs to the next title that closes it (closesNotice), else to its
 * file's end.
 */
export function noticeSection(model: DocumentModel): Section | undefined {
  // Seven rules and features ask it of each version of a document: found once per model.
  if (!NOTICES.has(model)) NOTICES.set(model, findNotice(model));
  return NOTICES.get(model);
}

const NOTICES = new WeakMap<DocumentModel, Section | undefined>();

/**
 * The first title naming the notice whose section holds a passage. A title with nothing under it but titles of a higher
 * level is a line naming the notice, not its part: a cover page's « AVIS DIFFUSÉ DANS LE SEAO LE 13 MARS 2017 » or
 * « **Avis publié le 13 mars 2017** », read as a title in capitals or in bold (markdownTree.ts) and closed right away
 * by the heading of the notice's own summary (« ## L'avis en un coup d'œil »).
 */
function findNotice(model: DocumentModel): Section | undefined {
  for (let index = 0; index < model.sections.length; index++) {
    if (!isNotice(model.sections[index])) continue;
    const notice = noticeFrom(model, index);
    if (holdsPassage(model, notice)) return notice;
  }
  return undefined;
}

/** Whether a section holds a passage the recognisers read (a paragraph, a list's entry, a table's row) past its heading. */
function holdsPassage(model: DocumentModel, section: Section): boolean {
  const last = firstUnitFrom(model, section.end);
  for (let index = firstUnitFrom(model, section.heading.end); index < last; index++) if (PASSAGE_KINDS.has(model.units[index].kind)) return true;
  return false;
}

/** The notice's section from the title at `index` in the model's sections. */
function noticeFrom(model: DocumentModel, index: number): Section {
  const notice = model.sections[index];
  const depth = notice.heading.depth ?? 1;
  const typed = depth >= TITLE_DEPTH;
  const end = fileBoundsAt(model, notice.start).end;
  const part = !typed && PART_NUMBERING.test(titleNumbering(model, notice) ?? '');
  let stacked = true;
  let previous = notice;
  for (const next of model.sections.slice(index + 1)) {
    if (next.start >= end) break;
    stacked &&= (next.heading.depth ?? 1) >= depth && model.units[firstUnitFrom(model, previous.heading.end)] === next.heading;
    if (!stacked && (typed ? closesNotice(model, notice, next) : closesAtItsLevel(model, notice, next, part))) return { ...notice, end: next.start };
    previous = next;
  }
  return { ...notice, end };
}

/** A title that opens a form (annexes are parts: markdown.ts). */
const FORM = /^(?:formulaire|form|bordereau)\b/;
/**
 * A title that opens the contract to be signed, which is never the notice's (« Le contrat (à signer par
 * l'adjudicataire) », « Modèle de contrat », « Clauses du contrat », "Form of Agreement", "Conditions of Contract"); a
 * bare « Contrat » may title the notice's own summary of the contract's term.
 */
const CONTRACT_TO_SIGN =
  /\b(?:contrat|convention|entente) que (?:vous|l'adjudicataire|le prestataire|le soumissionnaire retenu) (?:signerez|signera|devez signer|devra signer)\b|\b(?:contract|agreement) (?:that )?(?:you|the (?:successful )?(?:bidder|tenderer|proponent|contractor)) (?:will |shall |must )?sign\b|\b(?:contrat|convention) \(?a (?:etre )?signer\b|\b(?:modele|projet) (?:de |d')(?:contrat|convention)\b|\b(?:clauses|conditions) (?:du|de la) (?:contrat|convention)\b|\bcontract to be signed\b|\bform of (?:contract|agreement)\b|\b(?:contract|agreement) (?:clauses|(?:terms and )?conditions)\b|\b(?:clauses|(?:terms and )?conditions) of (?:the )?(?:resulting )?(?:contract|agreement)\b(?! award)/;

/** How a title is numbered: a word or sign (« § », « ARTICLE »), then a number, a roman numeral or a letter. */
const NUMBERED = /^(?:(§|article|art\.|section|partie|part|chapitre|chapter|titre) ?)?(\d+(?:\.\d+)*|[ivxlc]+|[a-z])([.)]?)(?: ?[-–—:])? /;

/**
 * A title's numbering scheme: « § 1 — » and « § 2 — » share one (§ and a number), « 1. » and « 2. » another,
 * « 2.1 » and « 2.3 » a third (a number of two levels), « IV – » and « V – » a fourth. A roman numeral or a
 * letter alone counts when a `.` or `)` follows it or a word introduces it (« a) », « B. », « PARTIE IV »).
 */
function numberingOf(title: string): string | undefined {
  const numbered = NUMBERED.exec(title);
  if (!numbered) return undefined;
  const [, word = '', mark, closing] = numbered;
  if (/^\d/.test(mark)) return `${word} ${mark.replace(/\d+/g, 'n')}`;
  if (!word && !closing) return undefined;
  return `${word} ${mark.length === 1 && !/[ivxlc]/.test(mark) ? 'letter' : 'roman'}`;
}

/** A list's number that opens a line (« 2. BESOINS »), which CommonMark reads as a list's entry. */
const LIST_NUMBER = /^\d{1,9}[.)][ \t]/;

/**
 * A typed title's numbering: its words', or the list's number it is typed after (« 1. AVIS » then « 2. BESOINS », a
 * numbered title CommonMark reads as a list of one entry, its number left out of the title's words by markdown.ts).
 */
function titleNumbering(model: DocumentModel, section: Section): string | undefined {
  const { heading } = section;
  const numbering = numberingOf(heading.normalized);
  if (numbering !== undefined) return numbering;
  const written = textSlice(model, heading.start, Math.min(heading.end, heading.start + 12));
  return LIST_NUMBER.test(written) ? numberingOf(written.toLowerCase()) : undefined;
}

/** A title numbered as a part is (« TITRE I », « PARTIE 2 », « CHAPITRE A », "PART B"), by its numbering (numberingOf). */
const PART_NUMBERING = /^(?:titre|partie|part|chapitre|chapter) /;

/**
 * Whether a heading after a notice written as a heading closes it: one of a higher level, or of its level, unless the
 * notice is numbered as a part and the heading is one of the part's topics, as a document whose headings are all of one
 * level has them (« ## TITRE I – AVIS » over « ## Article 3 – Option de reconduction », up to « ## TITRE II – … »): then
 * a title numbered as the notice is, or one that opens other documents (closesAsTitle), closes it.
 */
function closesAtItsLevel(model: DocumentModel, notice: Section, next: Section, part: boolean): boolean {
  const depth = next.heading.depth ?? 1;
  const noticeDepth = notice.heading.depth ?? 1;
  return depth < noticeDepth || (depth === noticeDepth && (!part || closesAsTitle(model, notice, next)));
}

/**
 * Whether a title after a notice typed in bold or in capitals (past the titles stacked under it) closes it:
 * a heading written as one, a part, the title that opens the tender documents (« Régie de l'appel
 * d'offres »), a form or the contract to be signed, or a title numbered as the notice is (« 1. AVIS D'APPEL D'OFFRES » then « 2.
 * REGROUPEMENT D'ACHATS », « § 1 — Avis » then « § 2 — Besoins »). Titles naming an item are not enough:
 * the notice's own sub-titles name its items (« Description des services »).
 */
function closesNotice(model: DocumentModel, notice: Section, next: Section): boolean {
  return (next.heading.depth ?? 1) <= TITLE_DEPTH || closesAsTitle(model, notice, next);
}

/** Whether a title closes a notice by its words: a form, the contract to be signed, a title numbered as the notice is, the tender documents. */
function closesAsTitle(model: DocumentModel, notice: Section, next: Section): boolean {
  const title = next.heading.normalized;
  const numbering = titleNumbering(model, notice);
  if (FORM.test(title) || CONTRACT_TO_SIGN.test(title) || (numbering !== undefined && titleNumbering(model, next) === numbering)) return true;
  return matchesHeading(RECOGNISERS.tenderDocuments, title);
}
