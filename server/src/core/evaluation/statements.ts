import type { OffsetRange } from '../document/frontMatter.js';
import { blocksReading } from '../document/incremental.js';
import type { DocumentModel } from '../document/model.js';
import type { ParsedBlock, TextUnit } from '../document/markdown.js';
import { blockReading } from '../document/readings.js';
import { readFormula } from './formula.js';
import { inFigures } from '../text/numberWords.js';
import { normalizeForMatching } from '../text/normalize.js';

/**
 * Numbers the body states about the evaluation (annexe 2): the K parameter, the scoring scale, the
 * acceptable level, the final-score threshold, a per-criterion minimum, and the adjusted-price
 * formula. Read once per cached block; patterns run on folded text with bounded gaps only.
 */
export type StatementKind = 'k' | 'scale' | 'acceptableLevel' | 'finalThreshold' | 'criterionMinimum' | 'formula' | 'otherFormula';

export interface Statement {
  kind: StatementKind;
  /** The number stated; undefined for a placeholder (`[à compléter : …]`) or a formula. */
  value?: number;
  /**
   * What an acceptable level counts on when the passage says it, other than 100: the criterion's own points (« 14 points
   * sur 20 », "14 out of 20 points"), which annexe 2's 0–100 scale counts as a share of them.
   */
  outOf?: number;
  range: OffsetRange;
}

const PLACEHOLDER = String.raw`\[(?:a completer|to complete) ?:[^\]]{0,60}\]`;
/**
 * « être » in the tenses drafters state a value in, and the participle that may follow (« est de », « sera
 * fixé à », « étant établi à », "is set at", "will be", "shall be"): the tense does not change the value.
 */
const BE = String.raw`(?:est|sera|serait|etant|is|will be|shall be)`;
const SET_AT = String.raw`(?:de|fixee? a|egale? a|etablie? a|(?:set|fixed) (?:at|to)|equal to)`;
const COPULA = String.raw`${BE}(?: ${SET_AT})?`;
/** The same after a bare « K », which names other things too (« l'annexe K est 3 pages »): French needs the participle. */
const COPULA_AFTER_K = String.raw`${BE} ${SET_AT}|is|will be|shall be`;
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
/**
 * A percentage written in words before its figures, as drafters write an amount twice (« vingt pour cent (20 %) »,
 * "twenty percent (20%)"): the figures between the brackets are the value.
 */
const IN_WORDS = String.raw`(?:[a-z]+(?:[ -][a-z]+){0,3} (?:pour ?cent|per ?cent) ?\( ?)?`;
/**
 * What a drafter says K is, set between K and its value (« où K, qui représente le pourcentage que l'organisme serait
 * prêt à payer en plus, sera de 20 % », « K — la prime consentie pour la qualité — est fixé à 20 % », « K (pourcentage
 * de majoration) est de 20 % », "K, which represents the premium…, is 20%"): between commas, dashes (folded to « - »)
 * or brackets, as long as a relative clause, within one sentence.
 */
const INCISE = String.raw`(?:\([^)]{1,200}\) ?|, [^,.;:=()]{1,200}, | - [^.;:=()]{1,200}? - )`;
/** The whole a number counts on (« sur 20 », "out of 20", « /20 »): its group the number after the value's. */
const OUT_OF = String.raw`(?:sur|out of|/) ?${NUMBER}`;
/**
 * A share of the criterion's points (« 70 % des points du critère », "70% of the points"), or a percentage in brackets
 * after the level's name (« niveau de performance acceptable (70 %) »); not a share of something else (« 80 % des livrables »).
 */
const SHARE = String.raw`(?:%|pour ?cent|per ?cent) ?(?:des points|du pointage|de la note|of (?:the |its )?(?:criterion's )?(?:points|score)|\))`;
/** The verbs other than « être », « valoir », « correspondre » that give a value (« représente », « s'établit à »), alternatives of a group. */
const VALUED = String.raw`equivaut a|represente|representant|s'eleve a|s'etablit a|amounts to|represents`;

/**
 * The final score's names (annexe 2, art. 6 and 7): « note finale » (« pour la qualité »), « pointage final », "final
 * (quality) score", "total quality score", and the « note finale » a francophone drafter writes in English, "final note".
 */
