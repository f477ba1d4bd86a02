import { evaluationGrid, gridsAgree } from '../../evaluation/grid.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, describeCriterion } from './common.js';

/** SPEC §3–4: a grid written both in the front-matter and as a body table must say the same thing. */
export const evaluationGridConsistency: Rule = {
  id: 'evaluation-grid-consistency',
  citation: '5.6°',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Les critères et les poids de l'en-tête (evaluation.criteres) et ceux de la grille du texte concordent.",
    en: 'The criteria and weights of the front-matter (evaluation.criteres) and of the grid in the text agree.',
  },
  notApplicable: (context) =>
    evaluationGrid(context.model).frontMatter
      ? undefined
      : {
          fr: "L'en-tête ne donne pas de grille (clé evaluation.criteres) : rien à comparer avec celle du texte.",
          en: 'The front-matter gives no grid (key evaluation.criteres): nothing to compare with the one in the text.',
        },
  check(context) {
    const grid = evaluationGrid(context.model);
    const frontMatter = grid.frontMatter!;
    for (const table of grid.body) {
      const result = gridsAgree(frontMatter, table);
      if (result.agree) continue;
      const inHeader = frontMatter.criteria[result.index];
      const inTable = table.criteria[result.index];
      const n = result.index + 1;
      context.report({
        messageId: 'gridsDiffer',
        range: inHeader?.range ?? frontMatter.range,
        message: {
          fr: `La grille d'évaluation de l'en-tête et celle du texte diffèrent au critère ${n} : ${describeCriterion(inHeader, 'fr')} dans l'en-tête, ${describeCriterion(inTable, 'fr')} dans le tableau.`,
          en: `The evaluation grid in the front-matter and the one in the text differ at criterion ${n}: ${describeCriterion(inHeader, 'en')} in the front-matter, ${describeCriterion(inTable, 'en')} in the table.`,
        },
        related: [
          {
            range: inTable?.range ?? table.range,
            message: { fr: 'Grille d’évaluation du texte', en: 'Evaluation grid in the text' },
          },
        ],
      });
    }
  },
};
