import { evaluationGrid, gridsAgree, type CriteriaGrid, type GridCriterion } from '../../evaluation/grid.js';
import type { Locale } from '../../types.js';
import { formatNumber } from '../evaluation/common.js';
import type { Rule } from '../rule.js';
import { dossierFiles, severalFiles, fileLabel, keyValue, noticeFile, of, placed, type DossierFile } from './files.js';

const dollars = (amount: number, locale: Locale) => `${amount.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA')} $`;

/**
 * The estimated expenditure (`montant-estime`) as each file's front-matter gives it: two amounts are
 * two calls for the rules that depend on it (the public tender threshold of art. 3, the attestations
 * of art. 48 and 50.1). The message says which thresholds lie between them.
 */
export const amountMismatch: Rule = {
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

const describe = (criterion: GridCriterion | undefined, locale: Locale): string =>
  criterion
    ? `« ${criterion.name} »${criterion.weight !== undefined ? ` (${formatNumber(criterion.weight, locale)})` : ''}`
    : locale === 'fr'
      ? '(aucun)'
      : '(none)';

/** The first grid written in a file's text. */
const gridOf = (file: DossierFile): CriteriaGrid | undefined => evaluationGrid(file.model).body[0];

/**
 * The evaluation grid as the grid annex gives it (`partie: grille`, else the first file with a grid)
 * and as another file restates it (the instructions' table of criteria): the same criteria, in the
 * same order, with the same weights. A disagreement is an error at the restatement's criterion.
 */
export const gridMismatch: Rule = {
  id: 'dossier-grid-mismatch',
  citation: '5.6°',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "La grille d'évaluation des instructions et celle de l'annexe (partie: grille) ont les mêmes critères et les mêmes poids.",
    en: 'The evaluation grid of the instructions and that of the annex (partie: grille) have the same criteria and weights.',
  },
  // The grid the others are checked against, when another file restates it.
  notApplicable: severalFiles,
  evidence(context) {
    const files = dossierFiles(context).filter((file) => gridOf(file) !== undefined);
    const annex = files.find((file) => file.member.part === 'grille') ?? files[0];
    return annex && files.length > 1 ? [{ range: placed(annex, gridOf(annex)!.range) }] : [];
  },
  check(context) {
    const files = dossierFiles(context).filter((file) => gridOf(file) !== undefined);
    const annex = files.find((file) => file.member.part === 'grille') ?? files[0];
    if (!annex || files.length < 2) return;
    const reference = gridOf(annex)!;
    for (const file of files) {
      if (file === annex) continue;
      const grid = gridOf(file)!;
      const result = gridsAgree(reference, grid);
      if (result.agree) continue;
      const [here, there] = [grid.criteria[result.index], reference.criteria[result.index]];
      const [label, annexLabel] = [fileLabel(file), fileLabel(annex)];
      const n = result.index + 1;
      context.report({
        range: placed(file, here?.range ?? grid.range),
        message: {
          fr: `La grille d'évaluation ${of(label).fr} et celle ${of(annexLabel).fr} diffèrent au critère ${n} : ${describe(here, 'fr')} d'un côté, ${describe(there, 'fr')} de l'autre.`,
          en: `The evaluation grid ${of(label).en} and that ${of(annexLabel).en} differ at criterion ${n}: ${describe(here, 'en')} on one side, ${describe(there, 'en')} on the other.`,
        },
        related: [{ range: placed(annex, there?.range ?? reference.range), message: { fr: `Grille ${of(annexLabel).fr}`, en: `Grid ${of(annexLabel).en}` } }],
      });
    }
  },
};
