import { unitIndex, type DocumentModel, type DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import { RECOGNISERS } from '../../legal/recognisers.js';
import { inFigures } from '../../text/numberWords.js';
import { normalizeForMatching } from '../../text/normalize.js';
import { sentenceSpans } from '../../text/sentences.js';
import type { Localized } from '../../types.js';
import type { RuleContext } from '../rule.js';
import { scopeOf } from '../scope.js';

/** Art. 50.1: the threshold from which the attestation is required. */
const THRESHOLD = 25_000;

/**
 * A time after the closing by which the attestation may be issued or sent: the contract's signing or award (« au plus
 * tard à la signature du contrat », « jusqu'à la conclusion du contrat », « après la date fixée pour la signature du
 * contrat », "up to the signing of the contract", "no later than the award of the contract"), or the closing passed
 * (« même après la date limite », "even after the closing date"). By language, as the closing's own limit is read.
 */
const LATE_LIMIT = {
  fr: [
    /\b(?:au plus tard|jusqu'(?:a|au moment de|lors de))\s?(?:a |au moment de |lors de |de )?(?:la |l')?(?:signature|conclusion|adjudication|attribution|octroi) du contrat\b/,
    /\bapres la date (?:fixee |prevue |retenue )?(?:pour |de )(?:la |l')?(?:signature|conclusion|adjudication|attribution|octroi) du contrat\b/,
    /\bmeme apres (?:la (?:date|heure|cloture)|l'heure)\b/,
    // Before the award, which needs no « du contrat » (« au plus tard avant l'adjudication »), or the contract's signing.
    /\bavant (?:la |l')?(?:adjudication|attribution|octroi)\b|\bavant (?:la |l')?(?:signature|conclusion) (?:du contrat|de la convention|de l'entente)\b/,
    // Promised for when the bid is selected (« s'engage à remettre, si elle est retenue, une attestation », « la fournira
    // s'il est retenu »): the attestation is then not held at the closing.
    /^(?=.*\b(?:s'engagen?t?|s'engageant) a (?:lui |leur |vous |nous )?(?:en |la |le |les |l')?(?:remettre|fournir|transmettre|produire|deposer|obtenir|presenter)\b|.*\b(?:remettra|fournira|transmettra|produira|deposera|obtiendra|presentera|remettront|fourniront|transmettront|remettrons|fournirons|transmettrons)\b)(?=.*\b(?:si|s'|lorsqu'|lorsque|quand|une fois qu'|une fois que|des qu'|des que) ?(?:ils?|elles?|(?:sa|son|leur|notre|votre) (?:soumission|offre)|(?:le|la|l') ?[a-z]+)? ?(?:est|sont|sera|seront|a ete|ont ete) (?:retenue?s?|choisie?s?|selectionnee?s?|declaree?s? adjudicataires?)\b)/,
  ],
  en: [
    /\b(?:up to|until|till|no later than|not later than|at the latest (?:at|by))\s(?:the )?(?:signing|signature|execution|conclusion|award(?:ing)?) of the contract\b/,
    /\b(?:up to|until|no later than|not later than) (?:the )?contract(?:'s)? (?:signing|signature|execution|award)\b/,
    /\beven after the (?:closing|deadline|tender closing|bid closing|submission deadline)\b/,
    /\b(?:prior to|before) (?:the )?(?:signing|signature|execution|conclusion|award(?:ing)?) of (?:the|any) (?:contract|agreement)\b|\b(?:prior to|before) (?:the )?contract award\b/,
    // Promised for when the bid is selected ("undertakes to provide, if selected, an attestation", "will submit it once awarded").
    /^(?=.*\b(?:undertakes?|undertaking|agrees?|commits?) to (?:provide|submit|deliver|furnish|produce|obtain|file)\b|.*\bwill (?:provide|submit|deliver|furnish|produce|obtain|file)\b)(?=.*\b(?:if|once|when|upon being) (?:it is |they are |(?:its|their|the) (?:bid|tender|proposal|submission) is )?(?:selected|successful|awarded|retained|chosen)\b)/,
  ],
};

/** The closing passed said outright (« même après la date limite », "even after the closing"): no other clause undoes it. */
const CLOSING_PASSED = /\b(?:meme apres|even after)\b/;

/**
 * The closing as the attestation's issue limit (art. 50.3 al. 2): « ne doit pas avoir été délivrée après la date et
 * l'heure limites », « délivrée au plus tard à la date limite de réception », "not issued after the closing date and
 * time", "issued no later than the closing date".
 */
const CLOSING_LIMIT = {
  fr: [/\b(?:delivree?s?|emise?s?|obtenue?s?)\b.{1,60}?\b(?:dates?|heures?)\b.{1,30}?\b(?:limites?|cloture|reception|depot|ouverture)\b/],
  en: [/\b(?:issued|obtained|dated)\b.{1,60}?\b(?:closing|deadline|(?:date|time) (?:and time )?(?:set |fixed )?for (?:the )?(?:receipt|submission|opening))\b/],
};

/**
 * The attestation held only if the provider happens to have one (« joint, s'il en détient une, une attestation », « s'il
 * détient une attestation, la joindre », "an attestation, if it holds one", "where Proponent holds one"), or optional. Not
 * « le cas échéant », "where applicable": the provider with no establishment in Québec, whom art. 50.6 exempts, is the case
 * it means.
 */
const OPTIONAL =
  /\bs'il en (?:detient|possede|a|dispose d'|obtient) ?une\b|\b(?:s'ils?|si elles?) (?:est|sont) disponibles?\b|\bfacultati(?:f|ve)s?\b|\boptionnel(?:le)?s?\b|\bif (?:it|they|the (?:bidder|tenderer|proponent|provider)) (?:has|have|holds?|possess(?:es)?) one\b|\bif (?:any|available)\b|\boptional(?:ly)?\b/;

/** The same condition with the bidder named or the attestation said again (« si le soumissionnaire détient une attestation »). */
const HOLDS_ONE = [
  /\b(?:s'ils?|si (?:elles?|(?:le|la|l') ?\w+)) (?:en )?(?:detien\w*|possed\w*|dispose\w* d'|obtien\w*) une(?: attestation\b|(?= ?[,;.)]|$))/,
  /\b(?:if|where|when|whenever) (?:it|they|(?:the )?(?:bidder|tenderer|proponent|provider|supplier|consultant|contractor)s?) (?:already )?(?:has|have|holds?|possess(?:es)?) (?:one|an? (?:valid )?attestation)\b/,
];

/**
 * The attestation's absence or expiry said to be no cause of ineligibility or rejection (« son absence ne rend pas le
 * soumissionnaire inadmissible », « l'absence de l'attestation au dépôt n'entraîne pas le rejet », "the absence of an
 * Attestation shall not render Proponent ineligible"): its holding at the closing is then no admissibility condition.
 * Read in three steps: the absence of it, a negated consequence after it, and the consequence itself.
 */
const ABSENCE_OF_IT =
  /\b(?:son|sa|its|their|leur) (?:absence|expiration|expiry|omission|non-production)\b|\b(?:absence|expiration|expiry|omission|lack|non-production|non-submission) (?:de |d'|of )(?:la |l'|une |an? |the |its |son |sa )?(?:attestation|arq|same|celle-ci)\b|\b(?:defaut|failure|omission) (?:de |d'|to )(?:produire|fournir|joindre|transmettre|remettre|detenir|provide|submit|enclose|include|furnish|hold|produce) (?:la |l'|une |son |sa |an? |the |its )?(?:attestation|arq|same|celle-ci)\b/;
const NEGATED_CONSEQUENCE =
  /\b(?:ne|n') ?(?:rend|rendra|rendent|entraine|entrainera|entrainent|emporte|emportera|constitue|constituera|cause|causera|vaut) pas\b|\b(?:shall|will|does|do|should|would) not(?:, in (?:and of )?itself,)? (?:render|result in|entail|lead to|cause|constitute|make|be (?:a )?(?:grounds?|cause|reason))\b|\b(?:is|are) not (?:a )?(?:grounds?|cause|reason) for\b|\bn'est pas (?:un )?(?:motif|cause) de\b/;
const REJECTION_OR_INELIGIBILITY = /\b(?:inadmissib|ineligib|rejet|reject|irrecevab|disqualif|non[ -]?conform|exclu)/;

/** A provider with no establishment in Québec (art. 50.6): the absence of the attestation is then rightly no cause of rejection. */
const NO_ESTABLISHMENT =
  /\b(?:sans|n'a pas d'|n'ont pas d'|aucun) etablissement\b|\b(?:without|no|not have|does not have|do not have) (?:an? |any )?establishment\b/;

function absenceHarmless(sentence: string): boolean {
  const absence = ABSENCE_OF_IT.exec(sentence);
  if (!absence || NO_ESTABLISHMENT.test(sentence)) return false;
  const rest = sentence.slice(absence.index + absence[0].length);
  const negated = NEGATED_CONSEQUENCE.exec(rest);
  return negated !== null && REJECTION_OR_INELIGIBILITY.test(rest.slice(negated.index, negated.index + negated[0].length + 60));
}

/**
 * The attestation merely invited or recommended, or joined « à titre informatif »: likely optional, though « est invité
 * à joindre » is also a polite order in French, so a warning.
 */
const INVITED =
  /\b(?:est|sont) (?:invitee?s?|encouragee?s?) a (?:joindre|fournir|transmettre|remettre|produire|deposer|inclure)\b|\b(?:joindre|joint|fournir|fournit|transmettre|transmet|remettre|remet)\b[^.;]{1,60}?\ba titre (?:informatif|indicatif)\b|\brecommande(?:s|nt)? (?:fortement )?(?:de (?:la |l')?(?:joindre|fournir|transmettre)|qu'elle soit|que l'attestation)\b|\b(?:is|are) (?:invited|encouraged|welcome) to (?:enclose|submit|provide|include|attach|furnish|file)\b|\b(?:recommends?|recommended) that (?:it|the attestation)\b|\bfor information(?:al)? (?:purposes )?only\b/;

/** A statement that an obligation does not bind someone: « ne s'applique pas », « n'est pas tenu », "does not apply". */
const EXEMPTION =
  /\bne s'appliquen?t? pas\b|\bn'(?:est|sont|y est|y sont) pas (?:tenue?s?|requise?s?|exigee?s?|obligatoires?)\b|\b(?:dispense|exempte|exemptee)s?\b|\b(?:does|do|shall|will) not apply\b|\b(?:is|are) not required\b|\bneed not\b|\bexempt(?:ed)?\b/;

/** An amount under which something holds: « de moins de 100 000 $ », « inférieur à 100 000 $ », "less than $100,000". */
const BELOW_AMOUNT =
  /\b(?:less than|lower than|under|below|not exceeding|inferieure?s? a|moins de|en deca de|n'excedant pas)\s(?:(?:a|the) )?(?:(?:total |estimated )?(?:amount|value|price) of )?(?:\$\s?)?(\d{1,3}(?:[ ,]\d{3})+|\d{4,})/;

/** A sentence that speaks of the clause before it: "this paragraph", « cette exigence », « le présent alinéa ». */
const BACK_REFERENCE =
  /\b(?:this|the (?:preceding|foregoing|above)) (?:paragraph|subparagraph|requirement|condition|subsection|clause|obligation)\b|\b(?:cette|la presente) (?:exigence|condition|obligation|clause)\b|\b(?:ce|le present) (?:paragraphe|sous-paragraphe|alinea|sous-alinea)\b/;

/** Another document the sentence may speak of: a security, an insurance, the equality programme's attestation. */
const OTHER_DOCUMENT =
  /\b(?:cautionnements?|garanties?|assurances?|polices?|programmes?|programs?|engagement|commitment|bonds?|security|insurance|letters? of credit|lettres? de (?:credit|garantie))\b/;

/** How the attestation's clause is weakened, and the article it breaches. */
type Weakening = 'attestationAfterClosing' | 'attestationOptional' | 'attestationExemption' | 'attestationInvited';

const MESSAGES: Record<Weakening, Localized> = {
  attestationAfterClosing: {
    fr: "L'attestation de Revenu Québec peut ici être délivrée ou transmise après la date et l'heure limites de réception des soumissions, jusqu'à la signature du contrat : elle ne doit pas avoir été délivrée après la date et l'heure limites, et sa détention est une condition d'admissibilité (art. 50.3 al. 2 et 3).",
    en: 'The Revenu Québec attestation may here be issued or sent after the closing date and time, up to the signing of the contract: it must not have been issued after the closing date and time, and holding it is an admissibility condition (s. 50.3 para. 2 and 3).',
  },
  attestationOptional: {
    fr: "L'attestation de Revenu Québec est ici facultative : pour un contrat de 25 000 $ ou plus, tout prestataire qui a un établissement au Québec doit détenir une attestation valide, condition d'admissibilité (art. 50.1, 50.3 al. 3).",
    en: 'The Revenu Québec attestation is optional here: for a contract of $25,000 or more, every provider with an establishment in Québec must hold a valid attestation, an admissibility condition (s. 50.1, 50.3 para. 3).',
  },
  attestationInvited: {
    fr: "L'attestation de Revenu Québec semble ici seulement demandée à titre facultatif (invitation, recommandation, « à titre informatif ») : pour un contrat de 25 000 $ ou plus, tout prestataire qui a un établissement au Québec doit détenir une attestation valide, condition d'admissibilité (art. 50.1, 50.3 al. 3).",
    en: 'The Revenu Québec attestation seems here only invited (an invitation, a recommendation, "for information"): for a contract of $25,000 or more, every provider with an establishment in Québec must hold a valid attestation, an admissibility condition (s. 50.1, 50.3 para. 3).',
  },
  attestationExemption: {
    fr: "Exemption de l'attestation de Revenu Québec que le règlement ne prévoit pas : l'attestation est exigée pour tout contrat de 25 000 $ ou plus, et seul le prestataire sans établissement au Québec en est dispensé (art. 50.1, 50.6).",
    en: 'An exemption from the Revenu Québec attestation that the regulation does not give: the attestation is required for any contract of $25,000 or more, and only a provider with no establishment in Québec is exempt (s. 50.1, 50.6).',
  },
};

const namesAttestation = (sentence: string): boolean => RECOGNISERS.revenuQuebecAttestation.phrases.some((pattern) => pattern.test(sentence));

/** The language whose late limit a sentence of the attestation sets, if any. */
function lateLimitLanguage(sentence: string): 'fr' | 'en' | undefined {
  if (!/\battestation\b|\barq\b/.test(sentence) || OTHER_DOCUMENT.test(sentence)) return undefined;
  return (['fr', 'en'] as const).find((language) => LATE_LIMIT[language].some((pattern) => pattern.test(sentence)));
}

/** Whether a sentence exempts from the attestation the contracts or bids under an amount above the regulation's threshold. */
function exemptsAboveThreshold(sentence: string): boolean {
  if (!EXEMPTION.test(sentence)) return false;
  const amount = BELOW_AMOUNT.exec(inFigures(sentence)?.text ?? sentence)?.[1];
  return amount !== undefined && Number(amount.replace(/[ ,]/g, '')) > THRESHOLD;
}

/**
 * What a unit's sentences say of the attestation, read from its text alone, in the order its sentences say it: a
 * weakening certain from the words (`found`), a late limit whose weight depends on the rest of the documents (`late`:
 * a weakening unless they set the closing as the issue limit in that language), and the languages in which it sets the
 * closing as that limit. `own`: the unit is of the attestation's passage (a sentence there speaks of it when it says
 * « attestation »), not a unit after it (which must name it, or refer back to its clause).
 */
interface UnitReading {
  steps: ({ found: Weakening } | { late: 'fr' | 'en' })[];
  closingLimit: ('fr' | 'en')[];
}

function readUnit(text: string, own: boolean): UnitReading {
  const steps: UnitReading['steps'] = [];
  const closingLimit = new Set<'fr' | 'en'>();
  for (const { start, end } of sentenceSpans(text)) {
    const sentence = normalizeForMatching(text.slice(start, end));
    const late = lateLimitLanguage(sentence);
    if (late === undefined)
      for (const language of ['fr', 'en'] as const) if (CLOSING_LIMIT[language].some((pattern) => pattern.test(sentence))) closingLimit.add(language);
    const names = namesAttestation(sentence);
    const aboutIt = (names || (own && /\battestation\b/.test(sentence)) || BACK_REFERENCE.test(sentence)) && !OTHER_DOCUMENT.test(sentence);
    if (aboutIt && exemptsAboveThreshold(sentence)) steps.push({ found: 'attestationExemption' });
    else if (!own) continue;
    else if (names && aboutIt && OPTIONAL.test(sentence)) steps.push({ found: 'attestationOptional' });
    else if (aboutIt && (absenceHarmless(sentence) || HOLDS_ONE.some((pattern) => pattern.test(sentence)))) steps.push({ found: 'attestationOptional' });
    else if (late) steps.push(CLOSING_PASSED.test(sentence) ? { found: 'attestationAfterClosing' } : { late });
    else if (aboutIt && INVITED.test(sentence)) steps.push({ found: 'attestationInvited' });
  }
  return { steps, closingLimit: [...closingLimit] };
}

/**
 * Readings by the unit's text (and whether it is of the attestation's passage): the rule asks them again at every edit,
 * of units placed anew in each version. Forgotten past READINGS_KEPT texts.
 */
const READINGS = [new Map<string, UnitReading>(), new Map<string, UnitReading>()];
const READINGS_KEPT = 20_000;

function readingOf(unit: DocumentUnit, own: boolean): UnitReading {
  const kept = READINGS[own ? 1 : 0];
  let reading = kept.get(unit.text);
  if (!reading) {
    if (kept.size >= READINGS_KEPT) kept.clear();
    kept.set(unit.text, (reading = readUnit(unit.text, own)));
  }
  return reading;
}

/** Whether the documents set the closing as the attestation's issue limit in `language`, in a sentence with no later limit. */
function closingLimitStated(model: DocumentModel, language: 'fr' | 'en'): boolean {
  return findItem(model, 'revenuQuebecAttestation').some((mention) =>
    [mention, ...following(model, mention)].some((unit) => readingOf(unit, true).closingLimit.includes(language)),
  );
}

/** The units after the attestation's up to the next heading, a few at most: its list's sub-items and a closing proviso. */
function following(model: DocumentModel, unit: DocumentUnit): DocumentUnit[] {
  const index = unitIndex(model, unit);
  const after: DocumentUnit[] = [];
  for (const next of model.units.slice(index + 1, index + 5)) {
    if (next.kind === 'heading') break;
    after.push(next);
  }
  return after;
}

/**
 * A required-documents table's mark of an optional document: the word (« Facultatif », "Optional", « Non requis »), a code
 * the documents' legend defines so (« F » under « O/F », with « F = facultatif »), or a check under a column so titled.
 */
const OPTIONAL_MARK = /^(?:facultati(?:f|ve)|optionnel(?:le)?|optional|non (?:requise?|obligatoire|exigee?)|not (?:required|mandatory))\b/;
const LEGEND_OPTIONAL = /(?:^|[\s;,(])([a-z]{1,3}) ?[=:\-–—] ?(?:facultati(?:f|ve)|optionnel(?:le)?|optional|non obligatoire|not (?:required|mandatory))\b/g;
const CHECKED = /^(?:[x✓✔☑]|oui|yes)$/;

/** The codes a model's legends define as optional (« F = facultatif »), read once a model. */
const LEGENDS = new WeakMap<DocumentModel, Set<string>>();

function optionalCodes(model: DocumentModel): Set<string> {
  let codes = LEGENDS.get(model);
  if (!codes) {
    codes = new Set();
    for (const unit of model.units) if (unit.kind !== 'tableRow') for (const match of unit.normalized.matchAll(LEGEND_OPTIONAL)) codes.add(match[1]);
    LEGENDS.set(model, codes);
  }
  return codes;
}

/** Whether a table row names the attestation and marks it optional in another cell. */
function optionalInRow(model: DocumentModel, row: DocumentUnit): boolean {
  if (row.row === 0 || !namesAttestation(row.normalized)) return false;
  const cells = (row.cells ?? []).map((cell) => normalizeForMatching(cell).trim());
  const index = unitIndex(model, row);
  const header = model.units
    .slice(Math.max(0, index - (row.row ?? 0)), index)
    .find((unit) => unit.kind === 'tableRow' && unit.blockIndex === row.blockIndex && unit.table === row.table && unit.row === 0);
  const headerCells = (header?.cells ?? []).map((cell) => normalizeForMatching(cell).trim());
  return cells.some(
    (cell, column) =>
      !namesAttestation(cell) &&
      (OPTIONAL_MARK.test(cell) ||
        (/^[a-z]{1,3}$/.test(cell) && optionalCodes(model).has(cell)) ||
        (CHECKED.test(cell) && OPTIONAL_MARK.test(headerCells[column] ?? ''))),
  );
}

/** How a unit weakens the attestation: its first sentence that certainly does, else a sentence that only invites it. */
function weakeningOf(model: DocumentModel, unit: DocumentUnit, own: boolean): Weakening | undefined {
  let invited = false;
  for (const step of readingOf(unit, own).steps) {
    if ('late' in step) {
      if (!closingLimitStated(model, step.late)) return 'attestationAfterClosing';
    } else if (step.found === 'attestationInvited') invited = true;
    else return step.found;
  }
  if (own && unit.kind === 'tableRow' && optionalInRow(model, unit)) return 'attestationOptional';
  return invited ? 'attestationInvited' : undefined;
}

/**
 * Art. 50.1, 50.3 al. 2 and 3, 50.6: a clause that names the attestation but lets it be issued or sent after the
 * closing, makes it optional, or exempts bids the regulation does not. A later copy asked of the successful bidder
 * before the signing, where the documents also say the attestation must not be issued after the closing, is no
 * weakening; nor is the exemption of a provider with no establishment in Québec, or of contracts under 25 000 $.
 */
export function reportWeakenedAttestation(context: RuleContext): void {
  const reported = new Set<DocumentUnit>();
  for (const mention of findItem(context.model, 'revenuQuebecAttestation')) {
    const own = scopeOf(context, mention);
    const units = [...own.map((unit) => ({ unit, own: true })), ...following(context.model, own[own.length - 1]).map((unit) => ({ unit, own: false }))];
    for (const { unit, own: isOwn } of units) {
      if (reported.has(unit)) continue;
      const weakening = weakeningOf(context.model, unit, isOwn);
      if (!weakening) continue;
      reported.add(unit);
      context.report({
        messageId: weakening,
        range: { start: unit.start, end: unit.end },
        message: MESSAGES[weakening],
        ...(weakening === 'attestationInvited' ? { severity: 'warning' as const } : {}),
      });
    }
  }
}
