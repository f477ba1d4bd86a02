import { addDays } from '../../calendar/date.js';
import { findDates } from '../../calendar/prose.js';
import type { CalendarDate, OffsetRange } from '../../document/frontMatter.js';
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
  /** `counted` when the passage counts them in so many words (« à deux reprises », "two renewals"), not by an ordinal or by default. */
  renewals?: { count?: number; months?: number; counted?: true; range: OffsetRange };
  /** The day the contract starts, when the passage dates it (« du 1er mars 2017 au 28 février 2019 », « à compter du 1er avril 2027 »). */
  start?: { date: CalendarDate; range: OffsetRange };
  /** The day the contract ends, when the passage dates its period (« … et prend fin le 28 février 2019 »). */
  end?: { date: CalendarDate; range: OffsetRange };
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
  String.raw`\b(?:(?:duree|term|period|periode(?= initiale))(?: initiale| initial)?(?: du contrat| of the contract)?(?:(?: est| sera| is| will be)?(?: de| d'| of)| ?:)|(?:conclue?|accordee?|octroyee?|entered into|awarded) (?:pour|for)(?: une (?:duree|periode) de| a (?:term|period) of)?)\s*${NUMBER} ${UNIT}\b`,
);

const INITIAL_ALL = new RegExp(INITIAL.source, 'g');

/**
 * A period said in a sentence that speaks first of a renewal, an option or something valid is that one's, not the
 * contract's: "The Board can renew the contract once, for a period of twelve (12) months", « cette attestation est
 * valide jusqu'à la fin de la période de trois mois… », "This attestation is valid until the end of the period of three
 * months".
 */
const ANOTHER_PERIOD = /\b(?:renouvel\w*|reconduct\w*|renew\w*|options?|valid\w*|attestation|garantie|cautionnement|security|bond)\b/;

// The end said as a lapse of time after the start: « prend fin trente-six (36) mois plus tard », "ends 24 months later".
export const INITIAL_LATER = new RegExp(
  String.raw`\b(?:prend fin|se termine|expire|ends|expires|terminates)\s*${NUMBER} ${UNIT} (?:plus tard|apres|later|after)\b`,
);
const INITIAL_LATER_ALL = new RegExp(INITIAL_LATER.source, 'g');

/** Whether the sentence before a period's statement speaks first of another period than the contract's. */
function anotherPeriodBefore(before: string): boolean {
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': ')) + 1;
  return ANOTHER_PERIOD.test(before.slice(sentenceStart));
}