const FINAL_SCORE = String.raw`(?:note finale|pointage final|final (?:quality )?(?:score|note|mark)|(?:total|overall) quality score)`;
/** Words within a sentence between a name and its number, naming no criterion: a criterion's minimum (art. 5) is no final score's. */
const GAP = String.raw`(?:(?!criter)[^.;]){1,30}?`;
const LONG_GAP = String.raw`(?:(?!criter)[^.;]){1,40}?`;
/** A number a criterion's minimum applies to, named right after it (« 60 points pour le critère 2 », "60 points on criterion 2"). */
const NOT_OF_A_CRITERION = String.raw`(?![^.;]{0,25}\bcriter)`;
/**
 * The comparison before the threshold (alternatives of a group): the minimum (« d'au moins », « égale ou supérieure à », « atteint ou dépasse »,
 * "at least", "equals or exceeds", "≥"), or the bound from below (« inférieure à », "below").
 */
const AT_LEAST = String.raw`\b(?:d'au moins|au moins(?: egale? a)?|(?:(?:d'un|un|a) )?minimum (?:de |of )?|minimale? de|minimalement|egale?s? ou superieure?s? a|superieure?s? ou egale?s? a|(?:atteint|atteignent|atteigne|atteindre|egale|egalent|reach(?:es)?|equals?|meets?) (?:ou|or) (?:depasse|depassent|surpasse|exceeds?)|at least|(?:not|no) less than|equal to or (?:greater|higher|more) than|(?:greater|higher) than or equal to|inferieure?s? a|moins de|below|less than|lower than|under)\b|>=|≥`;
/** The comparison after it: « ou plus », « et plus », "or more", "or higher". */
const OR_MORE = String.raw`(?:ou|et|or|and) (?:plus|davantage|mieux|more|higher|above|over|better|greater)`;
/**
 * Reaching a score: with no comparison, a threshold only in a sentence on acceptability (ACCEPTABILITY), not in an
 * example's, which reaches a score to price it (« une soumission acceptable dont la note finale atteint 85 points a un
 * prix ajusté de… »).
 */
const REACH = String.raw`(?:atteint|atteignent|atteigne|atteignant|atteindre|atteindra|reach(?:es)?|achieves?|attains?)`;
const ACCEPTABILITY = /\b(?:acceptab|rejet|reject|retenue?s?\b|qualifi|admissib)/;
const EXAMPLE = /\b(?:exemple|example|instance|prix|price)\b|\$/;
const onAcceptability = (sentence: string): boolean => ACCEPTABILITY.test(sentence) && !EXAMPLE.test(sentence);
/** What a score counts in: points, a percentage, out of 100; written (UNIT_WRITTEN) or not. */
const OUT_OF_100 = String.raw`(?:\/ ?100|sur (?:100|cent)|out of (?:100|a hundred))`;
const UNIT = String.raw`(?: ?(?:points?|pts|%))?(?: ?${OUT_OF_100})?`;
const UNIT_WRITTEN = String.raw`(?: ?(?:points?|pts|%)(?: ?${OUT_OF_100})?| ?${OUT_OF_100})`;
/**
 * The threshold named (« seuil de passage », « note de passage », « note finale minimale », "pass mark", "quality
 * threshold", "minimum final score", « seuil applicable à la note finale »).
 */
const THRESHOLD_NAME = String.raw`(?:seuil (?:de passage|de reussite|d'acceptabilite|d'acceptation|de qualite)|note (?:minimale )?de passage|note finale minimale|pointage final minimal|pass(?:ing)? mark|passing (?:score|grade)|(?:quality|pass(?:ing)?|acceptance|acceptability) threshold|minimum (?:final|total|overall) (?:quality )?score|${FINAL_SCORE} threshold|(?:seuil|threshold) (?:(?:minimal|minimum|applicable) )?(?:de la|pour la|applicable a la|of the|for the|on the|applicable to the) ${FINAL_SCORE})`;
/** What links a number to the final score it is a threshold of, after it: « pour la note finale », « de note finale », "on the final score". */
const OF_THE = String.raw`(?:(?:pour|a|de|sur|dans|on|for|in|as|of) (?:la |sa |leur |the |its |their |a |an |une )?|au )`;

