import { natureIs, qualityEvaluated, type Inapplicable } from '../applicability.js';
import { evaluationGrid } from '../../evaluation/grid.js';
import type { Localized } from '../../types.js';
import type { Rule, RuleContext } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, isQualityMode, modeRange, stated } from '../evaluation/common.js';

/** What section IV of chapter II brings to a technical-services call that evaluates quality (art. 33). */
function sectionIvMechanics(context: RuleContext): { name: Localized; present: boolean }[] {
  const priceRequested = awardMode(context) !== 'qualite-seulement';
  const mechanics = [
    { name: { fr: "une grille d'évaluation (annexe 1 ou 2)", en: 'an evaluation grid (Annex 1 or 2)' }, present: evaluationGrid(context.model).primary !== undefined },
    {
      name: { fr: 'un comité de sélection (art. 26)', en: 'a selection committee (s. 26)' },
      present: context.data.evaluation.comite !== undefined || stated(context, 'selectionCommittee'),
    },
  ];
  if (priceRequested) {
    mechanics.push({
      name: { fr: 'la présentation séparée du prix et de la qualité (art. 16)', en: 'price and quality presented separately (s. 16)' },
      present: stated(context, 'separatePriceAndQuality'),
    });
  }
  return mechanics;
}

const technicalWithQuality = (context: RuleContext): Inapplicable => natureIs(context, 'services-techniques') ?? qualityEvaluated(context);

/** Art. 10: a technical-services call solicits only a price, unless it takes the art. 33 route. */
export const technicalPriceOnly: Rule = {
  id: 'technical-services-price-only',
  citation: '10',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Pour un contrat de services de nature technique, l'organisme sollicite uniquement un prix (sauf évaluation de la qualité selon l'art. 33).",
    en: 'For a technical-services contract, the body solicits only a price (unless quality is evaluated under s. 33).',
  },
  notApplicable: (context) => natureIs(context, 'services-techniques'),
  check(context) {
    // Only a price solicited: what art. 10 asks.
    if (!isQualityMode(awardMode(context))) return;
    if (sectionIvMechanics(context).some((mechanic) => mechanic.present)) return;
    context.report({
      range: modeRange(context),
      message: {
        fr: "Contrat de services de nature technique adjugé sur la qualité sans les modalités de la section IV (grille, comité de sélection) : sollicitez uniquement un prix (art. 10) ou appliquez l'art. 33.",
        en: 'Technical-services contract awarded on quality without the division IV mechanics (grid, selection committee): solicit only a price (s. 10) or apply s. 33.',
      },
    });
  },
};

/** Art. 33: a technical-services call that evaluates quality applies section IV of chapter II. */
export const technicalQualitySectionIv: Rule = {
  id: 'technical-services-quality-section-iv',
  citation: '33',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Un contrat de services de nature technique adjugé sur la qualité applique la section IV du chapitre II (grille, comité, prix et qualité séparés).",
    en: 'A technical-services contract awarded on quality applies division IV of chapter II (grid, committee, price and quality presented separately).',
  },
  notApplicable: technicalWithQuality,
  check(context) {
    const mechanics = sectionIvMechanics(context);
    const missing = mechanics.filter((mechanic) => !mechanic.present);
    if (missing.length === 0 || missing.length === mechanics.length) return; // All missing: art. 10 reports it.
    const list = (locale: 'fr' | 'en') => missing.map((mechanic) => mechanic.name[locale]).join(', ');
    context.report({
      range: modeRange(context),
      message: {
        fr: `Services de nature technique évalués sur la qualité (art. 33) : il manque ${list('fr')}.`,
        en: `Technical services evaluated on quality (s. 33): missing ${list('en')}.`,
      },
    });
  },
};