/** The first statement of the initial duration in a folded text that is the contract's, with its length in months. */
function initialIn(text: string): { months: number; index: number; end: number } | undefined {
  const statements = [...text.matchAll(INITIAL_ALL), ...text.matchAll(INITIAL_LATER_ALL)].sort((a, b) => a.index - b.index);
  for (const match of statements) {
    if (!anotherPeriodBefore(text.slice(0, match.index)))
      return { months: months(value(match[1], match[2]), match[3]), index: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

// « 60 mois, options comprises », "five years, renewals included": that is the whole term, not the initial one.
const RENEWALS_INCLUDED =
  /^[^.;]{0,30}\b(?:(?:options?|renouvellements?|reconductions?) (?:compris|inclus)|(?:renewals?|options?) included|including (?:the )?(?:renewals?|options?))/;

// An extension of the contract is a renewal too (« prolonger le contrat pour une période additionnelle », "extend the contract").
export const RENEWAL =
  /\b(?:renouvel\w*|reconduct\w*|reconduire|renew\w*|prolong\w* (?:le |la |l')?(?:contrat|entente)|prolongations? (?:du contrat|de l'entente)|periodes? de prolongation|extend (?:the |this )?(?:contract|agreement)|extensions? of (?:the |this )?(?:contract|agreement))\b/;

const RENEWAL_ALL = new RegExp(RENEWAL.source, 'g');

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

/**
 * The length of each renewal said after its name (« une période additionnelle de 12 mois », "a renewal period of one
 * year"), the length named too (« une option de renouvellement d'une durée de 24 mois », "a renewal option for a term of
 * twelve months"), or a year (« d'une année »).
 */
export const RENEWAL_PERIOD = new RegExp(
  String.raw`\b(?:periodes?|periods?|renouvellements?|renewals?|options? de renouvellement|renewal options?|options? to renew)(?: additionnelles?| supplementaires?| additional| subsequentes?)?(?: maximale?)?(?: d'une (?:duree|periode)| (?:for|of|with) a (?:term|period|duration))?(?: de| d'| of)\s*${NUMBER} ${UNIT}\b|\b(?:d'une|d'un|one) (annee|an|year)\b`,
);

// « ne sera pas renouvelé », « aucun renouvellement »: no renewal is stated.
const NO_RENEWAL =
  /\b(?:aucune? (?:option de )?renouvel|(?:ne|n') (?:\S+ ){0,2}(?:pas|aucun\w*) (?:\S+ ){0,2}renouvel|non renouvelable|no renewal|not (?:be )?renew)/;

const terms = new WeakMap<DocumentModel, Term>();
const statements = new WeakMap<DocumentModel, Term[]>();
/** Passages that state the contract's term or its renewals, or date the contract. */
const TERM_STATED = unitQuestion(
  'contract-term',
  (normalized) =>
    INITIAL.test(normalized) || INITIAL_LATER.test(normalized) || RENEWAL.test(normalized) || (TERM_WORD.test(normalized) && YEAR.test(normalized)),
);

/** The first statements of the term in a file's text. */
export function termOf(model: DocumentModel): Term {
  let term = terms.get(model);
  if (term) return term;
  term = {};
  for (const statement of termStatements(model)) {
    term.initial ??= statement.initial;
    term.renewals ??= statement.renewals;
    term.start ??= statement.start;
    term.end ??= statement.end;
  }
  terms.set(model, term);
  return term;
}

/** The first passage of a file's text that says how long each renewal lasts, with that length in months. */
export function renewalLengthOf(model: DocumentModel): { months: number; range: OffsetRange } | undefined {
  for (const statement of termStatements(model))
    if (statement.renewals?.months !== undefined) return { months: statement.renewals.months, range: statement.renewals.range };
  return undefined;
}

/** Each passage's statement of the term, in document order: what it says of the initial duration, the renewals, the start. */
export function termStatements(model: DocumentModel): readonly Term[] {
  let found = statements.get(model);
  if (found) return found;
  found = [];
  for (const unit of findUnits(model, TERM_STATED)) {
    const statement = unitTerm(unit);
    if (statement.initial || statement.renewals || statement.start || statement.end) found.push(statement);
  }
  statements.set(model, found);
  return found;
}

function unitTerm(unit: DocumentUnit): Term {
  const text = unit.normalized;
  const range = { start: unit.start, end: unit.end };
  const term: Term = {};
  const dated = datedTerm(unit);
  const initial = initialIn(text);
  if (initial && !RENEWALS_INCLUDED.test(text.slice(initial.end))) term.initial = { months: initial.months, range };
  else if (dated.months !== undefined) term.initial = { months: dated.months, range };
  if (dated.start) term.start = { date: dated.start, range };
  if (dated.end) term.end = { date: dated.end, range };
  if (NO_RENEWAL.test(text)) return term;
  // A label that names the renewals (« **Article 3 — Durée et renouvellement(s).** ») says neither their count nor their
  // length: the next mention of a renewal does.
  for (const renewal of text.matchAll(RENEWAL_ALL)) {
    if (renewedThing(text, renewal.index, renewal.index + renewal[0].length) === 'another') continue;
    const renewals = renewalsAt(unit, renewal.index);
    if (renewals === 'none') break;
    term.renewals = { ...renewals, range };
    if (renewals.count !== undefined || renewals.months !== undefined) break;
  }
  return term;
}

/** A section's number: « 2.4 », « 3.1.2 », « C.9 ». */
const SECTION_NUMBER = /\b(?:[a-z]|\d{1,3})(?:\.\d{1,3}){1,3}\b/g;

/**
 * Things renewed besides the contract: a security, an insurance, an attestation, a program or a plan, a permit, a licence,
 * a subscription, a certification, an agreement with a third party (« l'entente de partenariat avec la municipalité »);
 * else the contract (« le contrat », « l'Entente », "the Agreement"). Folded text.
 */
const THING_NAMED =
  /\b(?:(garanties?|cautionnements?|assurances?|polices?|attestations?|programmes?|plans?|(?:le|un|son|ses|les|des|du|leurs?|votre|vos) permis|abonnements?|certifications?|accreditations?|certificats?|(?:ententes?|accords?|conventions?|protocoles?)(?: d[e'] ?[a-z]+)? (?:avec|entre)|security(?! (?:service|guard|agent|system))|bonds?|insurance|polic(?:y|ies)|programs?|permits?|licen[cs]es?|subscriptions?|certificates?|(?:agreements?|arrangements?)(?: [a-z]+)? (?:with|between))|(contrats?|ententes?|contracts?|agreements?))\b/;
/** The words between a renewal and the thing it renews (« renouveler le contrat », « renouvellement du programme », "renewal of the licence"). */
const RENEWED_OBJECT = /^ (?:(?:de la|de l'|du|des|d'|de|le|la|les|l'|son|sa|ses|leurs?|ce|cet|cette|of the|of|the|its|their|this|that) ?){1,2}/;

/** Whether the first thing a folded text names is another than the contract, the contract, or neither. */
function firstThing(text: string): 'another' | 'contract' | undefined {
  const thing = THING_NAMED.exec(text);
  return thing ? (thing[1] ? 'another' : 'contract') : undefined;
}

/**
 * What a renewal between `at` and `end` in a passage's folded text renews: the thing named as its object (« renouveler le
 * contrat », "renewal of the program"), else the first its clause names, else its sentence's (the subject a pronoun
 * stands for: « La garantie … ; elle est renouvelée … »). « Le Plan d'évaluation … prévoit son évaluation avant son
 * renouvellement », "The Ministry's licence is renewed twice" renew another thing than the contract; a renewal that names
 * nothing is the contract's.
 */
function renewedThing(text: string, at: number, end: number): 'another' | 'contract' | undefined {
  const object = RENEWED_OBJECT.exec(text.slice(end, end + 40));
  // The object's article may be the thing's own words (« son permis »).
  const named = object ? THING_NAMED.exec(text.slice(end, end + 100)) : null;
  if (object && named && named.index <= object[0].length) return named[1] ? 'another' : 'contract';
  const sentence = text.slice(text.lastIndexOf('. ', at) + 1, at);
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(';')) + 1);
  return firstThing(clause) ?? firstThing(sentence);
}

/**
 * The count and length of the renewals said around a mention of renewal at `at` in a passage's folded text; 'none' when
 * the mention is in a label over a sentence that states the initial period only.
 */
function renewalsAt(unit: DocumentUnit, at: number): Omit<NonNullable<Term['renewals']>, 'range'> | 'none' {
  const text = unit.normalized;
  // The renewal's count and length are said around its word, not in the initial duration before it. A label
  // that names the renewal (« **1.1 Renouvellement.** Le contrat pourra être renouvelé à deux reprises… »,
  // « Renouvellement : … ») is read with its value's sentence, and a passage's numbering is no count.
  const valueStart = labelEnd(unit);
  const from = Math.max(at, valueStart);
  const end = SENTENCE_END.exec(text.slice(from));
  // A label that names the term and its renewals (« **3. Durée du contrat et options de renouvellement.** ») over a
  // sentence that states only the initial period: its period is not a renewal's, the renewals are said further on.
  const valueSentence = text.slice(from, end ? from + end.index : text.length);
  if (at < valueStart && !RENEWAL.test(valueSentence) && (initialIn(valueSentence) || INITIAL_PERIOD.test(valueSentence))) return 'none';
  const sentence = text.slice(at, end ? from + end.index : text.length);
  // The words before it in its sentence: a count the sentence before gives is another thing's (« … son permis à deux reprises. »).
  const before = text.slice(Math.max(0, at - 40, text.lastIndexOf('. ', at) + 1, text.lastIndexOf('; ', at) + 1), at);
  // A section's number is no count, at the passage's start or in a link to it (« [2.4 Option de renouvellement](#…) »).
  const around = ((at <= 40 ? before.replace(NUMBERING, '') : before) + sentence).replace(SECTION_NUMBER, ' ');
  const periodMonths = renewalMonths(around, sentence);
  // « renouvelable … d'une année » without a count is one renewal; a count alone says how many, of a length not stated.
  const count = renewalsIn(around) ?? (periodMonths === undefined ? undefined : 1);
  return { ...(count !== undefined && { count }), months: periodMonths, ...(renewalsCounted(around) !== undefined && { counted: true as const }) };
}

/** The length of each renewal, in months, said in a folded text around a renewal (`sentence`: its words from the renewal on). */
function renewalMonths(around: string, sentence: string): number | undefined {
  const period = RENEWAL_PERIOD.exec(around);
  if (period) return period[1] !== undefined ? months(value(period[1], period[2]), period[3]) : 12;
  // « pour deux (2) années additionnelles, une année à la fois »: two renewals of a year, not one of two years.
  if (YEARS_ONE_AT_A_TIME.test(around)) return 12;
  const periodFor = RENEWAL_FOR.exec(sentence);
  return periodFor ? months(value(periodFor[1], periodFor[2]), periodFor[3]) : undefined;
}

/** What names the contract or its term, for a dated period to be the contract's (« L'Entente est en vigueur du … au … »). */
const TERM_WORD = /\b(?:contrat|entente|contract|agreement|duree|term|periode initiale|initial period|en vigueur)\b/;
/** A year in figures, or in words as a legal office writes it (« deux mille dix-sept », "two thousand seventeen"). */
const YEAR = /\b(?:(?:19|20)\d\d|deux mille|two thousand)\b/;
/** A contract that is not the one called for: the current one, the previous one (« le contrat actuel, en vigueur du … au … »). */
const ANOTHER_CONTRACT = /\b(?:actuel\w*|precedent\w*|anterieur\w*|existant\w*|en cours|current|previous|existing|prior|former)\b/;
/**
 * Between the two dates of a period: « du 1er mars 2017 au 28 février 2019 », "from May 1, 2017 to April 30, 2019", the end
 * said by its verb (« entre en vigueur le … et prend fin le … », "commences on … and shall terminate on …").
 */
const SPAN_LINK =
  /^,? ?(?:au|jusqu'au|to|through|until|et (?:(?:se termine|s'acheve|prend fin|expire|finit)(?:ra)?|se terminer|prendre fin|expirer) le|and (?:(?:shall|will) )?(?:ends?|expires?|terminates?) on|and ending on|-|–)(?: the)?$/;
/** Before a start date alone: « vingt-quatre (24) mois à compter du 1er avril 2027 », "starting on April 1, 2027", « entre en vigueur le … ». */
const START_LINK =
  /\b(?:a compter du|a partir du|debute le|commence le|(?:entre|entrera|prend|prendra) (?:en vigueur|effet) le|starting(?: on)?|commencing(?: on)?|beginning(?: on)?|effective|(?:takes|shall take|will take) effect on|(?:comes|shall come|will come) into (?:force|effect) on|(?:commences|shall commence|will commence) on)(?: the)?$/;

/**
 * The contract's period as a passage dates it: its start and, when the end is dated too and whole months apart, its length.
 * The sentence before the dates names the contract or its term (or the passage opens with it, « Term. From … »), and no
 * other period, no other contract: a renewal's dates, an attestation's, the current contract's are not the term.
 */
function datedTerm(unit: DocumentUnit): { start?: CalendarDate; end?: CalendarDate; months?: number } {
  const dates = findDates(unit.text, unit.start);
  for (const [index, first] of dates.entries()) {
    const before = normalizeForMatching(unit.text.slice(0, first.start - unit.start)).trimEnd();
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
    if (
      !(TERM_WORD.test(sentence) || (before.length <= 40 && TERM_WORD.test(before))) ||
      ANOTHER_PERIOD.test(sentence) ||
      RENEWAL.test(sentence) ||
      ANOTHER_CONTRACT.test(sentence)
    )
      continue;
    const second = dates[index + 1];
    const link = second && normalizeForMatching(unit.text.slice(first.end - unit.start, second.start - unit.start)).trim();
    // A date in numbers whose day and month may be swapped (« 03-04-2017 ») dates the contract on neither reading for sure.
    if (first.alternative) continue;
    if (second && link !== undefined && SPAN_LINK.test(link)) {
      if (second.alternative) return { start: first.date };
      const after = normalizeForMatching(unit.text.slice(second.end - unit.start));
      const next = addDays(second.date, 1);
      const whole = next.day === first.date.day && !RENEWALS_INCLUDED.test(after);
      return { start: first.date, end: second.date, ...(whole && { months: (next.year - first.date.year) * 12 + next.month - first.date.month }) };
    }
    if (START_LINK.test(before)) return { start: first.date };
  }
  return {};
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
function renewalsIn(normalized: string): number | undefined {
  return renewalsCounted(normalized) ?? lastOrdinalRenewal(normalized);
}

/** How many renewals a text counts in so many words (times, renewals, additional periods): no ordinal, no default. */
function renewalsCounted(normalized: string): number | undefined {
  const years = YEARS_ONE_AT_A_TIME.exec(normalized);
  if (years) return value(years[1], years[2]);
  const times = RENEWAL_TIMES.exec(normalized);
  if (times) return times[3] ? (times[3] === 'once' ? 1 : 2) : value(times[1], times[2]);
  const count = RENEWAL_COUNT.exec(normalized);
  if (!count) return undefined;
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

/** A number of renewals as a message says it (« 2 renouvellements », "1 renewal"); renewals named without their number, « des renouvellements ». */
export const renewalCount = (value: number | undefined, locale: 'fr' | 'en'): string =>
  value === undefined
    ? locale === 'fr'
      ? 'des renouvellements'
      : 'renewals'
    : locale === 'fr'
      ? `${value} renouvellement${value > 1 ? 's' : ''}`
      : `${value} renewal${value > 1 ? 's' : ''}`;

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

/**
 * The renewals the notice's front-matter lists (`options` of type `renouvellement`, each entry one renewal unless its
 * description counts more: « Deux options de renouvellement d'un an chacune »); undefined without an `options` key.
 */
export function listedRenewals(notice: DossierFile): number | undefined {
  if (!notice.model.frontMatter?.data || !Array.isArray(notice.model.frontMatter.data.options)) return undefined;
  return notice.data.options
    .filter((option) => option.type === 'renouvellement')
    .reduce((sum, option) => sum + ((option.description && renewalsIn(normalizeForMatching(option.description))) || 1), 0);
}

/**
 * The length of each renewal the notice's front-matter options describe (« Un renouvellement d'une année aux mêmes
 * prix »), when their descriptions give one and the same.
 */
export function listedRenewalMonths(notice: DossierFile): number | undefined {
  const lengths = new Set(
    notice.data.options.flatMap((option) => {
      if (option.type !== 'renouvellement' || !option.description) return [];
      const description = normalizeForMatching(option.description);
      return renewalMonths(description, description) ?? [];
    }),
  );
  return lengths.size === 1 ? [...lengths][0] : undefined;
}
