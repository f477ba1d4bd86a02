import type { OffsetRange } from '../../document/frontMatter.js';
import { findItem, unitStates } from '../../legal/find.js';
import type { ClauseName } from '../../legal/clauses.js';
import type { ItemName } from '../../legal/recognisers.js';
import type { Localized } from '../../types.js';
import { insertClauseFix } from '../insertion.js';
import { frontMatterEvidence, passages } from '../evidence.js';
import type { Rule, RuleContext } from '../rule.js';
import type { DocumentModel, DocumentUnit } from '../../document/model.js';
import { normalizeForMatching } from '../../text/normalize.js';
import { sentenceSpans } from '../../text/sentences.js';
import { scopeOf, withoutRunInTitle } from '../scope.js';
import { NOTICE_TYPES } from './requiredItem.js';
import { toConfirm, toConfirmSeverity } from '../documents/requiredItem.js';

interface Moment {
  key: 'reception' | 'ouverture';
  item: ItemName;
  clause: ClauseName;
  what: Localized;
  /** Wording that fixes the date and time by reference to the receipt limit ("à la même heure"). */
  sameAsReceipt?: ItemName;
  /** Wording that fixes the date only by reference to the receipt limit ("le même jour"). */
  sameDateAsReceipt?: ItemName;
  /**
   * The other moment (the receipt beside the opening): where a moment stated nowhere is reported, its passage; in a
   * section that names both and has passages of its own on this moment, a passage on the other alone states the other's
   * place, date and time, not this one's (withoutOtherMomentAlone); and in a passage, a sentence on the other alone its
   * place, not surely this one's (placeOnlyOfTheOther).
   */
  besides?: { item: ItemName; what: Localized };
}

/**
 * A mention's scope read for a moment, without its passages on the other moment alone when it has passages of its own
 * on this one: under « Remise et ouverture des offres », « Les offres sont remises … au local MG-0140 » gives the
 * receipt's place, and « Il est procédé à l'ouverture publique des offres le 6 octobre à 14 h » the opening's date and
 * time and no place; a legal reader does not lend the receipt's place to the opening its own sentence leaves without
 * one. A passage is read without its run-in title (the title names both, as a heading does). A scope whose only
 * passages are the other moment's (a title alone naming this one) is read whole: its title says they hold for both.
 */
function withoutOtherMomentAlone(context: RuleContext, moment: Moment, mentions: DocumentUnit[], scope: DocumentUnit[]): DocumentUnit[] {
  const other = moment.besides?.item;
  if (other === undefined) return scope;
  const own = new Set(mentions);
  const others = new Set(findItem(context.model, other));
  const says = (unit: DocumentUnit, item: ItemName, found: Set<DocumentUnit>) => {
    if (unit.kind === 'heading' || !found.has(unit)) return false;
    const passage = withoutRunInTitle(unit);
    return passage === unit || unitStates(passage, item);
  };
  const ofThisMoment = (unit: DocumentUnit) =>
    says(unit, moment.item, own) || (unit.kind !== 'heading' && byTheOther(moment).some((item) => unitStates(withoutRunInTitle(unit), item)));
  if (!scope.some(ofThisMoment)) return scope;
  return scope.filter((unit) => ofThisMoment(unit) || !says(unit, other, others));
}

/** The wordings that fix this moment by the other's (« L'ouverture a lieu à la même heure »): a passage so worded is this moment's too. */
const byTheOther = (moment: Moment) => [moment.sameAsReceipt, moment.sameDateAsReceipt].filter((item) => item !== undefined);

/**
 * A passage's sentences, each read as a passage of its own, placed where the passage's Markdown has them (the passage
 * itself when its Markdown splits otherwise, an emphasis closing after a period); none for a passage of one sentence.
 */
function sentencesOf(model: DocumentModel, unit: DocumentUnit): DocumentUnit[] {
  const read = sentenceSpans(unit.text);
  if (read.length < 2) return [];
  const written = sentenceSpans(model.text.slice(unit.start, unit.end));
  return read.map((span, n) => {
    const text = unit.text.slice(span.start, span.end);
    const placed = written.length === read.length ? { start: unit.start + written[n].start, end: unit.start + written[n].end } : unit;
    return { kind: unit.kind, blockIndex: unit.blockIndex, start: placed.start, end: placed.end, text, normalized: normalizeForMatching(text) };
  });
}

