import type { OffsetRange } from '../../document/frontMatter.js';
import type { DocumentModel } from '../../document/model.js';
import { findUnits, unitQuestion } from '../../legal/find.js';
import { NUMBER_WORDS } from '../../text/numberWords.js';
import type { DossierFile } from './files.js';

/**
 * The contract's term as a file's text states it: its initial duration (« le contrat est d'une durée
 * de 24 mois », « for a term of two (2) years ») and its renewals (« renouvelable deux fois pour une
 * période d'un an », « une option de renouvellement d'une année »), each with the passage that says it.
 */
export interface Term {
  initial?: { months: number; range: OffsetRange };
  renewals?: { count: number; months?: number; range: OffsetRange };
}

/** A number as drafters write it: « 24 », « deux (2) », « vingt-quatre ». */
const NUMBER = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?: ?\((\d{1,3})\))?`;

const UNIT = String.raw`(mois|months?|ans?|annees?|years?)`;

const value = (word: string, digits: string | undefined): number => Number(digits ?? NUMBER_WORDS[word] ?? word);

const months = (count: number, unit: string): number => (/^(?:mois|month)/.test(unit) ? count : count * 12);

// Read on text folded for matching (no accents, lower case).
export const INITIAL = new RegExp(
  String.raw`\b(?:duree|term|period)(?: initiale| initial)?(?: du contrat| of the contract)?(?: est| sera| is| will be)?(?: de| d'| of)\s*${NUMBER} ${UNIT}\b`,
);

const RENEWAL = /\b(?:renouvel\w*|reconduct\w*|reconduire|renew\w*)\b/;

export const RENEWAL_COUNT = new RegExp(
  String.raw`\b${NUMBER} (?:fois|times|renouvellements?|renewals?|options? de renouvellement|(?:periodes?|periods?)(?: additionnelles?| supplementaires?| additional)?)\b|\b(once|twice)\b`,
);

export const RENEWAL_PERIOD = new RegExp(
  String.raw`\b(?:periodes?|periods?|renouvellements?|renewals?|options? de renouvellement)(?: additionnelles?| supplementaires?| additional| subsequentes?)?(?: maximale?)?(?: de| d'| of)\s*${NUMBER} ${UNIT}\b|\b(?:d'une|d'un|one) (annee|an|year)\b`,
);

// « ne sera pas renouvelé », « aucun renouvellement »: no renewal is stated.
const NO_RENEWAL =
  /\b(?:aucune? (?:option de )?renouvel|(?:ne|n') (?:\S+ ){0,2}(?:pas|aucun\w*) (?:\S+ ){0,2}renouvel|non renouvelable|no renewal|not (?:be )?renew)/;

const terms = new WeakMap<DocumentModel, Term>();
/** Passages that state the contract's term or its renewals. */
const TERM_STATED = unitQuestion('contract-term', (normalized) => INITIAL.test(normalized) || RENEWAL.test(normalized));

/** The first statements of the term in a file's text. */
export function termOf(model: DocumentModel): Term {
  let term = terms.get(model);
  if (term) return term;
  term = {};
  for (const unit of findUnits(model, TERM_STATED)) {
    const text = unit.normalized;
    const range = { start: unit.start, end: unit.end };
    const initial = INITIAL.exec(text);
    if (initial && !term.initial) term.initial = { months: months(value(initial[1], initial[2]), initial[3]), range };
    const renewal = RENEWAL.exec(text);
    if (term.renewals || !renewal || NO_RENEWAL.test(text)) continue;
    // The renewal's count and length are said around its word, not in the initial duration before it.
    const around = text.slice(Math.max(0, renewal.index - 40));
    const period = RENEWAL_PERIOD.exec(around);
    const count = RENEWAL_COUNT.exec(around);
    const periodMonths = period ? (period[1] !== undefined ? months(value(period[1], period[2]), period[3]) : 12) : undefined;
    const times = count ? (count[4] ? (count[4] === 'once' ? 1 : 2) : value(count[1], count[2])) : 1;
    // « renouvelable … d'une année » without a count is one renewal; a count alone says how many, of a length not stated.
    term.renewals = { count: times, months: periodMonths, range };
  }
  terms.set(model, term);
  return term;
}

export const duration = (value: number, locale: 'fr' | 'en'): string =>
  value % 12 === 0 && value >= 12
    ? locale === 'fr'
      ? `${value / 12} an${value > 12 ? 's' : ''} (${value} mois)`
      : `${value / 12} year${value > 12 ? 's' : ''} (${value} months)`
    : locale === 'fr'
      ? `${value} mois`
      : `${value} month${value > 1 ? 's' : ''}`;

/** The files that state the contract's term, the notice aside. */
export const restating = (files: readonly DossierFile[], notice: DossierFile | undefined) =>
  files.filter((file) => file !== notice && file.member.type !== 'avis');
