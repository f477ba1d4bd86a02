import { stemOf } from '../legal/lexicon/lemma.js';
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
 * The criterion's own name is no element (« Méthodologie » : « Méthodologie satisfaisante »). The assessment's and the
 * judge's words are compared by their stems (legal/lexicon/lemma.ts), so that an inflection not listed here is read too
 * (« jugés », « évaluatrices », « l'exigence »).
 */
export type LevelWording = 'none' | 'leftOpen' | 'vague';

export function levelWording(text: string, criterionName: string): LevelWording | undefined {
  const folded = normalizeForMatching(text).replace(TO_BE_SET, ' tbd ');
  if (EMPTY_MARK.test(folded.replace(/[*_]/g, '').trim())) return 'none';
  const named = new Set(words(normalizeForMatching(criterionName)));
  const own = words(folded).filter((word) => !FILLER.has(word) && !named.has(word));
  const stems = own.map((word) => (LATER.has(word) ? word : stemOf(word)));
  if (stems.length === 0 || !stems.every((stem) => LATER.has(stem) || JUDGEMENT.has(stem) || JUDGE.has(stem) || VAGUE.has(stem))) return undefined;
  // The act and who judges are two words (« évalué » and « évaluateurs » share a stem).
  const judged = stems.some((stem, at) => JUDGEMENT.has(stem) && stems.some((other, by) => by !== at && JUDGE.has(other)));
  if (stems.some((stem) => LATER.has(stem)) || judged) return 'leftOpen';
  return stems.some((stem) => VAGUE.has(stem)) ? 'vague' : undefined;
}

/** The stems of words listed in their usual forms (the stemmer does not always give two genders one stem). */
const stemsOf = (listed: readonly string[]): ReadonlySet<string> => new Set(listed.map(stemOf));

function words(folded: string): string[] {
  return folded.split(/[^a-z\d]+/).filter((word) => word.length > 0);
}

/** A cell that holds only a dash, « N/A », « s. o. », « sans objet », "not applicable", "none". */
const EMPTY_MARK = /^(?:[-–—.?]+|(?:n\/?a|s\.? ?o|sans objet|aucun|not applicable|none)\.?)$/;
/** "to be determined", « à être déterminé »: read as the mark "TBD". */
const TO_BE_SET = /\b(?:to be|a etre) (?:determined|defined|confirmed|specified|set|determinee?s?|definie?s?|precisee?s?)\b/g;

/** The committee's own judgement: the act (« appréciation », "assessed", « jugé »), which leaves the level to it. */
const JUDGEMENT = stemsOf([
  ...['appreciation', 'apprecie', 'appreciee', 'discretion', 'discretionnaire', 'jugement', 'juge', 'evalue', 'determine', 'decide'],
  ...['satisfaction', 'avis', 'gre', 'assessed', 'assessment', 'judged', 'judgment', 'evaluated', 'opinion', 'discretionary'],
]);
/** Who judges: the selection committee, its members, the evaluators. */
const JUDGE = stemsOf(['comite', 'committee', 'evaluateur', 'evaluator', 'evaluators', 'membre', 'member', 'panel', 'jury']);
/** The level to be set later: « à déterminer », « à préciser », "TBD" (infinitives, compared as written). */
const LATER = new Set(['tbd', 'tbc', 'determiner', 'definir', 'preciser', 'confirmer', 'venir']);
/** A bare assessment, the same for any criterion. */
const VAGUE = stemsOf([
  ...['satisfaisant', 'adequat', 'suffisant', 'approprie', 'appropriee', 'pertinent', 'pertinente', 'bon', 'conforme', 'attente', 'exigence'],
  ...['repondre', 'repondant', 'acceptable', 'satisfactory', 'sufficient', 'appropriate', 'relevant', 'good', 'meet', 'expectation'],
  ...['requirement', 'compliant'],
]);
/** Words that carry no element of their own: articles, prepositions, the level's own label, « laissé à », "sole". */
const FILLER = new Set([
  ...['a', 'au', 'aux', 'de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'selon', 'par', 'sur', 'et', 'ou', 'son', 'sa', 'ses', 'leur', 'seul', 'seule'],
  ...['entiere', 'entier', 'pleine', 'laisse', 'laissee', 'est', 'sera', 'etre', 'yeux', 'en', 'fonction', 'selection', 'evaluation'],
  ...['niveau', 'performance', 'rendement', 'requis', 'minimal', 'minimale', 'qualite', 'element', 'elements', 'critere'],
  ...['the', 'an', 'as', 'by', 'of', 'to', 'at', 'in', 'its', 'their', 'and', 'or', 'sole', 'absolute', 'entire', 'left', 'is', 'be', 'will'],
  ...['s', 'per', 'level', 'minimum', 'required', 'quality', 'criterion', 'on', 'for', 'with'],
]);