/**
 * Where a passage gives a place only in its sentences (or a sentence's coordinated clauses: coordinated) on the other
 * moment alone, its own sentences on this moment none
 * (« Les soumissions doivent être reçues au 1250, boulevard des Érables …, au plus tard le 23 février 2017 à 14 h. Elles
 * seront ouvertes publiquement le même jour, à 14 h. »): the sentence on this moment, and the other's that gives the
 * place. The pronoun ties the bids to the address and many notices mean one place, but the text does not say the opening
 * is held there (« au même endroit », « à la même adresse » would): uncertain evidence, not none.
 */
function placeOnlyOfTheOther(model: DocumentModel, moment: Moment, unit: DocumentUnit): { own: DocumentUnit; other: DocumentUnit } | undefined {
  const other = moment.besides?.item;
  if (other === undefined || (unit.kind !== 'paragraph' && unit.kind !== 'listItem')) return undefined;
  const read = sentencesOf(model, unit);
  const sentences = (read.length > 0 ? read : [unit]).flatMap(coordinated);
  if (sentences.length < 2) return undefined;
  // A sentence on the other moment that fixes it by this one's words (« au plus tard le même jour à 11 h ») is the other's.
  const own = sentences.filter(
    (sentence) => unitStates(sentence, moment.item) || (!unitStates(sentence, other) && byTheOther(moment).some((item) => unitStates(sentence, item))),
  );
  if (own.length === 0 || own.some((sentence) => unitStates(sentence, 'place'))) return undefined;
  const placing = sentences.filter(
    (sentence) => unitStates(sentence, 'place') && (unitStates(sentence, other) || unitStates(withoutPlaceComplements(sentence), 'place')),
  );
  if (placing.length === 0 || !placing.every((sentence) => unitStates(sentence, other))) return undefined;
  return { own: own[0], other: placing[0] };
}

/**
 * A place named as another noun's complement (« L'horloge du comptoir de réception fait foi de l'heure », "the clock of the
 * reception desk"): a thing of the place, not where anything is held.
 */
