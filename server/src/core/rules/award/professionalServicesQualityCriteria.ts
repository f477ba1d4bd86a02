import { natureIs, qualityEvaluated } from '../applicability.js';
import { evaluationGrid } from '../../evaluation/grid.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, modeRange } from '../evaluation/common.js';

/** Art. 16 al. 1: professional services are awarded on quality against predetermined criteria. */
export const professionalServicesQualityCriteria: Rule = {
  id: 'professional-services-quality-criteria',
  citation: '16.al1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Pour un contrat de services professionnels, la qualité est évaluée en fonction de critères d'évaluation prédéterminés.",
    en: 'For a professional-services contract, quality is evaluated against predetermined evaluation criteria.',
  },
  notApplicable: (context) => natureIs(context, 'services-professionnels') ?? qualityEvaluated(context),
  check(context) {
    if (evaluationGrid(context.model).primary) return;
    context.report({
      messageId: 'criteriaMissing',
      range: modeRange(context),
      message: {
        fr: "Services professionnels évalués sur la qualité, mais aucun critère d'évaluation prédéterminé n'est trouvé (clé evaluation.criteres ou tableau sous un titre « Grille d'évaluation »).",
        en: 'Professional services evaluated on quality, but no predetermined evaluation criteria are found (key evaluation.criteres or a table under an "evaluation grid" heading).',
      },
    });
  },
};
