import type { OffsetRange } from '../../document/frontMatter.js';
import type { DocumentModel, DocumentUnit } from '../../document/model.js';
import { NUMBERING, findUnits, unitQuestion } from '../../legal/find.js';
import { normalizeForMatching } from '../../text/normalize.js';
import { NUMBER_WORDS } from '../../text/numberWords.js';
import type { DossierFile } from './files.js';

/**
 * The contract's term as a file's text states it: its initial duration (« le contrat est d'une durée
 * de 24 mois », « for a term of two (2) years ») and its renewals (« renouvelable deux fois pour une
 * période d'un an », « une option de renouvellement d'une année »), each with the passage that says it.
 */
export interface Term {
  initial?: { months: number; range: OffsetRange };
  /** `count` is left out when the passage names renewals without saying how many (« les années de renouvellement »). */
  renewals?: { count?: number; months?: number; range: OffsetRange };
}

/** A number as drafters write it: « 24 », « deux (2) », « vingt-quatre ». */
const NUMBER = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?: ?\((\d{1,3})\))?`;

const UNIT = String.raw`(mois|months?|ans?|annees?|years?)`;

const value = (word: string, digits: string | undefined): number => Number(digits ?? NUMBER_WORDS[word] ?? word);

const months = (count: number, unit: string): number => (/^(?:mois|month)/.test(unit) ? count : count * 12);

// Read on text folded for matching (no accents, lower case). The term is said after its name (« la durée du
// contrat est de 36 mois », a field « Durée : 36 mois ») or after the verb that concludes the contract (« le contrat
// est conclu pour trois (3) ans », "is entered into for a term of two years").
export const INITIAL = new RegExp(
  String.raw`\b(?:(?:duree|term|period)(?: initiale| initial)?(?: du contrat| of the contract)?(?:(?: est| sera| is| will be)?(?: de| d'| of)| ?:)|(?:conclue?|accordee?|octroyee?|entered into|awarded) (?:pour|for)(?: une (?:duree|periode) de| a (?:term|period) of)?)\s*${NUMBER} ${UNIT}\b`,
);

const INITIAL_ALL = new RegExp(INITIAL.source, 'g');

/**
 * A period said in a sentence that speaks first of a renewal, an option or something valid is that one's, not the
 * contract's: "The Board can renew the contract once, for a period of twelve (12) months", « cette attestation est
 * valide jusqu'à la fin de la période de trois mois… », "This attestation is valid until the end of the period of three
 * months".
 */
const ANOTHER_PERIOD = /\b(?:renouvel\w*|reconduct\w*|renew\w*|options?|valid\w*|attestation|garantie|cautionnement|security|bond)\b/;

/** The first statement of the initial duration in a folded text that is the contract's. */
function initialIn(text: string): RegExpExecArray | undefined {
  for (const match of text.matchAll(INITIAL_ALL)) {
    const before = text.slice(0, match.index);
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': ')) + 1;
    if (!ANOTHER_PERIOD.test(before.slice(sentenceStart))) return match;
  }
  return undefined;
}

// « 60 mois, options comprises », "five years, renewals included": that is the whole term, not the initial one.
const RENEWALS_INCLUDED =
  /^[^.;]{0,30}\b(?:(?:options?|renouvellements?|reconductions?) (?:compris|inclus)|(?:renewals?|options?) included|including (?:the )?(?:renewals?|options?))/;

const RENEWAL = /\b(?:renouvel\w*|reconduct\w*|reconduire|renew\w*)\b/;

// The length of each renewal said after its word with « pour » (« renouvelable deux fois pour un an », "renewable twice for one year").
export const RENEWAL_FOR = new RegExp(String.raw`\b(?:pour|for) ${NUMBER} ${UNIT}\b`);

// A renewal's count and length are said in its sentence.
const SENTENCE_END = /[.;](?:\s|$)/;

/**
 * How many times the contract may be renewed: « deux fois », « à deux (2) reprises », "twice", "on two occasions"; not a
 * multiple of what a determiner follows with (« trois fois le prix annuel », "three times the annual price", "once the").
 */
const MULTIPLIED = String.raw`(?! (?:le|la|les|leur|son|sa|ses|ce|cette|the|its|their|this|that)\b| l')`;
export const RENEWAL_TIMES = new RegExp(String.raw`\b${NUMBER} (?:fois|reprises|times|occasions)\b${MULTIPLIED}|\b(once|twice)\b${MULTIPLIED}`);

/**
 * How many renewals, counted as things: « deux renouvellements », « 2 options de renouvellement », "two one-year renewal
 * options", "three option years", « deux années d'option ».
 */
export const RENEWAL_COUNT = new RegExp(
  String.raw`\b${NUMBER} (?:(?:additional |further |optional )?(?:(?:\d{1,2}|one|two|three)-(?:year|month) )?(?:renewals?|renewal options?|options? to renew|option (?:years?|periods?)|periods?)|renouvellements?|options? de renouvellement|(?:annees?|periodes?) d'option|periodes?(?: additionnelles?| supplementaires?)?)\b`,
);
/** A parenthesis right after a count, that breaks it down (« les trois périodes (la période initiale et deux renouvellements) »). */
const BREAKDOWN = /^ ?\(([^()]*)\)/;
/** The initial period named (in a breakdown: the count before it is of all the periods, the initial one too). */
const INITIAL_PERIOD =
  /\b(?:periode initiale|duree initiale|premiere periode|(?:annee|periode) ferme|initial (?:term|period|year)|first (?:term|period)|firm (?:term|period|year))\b/;

