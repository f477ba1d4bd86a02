import { canonicalOrder } from '../../legal/lexicon/inversion.js';
import { plainObligation } from '../../legal/lexicon/obligation.js';
import { blockDates, clockTimes, findTime, readingsOf, shift, type DateMention } from '../../calendar/prose.js';
import { LegalCalendar, dayNumber, formatLongDate, isoDate, sameDate, weekday, MONTHS, WEEKDAYS, type CalendarDate } from '../../calendar/index.js';
import type { AnalysisSettings } from '../../config/settings.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import { innermostSection, type DocumentModel, type Section } from '../../document/model.js';
import type { ParsedBlock, TextUnit } from '../../document/markdown.js';
import { blocksReading } from '../../document/incremental.js';
import { blockReading } from '../../document/readings.js';
import { publishedUnitMarkdown } from '../../document/reviewMarks.js';
import { RECOGNISERS, matchesHeading, matchesPhrase, type ItemRecogniser } from '../../legal/recognisers.js';
import { ADDENDUM_NAMED, NO_PRICE_EFFECT, PRICES_NAMED, QUESTIONS_NAMED, THIS_ADDENDUM } from '../../legal/recognisers/deadlines.js';
import { markdownText } from '../../text/escapes.js';
import { sentenceEnds } from '../../text/sentences.js';
import { normalizeForMatching } from '../../text/normalize.js';
import type { Localized } from '../../types.js';
import type { FixSpec, RuleContext } from '../rule.js';

/**
 * Facts the time rules share: the legal calendar of the settings, the dates of the notice (front-matter
 * first, else the notice's text) and the edits that move a date everywhere it is written.
 */
const calendars = new WeakMap<AnalysisSettings, LegalCalendar>();

export function calendarFor(settings: AnalysisSettings): LegalCalendar {
  let calendar = calendars.get(settings);
  if (!calendar) {
    calendar = new LegalCalendar({ extraHolidays: settings.extraHolidays, closedJan2Dec26: settings.closedJan2Dec26 });
    calendars.set(settings, calendar);
  }
  return calendar;
}

export const BELOW_THRESHOLD_NOTE: Localized = {
  fr: " Montant estimé sous le seuil d'appel d'offres public : l'art. 3, al. 2 permet un délai différent.",
  en: ' Estimated amount below the public tender threshold: s. 3, para. 2 allows a different period.',
};

/** What the date facts need: a rule's context, or the same data gathered by a feature (code lens). */
export type DeadlineFacts = Pick<RuleContext, 'model' | 'type' | 'data' | 'settings'>;

export type StatementKind = 'receipt' | 'opening' | 'both';

export interface StatedDate {
  kind: StatementKind;
  mention: DateMention;
  /** The date the moment is postponed to (an addendum's), not the one first set. */
  postponed?: boolean;
}

/** A date of the notice and where it is written. */
export interface Moment {
  date: CalendarDate;
  time?: { hour: number; minute: number };
  range: OffsetRange;
  /** Front-matter key path of the date, when it comes from the front-matter. */
  path?: readonly (string | number)[];
  mention?: DateMention;
}

