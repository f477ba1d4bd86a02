import { dayNumber } from '../../calendar/date.js';
import { formatLongDate } from '../../calendar/format.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import type { Rule } from '../rule.js';
import { dossierFiles, severalFiles, fileLabel, keyValue, noticeFile, of, placed } from './files.js';
import { type Term, listedRenewalMonths, listedRenewals, renewalLengthOf, termOf, duration, restating } from './term.js';

/**
 * A file's term, with the total duration its text gives (initial duration and renewals). A file that
 * states the initial duration alone (« prix pour la durée initiale de 36 mois ») gives the total only when
 * the call has no renewal: otherwise it is silent on the renewals, not saying there are none.
 */
function totalOf(term: Term, renewable: boolean): { months: number; range: OffsetRange } | undefined {
  if (!term.initial) return undefined;
  if (!term.renewals) return renewable ? undefined : term.initial;
  if (term.renewals.months === undefined || term.renewals.count === undefined) return undefined;
  return { months: term.initial.months + term.renewals.count * term.renewals.months, range: term.renewals.range };
}

type DatedDay = NonNullable<Term['start']>;

/** The first of the contract's start and end that a file dates otherwise than the notice (« prend fin le 29 mars 2018 » against « au 15 décembre 2017 »). */
function datedDisagreement(term: Term, notice: Term): { which: 'start' | 'end'; stated: DatedDay; notice: DatedDay } | undefined {
  for (const which of ['start', 'end'] as const) {
    const [stated, noticed] = [term[which], notice[which]];
    if (stated && noticed && dayNumber(stated.date) !== dayNumber(noticed.date)) return { which, stated, notice: noticed };
  }
  return undefined;
}

/**
 * The contract's duration as the notice and the other files state it: the initial duration written in
 * the notice's text and in the contract (or the devis, the instructions), the days its period starts and
 * ends when both date it, and the duration renewals included against the front-matter's `contrat.duree-mois`. Each disagreement is an error at the
 * restatement, leading to what it disagrees with.
 */
export const dossierContractDurationMismatch: Rule = {
  id: 'dossier-contract-duration-mismatch',
  citation: '5.1°',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "La durée du contrat, ses dates de début et de fin sont les mêmes dans l'avis, l'en-tête (contrat.duree-mois) et les autres documents du dossier.",
    en: 'The contract duration, its start and end dates are the same in the notice, the front-matter (contrat.duree-mois) and the other documents of the dossier.',
  },
  notApplicable: severalFiles,
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
    const renewable = notice.data.options.some((option) => option.type === 'renouvellement') || termOf(notice.model).renewals !== undefined;
    // A file that counts other renewals than the notice is dossier-renewals-mismatch's: its total differs for that reason alone.
    const noticeRenewals = listedRenewals(notice) ?? termOf(notice.model).renewals?.count;
    const noticeRenewalMonths = renewalLengthOf(notice.model)?.months ?? listedRenewalMonths(notice);
    for (const file of restating(files, notice)) {
      const term = termOf(file.model);
      const label = fileLabel(file);
      if (term.initial && noticeTerm && term.initial.months !== noticeTerm.months) {
        context.report({
          messageId: 'initialDurationMismatch',
          range: placed(file, term.initial.range),
          message: {
            fr: `Dans ${label.fr}, la durée du contrat est de ${duration(term.initial.months, 'fr')}, mais dans ${noticeLabel.fr}, de ${duration(noticeTerm.months, 'fr')}.`,
            en: `In ${label.en}, the contract's term is ${duration(term.initial.months, 'en')}, but in ${noticeLabel.en}, ${duration(noticeTerm.months, 'en')}.`,
          },
          related: [{ range: placed(notice, noticeTerm.range), message: { fr: `Durée dans ${noticeLabel.fr}`, en: `Term in ${noticeLabel.en}` } }],
        });
        continue;
      }
      const dated = datedDisagreement(term, termOf(notice.model));
      if (dated) {
        const [verb, at] =
          dated.which === 'start'
            ? [
                { fr: 'commence', en: 'starts' },
                { fr: 'Début', en: 'Start' },
              ]
            : [
                { fr: 'prend fin', en: 'ends' },
                { fr: 'Fin', en: 'End' },
              ];
        context.report({
          messageId: dated.which === 'start' ? 'startDateMismatch' : 'endDateMismatch',
          range: placed(file, dated.stated.range),
          message: {
            fr: `Dans ${label.fr}, le contrat ${verb.fr} le ${formatLongDate(dated.stated.date, 'fr')}, mais dans ${noticeLabel.fr}, le ${formatLongDate(dated.notice.date, 'fr')} : les documents d'appel d'offres et le contrat à signer décrivent le même contrat (art. 5, par. 1° et 8°).`,
            en: `In ${label.en}, the contract ${verb.en} on ${formatLongDate(dated.stated.date, 'en')}, but in ${noticeLabel.en}, on ${formatLongDate(dated.notice.date, 'en')}: the tender documents and the contract to be signed describe the same contract (s. 5, para. 1 and 8).`,
          },
          related: [
            {
              range: placed(notice, dated.notice.range),
              message: { fr: `${at.fr} du contrat dans ${noticeLabel.fr}`, en: `${at.en} of the contract in ${noticeLabel.en}` },
            },
          ],
        });
        continue;
      }
      if (term.renewals?.count !== undefined && noticeRenewals !== undefined && term.renewals.count !== noticeRenewals) continue;
      // Likewise a file whose renewals last otherwise than the notice's.
      const length = renewalLengthOf(file.model)?.months;
      if (length !== undefined && noticeRenewalMonths !== undefined && length !== noticeRenewalMonths) continue;
      const total = totalOf(term, renewable);
      if (total && declared !== undefined && declaredRange && total.months !== declared) {
        context.report({
          messageId: 'totalDurationMismatch',
          range: placed(file, total.range),
          message: {
            fr: `Dans ${label.fr}, le contrat dure ${duration(total.months, 'fr')}, renouvellements compris, mais l'en-tête ${of(noticeLabel).fr} indique ${duration(declared, 'fr')} (contrat.duree-mois).`,
            en: `In ${label.en}, the contract lasts ${duration(total.months, 'en')}, renewals included, but the front-matter ${of(noticeLabel).en} says ${duration(declared, 'en')} (contrat.duree-mois).`,
          },
          related: [
            { range: declaredRange, message: { fr: 'Durée dans l’en-tête (contrat.duree-mois)', en: 'Duration in the front-matter (contrat.duree-mois)' } },
          ],
        });
      }
    }
  },
};