/** Years added one at a time: « deux (2) années additionnelles, une année à la fois », "two additional years, one year at a time". */
export const YEARS_ONE_AT_A_TIME = new RegExp(
  String.raw`\b${NUMBER} (?:annees?|ans|years?) (?:additionnelles?|supplementaires?|additional|further)\b[^.;]{0,20}\b(?:(?:une annee|un an) a la fois|one year at a time)\b`,
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
    const initial = initialIn(text);
    if (initial && !term.initial && !RENEWALS_INCLUDED.test(text.slice(initial.index + initial[0].length)))
      term.initial = { months: months(value(initial[1], initial[2]), initial[3]), range };
    const renewal = RENEWAL.exec(text);
    if (term.renewals || !renewal || NO_RENEWAL.test(text)) continue;
    // The renewal's count and length are said around its word, not in the initial duration before it. A label
    // that names the renewal (« **1.1 Renouvellement.** Le contrat pourra être renouvelé à deux reprises… »,
    // « Renouvellement : … ») is read with its value's sentence, and a passage's numbering is no count.
    const valueStart = labelEnd(unit);
    const from = Math.max(renewal.index, valueStart);
    const end = SENTENCE_END.exec(text.slice(from));
    // A label that names the term and its renewals (« **3. Durée du contrat et options de renouvellement.** ») over a
    // sentence that states only the initial period: its period is not a renewal's, the renewals are said further on.
    const valueSentence = text.slice(from, end ? from + end.index : text.length);
    if (renewal.index < valueStart && !RENEWAL.test(valueSentence) && (initialIn(valueSentence) || INITIAL_PERIOD.test(valueSentence))) continue;
    const sentence = text.slice(renewal.index, end ? from + end.index : text.length);
    const before = text.slice(Math.max(0, renewal.index - 40), renewal.index);
    const around = (renewal.index <= 40 ? before.replace(NUMBERING, '') : before) + sentence;
    const period = RENEWAL_PERIOD.exec(around);
    // « pour deux (2) années additionnelles, une année à la fois »: two renewals of a year, not one of two years.
    const yearByYear = !period && YEARS_ONE_AT_A_TIME.test(around);
    const periodFor = period || yearByYear ? undefined : RENEWAL_FOR.exec(sentence);
    const periodMonths = period
      ? period[1] !== undefined
        ? months(value(period[1], period[2]), period[3])
        : 12
      : yearByYear
        ? 12
        : periodFor
          ? months(value(periodFor[1], periodFor[2]), periodFor[3])
          : undefined;
    // « renouvelable … d'une année » without a count is one renewal; a count alone says how many, of a length not stated.
    const count = renewalsIn(around) ?? (periodMonths === undefined ? undefined : 1);
    term.renewals = { ...(count !== undefined && { count }), months: periodMonths, range };
  }
  terms.set(model, term);
  return term;
}

/** Where the value of the field a passage opens with starts in its folded text; 0 for a passage that opens with none. */
function labelEnd(unit: DocumentUnit): number {
  const field = unit.fields?.[0];
  return field?.start === 0 ? normalizeForMatching(unit.text.slice(0, field.value)).length : 0;
}

/**
 * How many renewals a text says: a count of times first (« à deux reprises, pour une période de 12 mois chaque
 * fois »: the « une » is the period's), else a count of renewals (« deux options de renouvellement »).
 */
export function renewalsIn(normalized: string): number | undefined {
  const years = YEARS_ONE_AT_A_TIME.exec(normalized);
  if (years) return value(years[1], years[2]);
  const times = RENEWAL_TIMES.exec(normalized);
  if (times) return times[3] ? (times[3] === 'once' ? 1 : 2) : value(times[1], times[2]);
  const count = RENEWAL_COUNT.exec(normalized);
  if (!count) return lastOrdinalRenewal(normalized);
  // A count of all the periods, broken down in a parenthesis: its renewals' own count, else all but the initial one.
  const breakdown = BREAKDOWN.exec(normalized.slice(count.index + count[0].length))?.[1];
  return breakdown && INITIAL_PERIOD.test(breakdown) ? (renewalsIn(breakdown) ?? value(count[1], count[2]) - 1) : value(count[1], count[2]);
}

/**
 * Renewals enumerated by their ordinals: « pour une première période de douze mois, puis pour une seconde période… »,
 * "for a first period of one year and a second period of one year": as many as the last ordinal says (from two).
 */
const ORDINAL_RENEWAL =
  /\b(premiere?|seconde?|deuxieme|troisieme|quatrieme|first|third|fourth) (?:periode|renouvellement|annee|prolongation|period|renewal|year|extension|term)\b/g;
const ORDINAL_VALUES: Record<string, number> = {
  premier: 1,
  premiere: 1,
  first: 1,
  second: 2,
  seconde: 2,
  deuxieme: 2,
  troisieme: 3,
  third: 3,
  quatrieme: 4,
  fourth: 4,
};

function lastOrdinalRenewal(normalized: string): number | undefined {
  let last = 0;
  for (const match of normalized.matchAll(ORDINAL_RENEWAL)) last = Math.max(last, ORDINAL_VALUES[match[1]]);
  return last >= 2 ? last : undefined;
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
