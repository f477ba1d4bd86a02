import { evaluationGrid } from '../../evaluation/grid.js';
import { findItem, itemStated, itemStatedWhere, unitStates } from '../../legal/find.js';
import { frontMatterEvidence, passages } from '../evidence.js';
import type { Rule } from '../rule.js';
import { awardAmong } from '../applicability.js';
import type { AwardMode } from '../evaluation/common.js';
import { documentsAnchor, newSectionFix, sectionOf } from './placement.js';
import { TENDER_DOCUMENT_TYPES } from './requiredItem.js';
import { withFollowing } from './scope.js';

/** Modes of award that evaluate quality, and those that weight the criteria (annex 2). */
const QUALITY: readonly AwardMode[] = ['qualite-minimale', 'qualite-prix', 'qualite-seulement'];
const WEIGHTED = new Set(['qualite-prix', 'qualite-seulement']);

/** Art. 5 par. 6°: when quality is evaluated, the evaluation rules, the criteria and (annex 2) their weights. */
export const documentsEvaluationRules: Rule = {
  id: 'documents-evaluation-rules',
  citation: '5.6°',
  severity: 'error',
  appliesTo: TENDER_DOCUMENT_TYPES,
  scope: 'dossier',
  description: {
    fr: "Lorsque la qualité est évaluée, les documents énoncent les règles d'évaluation, les critères retenus et, pour l'annexe 2, leur poids respectif.",
    en: 'When quality is evaluated, the documents set out the evaluation rules, the criteria and, for Annex 2, their respective weights.',
  },
  notApplicable: (context) =>
    awardAmong(context, context.data.adjudication, QUALITY, {
      fr: "la qualité n'est pas évaluée, il n'y a ni règles d'évaluation ni critères à énoncer.",
      en: 'quality is not evaluated, there are no evaluation rules or criteria to set out.',
    }),
  check(context) {
    const mode = context.data.adjudication!;
    const declared = context.data.evaluation.criteres ?? [];
    // A grid read from the body states the criteria, by its columns where no title names it (« ## Section C »).
    const grids = evaluationGrid(context.model).body;
    if (declared.length === 0 && !itemStated(context.model, 'evaluation') && grids.length === 0) {
      context.report({
        messageId: 'rulesMissing',
        message: {
          fr: "La qualité est évaluée (adjudication), mais les documents n'énoncent ni les règles d'évaluation ni les critères retenus.",
          en: 'Quality is evaluated (adjudication), but the documents set out neither the evaluation rules nor the criteria.',
        },
        range: documentsAnchor(context),
        fix: newSectionFix(context, 'evaluation', 'evaluation'),
      });
      return;
    }
    if (!WEIGHTED.has(mode) || (declared.length > 0 && declared.every((criterion) => criterion.poids !== undefined))) return;
    // A passage about the evaluation, or an entry that follows it, states the weights: its blocks are asked until one does.
    if (itemStatedWhere(context.model, 'evaluation', (unit) => withFollowing(context, unit).some((part) => unitStates(part, 'weights')))) return;
    // So does a grid whose every criterion has its weight.
    if (grids.some((grid) => grid.criteria.every((criterion) => criterion.weight !== undefined))) return;
    const section = sectionOf(context.model, 'evaluation');
    const [first] = section ? [] : findItem(context.model, 'evaluation');
    context.report({
      messageId: 'weightsMissing',
      message: {
        fr: "L'évaluation suit l'annexe 2, mais les documents n'indiquent pas le poids respectif des critères.",
        en: 'The evaluation follows Annex 2, but the documents do not state the respective weight of the criteria.',
      },
      range: section
        ? { start: section.heading.start, end: section.heading.end }
        : { start: first?.start ?? context.anchor.start, end: first?.end ?? context.anchor.end },
    });
  },
  evidence(context) {
    const declared = context.data.evaluation.criteres ? frontMatterEvidence(context, ['evaluation', 'criteres']) : [];
    return [...declared, ...passages(findItem(context.model, 'evaluation'), 'evaluation')];
  },
};