/**
 * A criterion's points on the 0–100 scale (annexe 2, art. 4), not a share of another whole (« 14 points sur 20 », which
 * a criterion weighted in points counts its minimum on).
 */
const CRITERION_POINTS = String.raw`(?:points?|pts)\b(?: ?${OUT_OF_100})?(?! ?(?:sur|out of|/) ?\d)`;
/** What may stand between a criterion's points and the criterion: « est exigé », "is required", « obtenus ». */
const REQUIRED = String.raw`(?:est |sera |is |will be |shall be )?(?:exigee?|requise?|imposee?|obtenus?|required|imposed|obtained|scored)`;
/** The criterion the points are of: « au critère numéro deux », « pour ce critère », « à l'égard du critère 3 », "on criterion 2". */
const ON_A_CRITERION = String.raw`(?:au|pour (?:le|ce|chaque|chacun des|l'un des)|dans (?:le|ce|chaque)|a (?:ce|chaque|l'un des)|a l'egard (?:du|de ce|de chaque|de l'un des)|on|for|in|under) (?:(?:the|this|that|each|one of the) )?(?:critere|criterion)\b`;
/** A criterion's number or name in words after it (« critère 3 », « critère numéro deux », "criterion no. 2"). */
const CRITERION_NUMBER = String.raw`(?: (?:(?:n[o°]\.?|numero|number) ?)?(?:\d{1,2}|[a-z]{3,6})\b)?`;
/**
 * Words between a criterion and its bound, within the sentence, naming no other number (a criterion's weight, « (20 points) »)
 * and no whole score (« note finale », « total »): the bound is then the final score's (art. 7), not the criterion's.
 */
const CRITERION_GAP = String.raw`(?:(?!note finale|final|total|somme|ensemble|overall)[^.;:|\d]){0,60}?`;
/** A sentence that requires a criterion's minimum (« exige », « est rejetée », "must", "is rejected"), not an example's. */
const REQUIREMENT = /\b(?:rejet|reject|exig|requi|doit|doivent|devra|must|shall|ecart|elimin|exclu|disqualif|non conforme|minimum)/;
const onRequirement = (sentence: string): boolean => REQUIREMENT.test(sentence) && !/\b(?:exemple|example)\b/.test(sentence);

