import type { OffsetRange } from '../../document/frontMatter.js';
import type { Localized } from '../../types.js';
import type { Rule } from '../rule.js';
import { type DossierFile, dossierFiles, severalFiles, fileLabel, keyValue, noticeFile, of, placed } from './files.js';
import { duration, listedRenewalMonths, listedRenewals, renewalCount, renewalLengthOf, termOf, restating } from './term.js';

/**
 * The renewal options as the front-matter lists them (`options` of type `renouvellement`, each entry one
 * renewal unless its description counts more) and the
 * notice states them, against the contract's (or another file's) renewals: their number differs, or
 * one provides for renewals and the other for none, or each renewal lasts longer or shorter than the
 * notice's (or, the notice's text silent on it, the front-matter description's).
 */
export const dossierRenewalsMismatch: Rule = {
  id: 'dossier-renewals-mismatch',
  citation: '5.1.1°',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "Les renouvellements prévus au contrat sont les options de renouvellement de l'avis et de l'en-tête (options).",
    en: 'The renewals the contract provides for are the renewal options of the notice and of the front-matter (options).',
  },
  notApplicable: severalFiles,
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
    const listed = listedRenewals(notice);
    const optionsRange = keyValue(notice, ['options']) ?? placed(notice, notice.model.frontMatter?.keyRange(['options']) ?? { start: 0, end: 0 });
    const noticeRenewals = termOf(notice.model).renewals;
    const listedWhere = { fr: `l'en-tête ${of(noticeLabel).fr} (options)`, en: `the front-matter ${of(noticeLabel).en} (options)` };
    // The length of each renewal: the notice's text, else the front-matter's descriptions.
    const noticeLengthStated = renewalLengthOf(notice.model);
    const listedMonths = listedRenewalMonths(notice);
    const noticeLength: { months: number; range: OffsetRange; where: Localized } | undefined = noticeLengthStated
      ? { months: noticeLengthStated.months, range: placed(notice, noticeLengthStated.range), where: noticeLabel }
      : listedMonths !== undefined
        ? { months: listedMonths, range: optionsRange, where: listedWhere }
        : undefined;
    const reportLength = (file: DossierFile) => {
      const renewals = renewalLengthOf(file.model);
      if (!noticeLength || !renewals || renewals.months === noticeLength.months) return;
      const label = fileLabel(file);
      context.report({
        messageId: 'renewalLengthMismatch',
        range: placed(file, renewals.range),
        message: {
          fr: `Dans ${label.fr}, chaque période de renouvellement du contrat dure ${duration(renewals.months, 'fr')}, mais dans ${noticeLength.where.fr}, ${duration(noticeLength.months, 'fr')} : les options décrites (art. 4, al. 2, par. 2.1°; art. 5, par. 1.1°) doivent être celles du contrat à signer.`,
          en: `In ${label.en}, each renewal period of the contract lasts ${duration(renewals.months, 'en')}, but in ${noticeLength.where.en}, ${duration(noticeLength.months, 'en')}: the options described (s. 4, para. 2, subpara. 2.1; s. 5, para. 1.1) must be those of the contract to be signed.`,
        },
        related: [{ range: noticeLength.range, message: { fr: `Renouvellement dans ${noticeLength.where.fr}`, en: `Renewal in ${noticeLength.where.en}` } }],
      });
    };
    for (const file of restating(files, notice)) {
      const renewals = termOf(file.model).renewals;
      if (!renewals) continue;
      const label = fileLabel(file);
      const against: { count: number; range: OffsetRange; where: Localized } | undefined =
        listed !== undefined && notice.model.frontMatter?.valueRange(['options'])
          ? { count: listed, range: optionsRange, where: listedWhere }
          : noticeRenewals?.count !== undefined
            ? { count: noticeRenewals.count, range: placed(notice, noticeRenewals.range), where: noticeLabel }
            : undefined;
      // Renewals named without their number (« les années de renouvellement ») disagree only with none.
      if (!against || against.count === renewals.count || (renewals.count === undefined && against.count > 0)) {
        reportLength(file);
        continue;
      }
      context.report({
        messageId: 'renewalsMismatch',
        range: placed(file, renewals.range),
        message: {
          fr: `Dans ${label.fr}, le contrat prévoit ${renewalCount(renewals.count, 'fr')}, mais ${against.where.fr} ${against.count === 0 ? "n'en prévoit aucun" : `en prévoit ${against.count}`}.`,
          en: `In ${label.en}, the contract provides for ${renewalCount(renewals.count, 'en')}, but ${against.where.en} provides for ${against.count === 0 ? 'none' : against.count}.`,
        },
        related: [{ range: against.range, message: { fr: `Options dans ${against.where.fr}`, en: `Options in ${against.where.en}` } }],
      });
    }
  },
};
