import type { Locale } from '../../types.js';
import type { Rule } from '../rule.js';
import { dossierFiles, severalFiles, fileLabel, keyValue, noticeFile, of } from './files.js';

const dollars = (amount: number, locale: Locale) => `${amount.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA')} $`;

/**
 * The estimated expenditure (`montant-estime`) as each file's front-matter gives it: two amounts are
 * two calls for the rules that depend on it (the public tender threshold of art. 3, the attestations
 * of art. 48 and 50.1). The message says which thresholds lie between them.
 */
export const dossierEstimatedAmountMismatch: Rule = {
  id: 'dossier-estimated-amount-mismatch',
  citation: '3.al2',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "Le montant estimé (montant-estime) est le même dans l'en-tête de chaque document du dossier.",
    en: 'The estimated amount (montant-estime) is the same in the front-matter of every document of the dossier.',
  },
  notApplicable: severalFiles,
  evidence(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files) ?? files.find((file) => file.data.montantEstime !== undefined);
    const amount = notice && files.length > 1 ? keyValue(notice, ['montant-estime']) : undefined;
    return amount ? [{ range: amount, frontMatterKey: 'montant-estime' }] : [];
  },
  check(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files) ?? files.find((file) => file.data.montantEstime !== undefined);
    const expected = notice?.data.montantEstime;
    const expectedRange = notice && keyValue(notice, ['montant-estime']);
    if (!notice || expected === undefined || !expectedRange) return;
    const threshold = context.data.seuilAppelOffres ?? context.settings.publicTenderThreshold;
    const thresholds = [
      { amount: threshold, what: { fr: "le seuil d'appel d'offres public (art. 3)", en: 'the public tender threshold (s. 3)' } },
      { amount: 25_000, what: { fr: "l'attestation de Revenu Québec (art. 50.1)", en: 'the Revenu Québec attestation (s. 50.1)' } },
      { amount: 100_000, what: { fr: "l'attestation d'accès à l'égalité (art. 48)", en: 'the equal access attestation (s. 48)' } },
    ];
    for (const file of files) {
      const amount = file.data.montantEstime;
      const range = keyValue(file, ['montant-estime']);
      if (file === notice || amount === undefined || !range || amount === expected) continue;
      const crossed = thresholds.filter((each) => Math.min(amount, expected) < each.amount && each.amount <= Math.max(amount, expected));
      const [label, reference] = [fileLabel(file), fileLabel(notice)];
      const consequence = (locale: Locale) =>
        crossed.length === 0
          ? ''
          : locale === 'fr'
            ? ` ; l'un est sous ${crossed.map((each) => `${dollars(each.amount, 'fr')}, ${each.what.fr}`).join(' et ')}, l'autre non`
            : `; one is below ${crossed.map((each) => `${dollars(each.amount, 'en')}, ${each.what.en}`).join(' and ')}, the other is not`;
      context.report({
        messageId: 'amountMismatch',
        range,
        message: {
          fr: `Le montant estimé ${of(label).fr} (${dollars(amount, 'fr')}) n'est pas celui ${of(reference).fr} (${dollars(expected, 'fr')})${consequence('fr')}.`,
          en: `The estimated amount ${of(label).en} (${dollars(amount, 'en')}) is not that ${of(reference).en} (${dollars(expected, 'en')})${consequence('en')}.`,
        },
        related: [{ range: expectedRange, message: { fr: `Montant estimé dans ${reference.fr}`, en: `Estimated amount in ${reference.en}` } }],
      });
    }
  },
};
