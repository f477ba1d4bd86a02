import type { ItemRecogniser } from '../recognisers.js';

/**
 * Art. 8: the optional clause reserving the right to refuse a provider for its past conduct. The
 * clause is recognised by its grounds; the rule then checks its scope against what art. 8 allows.
 */
export const REFUSAL_RECOGNISERS = {
  refusalClause: {
    headings: [],
    phrases: [
      /\b(?:refuser|ne pas retenir|ecarter|rejeter|refus)\b.{1,240}\b(?:rendement insatisfaisant|evaluation (?:de|du) rendement|omis de donner suite|resiliation|resilie)/,
      /\b(?:rendement insatisfaisant|evaluation (?:de|du) rendement|omis de donner suite)\b.{1,240}\b(?:refuser|ne pas retenir|ecarter|refus)\b/,
      /\brefuse\b.{1,240}\b(?:unsatisfactory (?:performance|evaluation)|failed to follow up|terminated)\b/,
    ],
  },
  /**
   * The clause's opening words when its grounds follow as a list, its sentence left open for them: by a colon
   * ("… refuser tout prestataire qui : "), a comma or a word ("… refuse any provider that, in the two years before the opening,").
   */
  refusalIntro: {
    headings: [],
    phrases: [/\b(?:refuser|ne pas retenir|ecarter|refuse)\b.{0,200}[:,a-z]$/],
  },
} satisfies Record<string, ItemRecogniser>;

/** The look-back period the clause states ("2 ans", "deux années", "24 mois", "three years"). */
export const REFUSAL_PERIOD =
  /\b(\d{1,3}|une|un|deux|trois|quatre|cinq|six|dix|one|two|three|four|five|ten) (?:\(\d{1,3}\) )?(?:(?:dernier|derniere|precedent|precedente|previous|last|past|full|complete)s? )?(ans|annees|mois|years|months)\b/g;

/**
 * A look-back without limit ("at any time before the opening", « en tout temps », « à quelque moment que ce soit », "has
 * ever received"): art. 8 allows the 2 years before the opening only.
 */
