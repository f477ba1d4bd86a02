import { evaluationGrid, gridsAgree, type CriteriaGrid } from '../../evaluation/grid.js';
import { describeCriterion } from '../evaluation/common.js';
import type { Rule } from '../rule.js';
import { dossierFiles, severalFiles, fileLabel, of, placed, type DossierFile } from './files.js';

/** The first grid written in a file's text. */
const gridOf = (file: DossierFile): CriteriaGrid | undefined => evaluationGrid(file.model).body[0];

/**
 * The evaluation grid as the grid annex gives it (`partie: grille`, else the first file with a grid)
 * and as another file restates it (the instructions' table of criteria): the same criteria, in the
 * same order, with the same weights. A disagreement is an error at the restatement's criterion.
 */
export const dossierGridMismatch: Rule = {
  id: 'dossier-grid-mismatch',
  citation: '5.6°',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "La grille d'évaluation des instructions et celle de l'annexe (partie: grille) ont les mêmes critères et les mêmes poids.",
    en: 'The evaluation grid of the instructions and that of the annex (partie: grille) have the same criteria and weights.',
  },
  notApplicable: severalFiles,
  // The grid the others are checked against, when another file restates it.
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
        messageId: 'gridMismatch',
        range: placed(file, here?.range ?? grid.range),
        message: {
          fr: `La grille d'évaluation ${of(label).fr} et celle ${of(annexLabel).fr} diffèrent au critère ${n} : ${describeCriterion(here, 'fr')} d'un côté, ${describeCriterion(there, 'fr')} de l'autre.`,
          en: `The evaluation grid ${of(label).en} and that ${of(annexLabel).en} differ at criterion ${n}: ${describeCriterion(here, 'en')} on one side, ${describeCriterion(there, 'en')} on the other.`,
        },
        related: [{ range: placed(annex, there?.range ?? reference.range), message: { fr: `Grille ${of(annexLabel).fr}`, en: `Grid ${of(annexLabel).en}` } }],
      });
    }
  },
};