/** A pattern's first matching numeric group is the number; a match without one is a placeholder. */
export const PATTERNS: readonly { kind: StatementKind; pattern: RegExp; inSentence?: (sentence: string) => boolean }[] = [
  // "Le paramètre K est de 20 %", "le facteur K retenu est 25 %", "valeur de K : 0,2": named, any connector; what K
  // is may stand between (« le facteur K, exprimé en pourcentage, est fixé à », INCISE).
  {
    kind: 'k',
    pattern: new RegExp(
      String.raw`\b(?:parametre|constante|facteur|coefficient|valeur (?:du (?:parametre|facteur) |de (?:la constante )?)?|value of(?: the)?(?: parameter)?) ?k(?: parameter| (?:retenue?|utilisee?|choisie?|applicable|used|chosen|selected|applied)(?: (?:par|pour|by|for) [^.;:=]{1,40}?)?)? ?${INCISE}?(?:=|:|vaut|${COPULA}|correspond a|equals|${VALUED}|de) ?(?:${IN_WORDS}${NUMBER} ?(%|pour ?cent)?|${PLACEHOLDER})`,
    ),
  },
  // The verb first: "le Ministère fixe K à 25 %", "l'organisme établit le paramètre K à 20 %".
  {
    kind: 'k',
    pattern: new RegExp(
      String.raw`\b(?:fixe|fixent|etablit|determine|retient|sets?) (?:le (?:parametre|facteur|coefficient) |la valeur (?:du parametre |de )?|the (?:parameter |value of )?)?k (?:a|au taux de|at|to) ?(?:${IN_WORDS}${NUMBER} ?(%|pour ?cent)?|${PLACEHOLDER})`,
    ),
  },
  // A bare "K = 20 %", "où K vaut 15 %", "the K parameter is fixed at 20%", what K is between (INCISE, « K (%) = 20 »): a verb, or a colon or another verb followed by a percentage ("annexe K : 3
  // pages", « le lot K représente 40 pages » are no K).
  {
    kind: 'k',
    pattern: new RegExp(
      String.raw`(?:^|[^\w'])k(?: parameter| factor)? ?${INCISE}?(?:(?:=|vaut|${COPULA_AFTER_K}|correspond a|equals) ?(?:${IN_WORDS}${NUMBER} ?(%|pour ?cent)?|${PLACEHOLDER})|(?::|${VALUED}) ?${NUMBER} ?(%|pour ?cent))`,
    ),
  },
  // A scale counts when it is said of the criteria (an "échelle de 0 à 5" may rate contract performance).
  { kind: 'scale', pattern: new RegExp(String.raw`\bcriteres?\b.{1,80}\bechelle (?:de (?:notation )?)?(?:de )?(?:0|zero) a ${NUMBER}\b`) },
  { kind: 'scale', pattern: new RegExp(String.raw`\bechelle (?:de (?:notation )?)?(?:de )?(?:0|zero) a ${NUMBER}\b.{1,60}\bcriteres?\b`) },
  {
    kind: 'scale',
    pattern: new RegExp(String.raw`\bchaque critere (?:retenu )?(?:est |sera )?(?:evalue|note|cote|mesure)e? sur (?:un maximum de )?${NUMBER}\b`),
  },
  {
    kind: 'scale',
    pattern: new RegExp(String.raw`\beach criterion (?:is |will be )?(?:scored|rated|evaluated) (?:on a scale (?:of|from) 0 to|out of|on) ${NUMBER}\b`),
  },
  {
    kind: 'acceptableLevel',
    pattern: new RegExp(
      // A qualifier may come between: "le niveau de performance acceptable d'un critère correspond à 70 points".
      // Out of the criterion's own points (« 14 points sur 20 », OUT_OF) or as a share of them (« 70 % des points du critère »).
      String.raw`\bniveau (?:de performance )?acceptable"?(?: (?:d'un|de chaque|du|pour (?:un|chaque|le)|a l'egard (?:d'un|de chaque|du)) critere)? ?(?:(?:correspond|equivaut) a|est (?:fixe a|de|etabli a)|(?:fixe )?a|[:=(]) ?(?:une note de |un pointage de )?${NUMBER} ?(?:(?:points|pts)(?: ${OUT_OF})?|${OUT_OF}|${SHARE})`,
    ),
  },
  {
    kind: 'acceptableLevel',
    pattern: new RegExp(
      String.raw`\bacceptable (?:performance )?level\b[^.;]{1,40}?\b${NUMBER} ?(?:(?:points|pts)(?: ${OUT_OF})?|${OUT_OF}(?: points)?|${SHARE})`,
    ),
  },
  // The final score's threshold (annexe 2, art. 7), its comparison before the number (« d'au moins », "at least") or after
  // it ("or more"), a bare « atteint » in a sentence on acceptability, the threshold named (« seuil de passage »), or
  // the number before the final score (« le seuil de 70 points pour la note finale »).
  { kind: 'finalThreshold', pattern: new RegExp(String.raw`\b${FINAL_SCORE}\b${GAP}(?:${AT_LEAST}) ?${NUMBER}\b`) },
  { kind: 'finalThreshold', pattern: new RegExp(String.raw`\b${FINAL_SCORE}\b${GAP}\b${NUMBER}${UNIT} ${OR_MORE}\b`) },
  {
    kind: 'finalThreshold',
    pattern: new RegExp(String.raw`\b${FINAL_SCORE}\b${GAP}\b${REACH} ${NUMBER}${UNIT_WRITTEN}`),
    inSentence: onAcceptability,
  },
  { kind: 'finalThreshold', pattern: new RegExp(String.raw`\b${THRESHOLD_NAME}\b${LONG_GAP}\b${NUMBER}${UNIT_WRITTEN}${NOT_OF_A_CRITERION}`) },
  {
    kind: 'finalThreshold',
    pattern: new RegExp(String.raw`(?:${AT_LEAST}|\bseuil de|\bthreshold of) ?${NUMBER}${UNIT_WRITTEN}(?: ${OR_MORE})? ${OF_THE}${FINAL_SCORE}\b`),
  },
  { kind: 'finalThreshold', pattern: new RegExp(String.raw`\b${NUMBER}${UNIT_WRITTEN} ${OR_MORE} ${OF_THE}${FINAL_SCORE}\b`) },
  {
    kind: 'criterionMinimum',
    pattern: new RegExp(
      String.raw`\b(?:note|pointage|seuil) minim(?:ale|um|al) (?:de |d'au moins )?${NUMBER} (?:points )?(?:est exigee? )?(?:pour|a|au|dans) (?:le|chaque|chacun des|un|ce|l'un des|certains) criteres?\b`,
    ),
  },
  // The minimum as the subject, the criterion after its verb, its number in figures or in words with its figures after them:
  // « Un minimum de 70 points sur cent est exigé au critère numéro 2 », « un minimum de soixante-dix (70) points … ».
  {
    kind: 'criterionMinimum',
    pattern: new RegExp(
      String.raw`\bminimum (?:de |d'au moins )?(?:[a-z-]{2,30} \()?${NUMBER}\)? points?(?: sur (?:100|cent))? (?:est |sera )?(?:exige|requis|impose)e? (?:(?:pour|a|dans) (?:le|chaque|chacun des|un|ce|l'un des|certains) |au |aux )criteres?\b`,
    ),
  },
  // The bound first, the criterion after its points (« n'obtient pas au moins 75 points au critère numéro deux », « moins de
  // 75 points pour ce critère », "less than 75 points on criterion 2", "a minimum of 75 points is required for criterion 3"),
  // in a sentence that requires it (onRequirement).
  {
    kind: 'criterionMinimum',
    pattern: new RegExp(String.raw`(?:${AT_LEAST}) ?${NUMBER} ?${CRITERION_POINTS}(?: ${REQUIRED})? ${ON_A_CRITERION}`),
    inSentence: onRequirement,
  },
  // The criterion first, the bound after it (« le critère 3 exige un minimum de 75 points », « pour le critère 2, la soumission
  // doit obtenir au moins 75 points », "criterion 2 requires at least 75 points").
  {
    kind: 'criterionMinimum',
    pattern: new RegExp(String.raw`\b(?:critere|criterion)\b${CRITERION_NUMBER}${CRITERION_GAP}(?:${AT_LEAST}) ?${NUMBER} ?${CRITERION_POINTS}`),
    inSentence: onRequirement,
  },
  // Annexe 2, art. 8: 1 + K × (note finale − 70) / 30, however it is typeset.
  { kind: 'formula', pattern: /\b1 ?\+ ?k\b[^=]{1,60}?\b70\b[^=]{0,20}?\/ ?30\b/ },
  { kind: 'formula', pattern: /\b(?:note finale|final score)\b[^=]{0,40}?[-−] ?70\b[^=]{1,120}?\b1 ?\+ ?k\b/ },
  { kind: 'formula', pattern: /\b1 ?\+ ?k\b ?[×x*·]? ?\(? ?(?:note finale|nf|final score)[^)]{0,40}[-−] ?70 ?\)? ?(?:\/|÷|sur) ?30\b/ },
  // An adjusted price defined some other way ("(note + 50) × 10 000 / prix", a price-per-point ratio…).
  { kind: 'otherFormula', pattern: /\b(?:prix ajuste|adjusted price|coefficient d'ajustement) ?(?:=|:)/ },
  { kind: 'otherFormula', pattern: /\(?\b(?:note finale|note|pointage)(?: interimaire)? ?\+ ?50 ?\)? ?[×x*] ?10 ?000\b/ },
];

/**
 * Words one of which every pattern of PATTERNS needs (test/core/prefilters.test.ts checks them against the
 * literals the build derives from each pattern's syntax, scripts/literals.ts). Most passages hold none, and
 * one pass over the text spares them the twenty patterns.
 */
export const STATEMENT_WORDS = [
  'k',
  'echelle',
  'criter',
  'acceptable',
  'note',
  'score',
  'pointage',
  'seuil',
  'threshold',
  'pass',
  'mark',
  'minim',
  'parametre',
  'constante',
  'facteur',
  'coefficient',
  'valeur',
  'value of',
  'ajust',
  'adjusted',
  '30',
  '70',
  '000',
];
export const MAY_STATE = new RegExp(STATEMENT_WORDS.join('|'));

const SCANNED = new Set(['paragraph', 'listItem', 'tableRow', 'code', 'heading']);
const blockStatements = blockReading((parsed: ParsedBlock) => parsed.units.flatMap(readUnit), 'evaluationStatements');

export function evaluationStatements(model: DocumentModel, kind?: StatementKind): Statement[] {
  const found: Statement[] = [];
  for (const block of blocksReading(model, 'evaluationStatements', blockStatements)) {
    for (const statement of blockStatements(block.parsed)) {
      if (kind && statement.kind !== kind) continue;
      found.push({ ...statement, range: { start: statement.range.start + block.offset, end: statement.range.end + block.offset } });
    }
  }
  return found;
}

function readUnit(unit: TextUnit): Statement[] {
  if (!SCANNED.has(unit.kind)) return [];
  // A number in words where one is read (« fixé à vingt pour cent ») is read as its figures.
  const labelled = labelsClosedByColons(unit);
  const text = inFigures(labelled)?.text ?? labelled;
  const range = { start: unit.start, end: unit.end };
  const statements: Statement[] = [];
  // The formula is read as arithmetic when the text writes one; the wordings below are for the rest.
  const formula = readFormula(unit.text);
  if (formula) statements.push({ kind: formula.annex2 ? 'formula' : 'otherFormula', range });
  if (!MAY_STATE.test(text)) return statements;
  for (const { kind, pattern, inSentence } of PATTERNS) {
    if (formula && (kind === 'formula' || kind === 'otherFormula')) continue;
    const match = pattern.exec(text);
    if (!match || (inSentence && !inSentence(sentenceAround(text, match.index, match.index + match[0].length)))) continue;
    if (statements.some((statement) => statement.kind === kind)) continue;
    // The number is the first group that matched; for K, the group after it holds the "%" if written.
    const group = match.findIndex((part, index) => index > 0 && part !== undefined && /^\d/.test(part));
    let value = group > 0 ? Number(match[group].replace(',', '.')) : undefined;
    // "K = 0,20" is a fraction; "K = 20 %" a percentage.
    if (kind === 'k' && value !== undefined && value < 1 && !match[group + 1]) value = Math.round(value * 10000) / 100;
    const whole = kind === 'acceptableLevel' ? match.slice(group + 1).find((part) => part !== undefined) : undefined;
    const outOf = whole !== undefined ? Number(whole.replace(',', '.')) : undefined;
    statements.push({ kind, value, ...(outOf !== undefined && outOf !== 100 && { outOf }), range });
  }
  return statements;
}

/**
 * A unit's folded text with the labels of its fields closed by a colon where a dash closes them (« **Valeur de K** – 25 % »,
 * « **Niveau de performance acceptable** — 70 points »): the patterns read a labelled value after its label's colon, and a
 * dash after a label set apart is its colon (markdownTree.ts, Field).
 */
function labelsClosedByColons(unit: TextUnit): string {
  const dashed = unit.fields?.filter((field) => DASH.test(unit.text.slice(field.label, field.value)));
  if (!dashed?.length) return unit.normalized;
  let text = '';
  let from = 0;
  for (const field of dashed) {
    text += `${unit.text.slice(from, field.label)} : `;
    from = field.value;
  }
  return normalizeForMatching(text + unit.text.slice(from));
}
const DASH = /[-–—]/;

/** The sentence a match stands in: from the end of the sentence before to the end of its own. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = Math.max(text.lastIndexOf('.', start), text.lastIndexOf(';', start));
  const after = [text.indexOf('.', end), text.indexOf(';', end)].filter((at) => at >= 0);
  return text.slice(before + 1, after.length > 0 ? Math.min(...after) : text.length);
}