export const REFUSAL_ANY_TIME =
  /\b(?:en tout temps|a tout moment|a quelque moment que ce soit|n'importe quand|sans limite de (?:temps|duree)|at any time|at any point|without (?:a )?time limit|ever)\b/;

/**
 * An evaluation by another body than the one issuing the call (art. 8 says "de la part de cet organisme"): in the place of
 * its author (« de la part », « par », « auprès », "by", "from", the « de » after a verb that obtains it: « a obtenu du
 * Ministère ou d'un autre ministère », « a reçu d'un autre cégep »), alone or after this body's own, joined by « ou », « et »
 * ("de la part du CIUSSS ou d'un autre établissement public", « du Ministère ou de tout autre ministère », "by the Board or
 * any other public body"), the conjunction after a comma (« de la part du CISSS, ou de tout autre établissement »), the author's
 * preposition said again after it (« ou de la part d'un autre organisme », "or of any other public body", "or on the part of
 * another body"). Another body however named (« autre », "other", "another" before the noun), or a kind of
 * public body after « tout », « un », "any", "a" (« de la part de tout organisme public », "by any institution", "from a school board"). « De sa part ou de celle d'un autre »:
 * the other after this body's, by the pronoun.
 */
export const REFUSAL_OTHER_BODY =
  /\b(?:de (?:la|sa|leur|notre) part|par|aupres|(?:obtenue?s?|recue?s?|obtient|obtiennent|recoit|recoivent)(?= d)|on the part of|by|from)(?: [^\s,;.:()]+){0,8}?,? (?:ou|et|or|and|as well as|ainsi que) (?:de celles? |(?:de la part |on the part )?(?:de |of )|par |aupres |by |from )?(?:d'|des |les |l')?(?:(?:tout|toute|tous les|toutes les|un|une|n'importe quel|n'importe quelle|any|all|an) ?)?(?:autres?|other|another) [a-z]|\b(?:de (?:la|sa|leur|notre) part|par|aupres|(?:obtenue?s?|recue?s?|obtient|obtiennent|recoit|recoivent)(?= d)|on the part of|by|from) (?:de |d'|des |les |l')?(?:(?:tout|toute|tous les|toutes les|un|une|n'importe quel|n'importe quelle|any|all|an) ?)?(?:autres?|other|another) [a-z]|\b(?:de (?:la|sa|leur|notre) part|par|aupres|(?:obtenue?s?|recue?s?|obtient|obtiennent|recoit|recoivent)(?= d)|on the part of|by|from)(?:(?: [^\s,;.:()]+){0,8}?,? (?:ou|et|or|and|as well as|ainsi que))? (?:(?:de la part |on the part )?(?:de |of )|d'|par |aupres |by |from )?(?:tout|toute|tous les|toutes les|un|une|n'importe quel|n'importe quelle|quelque|any|all|an?) ?(?:public )?(?:organismes?|ministeres?|cisss|ciusss|donneurs? d'ouvrage|clients?|municipalites?|villes?|etablissements?|institutions?|centres? de services|commissions? scolaires?|cegeps?|colleges?|universites?|bod(?:y|ies)|organi[sz]ations?|ministr(?:y|ies)|departments?|agenc(?:y|ies)|entit(?:y|ies)|establishments?|municipalit(?:y|ies)|school (?:boards?|service centres?)|universit(?:y|ies))\b/;

/** An evaluation of performance, the first ground: it must come from this body. */
export const REFUSAL_EVALUATION = /\b(?:evaluation (?:de|du) rendement|rendement insatisfaisant|unsatisfactory (?:performance|evaluation))\b/;

/** The kinds of body a document names itself by (« le Ministère », « l'Établissement », « la Société »). */
const THIS_BODY_NOUN = String.raw`(?:organisme(?: public)?|ministere|centre|cisss|ciusss|college|cegep|donneur d'ouvrage|bureau|conseil|secretariat|curateur|societe|commission|regie|universite|office|agence|etablissement|ecole|institut|musee|autorite)\b`;

/**
 * The verbs whose complement in « de » is who gave the evaluation, put before it (« a obtenu du Ministère une évaluation
 * de rendement insatisfaisant », « a reçu de la Société… »): the author named as « de la part de » names it. An
 * alternation, for a group that holds other ways of naming the author.
 */
export const OBTAINED_FROM = String.raw`obtenue?s?|recue?s?|obtient|obtiennent|recoit|recoivent`;

/** The verbs by which the body gives an evaluation, their participles (« attribué », « remise »), their first person plural. */
const GIVEN_FR = String.raw`(?:attribuee?|remise?|donnee?|decernee?|transmise?|adressee?|emise?|produite?|faite?|accordee?|signifiee?|redigee?|delivree?)s?|(?:attribu|remett|donn|decern|transmett|adress|emett|produis|fais|accord|signifi|redige|delivr)ons`;
const GIVEN_EN = String.raw`gave|give|given|issued|issue|made|make|sent|awarded|assigned|provided|prepared|wrote|written|completed|filed`;

/**
 * The body speaking as « nous », "we", the evaluation's author (a plain-language call): the subject of the verb that gives
 * it (« nous vous avons attribué une évaluation … », "we gave you an unsatisfactory performance evaluation", « une
 * évaluation … que nous avons remise », "an evaluation we issued") or that judges the performance (« nous avons jugé votre
 * rendement insatisfaisant », "we rated your performance unsatisfactory"); the evaluation « par nous », "by us", received
 * « de nous », "from us"; its own (« notre évaluation », "our performance evaluation").
 */
const BY_US =
  String.raw`\bnous (?:vous |lui |leur )?(?:avons |aurons |aurions )?(?:${GIVEN_FR}) (?:[^;.:]{0,48} )?evaluation|\bevaluation (?:[^;.:]{0,48} )?que nous (?:vous |lui |leur )?(?:avons |aurons |aurions )?(?:${GIVEN_FR})\b` +
  String.raw`|\bnous (?:vous |lui |leur )?(?:avons |aurons |aurions )?(?:evalue|juge|estime|considere|cote|note)e?s? (?:[^;.:]{0,48} )?insatisfaisante?s?\b|\bevaluation (?:[^;.:]{0,48} )?par nous\b|\b(?:${OBTAINED_FROM}) de nous\b|\b(?:notre|nos) evaluations?\b` +
  String.raw`|\bwe (?:have |had )?(?:${GIVEN_EN}) (?:[^;.:]{0,48} )?(?:evaluation|assessment)|\b(?:evaluation|assessment) (?:[^;.:]{0,48} )?we (?:have |had )?(?:${GIVEN_EN})\b` +
  String.raw`|\bwe (?:have |had )?(?:rated|evaluated|assessed|judged|found|considered|deemed) (?:[^;.:]{0,48} )?unsatisfactory\b|\b(?:evaluation|assessment) (?:[^;.:]{0,48} )?(?:by|from) us\b|\b(?:received|obtained|got) from us\b|\bour (?:[a-z]+ ){0,2}(?:evaluation|assessment)s?\b`;

/**
 * The evaluation attributed to the body issuing the call, by the name the documents give it, with the article
 * or the demonstrative of the regulation's own « cet organisme » ("de la part de cet organisme", "de sa part",
 * "par le Ministère", "de la part du Cégep", « de la part de cet établissement », « par cette société », « obtenu du
 * Ministère »), or by « nous », "we" (`BY_US`).
 */
export const REFUSAL_THIS_BODY = new RegExp(
  String.raw`${BY_US}|\b(?:de sa part|de (?:notre|leur) part|(?:de la part|${OBTAINED_FROM}) (?:du |de ce |de la |de cette |de l'|de cet )${THIS_BODY_NOUN}|par (?:le |ce |la |cette |l'|cet )${THIS_BODY_NOUN})` +
    String.raw`|\b(?:(?:from|by|on the part of) this (?:public )?body|(?:from|by|on the part of) (?:the|this) (?:board|school board|ministry|body|college|cegep|university|centre|service centre|cisss|ciusss|institution|establishment|agency|corporation|society|commission|office|hospital|organisation))\b`,
);

/** Grounds art. 8 does not list. */
export const REFUSAL_EXTRA_GROUNDS =
  /\b(?:litiges?|poursuites?|reclamations?|plaintes?|faillite|insolvabilite|condamnations?|condamnee?s?|infractions?|antecedents|reputation|conflits? d'interets?|mesures? disciplinaires?|lawsuits?|litigation|claims?|bankruptcy|convictions?)\b/;
