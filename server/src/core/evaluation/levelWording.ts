import { normalizeForMatching } from '../text/normalize.js';

/**
 * What the text given as a criterion's acceptable level says (annexes 1–2, art. 2: « les éléments de qualité requis pour
 * l'atteinte d'un niveau de performance acceptable, lequel correspond à ses attentes minimales »), read by its words once
 * folded:
 * - `none`: no level, a mark for an empty cell (« — », « N/A », « s. o. »);
 * - `leftOpen`: no element, the level left to the committee's judgement (« Selon l'appréciation du comité », "As assessed
 *   by the selection committee") or to be set later (« À déterminer », "TBD");
 * - `vague`: a bare assessment with no element (« Satisfaisante », "Adequate experience", « Conforme aux attentes »);
 * undefined for a text that states something of its own (« Deux mandats comparables »).
 * The criterion's own name is no element (« Méthodologie » : « Méthodologie satisfaisante »).
 */
export type LevelWording = 'none' | 'leftOpen' | 'vague';

export function levelWording(text: string, criterionName: string): LevelWording | undefined {
  const folded = normalizeForMatching(text).replace(TO_BE_SET, ' tbd ');
  if (EMPTY_MARK.test(folded.replace(/[*_]/g, '').trim())) return 'none';
  const named = new Set(words(normalizeForMatching(criterionName)));
  const own = words(folded).filter((word) => !FILLER.has(word) && !named.has(word));
  if (own.length === 0 || !own.every((word) => JUDGEMENT.has(word) || JUDGE.has(word) || LATER.has(word) || VAGUE.has(word))) return undefined;
  if (own.some((word) => LATER.has(word)) || (own.some((word) => JUDGEMENT.has(word)) && own.some((word) => JUDGE.has(word)))) return 'leftOpen';
  return own.some((word) => VAGUE.has(word)) ? 'vague' : undefined;
}

function words(folded: string): string[] {
  return folded.split(/[^a-z\d]+/).filter((word) => word.length > 0);
}

/** A cell that holds only a dash, « N/A », « s. o. », « sans objet », "not applicable", "none". */
const EMPTY_MARK = /^(?:[-–—.?]+|(?:n\/?a|s\.? ?o|sans objet|aucun|not applicable|none)\.?)$/;
/** "to be determined", « à être déterminé »: read as the mark "TBD". */
const TO_BE_SET = /\b(?:to be|a etre) (?:determined|defined|confirmed|specified|set|determinee?s?|definie?s?|precisee?s?)\b/g;

/** The committee's own judgement: the act (« appréciation », "assessed", « jugé »), which leaves the level to it. */
const JUDGEMENT = new Set([
  ...['appreciation', 'apprecie', 'appreciee', 'discretion', 'discretionnaire', 'jugement', 'juge', 'jugee', 'evalue', 'evaluee'],
  ...['determine', 'determinee', 'decide', 'decidee', 'satisfaction', 'avis', 'gre'],
  ...['assessed', 'assessment', 'judged', 'judgment', 'judgement', 'evaluated', 'determined', 'decided', 'opinion', 'discretionary'],
]);
/** Who judges: the selection committee, its members, the evaluators. */
const JUDGE = new Set(['comite', 'committee', 'evaluateurs', 'evaluateur', 'evaluators', 'evaluator', 'membres', 'members', 'panel', 'jury']);
/** The level to be set later: « à déterminer », « à préciser », "TBD". */
const LATER = new Set(['tbd', 'tbc', 'determiner', 'definir', 'preciser', 'confirmer', 'venir']);
/** A bare assessment, the same for any criterion. */
const VAGUE = new Set([
  ...['satisfaisant', 'satisfaisante', 'satisfaisants', 'satisfaisantes', 'adequat', 'adequate', 'adequats', 'adequates', 'suffisant', 'suffisante'],
  ...['suffisants', 'suffisantes', 'approprie', 'appropriee', 'appropries', 'appropriees', 'pertinent', 'pertinente', 'pertinents', 'pertinentes'],
  ...['bon', 'bonne', 'bons', 'bonnes', 'conforme', 'conformes', 'attentes', 'exigences', 'repond', 'repondant', 'acceptable', 'acceptables'],
  ...['satisfactory', 'adequate', 'sufficient', 'appropriate', 'relevant', 'good', 'meets', 'meeting', 'expectations', 'requirements', 'compliant'],
]);
/** Words that carry no element of their own: articles, prepositions, the level's own label, « laissé à », "sole". */
const FILLER = new Set([
  ...['a', 'au', 'aux', 'de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'selon', 'par', 'sur', 'et', 'ou', 'son', 'sa', 'ses', 'leur', 'seul', 'seule'],
  ...['entiere', 'entier', 'pleine', 'laisse', 'laissee', 'est', 'sera', 'etre', 'yeux', 'en', 'fonction', 'selection', 'evaluation'],
  ...['niveau', 'performance', 'rendement', 'requis', 'minimal', 'minimale', 'qualite', 'element', 'elements', 'critere'],
  ...['the', 'an', 'as', 'by', 'of', 'to', 'at', 'in', 'its', 'their', 'and', 'or', 'sole', 'absolute', 'entire', 'left', 'is', 'be', 'will'],
  ...['s', 'per', 'level', 'minimum', 'required', 'quality', 'criterion', 'on', 'for', 'with'],
]);
