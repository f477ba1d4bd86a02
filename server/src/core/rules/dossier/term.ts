import type { OffsetRange } from '../../document/frontMatter.js';
import type { DocumentModel } from '../../document/model.js';
import { findUnits, unitQuestion } from '../../legal/find.js';
import type { Localized } from '../../types.js';
import type { Rule } from '../rule.js';
import { dossierFiles, fileLabel, keyValue, noticeFile, of, placed, type DossierFile } from './files.js';

/**
 * The contract's term as a file's text states it: its initial duration (« le contrat est d'une durée
 * de 24 mois », « for a term of two (2) years ») and its renewals (« renouvelable deux fois pour une
 * période d'un an », « une option de renouvellement d'une année »), each with the passage that says it.
 */
interface Term {
  initial?: { months: number; range: OffsetRange };
  renewals?: { count: number; months?: number; range: OffsetRange };
}

const WORDS: Record<string, number> = {
  un: 1, une: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5, five: 5, six: 6, sept: 7, seven: 7, huit: 8, eight: 8,
  neuf: 9, nine: 9, dix: 10, ten: 10, douze: 12, twelve: 12, 'dix-huit': 18, eighteen: 18, 'vingt-quatre': 24, 'twenty-four': 24, trente: 30, thirty: 30,
  'trente-six': 36, 'thirty-six': 36, 'quarante-huit': 48, 'forty-eight': 48, soixante: 60, sixty: 60,
};
/** A number as drafters write it: « 24 », « deux (2) », « vingt-quatre ». */
const NUMBER = String.raw`(\d{1,3}|${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})(?: ?\((\d{1,3})\))?`;
const UNIT = String.raw`(mois|months?|ans?|annees?|years?)`;

const value = (word: string, digits: string | undefined): number => Number(digits ?? (WORDS[word] ?? word));
const months = (count: number, unit: string): number => (/^(?:mois|month)/.test(unit) ? count : count * 12);

// Read on text folded for matching (no accents, lower case).
export const INITIAL = new RegExp(String.raw`\b(?:duree|term|period)(?: initiale| initial)?(?: du contrat| of the contract)?(?: est| sera| is| will be)?(?: de| d'| of)\s*${NUMBER} ${UNIT}\b`);
const RENEWAL = /\b(?:renouvel\w*|reconduct\w*|reconduire|renew\w*)\b/;
export const RENEWAL_COUNT = new RegExp(String.raw`\b${NUMBER} (?:fois|times|renouvellements?|renewals?|options? de renouvellement|(?:periodes?|periods?)(?: additionnelles?| supplementaires?| additional)?)\b|\b(once|twice)\b`);
export const RENEWAL_PERIOD = new RegExp(String.raw`\b(?:periodes?|periods?|renouvellements?|renewals?|options? de renouvellement)(?: additionnelles?| supplementaires?| additional| subsequentes?)?(?: maximale?)?(?: de| d'| of)\s*${NUMBER} ${UNIT}\b|\b(?:d'une|d'un|one) (annee|an|year)\b`);
// « ne sera pas renouvelé », « aucun renouvellement »: no renewal is stated.
const NO_RENEWAL = /\b(?:aucune? (?:option de )?renouvel|(?:ne|n') (?:\S+ ){0,2}(?:pas|aucun\w*) (?:\S+ ){0,2}renouvel|non renouvelable|no renewal|not (?:be )?renew)/;

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

const duration = (value: number, locale: 'fr' | 'en'): string =>
  value % 12 === 0 && value >= 12 ? (locale === 'fr' ? `${value / 12} an${value > 12 ? 's' : ''} (${value} mois)` : `${value / 12} year${value > 12 ? 's' : ''} (${value} months)`) : locale === 'fr' ? `${value} mois` : `${value} month${value > 1 ? 's' : ''}`;

/** A file's term, with the total duration its text gives (initial duration and renewals). */
function totalOf(term: Term): { months: number; range: OffsetRange } | undefined {
  if (!term.initial) return undefined;
  if (!term.renewals) return term.initial;
  if (term.renewals.months === undefined) return undefined;
  return { months: term.initial.months + term.renewals.count * term.renewals.months, range: term.renewals.range };
}

/** The files that state the contract's term, the notice aside. */
const restating = (files: readonly DossierFile[], notice: DossierFile | undefined) => files.filter((file) => file !== notice && file.member.type !== 'avis');

/**
 * The contract's duration as the notice and the other files state it: the initial duration written in
 * the notice's text and in the contract (or the devis, the instructions), and the duration renewals
 * included against the front-matter's `contrat.duree-mois`. Each disagreement is an error at the
 * restatement, leading to what it disagrees with.
 */
export const durationMismatch: Rule = {
  id: 'dossier-contract-duration-mismatch',
  citation: '5.1°',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "La durée du contrat est la même dans l'avis, l'en-tête (contrat.duree-mois) et les autres documents du dossier.",
    en: 'The contract duration is the same in the notice, the front-matter (contrat.duree-mois) and the other documents of the dossier.',
  },
  evidence(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files);
    if (!notice || files.length < 2) return [];
    const declared = keyValue(notice, ['contrat', 'duree-mois']);
    const term = termOf(notice.model).initial;
    return declared ? [{ range: declared, frontMatterKey: 'contrat.duree-mois' }] : term ? [{ range: placed(notice, term.range) }] : [];
  },
  check(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files);
    if (!notice) return;
    const noticeTerm = termOf(notice.model).initial;
    const noticeLabel = fileLabel(notice);
    const declared = notice.data.contrat.dureeMois;
    const declaredRange = keyValue(notice, ['contrat', 'duree-mois']);
    for (const file of restating(files, notice)) {
      const term = termOf(file.model);
      const label = fileLabel(file);
      if (term.initial && noticeTerm && term.initial.months !== noticeTerm.months) {
        context.report({
          range: placed(file, term.initial.range),
          message: {
            fr: `Dans ${label.fr}, la durée du contrat est de ${duration(term.initial.months, 'fr')}, mais dans ${noticeLabel.fr}, de ${duration(noticeTerm.months, 'fr')}.`,
            en: `In ${label.en}, the contract's term is ${duration(term.initial.months, 'en')}, but in ${noticeLabel.en}, ${duration(noticeTerm.months, 'en')}.`,
          },
          related: [{ range: placed(notice, noticeTerm.range), message: { fr: `Durée dans ${noticeLabel.fr}`, en: `Term in ${noticeLabel.en}` } }],
        });
        continue;
      }
      const total = totalOf(term);
      if (total && declared !== undefined && declaredRange && total.months !== declared) {
        context.report({
          range: placed(file, total.range),
          message: {
            fr: `Dans ${label.fr}, le contrat dure ${duration(total.months, 'fr')}, renouvellements compris, mais l'en-tête ${of(noticeLabel).fr} indique ${duration(declared, 'fr')} (contrat.duree-mois).`,
            en: `In ${label.en}, the contract lasts ${duration(total.months, 'en')}, renewals included, but the front-matter ${of(noticeLabel).en} says ${duration(declared, 'en')} (contrat.duree-mois).`,
          },
          related: [{ range: declaredRange, message: { fr: 'Durée dans l’en-tête (contrat.duree-mois)', en: 'Duration in the front-matter (contrat.duree-mois)' } }],
        });
      }
    }
  },
};