const PLACE_AS_COMPLEMENT = /\b(?:du|de la|de l'|des|of the|of our) ?(?:comptoir|bureau|salle|local|secretariat|reception|counter|desk|office|room)\b/gu;

/** A sentence without the places it names only as another noun's complement (PLACE_AS_COMPLEMENT). */
function withoutPlaceComplements(sentence: DocumentUnit): DocumentUnit {
  const normalized = sentence.normalized.replace(PLACE_AS_COMPLEMENT, '');
  return { ...sentence, text: normalized, normalized };
}

/** Where « et », "and" joins two clauses of a sentence (« reçues à … jusqu'au …, et ouvertes le même jour »). */
const COORDINATION = /,?\s(?:et|and)\s/iu;

/**
 * A sentence's coordinated clauses, each read as a passage of its own placed where the sentence is: the bids « reçues à
 * [l'adresse] …, et ouvertes publiquement le même jour » are received at that address, and the clause on their opening
 * names no place, as a sentence of its own would not. The sentence itself when nothing joins clauses in it.
 */
function coordinated(sentence: DocumentUnit): DocumentUnit[] {
  const parts = sentence.text.split(COORDINATION).filter((part) => part.trim() !== '');
  if (parts.length < 2) return [sentence];
  const { kind, blockIndex, start, end } = sentence;
  return parts.map((text) => ({ kind, blockIndex, start, end, text, normalized: normalizeForMatching(text) }));
}

const SEVERITY = 'error';
const PART_NAMES = { place: { fr: 'le lieu', en: 'place' }, date: { fr: 'la date', en: 'date' }, time: { fr: "l'heure", en: 'time' } };

/** The rule's message for the parts of a moment the notice does not state. */
function notStated(moment: Moment, missing: readonly (keyof typeof PART_NAMES)[]): Localized {
  const list = (locale: 'fr' | 'en') => {
    const words = missing.map((part) => PART_NAMES[part][locale]);
    const last = words.pop()!;
    return words.length ? `${words.join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${last}` : last;
  };
  return {
    fr: `L'avis n'indique pas ${list('fr')} ${moment.what.fr} (clé ${moment.key} ou mention dans le texte).`,
    en: `The notice does not state the ${list('en')} ${moment.what.en} (key ${moment.key} or a mention in the text).`,
  };
}

/** Art. 4 par. 6°: the place, date and time of the receipt, and of the opening, of bids. */
export function placeDateTimeRule(id: string, moment: Moment, description: Localized): Rule {
  return {
    id,
    citation: '4.6°',
    severity: SEVERITY,
    appliesTo: NOTICE_TYPES,
    description,
    check(context) {
      // A value given but invalid is reported by the front-matter check, not again as missing.
      const given = (key: string) => context.model.frontMatter?.valueRange([moment.key, key]) !== undefined;
      // The front-matter gives all three: the text need not be read.
      if (given('lieu') && given('date') && given('heure')) return;
      const mentions = findItem(context.model, moment.item);
      const scope = mentions.flatMap((unit) => withoutOtherMomentAlone(context, moment, mentions, scopeOf(context, unit)));
      const stated = (item: ItemName) => scope.some((unit) => unitStates(unit, item));
      const sameAsReceipt = moment.sameAsReceipt !== undefined && stated(moment.sameAsReceipt);
      const sameDateAsReceipt = moment.sameDateAsReceipt !== undefined && stated(moment.sameDateAsReceipt);
      // Every place stated only beside the other moment, in passages whose sentences on this one state none: uncertain.
      const uncertain = given('lieu') ? [] : scope.filter((unit) => unitStates(unit, 'place')).map((unit) => placeOnlyOfTheOther(context.model, moment, unit));
      const placeOfTheOther = uncertain.every((found) => found !== undefined) ? uncertain[0] : undefined;
      const has = {
        place: given('lieu') || stated('place'),
        date: given('date') || sameAsReceipt || sameDateAsReceipt || stated('date'),
        time: given('heure') || sameAsReceipt || stated('time'),
      };
      if (placeOfTheOther !== undefined && moment.besides !== undefined) {
        const { own, other } = placeOfTheOther;
        const lacks = {
          fr: `il n'indique pas le lieu ${moment.what.fr} : celui ${moment.besides.what.fr}, donné dans une autre phrase ou proposition, n'est le sien que si le texte le dit (« au même endroit », « à la même adresse »)`,
          en: `it does not state the place ${moment.what.en}: the place ${moment.besides.what.en}, given in another sentence or clause, is its place only if the text says so ("at the same place", "at the same address")`,
        };
        context.report({
          messageId: 'toConfirm',
          severity: toConfirmSeverity(SEVERITY),
          range: { start: own.start, end: own.end },
          message: toConfirm(notStated(moment, ['place']), { lacks }),
          related: [
            { range: { start: other.start, end: other.end }, message: { fr: `Lieu ${moment.besides.what.fr}`, en: `Place ${moment.besides.what.en}` } },
          ],
        });
      }
      const missing = (['place', 'date', 'time'] as const).filter((part) => !has[part]);
      if (missing.length === 0) return;
      const nothing = context.data[moment.key] === undefined && mentions.length === 0;
      const beside = nothing && moment.besides ? findItem(context.model, moment.besides.item).find((unit) => unit.kind !== 'heading') : undefined;
      const shown = mentions[0] ?? beside;
      const range: OffsetRange | undefined = context.model.frontMatter?.keyRange([moment.key]) ?? (shown ? { start: shown.start, end: shown.end } : undefined);
      context.report({
        messageId: 'missing',
        range,
        message: notStated(moment, missing),
        fix: nothing ? insertClauseFix(context.model, moment.clause, context.locale) : undefined,
      });
    },
    evidence: (context) => [...frontMatterEvidence(context, [moment.key]), ...passages(findItem(context.model, moment.item), moment.item)],
  };
}
