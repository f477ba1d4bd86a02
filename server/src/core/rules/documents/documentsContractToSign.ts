import { findItem, findWeakEvidence, type WeakEvidence } from '../../legal/find.js';
import { PASSAGE_KINDS, firstUnitFrom, type DocumentModel, type DocumentUnit } from '../../document/model.js';
import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { itemWhere, statedBy } from '../evidence.js';
import { partTitles } from '../../dossier/combined.js';
import type { RuleContext } from '../rule.js';

const DRAFTED_LATER = {
  fr: "il dit que le contrat sera rédigé après l'adjudication : les documents ne contiennent pas le contrat à signer",
  en: 'it says the contract will be drafted after the award: the documents do not contain the contract to be signed',
};

/** A contract the documents reproduce has its parties, clauses and signatures: more passages than an announcement. */
const ANNOUNCEMENT_PASSAGES = 2;

/**
 * Whether a passage naming the contract only announces it for later: it says so itself, or it is a title whose section
 * says so in a passage or two and holds nothing else (« Annexe C — Entente de services » over « L'entente sera rédigée
 * avec l'adjudicataire après l'adjudication »): the title names a contract its section does not hold.
 */
function announcedForLater(model: DocumentModel, later: readonly DocumentUnit[], unit: DocumentUnit): boolean {
  if (later.includes(unit)) return true;
  if (unit.kind !== 'heading') return false;
  const section = model.sections.find((candidate) => candidate.heading === unit);
  if (!section) return false;
  const passages = model.units.slice(firstUnitFrom(model, section.start), firstUnitFrom(model, section.end)).filter((inside) => PASSAGE_KINDS.has(inside.kind));
  return passages.length <= ANNOUNCEMENT_PASSAGES && passages.some((passage) => later.includes(passage));
}

/** The passages that state the contract and do not only announce it for later. */
const holdsTheContract = (context: RuleContext) => {
  const later = findItem(context.model, 'contractDraftedLater');
  return (unit: DocumentUnit) => later.length === 0 || !announcedForLater(context.model, later, unit);
};

/** A passage that says the contract will be drafted after the award: the contrary of the contract included. */
function draftedLater(context: RuleContext): WeakEvidence | undefined {
  const [unit] = findItem(context.model, 'contractDraftedLater');
  return unit && { unit, lacks: DRAFTED_LATER, template: 'contractDraftedLater', contrary: true };
}

/** Art. 5 par. 8°: the contract to be signed; in a dossier, a file that is the contract (`partie: contrat`) includes it. */
export const documentsContractToSign = requiredDocumentItem({
  id: 'documents-contract-to-sign',
  citation: '5.8°',
  description: {
    fr: "Les documents d'appel d'offres comprennent le contrat à être signé.",
    en: 'The tender documents include the contract to be signed.',
  },
  missing: {
    fr: "Les documents d'appel d'offres ne comprennent pas le contrat à être signé (ni n'y renvoient).",
    en: 'The tender documents do not include (or refer to) the contract to be signed.',
  },
  ...statedBy(itemWhere('contractToSign', holdsTheContract), { item: 'contractToSign', units: (context) => partTitles(context.model, 'contrat') }),
  weakEvidence: (context) => draftedLater(context) ?? findWeakEvidence(context.model, 'contractToSign'),
  fix: (context) => newSectionFix(context, 'contractToSign', 'contractToSign'),
});