/**
 * The renewal options as the front-matter lists them (`options` of type `renouvellement`) and the
 * notice states them, against the contract's (or another file's) renewals: their number differs, or
 * one provides for renewals and the other for none.
 */
export const renewalsMismatch: Rule = {
  id: 'dossier-renewals-mismatch',
  citation: '5.1.1°',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "Les renouvellements prévus au contrat sont les options de renouvellement de l'avis et de l'en-tête (options).",
    en: 'The renewals the contract provides for are the renewal options of the notice and of the front-matter (options).',
  },
  evidence(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files);
    if (!notice || files.length < 2) return [];
    const options = keyValue(notice, ['options']);
    const renewals = termOf(notice.model).renewals;
    return options ? [{ range: options, frontMatterKey: 'options' }] : renewals ? [{ range: placed(notice, renewals.range) }] : [];
  },
  check(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files);
    if (!notice) return;
    const noticeLabel = fileLabel(notice);
    const listed = notice.model.frontMatter?.data && Array.isArray(notice.model.frontMatter.data.options) ? notice.data.options.filter((option) => option.type === 'renouvellement').length : undefined;
    const optionsRange = keyValue(notice, ['options']) ?? placed(notice, notice.model.frontMatter?.keyRange(['options']) ?? { start: 0, end: 0 });
    const noticeRenewals = termOf(notice.model).renewals;
    for (const file of restating(files, notice)) {
      const renewals = termOf(file.model).renewals;
      if (!renewals) continue;
      const label = fileLabel(file);
      const count = (n: number, locale: 'fr' | 'en') => (locale === 'fr' ? `${n} renouvellement${n > 1 ? 's' : ''}` : `${n} renewal${n > 1 ? 's' : ''}`);
      const against: { count: number; range: OffsetRange; where: Localized } | undefined =
        listed !== undefined && notice.model.frontMatter?.valueRange(['options'])
          ? { count: listed, range: optionsRange, where: { fr: `l'en-tête ${of(noticeLabel).fr} (options)`, en: `the front-matter ${of(noticeLabel).en} (options)` } }
          : noticeRenewals
            ? { count: noticeRenewals.count, range: placed(notice, noticeRenewals.range), where: noticeLabel }
            : undefined;
      if (!against || against.count === renewals.count) continue;
      context.report({
        range: placed(file, renewals.range),
        message: {
          fr: `Dans ${label.fr}, le contrat prévoit ${count(renewals.count, 'fr')}, mais ${against.where.fr} ${against.count === 0 ? "n'en prévoit aucun" : `en prévoit ${against.count}`}.`,
          en: `In ${label.en}, the contract provides for ${count(renewals.count, 'en')}, but ${against.where.en} provides for ${against.count === 0 ? 'none' : against.count}.`,
        },
        related: [{ range: against.range, message: { fr: `Options dans ${against.where.fr}`, en: `Options in ${against.where.en}` } }],
      });
    }
  },
};