// Global for matchAll; `search` reads it from the start whatever its lastIndex.
const DEADLINE_WORDS = /\b(?:au plus tard|avant|limites?|jusqu'(?:au|a)|no later than|before|by)\b/g;
// A sentence about these gives another date even when it names the bids ("valides jusqu'au …").
const NOT_A_LIMIT = /\b(?:valides?|validite|questions?|visites?|plaintes?|garanties?|valid|validity|visits?|complaints?)\b/;
const OTHER_SUBJECT = /\b(?:addendas?|renseignements?|rencontres?|inscriptions?|addend(?:um|ums)|meetings?|registrations?)\b/;
/**
 * A sentence whose subject is another act than the bids (« Les plaintes portant sur les documents d'appel d'offres doivent
 * être reçues au plus tard le … », "Requests for equivalence must be received no later than …", « Tout addenda est transmis
 * … »): its dates are that act's, though a complement names the bids (« documents d'appel d'offres », "tender documents")
 * or the receipt limit. The subject opens the sentence, after a number or a mark; requests for qualification are the
 * call's own.
 */
const OTHER_ACT_SUBJECT =
  /^[^a-z]{0,12}(?:(?:toute?s?|tous|chaque|les?|la|une?|des|vos|votre|any|all|each|every|the|an?|your) |l')?(?:plaintes?|questions?|demandes?(?! de qualification)|requetes?|addendas?|avis d'intention|complaints?|requests?(?! for qualification)|inquir(?:y|ies)|queries|addend(?:um|ums)|notices? of intent(?:ion)?)\b/;
/**
 * Another act of the call named as a noun, anywhere in a sentence: an addendum, a question or request (not the call's own,
 * « demande de soumissions », "request for proposals"), a complaint, a notice of intent, a visit, a meeting, a registration.
 */
const OTHER_ACT_NAMED =
  /\b(?:addendas?|addend(?:um|ums)|questions?|demandes?(?! de (?:qualification|soumission|proposition|prix))|requetes?|plaintes?|avis d'intention|visites?|rencontres?|seances? d'information|inscriptions?|complaints?|requests?(?! for (?:qualification|tender|bid|proposal|quotation))|inquir(?:y|ies)|queries|notices? of intent(?:ion)?|visits?|meetings?|information sessions?|registrations?)\b/g;

/**
 * Whether the date at `date` in a sentence is another act's, the one it is attached to: the last act named before it, with
 * nothing between them but the act's own words (no mark, no moment, no bids, no verb that moves a moment), and the act
 * not coordinated with the bids or a moment named before it in its phrase (« La Société ne transmettra aucun addenda
 * après le 14 mars, sauf un addenda … reportant la date limite de réception », "If an addendum … is sent after November 3,
 * the closing date is postponed", « aucune question reçue après le 8 mars »): what the sentence says after the date, or
 * before the act's phrase, of the receipt does not make the date the receipt's. Its phrase starts after a mark or the
 * date before; « Les soumissions et les addenda signés doivent être reçus au plus tard le … », "Bids, including all
 * addenda, must be received by …" keep the receipt's.
 */
function dateOfOtherAct(raw: string, date: number, earlier: number): boolean {
  const before = normalizeForMatching(raw.slice(0, date));
  let act: RegExpExecArray | undefined;
  for (const match of before.matchAll(OTHER_ACT_NAMED)) act = match;
  if (!act) return false;
  const between = before.slice(act.index + act[0].length);
  if (/[,;:()]/.test(between) || namesMoment(between) || BIDS_NAMED.test(between) || MOVES_A_MOMENT.test(between)) return false;
  const phraseStart = Math.max(before.lastIndexOf(',', act.index), before.lastIndexOf(';', act.index), normalizeForMatching(raw.slice(0, earlier)).length);
  const phrase = before.slice(phraseStart, act.index);
  return !namesMoment(phrase) && !BIDS_NAMED.test(phrase);
}

/** A verb that moves a moment (POSTPONEMENT's), however far from its date: an addendum that postpones the limit states it. */
const MOVES_A_MOMENT = /\b(?:reporte|repouss|prolong|deplac|postpon|extend|defer)/;
/**
 * What follows a moment, named by it (« résultat de l'ouverture des soumissions », « rapport d'ouverture », "opening
 * results", "results of the public opening"): its date is the result's, its limit words too, not the moment's.
 */
const AFTER_MOMENT =
  /\b(?:resultats?|rapports?|proces-verba(?:l|ux)|comptes? rendus?|results?|reports?|minutes|summary) (?:(?:de la|de l'|du|des|d'|of the|of) ?)?(?:(?:seance|public|bid|tender) (?:d'|de l')?)?(?:ouverture|fermeture|opening|closing)\b(?: publique)?(?: (?:des|of|of the) (?:soumissions|offres|propositions|plis|bids|tenders|proposals)\b)?|\b(?:opening|closing) (?:results?|reports?|minutes|summary)\b/g;

/** The folded text without what follows a moment, and whether it named one. */
function withoutAfterMoment(normalized: string): { text: string; after: boolean } {
  const text = normalized.replace(AFTER_MOMENT, ' ');
  return { text, after: text !== normalized };
}

/** The words that join a moment to its own date (« rapport d'ouverture du 11 juillet », "opening results of November 3"). */
const OWN_DATE_LINK = /^ ?(?:du|de|le|of|on|held on|tenue? le)?$/;

/**
 * Whether a date is said of what follows a moment, named before the date with no moment named between, in a sentence
 * that names the moment too (« Les soumissions sont ouvertes à 15 h; le résultat de l'ouverture est publié au plus tard le
 * 17 juillet », a definition's lines joined, "… and the opening results will be posted by November 9"): the result's
 * date, not the moment's own, which the words after the moment's name give (« rapport d'ouverture du 11 juillet »).
 */
function afterMomentDate(raw: string, date: number): boolean {
  const between = afterLast(normalizeForMatching(raw.slice(0, date)), AFTER_MOMENT);
  return between !== undefined && !OWN_DATE_LINK.test(between) && labelKind(between) === undefined;
}

/** The text after the last match of a global pattern, if it matches. */
function afterLast(text: string, pattern: RegExp): string | undefined {
  let from = -1;
  for (const match of text.matchAll(pattern)) from = match.index + match[0].length;
  return from < 0 ? undefined : text.slice(from);
}

// A line of a "Libellé : valeur" list ("**Date limite de réception :** 2016-09-20 à 11 h"): a short label, then a colon,
// neither a web address's nor a clock time's (a paragraph wrapped before « until 3:00 p.m. on … » goes on the same sentence).
const LABEL_LINE = /^[ \t>*_-]{0,6}([^\n:]{1,80}?)[*_ \t]{0,4}:(?!\/\/|(?<=\d:)\d\d)/;

/** A year or a clock time: no label holds one. */
const DATE_IN_LABEL = /\d{4}|\d ?h\b|\d:\d\d/;

/** A field the parse found opening a line of a unit (markdownTree's Field): where its label's lines start in the unit's Markdown, its label folded. */
interface FieldLabel {
  lines: readonly [number, number];
  words: string;
}

function sentencesOf(text: string, fields: readonly FieldLabel[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const ends = sentenceEnds(text);
  // Each line of a label list is a statement of its own, though no period ends it. A « label » that holds a
  // year or a time is the rest of a sentence wrapped at a line end (« au plus tard le↵mardi 22 septembre
  // 2026, à 10 h, à l'adresse suivante : … »), and a line within a field's label is no label's start (« **Date
  // limite de réception des↵soumissions :** … »).
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const label = LABEL_LINE.exec(text.slice(at + 1, at + 120));
    const withinField = fields.some(({ lines }) => lines[0] <= at && at < lines[1]);
    if (label && !DATE_IN_LABEL.test(label[1]) && !withinField) ends.push({ index: at, next: at + 1 });
  }
  for (const { lines } of fields) if (lines[0] > 0) ends.push({ index: lines[0] - 1, next: lines[0] });
  ends.sort((a, b) => a.index - b.index);
  for (const end of ends) {
    if (end.index < start) continue;
    spans.push({ start, end: end.index });
    start = end.next;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * The label a sentence opens with, folded, and the text after it: a field's the parse found (its label holds no
 * time), else a « Libellé : valeur » line's.
 */
function sentenceLabel(text: string, sentence: { start: number; end: number }, fields: readonly FieldLabel[]): { words: string; rest: string } | undefined {
  const raw = text.slice(sentence.start, sentence.end);
  const field = fields.find(({ lines }) => lines[0] === sentence.start);
  if (field) return { words: field.words, rest: raw };
  const line = LABEL_LINE.exec(raw);
  return line ? { words: normalizeForMatching(line[1]), rest: raw.slice(line[0].length) } : undefined;
}

interface BlockStatement {
  /** Index in the block's date mentions. */
  index: number;
  kind?: StatementKind;
  /** Names neither moment but reads as a deadline (counts for the receipt under a receipt heading). */
  deadline: boolean;
  /** The date a moment is postponed to ("reportée au …", "postponed to …"), not the moment first set. */
  postponed?: boolean;
  /** A time read elsewhere than after the date: a table's time column. */
  time?: { hour: number; minute: number };
  /** The notice's publication date: a field labelled as such gives it (publicationField), or a sentence that says it is diffused then. */
  published?: true;
  /** The passage says nothing but this date (dateAlone): the moment is the one its heading names. */
  alone?: true;
}

const stated = new WeakMap<DocumentModel, StatedDate[]>();

// The verb that moves a moment, then the date it moves it to: "reportée au", "repoussée jusqu'au", "postponed to".
const POSTPONEMENT =
  /(?<![\p{L}\d])(?:(?:report[ée]e?s?|repouss[ée]e?s?|prolong[ée]e?s?|d[ée]plac[ée]e?s?|postponed|extended|deferred|moved|pushed back)(?![\p{L}\d])[^.;]{1,40}?(?<![\p{L}\d])(?:au|à|a|jusqu'(?:au|à|a)|jusqu’(?:au|à|a)|to|until)|nouvelles? (?:date|heure)s?(?: et (?:l'|l’)?heure)?(?: limites?)?|new (?:closing |opening )?(?:date|time))(?![\p{L}\d])/giu;

/**
 * A period counted from a moment (« sept jours avant la date limite », "five working days before the closing date", « la
 * veille de l'ouverture », the relation in a relative clause: « les 90 jours qui suivent la date limite », "the 90 days that
 * follow the closing date"): the moment follows it.
 */
const RELATION =
  /(?<![\p{L}\d])(?:(?:jours?|days?|heures?|hours?|semaines?|weeks?|mois|months?)(?:\s+(?:ouvrables?|civils?|de calendrier|francs?))?\s+(?:avant|apr[èe]s|pr[ée]c[ée]dant|suivant|[àa] compter|[àa] partir|before|prior to|preceding|after|following|(?:counting |starting )?from|qui\s+(?:suiv(?:ent|ront)|suit|suivra|pr[ée]c[èe]d(?:ent|e))|(?:that|which)\s+(?:follows?|precedes?))|la veille (?:de|du)|the day (?:before|preceding|after|following))(?![\p{L}\d])/giu;
const FIRST_RELATION = new RegExp(RELATION.source, 'iu');
/** The words that give the date a relation stands for, after its moment: « , soit le », « , c'est-à-dire au plus tard le », "(i.e. by", ", that is,". */
const APPOSITION = /(?:^|[\s,(–—-])(?:i\.\s?e\.|that is(?: to say)?|namely|viz\.|soit|c['’]est-à-dire|à savoir)(?![\p{L}\d])/iu;
/**
 * Whether the date at `date` in a sentence about another act is a moment's own, named just before it (« … avant la date
 * limite de réception des soumissions du 11 juillet », "before the closing date (November 3)"), rather than the act's
 * deadline (« doit parvenir au plus tard le 4 juillet »): the words after the last limit word before the date name it.
 */
function namedMoment(raw: string, date: number): boolean {
  const named = afterLast(normalizeForMatching(raw.slice(Math.max(0, date - 160), date)), DEADLINE_WORDS);
  return named !== undefined && labelKind(named) !== undefined;
}

/** What may stand between those words and the date (« jusqu'au » elided). */
const BEFORE_DATE =
  /^[\s,:]*(?:(?:no later than|not later than|on or before|au plus tard|by|on|before|until|avant|jusqu['’](?:au|à|a)?|le|au|à|the)[\s,]+)*$/iu;
/**
 * A parenthesis opened by those words is an apposition too (« (au plus tard le … », « (le … », "(by …"); one that holds
 * the bare date, or a verb (« (fixée au … »), gives the moment's own.
 */
const PARENTHESIS_LEAD =
  /^\s*(?:(?:no later than|not later than|on or before|au plus tard|by|on|before|until|avant|jusqu['’](?:au|à|a)?|le|au|à|the)[\s,]+)+$/iu;

/** Where the words that give a relation's date stand in the text between the relation and the date, if they do. */
function appositionIn(gap: string): number | undefined {
  if (gap.length > 120) return undefined;
  const words = APPOSITION.exec(gap);
  if (words && BEFORE_DATE.test(gap.slice(words.index + words[0].length))) return words.index;
  const parenthesis = gap.lastIndexOf('(');
  return parenthesis >= 0 && PARENTHESIS_LEAD.test(gap.slice(parenthesis + 1)) ? parenthesis : undefined;
}

/**
 * The text a relation and its apposition are read in: as its Markdown's escapes write it (mammoth's « \(i\.e\. by
 * 2017\-05\-18\) »), a line end of a hard wrap as the space it stands for (« that↵is, on or before », « la↵veille de »).
 */
const relationText = (written: string): string => (markdownText(written)?.text ?? written).replace(/\s+/g, ' ');

/**
 * The moment a date is counted from, when a relation gives it (« au plus tard sept jours avant la date limite de réception,
 * soit le 18 mai », "no later than seven days before the bid closing date (i.e. by 2017-05-18)"): that date is not the
 * moment's, which the relation names. Without the words of apposition, a date after the moment is the moment's own (« sept
 * jours avant la fermeture du 25 mai »).
 */
function relationAnchor(raw: string, date: number): StatementKind | undefined {
  // Only the text before the date is read.
  const before = relationText(raw.slice(0, date));
  let anchor: StatementKind | undefined;
  for (const relation of before.matchAll(RELATION)) {
    const gap = before.slice(relation.index + relation[0].length);
    const apposition = appositionIn(gap);
    anchor = apposition === undefined ? undefined : labelKind(normalizeForMatching(gap.slice(0, apposition)));
  }
  return anchor;
}

/**
 * The same relation said after its date (« transmis au plus tard le jeudi 6 avril 2017, soit au moins sept (7) jours avant
 * la date limite de réception », "by May 18, i.e. seven days before the closing date", « le 6 avril 2017 (sept jours avant
 * la date limite) », « le 21 mars 2017, sept (7) jours avant la date limite »): the date is the relation's too. Only when
 * the words of apposition, the parenthesis, or a comma or a dash followed at once by the period, follow the date closely,
 * in its sentence.
 */
function followingAnchor(raw: string, date: number): StatementKind | undefined {
  const after = relationText(raw.slice(date, date + 240));
  const words = APPOSITION.exec(after);
  // A number's figures in brackets (« sept (7) jours ») open no parenthesis.
  const parenthesis = after.search(/\((?!\d{1,3}\))/);
  const inParenthesis = parenthesis >= 0 && (!words || parenthesis < words.index);
  const marked = inParenthesis
    ? relationAfter(after, parenthesis, 1, 'parenthesis')
    : words
      ? relationAfter(after, words.index, words[0].length, 'words')
      : undefined;
  if (marked !== undefined) return marked;
  for (const mark of after.slice(0, 71).matchAll(/[,–—]|\s-\s/g)) {
    const bare = relationAfter(after, mark.index, mark[0].length, 'bare');
    if (bare !== undefined) return bare;
  }
  return undefined;
}

/**
 * The moment of the relation that the apposition at `index` opens, if a relation follows it closely: in a parenthesis,
 * before it closes; after a bare comma or dash, at once (a count of days between them only, « sept (7) », "at least five").
 */
function relationAfter(after: string, index: number, length: number, by: 'words' | 'parenthesis' | 'bare'): StatementKind | undefined {
  if (index > 70 || /[.;]\s/.test(after.slice(0, index))) return undefined;
  const rest = after.slice(index + length);
  const relation = FIRST_RELATION.exec(rest);
  if (!relation || relation.index > 40) return undefined;
  const between = rest.slice(0, relation.index).replace(/\(\d+\)/g, '');
  // The parenthesis holds the relation (« (sept (7) jours avant … »), not « (heure locale), … ».
  if ((by === 'parenthesis' && between.includes(')')) || (by === 'bare' && /[^\p{L}\d\s'’-]/u.test(between))) return undefined;
  // The moment is the noun phrase after the relation: a comma ends it (an inverted clause's subject may follow, « … avant
  // la date limite de réception, tout addenda … »).
  const moment = rest.slice(relation.index + relation[0].length).split(/[.;,](?:\s|$)/)[0];
  return labelKind(normalizeForMatching(moment));
}

/** A statement's moment but the one a relation counts its date from. */
function besides(kind: StatementKind | undefined, anchor: StatementKind): StatementKind | undefined {
  if (!kind || anchor === 'both' || kind === anchor) return undefined;
  if (kind === 'both') return anchor === 'receipt' ? 'opening' : 'receipt';
  return kind;
}

/**
 * Where a sentence's clauses part: a semicolon, or a comma before a connector of consequence (« ; à défaut, », « , sinon »,
 * « , faute de quoi », « , sans quoi », ", failing which", ", otherwise").
 */
const CLAUSE_END = /;(?=\s)|,\s+(?=(?:[àa] d[ée]faut|sinon|faute de quoi|sans quoi|autrement|failing|otherwise)(?![\p{L}\d]))/giu;
/** A later clause's lead-in and its comma (« à défaut, », « de plus, », "failing that, "), before its subject. */
const LEAD_IN = /^(?:[a-z'-]+ ){0,2}[a-z'-]+, /;

interface ClauseReading {
  /** Where the clause ends in its sentence. */
  end: number;
  /** Its subject is another date than a limit (questions, visits, validity): its dates are no moment's. */
  other: boolean;
  /** Its subject is another act (an addendum, a complaint): its dates are that act's. */
  otherAct: boolean;
  /** The moment its dates are about: its own words', else the label's (the first clause) or the clause's before it. */
  kind?: StatementKind;
  /** Its own words read as a deadline (« au plus tard », "no later than"), about no other subject. */
  limit: boolean;
}

/**
 * What each clause of a sentence says of its dates: each has its own subject (« Tout addenda doit être transmis au plus
 * tard le … ; à défaut, la date limite de réception sera reportée … »): a later clause that moves a moment, or names
 * questions, changes nothing of an earlier one's; nor does a later clause that names the receipt or its period make an
 * earlier one's date the receipt's (« le présent avis est diffusé dans le SEAO le 6 avril 2016; le délai de réception des
 * soumissions est donc de 22 jours », « La séance d'information se tient le 12 avril; les soumissions doivent être reçues
 * … »): a clause's dates are the moment its own words name, the first clause's else its label's. A later clause without a
 * subject of its own (no moment named) goes on with the subject before it. A sentence of one clause is read whole.
 */
function clauseReadings(raw: string, normalized: string, whole: { kind?: StatementKind; labelled?: StatementKind; limit: boolean }): ClauseReading[] {
  const ends = [...raw.matchAll(CLAUSE_END)].map((mark) => mark.index);
  const readings: ClauseReading[] = [];
  let start = 0;
  let actBefore = false;
  for (const end of [...ends, raw.length]) {
    const clause = ends.length === 0 ? normalized : subjectFirst(raw.slice(start, end).replace(/^[;,]/, '')).text;
    const previous: ClauseReading | undefined = readings[readings.length - 1];
    // A clause that names a moment has a subject of its own.
    const stated = ends.length === 0 ? whole.kind : statementKind(clause);
    const own = previous === undefined || stated !== undefined || RECEIPT_LABEL.test(clause) || OPENING_LABEL.test(clause);
    const other = NOT_A_LIMIT.test(clause) || (!own && previous.other);
    const act: boolean =
      OTHER_ACT_SUBJECT.test(clause) || (previous !== undefined && OTHER_ACT_SUBJECT.test(clause.replace(LEAD_IN, ''))) || (!own && actBefore);
    const kind = stated ?? (previous === undefined ? whole.labelled : previous.kind);
    const limit = ends.length === 0 ? whole.limit : limitWords(clause);
    readings.push({ end, other, otherAct: !other && act && !MOVES_A_MOMENT.test(clause), kind, limit });
    actBefore = act;
    start = end;
  }
  return readings;
}

/**
 * The moment a sentence or a clause, folded, names in its own words: the receipt, the opening, or both; its obligation read
 * in its plain form too, as a unit's is (« votre soumission aura l'obligation de nous parvenir », "tenders are required to
 * reach" → « devra nous parvenir », "must reach").
 */
function statementKind(folded: string): StatementKind | undefined {
  const plain = plainObligation(folded);
  const states = (recogniser: ItemRecogniser) => matchesPhrase(recogniser, folded) || (plain !== undefined && matchesPhrase(recogniser, plain));
  // A deliverable or another item handed in (« la remise du rapport ») is no receipt of the bids.
  const receipt = states(RECOGNISERS.receiptStatement) && !otherItemHandedIn(folded);
  const opening = states(RECOGNISERS.openingStatement);
  return receipt && opening ? 'both' : receipt ? 'receipt' : opening ? 'opening' : undefined;
}

/** Whether a sentence or a clause, folded, reads as a deadline about no other subject (« au plus tard », "no later than"). */
const limitWords = (folded: string): boolean => folded.search(DEADLINE_WORDS) >= 0 && !OTHER_SUBJECT.test(folded);

/**
 * The notice's publication (« le présent avis est diffusé dans le SEAO le … », « à compter de la diffusion de l'avis le … »,
 * « Date de diffusion », "this notice is issued on SEAO on …"): a verb or noun of publishing, whose first date after it is
 * the publication's, not a moment's, whatever the label or a later clause names (« Date de diffusion et délai de réception : »).
 */
const PUBLICATION =
  /(?<![\p{L}\d])(?:diffus(?:[ée]e?s?|ent|ion)|publi(?:[ée]e?s?|ent|cation)|paru(?:es?|s|tion)?|published|posted|issued|released|advertised)(?![\p{L}\d])/giu;
/** A verb between publishing and the date: the date is that verb's (« la date limite … publiée dans l'avis est le … »). */
const FINITE_VERB = /\b(?:est|sont|sera|seront|etait|etaient|doit|doivent|devra|devront|is|are|was|were|will|shall|must)\b/;

/** The notice named as what is published (« le présent avis … diffusé », « la diffusion de l'avis le », "this notice is posted"). */
const NOTICE_NAMED = /\b(?:avis|appel d'offres|notice|call for (?:tenders|bids|proposals))\b/;
/** Other things published on a date of their own (the results, an addendum, the award, a postponement): named, the date may be theirs. */
const OTHER_PUBLISHED =
  /\b(?:resultats?|addendas?|addendum|adjudication|contrats?|soumissionnaires|prix|questions?|reponses?|modifications?|rapports?|decisions?|results?|award|contracts?|bidders|prices|answers?|amendments?|postponement|reports?)\b/;

/**
 * What the words between publishing and its date may hold without setting the date apart: where it is published, by
 * the system's long name, and the short name a legal drafter defines there (« diffusé dans le système électronique
 * d'appel d'offres du gouvernement du Québec, ci-après le « SEAO », le jeudi … », '(hereinafter the "SEAO") on …').
 * Text folded by normalizeForMatching.
 */
const SYSTEM_NAME =
  /\b(?:systeme electronique d'appel d'offres(?: du gouvernement du quebec)?|(?:(?:the )?government of quebec's )?electronic tendering system(?: of the government of quebec)?)\b/g;
const DEFINING_INCISE =
  /[,(] ?(?:(?:ci-apres|hereinafter)(?: (?:appelee?s?|designee?s?|nommee?s?|called|referred to as))? )?(?:(?:le|la|les|the) |l')?" ?[^"]{1,30}" ?\)?/g;
/** The length of the words between publishing and its date, the system's name and a defined short name aside. */
const publicationGapLength = (folded: string): number => folded.replace(SYSTEM_NAME, '').replace(DEFINING_INCISE, '').length;

/**
 * The indices of the dates (offsets in the sentence) that a word of publishing gives: the first after it, when no moment,
 * no words of apposition (« 22 jours après la publication de l'avis, soit le … », the relation's date) nor another verb
 * stand between, no parenthesis closes there, and the word does not qualify a moment (« the closing date posted on SEAO »).
 * Each with whether it is the notice's own diffusion, which the periods count from (art. 4 6°): the notice named before
 * the word in its sentence or between the word and the date (« le présent avis — lequel sera diffusé dans le SEAO le … »),
 * and nothing else published besides (« les résultats de l'appel d'offres seront publiés le … »).
 */
function publishedDates(raw: string, at: readonly number[]): Map<number, boolean> {
  const published = new Map<number, boolean>();
  for (const word of raw.matchAll(PUBLICATION)) {
    const from = word.index + word[0].length;
    const next = at.findIndex((offset) => offset >= from && offset < raw.length);
    // Near it: a few words, the system's name and a defined short name aside (publicationGapLength).
    if (next < 0 || at[next] - from > 160) continue;
    const gap = raw.slice(from, at[next]);
    const folded = normalizeForMatching(gap);
    if (publicationGapLength(folded) > 60) continue;
    // The noun the word qualifies: the last words before it, in its phrase (« la date limite de réception publiée »).
    const phrase = raw
      .slice(0, word.index)
      .split(/[:;,(]/)
      .pop()!;
    const qualified = normalizeForMatching(phrase).split(' ').slice(-4).join(' ');
    if (/[.;?!]/.test(gap) || gap.split(')').length > gap.split('(').length || APPOSITION.test(gap) || FINITE_VERB.test(folded)) continue;
    if (namesMoment(folded) || namesMoment(qualified)) continue;
    const named = normalizeForMatching(raw.slice(0, word.index)) + ' ' + folded;
    published.set(next, NOTICE_NAMED.test(named) && !OTHER_PUBLISHED.test(named));
  }
  return published;
}

/**
 * A sentence's words as read, its escapes and references too (a web page's « diffusé dans le système électronique
 * d&rsquo;appel d&rsquo;offres le … », whose references would lengthen the gap and end a clause at their semicolon), and
 * its dates' offsets in them: each the first offset of the text read that starts at or after the Markdown's.
 */
function readWithDates(raw: string, at: readonly number[]): [string, number[]] {
  const read = markdownText(raw);
  if (!read) return [raw, [...at]];
  const textOffset = (offset: number) => {
    let low = 0;
    let high = read.text.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (read.start(middle) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return [read.text, at.map(textOffset)];
}

/** Whether folded words name a moment: the receipt or the opening, by a statement or a label's word. */
const namesMoment = (folded: string): boolean => statementKind(folded) !== undefined || RECEIPT_LABEL.test(folded) || OPENING_LABEL.test(folded);

/**
 * A sentence or a clause folded, in the subject-first order when it opens with its predicate (« Seront reçues les
 * soumissions … », « Doit être transmis … tout addenda »), as the patterns read it, and without what follows a moment.
 */
function subjectFirst(raw: string): { text: string; after: boolean } {
  const folded = normalizeForMatching(raw);
  return withoutAfterMoment(canonicalOrder(folded) ?? folded);
}

/** What a sentence (or a table cell read as one) says of each of its dates. */
function readSentences(text: string, at: readonly number[], heading: boolean, fields: readonly FieldLabel[] = []): Omit<BlockStatement, 'index'>[] {
  const result: Omit<BlockStatement, 'index'>[] = at.map(() => ({ deadline: false }));
  const sentences = sentencesOf(text, fields);
  for (const [n, sentence] of sentences.entries()) {
    const raw = text.slice(sentence.start, sentence.end);
    // Its words as read, its escapes and references too (a web page's « l&rsquo;heure limites de réception »).
    const { text: normalized, after } = subjectFirst(markdownText(raw)?.text ?? raw);
    // A "Libellé : valeur" line says what its dates are in its label, as a table's column header does.
    const label = sentenceLabel(text, sentence, fields);
    const labelled = label ? labelKind(label.words) : undefined;
    const named = statementKind(normalized) ?? labelled;
    const limit = !heading && !after && limitWords(normalized);
    // Read only for a sentence that holds a date, and by its clauses only when it has several.
    let clauses: ClauseReading[] | undefined;
    // The first date after each postponement verb is the postponed one.
    const postponedAt = new Set<number>();
    for (const verb of raw.matchAll(POSTPONEMENT)) {
      const from = sentence.start + verb.index + verb[0].length;
      const next = at.findIndex((offset) => offset >= from && offset < sentence.end);
      if (next >= 0) postponedAt.add(next);
    }
    // Read only for a sentence that holds a date, as its clauses are.
    let published: Map<number, boolean> | undefined;
    // "**Date limite :** 2016-09-20" then "**Heure limite :** 11 h": the next line's time is the date's.
    const next = label && sentences[n + 1] && sentenceLabel(text, sentences[n + 1], fields);
    const nextTime = next && TIME_LABEL.test(next.words) && !/\bdate/.test(next.words) ? findTime(next.rest) : undefined;
    at.forEach((offset, k) => {
      if (offset >= sentence.start && offset < sentence.end) {
        clauses ??= clauseReadings(raw, normalized, { kind: named, labelled, limit });
        const clause = clauses.find(({ end }) => offset - sentence.start < end) ?? clauses[clauses.length - 1];
        const kind = clause.other ? undefined : clause.kind;
        const deadline = !heading && !after && clause.limit && !clause.other;
        published ??= publishedDates(
          ...readWithDates(
            raw,
            at.map((offset) => offset - sentence.start),
          ),
        );
        // A field labelled as the notice's publication, or its diffusion stated in words (« le présent avis sera diffusé dans
        // le SEAO le … »).
        if ((!named && label && publicationField(label.words)) || published.get(k)) {
          result[k] = { deadline: false, published: true };
          return;
        }
        const earlier = k > 0 && at[k - 1] >= sentence.start ? at[k - 1] - sentence.start : 0;
        if (published.has(k) || ((clause.otherAct || dateOfOtherAct(raw, offset - sentence.start, earlier)) && !namedMoment(raw, offset - sentence.start)))
          return;
        if (after && kind && afterMomentDate(raw, offset - sentence.start)) return;
        // Looked for only where the sentence says a moment, and names a period counted from one.
        const anchor = kind || deadline ? (relationAnchor(raw, offset - sentence.start) ?? followingAnchor(raw, offset - sentence.start)) : undefined;
        const own = anchor ? { kind: besides(kind, anchor), deadline: deadline && anchor === 'opening' } : { kind, deadline };
        result[k] = { ...own, ...(postponedAt.has(k) ? { postponed: true } : {}), ...(nextTime ? { time: nextTime } : {}) };
      }
    });
  }
  return result;
}

// A table column or row label naming a moment without a verb: "Date limite", "Heure de fermeture", "Ouverture", "Closing".
const RECEIPT_LABEL =
  /\b(?:date|heure)s?(?: et (?:l')?heure)? limites?\b|\bfermeture\b|\b(?:reception|depot|remise)\b|\b(?:closing|deadline|due date|receipt)\b/;
const OPENING_LABEL = /\bouverture\b|\bopening\b/;
// The column of a table of information's values (« Rubrique | Renseignement »): a row's label says what its dates are.
const VALUE_COLUMN = /^(?:renseignements?|precisions?|details?|informations?|valeurs?|description|value|particulars)$/;
const TIME_LABEL = /\b(?:heures?|time|hour)\b/;
// A table that records addenda: its dates are the addenda's, unless a cell says otherwise in words.
const ADDENDA_TABLE = /\baddend(?:a|as|um|ums)\b/;
/**
 * What else than the bids is due by a date in tender documents: what the contract's work delivers (deliverables,
 * reports, tasks, works) and the bidders' questions. A limit of theirs (« Date de remise du rapport final ») is not the
 * receipt's, and in a table one of whose columns names them (« Livrable | Date de remise », "Deliverable | Due date")
 * a date is theirs, unless its own cell says otherwise in words.
 */
const OTHER_DUE_ITEMS = /\b(?:livrables?|deliverables?|rapports?|reports?|taches?|tasks?|travaux|work|questions?)\b/;
/** The bids named (« Date limite de réception des soumissions — travaux… »): the limit is theirs whatever else it names. */
const BIDS_NAMED = /\b(?:soumissions?|offres?|propositions?|plis|bids?|tenders?|proposals?)\b/;
/** The handing in of such an item (« Date limite de remise des travaux », "submission of the final report"): not the bids'. */
const ITEM_HANDED_IN =
  /\b(?:reception|depot|remise|receipt|submission|delivery) (?:des|du|de la|de l'|d'|of the|of) ?(?:\p{L}+ )?(?:livrables?|deliverables?|rapports?|reports?|travaux|work)\b/u;
/** Whether a text names only another item than the bids as what is due (OTHER_DUE_ITEMS), here by its handing in. */
const otherItemHandedIn = (normalized: string) => ITEM_HANDED_IN.test(normalized) && !BIDS_NAMED.test(normalized);

/**
 * A limit whose complement names another act than the bids' receipt (« Date limite de publication des résultats », « Date
 * limite pour la signature du contrat », "Deadline for posting the results"): that act's, where « Date limite » alone, a
 * label over the receipt's date, is the receipt's.
 */
const OTHER_ACT_LIMIT =
  /\b(?:(?:date|heure)s?(?: et (?:l')?heure)? limites?|deadline|due date) (?:de |d'|du |des |pour |for |to )(?:la |le |les |l'|the )?(?!(?:reception|depot|remise|soumissions?|offres?|propositions?|plis|receipt|submission|bids?|tenders?|proposals?|closing|fermeture|ouverture|opening)\b)\p{L}/u;

/** A limit's name that says not whose it is (« Date limite », « Heure limite », "Deadline", "Due date"). */
const LIMIT_NAME = /\b(?:(?:date|heure)s?(?: et (?:l')?heure)? limites?|deadline|due date)\b/g;
/** Whether a label names a limit and not the receipt nor the opening (« Date limite ou période »), by no other word. */
const onlyALimit = (folded: string): boolean => {
  const rest = folded.replace(LIMIT_NAME, ' ');
  return rest !== folded && labelKind(rest) === undefined && !BIDS_NAMED.test(rest);
};

/**
 * A field's label, folded, that names the notice's publication and nothing else (« Diffusion de l'avis dans le SEAO »,
 * « Date de publication », « 1. Date de parution de l'appel d'offres », "Date posted on SEAO"): the date it gives is the
 * diffusion's, which the periods count from (art. 4 6°), written in the notice's body as its other dates are.
 */
function publicationField(folded: string): boolean {
  const label = folded.replace(FIELD_NUMBER, '');
  let end = label.length;
  while (end > 0 && ' :.*'.includes(label[end - 1])) end--;
  return PUBLICATION_FIELD.test(label.slice(0, end));
}
const FIELD_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[a-z]\)) /;
const PUBLICATION_FIELD = new RegExp(
  String.raw`^(?:(?:dates? (?:de (?:la )?|d')?)?(?:diffusion|publication|parution)(?: (?:de l'|de la |du |d')?(?:avis(?: d'appel d'offres)?|appel d'offres)(?: public)?)?` +
    String.raw`(?: (?:dans|sur|au) (?:le )?(?:seao|systeme electronique d'appel d'offres)| \(seao\))?(?: \(?date\)?)?` +
    String.raw`|(?:publication|posting|issue) date(?: (?:on|in) seao)?|date (?:published|posted|issued)(?: (?:on|in) seao)?)$`,
);

function labelKind(folded: string): StatementKind | undefined {
  const normalized = withoutAfterMoment(folded).text;
  if (!normalized || NOT_A_LIMIT.test(normalized) || OTHER_SUBJECT.test(normalized) || (OTHER_DUE_ITEMS.test(normalized) && !BIDS_NAMED.test(normalized)))
    return undefined;
  const receipt = matchesPhrase(RECOGNISERS.receiptStatement, normalized) || RECEIPT_LABEL.test(normalized.replace(OTHER_ACT_LIMIT, ' '));
  const opening = matchesPhrase(RECOGNISERS.openingStatement, normalized) || OPENING_LABEL.test(normalized);
  return receipt && opening ? 'both' : receipt ? 'receipt' : opening ? 'opening' : undefined;
}

/**
 * The cells of a raw table row, as offsets in the row: pipes split them, unless escaped. A row without pipes is a table
 * pasted as text (pandoc's text tables): each of the row's cells, as the parse cut it at its columns, found in turn, an empty
 * one nowhere (a row whose first or last cells are empty: « Diffusion de l'avis    14 septembre 2016 », no reference); its
 * tabs or its runs of two blanks or more split it where a cell's text is not found as written.
 */
function cellSpans(row: string, cells: readonly string[]): { start: number; end: number }[] {
  const spans = pipedSpans(row);
  if (spans.length !== 1 || cells.length < 2) return spans;
  const found: { start: number; end: number }[] = [];
  let from = 0;
  for (const cell of cells) {
    const text = cell.trim();
    const at = text ? row.indexOf(text, from) : -1;
    if (text && at < 0) return separatedSpans(row, cells.length);
    found.push(text ? { start: at, end: (from = at + text.length) } : { start: -1, end: -1 });
  }
  return found;
}

/** A text row's cells split at its tabs, else at its runs of two blanks or more; the text of a row that opens with empty cells starts past them. */
function separatedSpans(row: string, count: number): { start: number; end: number }[] {
  const separator = row.includes('\t') ? /\t/g : / {2,}/g;
  const found: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of row.trimEnd().matchAll(separator)) {
    found.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  found.push({ start, end: row.trimEnd().length });
  const opening = Math.max(0, count - found.length);
  return [...Array.from({ length: opening }, () => ({ start: -1, end: -1 })), ...found];
}

/** The cells of a raw table row written with pipes, as offsets in the row: pipes split them, unless escaped. */
function pipedSpans(row: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let i = 0;
  while (i < row.length && /\s/.test(row[i])) i++;
  if (row[i] === '|') i++;
  let start = i;
  for (; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  if (row.slice(start).trim()) spans.push({ start, end: row.length });
  return spans;
}

/**
 * A table row is read by its columns, not as a sentence: a date's own cell says what it is when it is
 * worded ("date limite reportée au …"); otherwise its column's header ("Date limite", "Ouverture"), then
 * the row's label ("Réception des soumissions | 14 avril 2016"). In a table of addenda, a date that no
 * words qualify is the addendum's. A time column gives the time of the row's dates.
 */
function readTableRow(parsed: ParsedBlock, unit: TextUnit, at: readonly number[]): Omit<BlockStatement, 'index'>[] | undefined {
  const header = parsed.units.find((other) => other.kind === 'tableRow' && other.table === unit.table && other.row === 0);
  if (!header?.cells) return headlessRow(parsed, unit, at);
  const row = publishedUnitMarkdown(parsed, unit);
  const spans = cellSpans(row, unit.cells ?? []);
  const labels = header.cells.map(normalizeForMatching);
  const addenda = labels.some((label) => ADDENDA_TABLE.test(label));
  const otherItems = labels.some((label) => OTHER_DUE_ITEMS.test(label));
  const cellOf = (offset: number) => spans.findIndex((span) => offset >= span.start && offset <= span.end);
  const timeColumn = labels.findIndex((label) => TIME_LABEL.test(label) && !/\bdate\b/.test(label));
  const rowTime = timeColumn >= 0 && spans[timeColumn] ? findTime(row.slice(spans[timeColumn].start, spans[timeColumn].end)) : undefined;
  return at.map((offset) => {
    const column = cellOf(offset);
    if (column < 0) return { deadline: false };
    const span = spans[column];
    const cell = row.slice(span.start, span.end);
    const [own] = readSentences(cell, [offset - span.start], false);
    const time = rowTime ? { time: rowTime } : {};
    if (own.kind) return { ...own, ...time };
    if (otherItems) return { deadline: false };
    const label = labels[column] ?? '';
    // The label as read, its escapes and references too (a web page's « résultat de l&rsquo;ouverture »).
    const labelCell = column > 0 && spans[0] ? row.slice(spans[0].start, spans[0].end) : '';
    const rowLabel = normalizeForMatching(markdownText(labelCell)?.text ?? labelCell);
    const byRow = labelKind(rowLabel);
    const byColumn = labelKind(label);
    // A column that only says its dates are limits (« Date limite ou période », "Deadline"): the row's label says whose,
    // a moment's (« Ouverture publique »), the bids' (« Soumissions ») or another's (« Réunion de démarrage »).
    if (byColumn && rowLabel && onlyALimit(label)) {
      const whose = byRow ?? (BIDS_NAMED.test(rowLabel) && !NOT_A_LIMIT.test(rowLabel) && !OTHER_SUBJECT.test(rowLabel) ? 'receipt' : undefined);
      return whose ? { kind: whose, deadline: false, ...time } : { deadline: false };
    }
    if (byColumn) return { kind: byColumn, deadline: false, ...time };
    const generic = VALUE_COLUMN.test(label) || (!NOT_A_LIMIT.test(label) && !OTHER_SUBJECT.test(label) && !addenda);
    if (own.published || (!addenda && (publicationField(label) || (generic && !byRow && publicationField(rowLabel)))))
      return { deadline: false, published: true };
    if (!generic) return { deadline: false };
    return byRow ? { kind: byRow, deadline: false, ...time } : { ...own, ...time };
  });
}

/**
 * A row of a table without header (a notice's fields as a word processor's table, converted: « Ouverture
 * publique | Jeudi 26 février 2026, 13 h 30 »): its sentences say what its dates are, else its label, the
 * first cell, does, as a « Libellé : valeur » line's.
 */
function headlessRow(parsed: ParsedBlock, unit: TextUnit, at: readonly number[]): Omit<BlockStatement, 'index'>[] | undefined {
  if (!unit.cells || unit.cells.length < 2) return undefined;
  const byRow = labelKind(normalizeForMatching(unit.cells[0]));
  const read = readSentences(publishedUnitMarkdown(parsed, unit), at, false);
  return byRow ? read.map((statement) => (statement.kind ? statement : { ...statement, kind: byRow })) : read;
}

/**
 * Each date of a block with the moment its sentence names; cached on the block like its dates. Its sentences are read
 * in the block's Markdown as it will be published (publishedMarkdown: a struck « au bureau … ou », a time struck beside
 * its replacement are none of its words), at the Markdown's offsets, as its dates are.
 */
const blockStatements = blockReading((parsed: ParsedBlock): BlockStatement[] => {
  const statements: BlockStatement[] = [];
  const mentions = blockDates(parsed);
  for (let i = 0; i < mentions.length;) {
    const unitIndex = mentions[i].unit!;
    const unit = parsed.units[unitIndex];
    let j = i;
    while (j < mentions.length && mentions[j].unit === unitIndex) j++;
    const at = mentions.slice(i, j).map((mention) => mention.start - unit.start);
    const fields = unit.fields?.map((field) => ({ lines: field.lines, words: normalizeForMatching(unit.text.slice(field.start, field.label)) }));
    const read =
      (unit.kind === 'tableRow' && (unit.row ?? 0) > 0 ? readTableRow(parsed, unit, at) : undefined) ??
      readSentences(publishedUnitMarkdown(parsed, unit), at, unit.kind === 'heading', fields);
    read.forEach((statement, k) => statements.push({ index: i + k, ...statement }));
    const alone = j - i === 1 && !read[0].kind && !read[0].published && TIMED_UNITS.has(unit.kind);
    if (alone && dateAlone(publishedUnitMarkdown(parsed, unit), at[0], mentions[i].end - mentions[i].start)) statements[statements.length - 1].alone = true;
    i = j;
  }
  return statements;
}, 'deadlineStatements');

/** Words a date alone is written with: its weekday, « à », « le », "at", "on". */
const WITH_A_DATE = new Set([...WEEKDAYS.fr, ...WEEKDAYS.en.map((day) => day.toLowerCase()), 'le', 'at', 'on']);

/**
 * Whether a passage says nothing but its date, its time, weekday, a label's emoji or a list's marker aside (« - 📅
 * 2016-04-27 (mercredi), 10:00. », "Tuesday, April 26, 2016, at 2:00 p.m."): a disclosure's list, a wiki's card, under
 * a heading that names the moment (« Séance d'ouverture publique »), the date is that moment's, which its words do not say.
 */
function dateAlone(raw: string, at: number, length: number): boolean {
  const rest = `${raw.slice(0, at)} ${raw.slice(at + length)}`;
  let words = normalizeForMatching(markdownText(rest)?.text ?? rest);
  for (const clock of clockTimes(words).reverse()) words = `${words.slice(0, clock.start)} ${words.slice(clock.end)}`;
  return !words.split(/\P{L}+/u).some((word) => word.length > 1 && !WITH_A_DATE.has(word));
}

/** The moment the innermost heading over an offset names (a disclosure's summary too): the receipt, the opening, or both. */
function headingMoment(model: DocumentModel, offset: number): StatementKind | undefined {
  const section = innermostSection(model, offset);
  if (!section || offset < section.heading.end) return undefined;
  const receipt = matchesHeading(RECOGNISERS.receipt, section.heading.normalized);
  const opening = matchesHeading(RECOGNISERS.opening, section.heading.normalized);
  return receipt && opening ? 'both' : receipt ? 'receipt' : opening ? 'opening' : undefined;
}

/**
 * A date the documents give an addendum that may affect prices: the last day for one in the calendar (a row, a field or
 * a sentence naming such an addendum and its limit: « Date limite d'émission d'un addenda pouvant modifier les prix |
 * 4 mai 2017 », "Last addendum affecting prices: May 4"), or the day one was sent, in a log of addenda whose column on
 * prices says yes (« n° 2 | 13 mai 2016 | … | Oui »). `logged`: an addendum sent, not a limit set in advance.
 */
export interface PricedAddendumDate {
  mention: DateMention;
  logged: boolean;
}

/** The yes of a column on prices (« Oui — 6 jours avant… », "Yes", a check mark). */
const AFFIRMATIVE = /^(?:oui|yes|x)\b|^[✓✔☑]/u;
/** An addendum named with the prices it may change, not to say it changes none, nor the questions' limit. */
const namesPricedAddendum = (folded: string): boolean =>
  ADDENDUM_NAMED.test(folded) && PRICES_NAMED.test(folded) && !NO_PRICE_EFFECT.test(folded) && !QUESTIONS_NAMED.test(folded) && !THIS_ADDENDUM.test(folded);
/** Words that make the next date the addendum's last day (« au plus tard le », « jusqu'au », "no later than", a label's colon). */
const ADDENDUM_LIMIT_BEFORE = /(?:\b(?:au plus tard|jusqu'(?:au|a)|(?:date|jour) limite|dernier jour|no later than|not later than|until|by|deadline)|:)$/;
/** Words that make the next date the moment the period counts back from (« avant la date limite de réception du »). */
const COUNTED_FROM = /\b(?:avant|before|prior to|precedant|reception|receipt|depot|cloture|fermeture|closing|ouverture|opening)\b/;

function pricedAddendumInRow(parsed: ParsedBlock, unit: TextUnit, offset: number): boolean | undefined {
  const header = parsed.units.find((other) => other.kind === 'tableRow' && other.table === unit.table && other.row === 0);
  const row = publishedUnitMarkdown(parsed, unit);
  const spans = cellSpans(row, unit.cells ?? []);
  const column = spans.findIndex((span) => offset >= span.start && offset <= span.end);
  if (column < 0) return undefined;
  const cellText = (index: number) => {
    const span = spans[index];
    if (!span || span.start < 0) return '';
    const written = row.slice(span.start, span.end);
    return normalizeForMatching(markdownText(written)?.text ?? written);
  };
  // A calendar's row: its label, the first cell, names the addendum and the prices.
  if (column > 0 && namesPricedAddendum(cellText(0)) && !labelKind(cellText(column).replace(/\d+/g, ' '))) return false;
  // A log of addenda: a column names them, another the prices, whose cell says yes; the date's column names no moment.
  const labels = header?.cells?.map(normalizeForMatching) ?? [];
  if (!labels.some((label) => ADDENDA_TABLE.test(label))) return undefined;
  const prices = labels.findIndex((label) => PRICES_NAMED.test(label));
  if (prices < 0 || prices === column || !AFFIRMATIVE.test(cellText(prices))) return undefined;
  return labelKind(labels[column] ?? '') || QUESTIONS_NAMED.test(labels[column] ?? '') ? undefined : true;
}

/** Whether a sentence's clause names the addendum that may affect prices and gives the date as its last day. */
function pricedAddendumInSentence(text: string, offset: number): boolean {
  let start = 0;
  for (let i = offset - 1; i >= 0; i--) {
    if (text[i] === ';' || ((text[i] === '.' || text[i] === '\n') && /\s/.test(text[i + 1] ?? ' '))) {
      start = i + 1;
      break;
    }
  }
  const before = normalizeForMatching(text.slice(start, offset));
  // Up to its last word or colon: a label's emphasis and blanks (« prix :** ») say nothing.
  let end = before.length;
  while (end > 0 && !/[\p{L}\d:]/u.test(before[end - 1])) end--;
  const words = before.slice(0, end);
  return namesPricedAddendum(words) && ADDENDUM_LIMIT_BEFORE.test(words) && !COUNTED_FROM.test(words.slice(-40));
}

const pricedAddendumDates = blockReading((parsed: ParsedBlock): PricedAddendumDate[] => {
  const found: PricedAddendumDate[] = [];
  for (const mention of blockDates(parsed)) {
    const unit = parsed.units[mention.unit!];
    const offset = mention.start - unit.start;
    const logged =
      unit.kind === 'tableRow' && (unit.row ?? 0) > 0
        ? pricedAddendumInRow(parsed, unit, offset)
        : (unit.kind === 'paragraph' || unit.kind === 'listItem') && pricedAddendumInSentence(publishedUnitMarkdown(parsed, unit), offset)
          ? false
          : undefined;
    if (logged !== undefined) found.push({ mention, logged });
  }
  return found;
}, 'pricedAddendumDates');

/** Each date the documents' text gives an addendum that may affect prices (PricedAddendumDate), at document offsets. */
export function statedAddendumDates(model: DocumentModel): PricedAddendumDate[] {
  return blocksReading(model, 'pricedAddendumDates', pricedAddendumDates).flatMap((block) =>
    pricedAddendumDates(block.parsed).map(({ mention, logged }) => ({ mention: shift(mention, block.offset), logged })),
  );
}

/**
 * Dates the notice's text gives for the receipt or the opening of bids: each sentence is classified
 * by its wording; a sentence that names neither moment counts for the receipt only when it sits under
 * a receipt heading and reads as a deadline.
 */
export function statedDates(model: DocumentModel): StatedDate[] {
  const cached = stated.get(model);
  if (cached) return cached;
  const result: StatedDate[] = [];
  // Looked for among the sections only for a date whose sentence names no moment (most files have none).
  let receiptSections: Section[] | undefined;
  for (const block of blocksReading(model, 'deadlineStatements', blockStatements)) {
    const mentions = blockDates(block.parsed);
    for (const statement of blockStatements(block.parsed)) {
      const mention = shift(mentions[statement.index], block.offset);
      const underReceipt = () =>
        (receiptSections ??= model.sections.filter((section) => matchesHeading(RECOGNISERS.receipt, section.heading.normalized))).some(
          (section) => mention.start > section.heading.end && mention.start < section.end,
        );
      const kind =
        statement.kind ?? (statement.deadline && underReceipt() ? 'receipt' : undefined) ?? (statement.alone ? headingMoment(model, mention.start) : undefined);
      if (!kind) continue;
      const timed = statement.time && !mention.time ? { ...mention, time: statement.time } : mention;
      result.push(statement.postponed ? { kind, mention: timed, postponed: true } : { kind, mention: timed });
    }
  }
  stated.set(model, result);
  return result;
}

/**
 * A moment's time a file states without its date, the day left to the notice: a model of instructions' « l'heure limite de
 * réception est 11 h, le jour fixé dans l'avis », "bids must be received by 11:00 a.m. on the closing date".
 */
export interface StatedTime {
  kind: StatementKind;
  time: { hour: number; minute: number };
  /** Document offsets of the clock time. */
  start: number;
  end: number;
  /**
   * A default (« Sauf indication contraire aux IP, … », "Unless otherwise specified, …"): what states otherwise sets it
   * aside. `others`: the clause names where, and not the notice (« aux instructions particulières »), so only another file
   * of the dossier does; `any`: it names the notice, the tender documents or nothing, so the notice's own time does too.
   */
  byDefault?: 'any' | 'others';
}

/** The words that make a statement a default, what follows them up to a comma naming where it may be stated otherwise. */
const DEFAULT_CLAUSE =
  /\b(?:sauf (?:indication|disposition|mention|stipulation) contraire|a moins (?:d'indication|de disposition|de mention|de stipulation) contraire|a moins qu'il ne soit (?:indique|prevu|stipule) autrement|unless otherwise (?:specified|stated|indicated|provided)|except as otherwise (?:specified|stated|indicated|provided))([^,;]{0,80})/;
/** Where a default clause may name the notice, or all the tender documents, which hold it. */
const NAMES_THE_NOTICE = /\b(?:avis|notice|documents d'appel d'offres|tender documents|bid documents|call for tenders)\b/;

function defaultOf(normalized: string): StatedTime['byDefault'] {
  const clause = DEFAULT_CLAUSE.exec(normalized);
  if (!clause) return undefined;
  const where = clause[1].trim();
  return !where || NAMES_THE_NOTICE.test(where) ? 'any' : 'others';
}

/**
 * The moment a sentence without a date names for its time: by its wording (« Les soumissions doivent parvenir … », « sont
 * ouvertes … »), or by the limit's name (« l'heure limite de réception »). A bare « fermeture », « closing » a date's label
 * reads as the receipt's is another closing's in a sentence (« la fermeture des campus annoncée avant 5 h 30 »).
 */
function timedKind(normalized: string): StatementKind | undefined {
  if (NOT_A_LIMIT.test(normalized) || OTHER_SUBJECT.test(normalized)) return undefined;
  const receipt = matchesPhrase(RECOGNISERS.receiptStatement, normalized) || NAMED_LIMIT.test(normalized);
  const opening = matchesPhrase(RECOGNISERS.openingStatement, normalized);
  return receipt && opening ? 'both' : receipt ? 'receipt' : opening ? 'opening' : undefined;
}
/** A bid received after a time, the late-receipt case (art. 7 1°: « toute soumission reçue après 14 h »): the time is the limit's. */
const LATE_BID =
  /\b(?:recues?|deposees?|parvenues?|remises?|received|submitted|delivered|deposited|lodged) (?:[a-z]+ )?(?:apres|passe|after|past|later than)\b/;
const NAMED_LIMIT = /\b(?:(?:date|heure)s?(?: et (?:l')?heure)? limites?|heure de (?:reception|depot|fermeture)|closing (?:date|time)|deadline)\b/;

/** The text units whose sentences state moments: a paragraph or a list item (a table's row reads its columns, a heading names). */
const TIMED_UNITS = new Set(['paragraph', 'listItem']);

/** The times of a block's sentences that state a moment and hold one clock time and no date; cached on the block. */
const blockTimes = blockReading((parsed: ParsedBlock): StatedTime[] => {
  const result: StatedTime[] = [];
  const dates = blockDates(parsed);
  // The moments a unit's dates give with their time (« **Date limite :** … » then « **Heure limite :** 11 h »): read there.
  const timedInUnit = new Map<number, StatementKind[]>();
  for (const statement of blockStatements(parsed)) {
    const mention = dates[statement.index];
    if (!statement.kind || !(statement.time ?? mention.time) || mention.unit === undefined) continue;
    timedInUnit.set(mention.unit, [...(timedInUnit.get(mention.unit) ?? []), statement.kind]);
  }
  for (const [index, unit] of parsed.units.entries()) {
    if (!TIMED_UNITS.has(unit.kind)) continue;
    const markdown = publishedUnitMarkdown(parsed, unit);
    if (!/\d|midi|noon/i.test(markdown)) continue;
    const fields = unit.fields?.map((field) => ({ lines: field.lines, words: normalizeForMatching(unit.text.slice(field.start, field.label)) })) ?? [];
    for (const sentence of sentencesOf(markdown, fields)) {
      const start = unit.start + sentence.start;
      const end = unit.start + sentence.end;
      if (dates.some((mention) => mention.start < end && mention.end > start)) continue;
      const raw = markdown.slice(sentence.start, sentence.end);
      const read = markdownText(raw);
      const clocks = clockTimes(read?.text ?? raw);
      // Two times are a span (« de 8 h 30 à 16 h 30 ») or two moments: no one time of the moment.
      if (clocks.length !== 1) continue;
      const { text: normalized, after } = subjectFirst(read?.text ?? raw);
      // A time counted from a moment (« 48 heures avant l'heure limite ») is not the moment's.
      if (after || OTHER_ACT_SUBJECT.test(normalized) || FIRST_RELATION.test(raw)) continue;
      const kind = timedKind(normalized);
      // The receipt's time is a limit's (« au plus tard », « heure limite »), not an hour the office opens at. A sentence
      // that names both moments (« ouvertes à 15 h le jour de la date limite ») does not say whose the time is.
      if (!kind || kind === 'both' || (kind === 'receipt' && normalized.search(DEADLINE_WORDS) < 0 && !LATE_BID.test(normalized))) continue;
      if (timedInUnit.get(index)?.some((dated) => dated === kind || dated === 'both')) continue;
      const [clock] = clocks;
      const byDefault = defaultOf(normalized);
      result.push({
        kind,
        time: clock.time,
        start: start + (read ? read.start(clock.start) : clock.start),
        end: start + (read ? read.end(clock.end) : clock.end),
        ...(byDefault && { byDefault }),
      });
    }
  }
  return result;
}, 'statedTimes');

/** The times the text states of a moment without a date (StatedTime), with document offsets. */
export function statedTimes(model: DocumentModel): StatedTime[] {
  return blocksReading(model, 'statedTimes', blockTimes).flatMap((block) =>
    blockTimes(block.parsed).map((stated) => ({ ...stated, start: stated.start + block.offset, end: stated.end + block.offset })),
  );
}

const fromMention = (mention: DateMention): Moment => ({ date: mention.date, time: mention.time, range: { start: mention.start, end: mention.end }, mention });

function fromFrontMatter(context: DeadlineFacts, path: readonly string[], date: CalendarDate | undefined, time?: Moment['time']): Moment | undefined {
  const range = date && context.model.frontMatter?.valueRange(path);
  return date && range ? { date, time, range, path } : undefined;
}

/**
 * The notice's diffusion in SEAO (for a qualification notice, the qualification notice's own): the front-matter's, else the
 * date a field of the text labelled as the publication gives (« Diffusion de l'avis dans le SEAO | mercredi 14 septembre 2016 »).
 */
export function diffusionMoment(context: DeadlineFacts): Moment | undefined {
  if (context.type === 'avis-qualification') {
    const own = fromFrontMatter(context, ['qualification', 'diffusion'], context.data.qualification.diffusion);
    if (own) return own;
  }
  const front = fromFrontMatter(context, ['diffusion'], context.data.diffusion);
  if (front) return front;
  const body = statedPublication(context.model);
  return body && fromMention(body);
}

/** The first date a field labelled as the notice's publication gives in the text (publicationField), a date read one way only. */
function statedPublication(model: DocumentModel): DateMention | undefined {
  for (const block of model.blocks) {
    const mentions = blockDates(block.parsed);
    const statement = blockStatements(block.parsed).find((one) => one.published && !mentions[one.index].alternative);
    if (statement) return shift(mentions[statement.index], block.offset);
  }
  return undefined;
}

/** Where a qualification notice's front-matter gives its requests' receipt date: `qualification.reception`, or its `date` when it is a { date, heure, lieu }. */
export function qualificationReceiptPath(model: DeadlineFacts['model']): string[] {
  return model.frontMatter?.valueRange(['qualification', 'reception', 'date']) ? ['qualification', 'reception', 'date'] : ['qualification', 'reception'];
}

/** The receipt limit as first published (addenda aside): front-matter, else the notice's text. */
export function closingMoment(context: DeadlineFacts): Moment | undefined {
  if (context.type === 'avis-qualification') {
    const own = fromFrontMatter(context, qualificationReceiptPath(context.model), context.data.qualification.reception);
    if (own) return own;
  }
  const reception = context.data.reception;
  const front = fromFrontMatter(context, ['reception', 'date'], reception?.date, reception?.time);
  if (front) return front;
  // A date in numbers that may be read two ways is no limit to count from (date-ambiguous says so).
  const body = statedDates(context.model).find((s) => s.kind !== 'opening' && !s.postponed && !s.mention.alternative);
  return body && fromMention(body.mention);
}

/** Why a deadline rule has nothing to count: the receipt limit is not stated. */
export function closingStated(context: DeadlineFacts): Localized | undefined {
  if (closingMoment(context)) return undefined;
  return context.type === 'avis-qualification'
    ? {
        fr: "Date limite de réception des demandes non indiquée (clé qualification.reception ou mention dans l'avis) : rien à vérifier.",
        en: 'Receipt deadline for requests not given (key qualification.reception or a mention in the notice): nothing to check.',
      }
    : {
        fr: "Date limite de réception non indiquée (clé reception.date ou mention dans l'avis) : rien à vérifier.",
        en: 'Receipt deadline not given (key reception.date or a mention in the notice): nothing to check.',
      };
}

export function openingMoment(context: DeadlineFacts): Moment | undefined {
  const opening = context.data.ouverture;
  const front = fromFrontMatter(context, ['ouverture', 'date'], opening?.date, opening?.time);
  if (front) return front;
  const body = statedDates(context.model).find((s) => s.kind === 'opening' && !s.postponed && !s.mention.alternative);
  return body && fromMention(body.mention);
}

/** The date rewritten in the mention's own style, the weekday kept only if one was written. */
export function rewriteDate(model: DocumentModel, mention: DateMention, date: CalendarDate): FixSpec['edits'] {
  const original = model.text.slice(mention.dateStart, mention.dateEnd);
  let text: string;
  if (mention.style === 'iso') text = isoDate(date);
  else if (mention.numeric) text = numericLike(original, mention.numeric, date);
  else if (mention.style === 'english') {
    const month = wordLike(/\p{L}+/u.exec(original)![0], MONTHS.en[date.month - 1]);
    // "3 November 2026" or "November 3, 2026" (the comma only if it was written).
    text = /^\d/.test(original) ? `${date.day} ${month} ${date.year}` : `${month} ${date.day}${original.includes(',') ? ',' : ''} ${date.year}`;
  } else {
    const month = MONTHS.fr[date.month - 1];
    const capital = /\s\p{Lu}/u.test(original);
    text = `${date.day === 1 ? '1er' : date.day} ${capital ? month[0].toUpperCase() + month.slice(1) : month} ${date.year}`;
  }
  const edits = [{ range: { start: mention.dateStart, end: mention.dateEnd }, newText: text }];
  if (mention.weekday) edits.push({ range: { start: mention.weekday.start, end: mention.weekday.end }, newText: weekdayLike(mention, weekday(date)) });
  return edits;
}

/**
 * A date in numbers written as `original` is (order, separator, digits of each part); in ISO form when
 * that order would leave it ambiguous (both parts 12 or less and different), so that a fix never writes
 * an ambiguous date.
 */
function numericLike(original: string, { order, separator }: NonNullable<DateMention['numeric']>, date: CalendarDate): string {
  const widths = original.split(separator).map((part) => part.length);
  const parts = order === 'ymd' ? [date.year, date.month, date.day] : order === 'dmy' ? [date.day, date.month, date.year] : [date.month, date.day, date.year];
  if (order !== 'ymd' && date.day <= 12 && date.month <= 12 && date.day !== date.month) return isoDate(date);
  return parts.map((part, index) => String(part).padStart(widths[index] ?? 2, '0')).join(separator);
}

/** The weekday's name in the mention's language, written with the same capitals as the one it replaces. */
export function weekdayLike(mention: DateMention, day: number): string {
  return wordLike(mention.weekday!.text, WEEKDAYS[mention.weekday!.language][day]);
}

/** A word written with the same capitals as `original`: all capitals, an initial capital, or none. */
function wordLike(original: string, word: string): string {
  if (original === original.toUpperCase()) return word.toUpperCase();
  const lower = word.toLowerCase();
  return original[0] === original[0].toUpperCase() ? lower[0].toUpperCase() + lower.slice(1) : lower;
}

/**
 * Moves the receipt limit: its front-matter value, the opening date when it was the same day or is not
 * after the new limit (art. 11 opens the bids at the limit; the edit is made even when the opening is
 * already that day, so that fix-all never also applies a fix setting it to the old limit), and the
 * statements of the text that give a date moved.
 */
export function moveClosingFix(context: DeadlineFacts, closing: Moment, to: CalendarDate): FixSpec {
  const edits: FixSpec['edits'] = [];
  const frontMatter = context.model.frontMatter;
  if (closing.path) edits.push({ range: closing.range, newText: isoDate(to) });
  let openingMoved: CalendarDate | undefined;
  if (closing.path?.[0] === 'reception') {
    const opening = context.data.ouverture?.date;
    const range = frontMatter?.valueRange(['ouverture', 'date']);
    if (opening && range && (sameDate(opening, closing.date) || dayNumber(opening) <= dayNumber(to))) {
      edits.push({ range, newText: isoDate(to) });
      openingMoved = opening;
    }
  }
  for (const { kind, mention } of statedDates(context.model)) {
    // With the limit in the front-matter, every receipt statement of the text is moved with it, even
    // one that contradicted it: the text then states the new limit, not the old one or a third date.
    const moved =
      readingsOf(mention).some((date) => sameDate(date, closing.date)) ||
      (closing.path !== undefined && kind !== 'opening') ||
      (openingMoved !== undefined && kind !== 'receipt');
    if (moved) edits.push(...rewriteDate(context.model, mention, to));
  }
  return {
    title: { fr: `Reporter la date limite de réception au ${formatLongDate(to, 'fr')}`, en: `Move the receipt deadline to ${formatLongDate(to, 'en')}` },
    edits,
  };
}

export const longDate = (date: CalendarDate): Localized => ({ fr: formatLongDate(date, 'fr'), en: formatLongDate(date, 'en') });

/** A mention's date for a message: its long form, or for an ambiguous date in numbers, as written and both readings. */
export function writtenDate(model: DocumentModel, mention: DateMention): Localized {
  if (!mention.alternative) return longDate(mention.date);
  const written = model.text.slice(mention.dateStart, mention.dateEnd);
  const [first, second] = [longDate(mention.date), longDate(mention.alternative)];
  return { fr: `« ${written} » (${first.fr} ou ${second.fr})`, en: `"${written}" (${first.en} or ${second.en})` };
}

/** Whether a mention may mean a date: its date, or either reading of an ambiguous one. */
export const mayMean = (mention: DateMention, date: CalendarDate | undefined): boolean =>
  date !== undefined && readingsOf(mention).some((reading) => sameDate(reading, date));

export const sameTime = (a?: Moment['time'], b?: Moment['time']): boolean => !a || !b || (a.hour === b.hour && a.minute === b.minute);

export const formatTime = (time: { hour: number; minute: number }, locale: 'fr' | 'en'): string =>
  locale === 'fr' ? `${time.hour} h ${String(time.minute).padStart(2, '0')}` : `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;

/** Art. 9 al. 2: the days an addendum that may affect prices leaves before the receipt limit. */
export const ADDENDUM_DAYS = 7;

/** The receipt limit in force after the addenda: the latest postponement, else the original limit. */
export function finalClosing(context: DeadlineFacts): CalendarDate | undefined {
  let closing = closingMoment(context)?.date;
  for (const addendum of context.data.addenda) {
    const postponed = addendum.reportReception;
    if (postponed && (!closing || dayNumber(postponed) > dayNumber(closing))) closing = postponed;
  }
  return closing;
}
