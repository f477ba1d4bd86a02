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
  ],
  en: [
    /\b(?:up to|until|till|no later than|not later than|at the latest (?:at|by))\s(?:the )?(?:signing|signature|execution|conclusion|award(?:ing)?) of the contract\b/,
    /\b(?:up to|until|no later than|not later than) (?:the )?contract(?:'s)? (?:signing|signature|execution|award)\b/,
    /\beven after the (?:closing|deadline|tender closing|bid closing|submission deadline)\b/,
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
 * The attestation held only if the provider happens to have one (« joint, s'il en détient une, une attestation »,
 * "an attestation, if it holds one"), or optional. Not « le cas échéant », "where applicable": the provider with no
 * establishment in Québec, whom art. 50.6 exempts, is the case it means.
 */
const OPTIONAL =
  /\bs'il en (?:detient|possede|a|dispose d'|obtient) ?une\b|\b(?:s'ils?|si elles?) (?:est|sont) disponibles?\b|\bfacultati(?:f|ve)s?\b|\boptionnel(?:le)?s?\b|\bif (?:it|they|the (?:bidder|tenderer|proponent|provider)) (?:has|have|holds?|possess(?:es)?) one\b|\bif (?:any|available)\b|\boptional(?:ly)?\b/;

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
type Weakening = 'attestationAfterClosing' | 'attestationOptional' | 'attestationExemption';

const MESSAGES: Record<Weakening, Localized> = {
  attestationAfterClosing: {
    fr: "L'attestation de Revenu Québec peut ici être délivrée ou transmise après la date et l'heure limites de réception des soumissions, jusqu'à la signature du contrat : elle ne doit pas avoir été délivrée après la date et l'heure limites, et sa détention est une condition d'admissibilité (art. 50.3 al. 2 et 3).",
    en: 'The Revenu Québec attestation may here be issued or sent after the closing date and time, up to the signing of the contract: it must not have been issued after the closing date and time, and holding it is an admissibility condition (s. 50.3 para. 2 and 3).',
  },
  attestationOptional: {
    fr: "L'attestation de Revenu Québec est ici facultative : pour un contrat de 25 000 $ ou plus, tout prestataire qui a un établissement au Québec doit détenir une attestation valide, condition d'admissibilité (art. 50.1, 50.3 al. 3).",
    en: 'The Revenu Québec attestation is optional here: for a contract of $25,000 or more, every provider with an establishment in Québec must hold a valid attestation, an admissibility condition (s. 50.1, 50.3 para. 3).',
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
    else if (late) steps.push(CLOSING_PASSED.test(sentence) ? { found: 'attestationAfterClosing' } : { late });
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

/** How a unit weakens the attestation: its first sentence that does. */
function weakeningOf(model: DocumentModel, unit: DocumentUnit, own: boolean): Weakening | undefined {
  for (const step of readingOf(unit, own).steps) {
    if ('found' in step) return step.found;
    if (!closingLimitStated(model, step.late)) return 'attestationAfterClosing';
  }
  return undefined;
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
      context.report({ messageId: weakening, range: { start: unit.start, end: unit.end }, message: MESSAGES[weakening] });
    }
  }
}
