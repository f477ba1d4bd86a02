import type { DocumentModel, DocumentUnit } from '../document/model.js';

// A terse title names what it is about without its noun (« Validité », « Durée de validité », « Réception », « Lieu et
// heure de dépôt », « Ouverture », "Validity period", "Submission"), its subject left to the titles it sits under. In a
// call for tenders it is the bids', unless a title above names something else that has one: an attestation, a
// security, an insurance, a licence, a complaint, the contract (« 3.2 Attestation de Revenu Québec › Validité »,
// « Plaintes › Réception », « Contrat › Réception »). Text folded by normalizeForMatching.

/** What is read of the bids alone: their validity, and the moments and places of their life (« Lieu du dépôt »). */
const BARE_TITLE_FR =
  /^(?:(?:duree|periode|delai) de )?validite$|^(?:(?:date|heure|lieu)s?(?:(?:,| et) (?:la |l')?(?:date|heure|lieu)s?){0,2} (?:de (?:la |l')?|d'|du ))?(?:reception|depot|remise|transmission|ouverture)$/;
const BARE_TITLE_EN = /^(?:validity(?: period)?|period of validity|opening|submission|receipt)$/;

/**
 * A title or a label without its subject, read as the bids' (« validite » → « validite des soumissions », "validity period"
 * → "bid validity period", "submission" → "submission of bids"); undefined for any other text.
 */
export function bidsTitle(normalized: string): string | undefined {
  if (normalized.length > 40) return undefined;
  if (BARE_TITLE_FR.test(normalized)) return `${normalized} des soumissions`;
  if (!BARE_TITLE_EN.test(normalized)) return undefined;
  return normalized.startsWith('valid') ? `bid ${normalized}` : `${normalized} of bids`;
}

/**
 * A title of each of BARE_TITLE's words, alone and as the bids': the items a title without its subject may state are those
 * these name.
 */
export const BARE_TITLES: readonly string[] = [
  'validite',
  'duree de validite',
  ...['reception', 'depot', 'remise', 'transmission', 'ouverture'].flatMap((moment) => [moment, `date, heure et lieu de ${moment}`]),
  'validity period',
  'period of validity',
  'opening',
  'submission',
  'receipt',
].flatMap((title) => [title, bidsTitle(title) ?? title]);

/**
 * A title that names something else than the bids that has a validity, a receipt or a deposit: in French by its head
 * noun, which opens it (« Attestation de Revenu Québec », « Garantie de soumission », « Assurances »); in English by a
 * noun anywhere ("Bid security", "Insurance requirements"), the contract by the last ("Service contract").
 */
const OTHER_HOLDER =
  /^(?:(?:la|le|les|une?) |l')?(?:attestations?|garanties?|cautionnements?|cautions?|assurances?|polices?|licences?|permis|certificats?|certifications?|accreditations?|autorisations?|enregistrements?|plaintes?|contrats?|travaux|livrables?)\b|\b(?:attestations?|certificates?|security|securities|bonds?|insurance|guarantees?|warrant(?:y|ies)|licences?|permits?|accreditations?|registrations?|complaints?|deliverables?)\b|\bcontracts?$/;
/** A title that names the bids (BIDS' words): what is under it is theirs, whatever the titles above it name. */
const NAMES_BIDS = /\b(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?)\b/;

/**
 * Whether a unit that states an item by a title without its subject (bidsTitle) is about something else than the bids:
 * the nearest title above it that names a holder, before any that names the bids, names another one. Titles are read
 * without their numbering (`bare`); a title that is its number alone says nothing.
 */
export function heldByOther(model: DocumentModel, unit: DocumentUnit, bare: (normalized: string) => string): boolean {
  // The sections around the unit, nearest first (sections are in document order; an enclosing one starts before it).
  const around = model.sections.filter((section) => section.start < unit.start && unit.start < section.end && section.heading !== unit);
  for (let index = around.length - 1; index >= 0; index--) {
    const title = bare(around[index].heading.normalized);
    if (OTHER_HOLDER.test(title)) return true;
    if (NAMES_BIDS.test(title)) return false;
  }
  return false;
}
