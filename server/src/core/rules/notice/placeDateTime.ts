import type { OffsetRange } from '../../document/frontMatter.js';
import { findItem, unitStates } from '../../legal/find.js';
import type { ClauseName } from '../../legal/clauses.js';
import type { ItemName } from '../../legal/recognisers.js';
import type { Localized } from '../../types.js';
import { insertClauseFix } from '../insertion.js';
import { frontMatterEvidence, passages } from '../evidence.js';
import type { Rule, RuleContext } from '../rule.js';
import type { DocumentUnit } from '../../document/model.js';
import { scopeOf, withoutRunInTitle } from '../scope.js';
import { NOTICE_TYPES } from './requiredItem.js';

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
   * The other moment (the receipt beside the opening): where a moment stated nowhere is reported, its passage; and, in a
   * section that names both and has passages of its own on this moment, a passage on the other alone states the other's
   * place, date and time, not this one's (withoutOtherMomentAlone).
   */
  besides?: ItemName;
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
  const other = moment.besides;
  if (other === undefined) return scope;
  const own = new Set(mentions);
  const others = new Set(findItem(context.model, other));
  const says = (unit: DocumentUnit, item: ItemName, found: Set<DocumentUnit>) => {
    if (unit.kind === 'heading' || !found.has(unit)) return false;
    const passage = withoutRunInTitle(unit);
    return passage === unit || unitStates(passage, item);
  };
  // A passage that fixes this moment by the other's (« L'ouverture a lieu à la même heure ») is this moment's too.
  const byTheOther = [moment.sameAsReceipt, moment.sameDateAsReceipt].filter((item) => item !== undefined);
  const ofThisMoment = (unit: DocumentUnit) =>
    says(unit, moment.item, own) || (unit.kind !== 'heading' && byTheOther.some((item) => unitStates(withoutRunInTitle(unit), item)));
  if (!scope.some(ofThisMoment)) return scope;
  return scope.filter((unit) => ofThisMoment(unit) || !says(unit, other, others));
}

/** Art. 4 par. 6°: the place, date and time of the receipt, and of the opening, of bids. */
export function placeDateTimeRule(id: string, moment: Moment, description: Localized): Rule {
  return {
    id,
    citation: '4.6°',
    severity: 'error',
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
      const has = {
        place: given('lieu') || stated('place'),
        date: given('date') || sameAsReceipt || sameDateAsReceipt || stated('date'),
        time: given('heure') || sameAsReceipt || stated('time'),
      };
      const missing = (['place', 'date', 'time'] as const).filter((part) => !has[part]);
      if (missing.length === 0) return;
      const names = { place: { fr: 'le lieu', en: 'place' }, date: { fr: 'la date', en: 'date' }, time: { fr: "l'heure", en: 'time' } };
      const list = (locale: 'fr' | 'en') => {
        const words = missing.map((part) => names[part][locale]);
        const last = words.pop()!;
        return words.length ? `${words.join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${last}` : last;
      };
      const nothing = context.data[moment.key] === undefined && mentions.length === 0;
      const beside = nothing && moment.besides ? findItem(context.model, moment.besides).find((unit) => unit.kind !== 'heading') : undefined;
      const shown = mentions[0] ?? beside;
      const range: OffsetRange | undefined = context.model.frontMatter?.keyRange([moment.key]) ?? (shown ? { start: shown.start, end: shown.end } : undefined);
      context.report({
        messageId: 'missing',
        range,
        message: {
          fr: `L'avis n'indique pas ${list('fr')} ${moment.what.fr} (clé ${moment.key} ou mention dans le texte).`,
          en: `The notice does not state the ${list('en')} ${moment.what.en} (key ${moment.key} or a mention in the text).`,
        },
        fix: nothing ? insertClauseFix(context.model, moment.clause, context.locale) : undefined,
      });
    },
    evidence: (context) => [...frontMatterEvidence(context, [moment.key]), ...passages(findItem(context.model, moment.item), moment.item)],
  };
}
