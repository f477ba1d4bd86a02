import { findItem, findUnits, unitQuestion } from '../../legal/find.js';
import { ADJUSTED_PRICE, OPTION_OTHER_PRICE, OPTION_OTHER_SERVICES, SAME_PRICE_NEGATION } from '../../legal/recognisers/options.js';
import type { Rule, RuleContext } from '../rule.js';
import type { DocumentUnit } from '../../document/model.js';
import { normalizeForMatching } from '../../text/normalize.js';
import { NOTICE_TYPES } from './requiredItem.js';

/** What an option's description says against art. 4 al. 3, if anything. */
function departure(normalized: string): 'price' | 'services' | undefined {
  const text = normalized.replace(SAME_PRICE_NEGATION, ' ').replace(ADJUSTED_PRICE, ' ');
  if (OPTION_OTHER_PRICE.some((pattern) => pattern.test(text))) return 'price';
  if (OPTION_OTHER_SERVICES.some((pattern) => pattern.test(text))) return 'services';
  return undefined;
}

/** Passages that state another price or other services than the contract's. */
const OPTION_DEPARTURE = unitQuestion('optionDeparture', (normalized) => departure(normalized) !== undefined);

const MESSAGES = {
  price: {
    fr: "Une option s'exerce au même prix (art. 4, al. 3) : cette description prévoit un autre prix (indexation, majoration, prix à négocier).",
    en: 'An option is exercised at the same price (s. 4, para. 3): this description provides for another price (indexation, increase, price to be negotiated).',
  },
  services: {
    fr: 'Une option porte sur un renouvellement ou des services supplémentaires de même nature (art. 4, al. 3) : cette description vise d’autres services.',
    en: 'An option is a renewal or additional services of the same nature (s. 4, para. 3): this description covers other services.',
  },
};

/** An option named in the tender documents' words or in the notice's ("Options : 2 prolongations de 12 mois, …"). */
const optionMentions = (context: RuleContext): Set<DocumentUnit> =>
  new Set([...findItem(context.model, 'optionsDetail'), ...findItem(context.model, 'optionsDescription')]);

/** Art. 4 al. 3: an option is a renewal or additional services of the same nature, at the same price. */
export const optionsSamePriceAndNature: Rule = {
  id: 'options-same-price-and-nature',
  citation: '4.al3',
  severity: 'warning',
  appliesTo: NOTICE_TYPES,
  description: {
    fr: 'Une option est un renouvellement ou des services supplémentaires de même nature, au même prix.',
    en: 'An option is a renewal or additional services of the same nature, at the same price.',
  },
  notApplicable: (context) =>
    context.data.options.length > 0 || optionMentions(context).size > 0
      ? undefined
      : {
          fr: "Pas d'options : l'en-tête n'en déclare aucune (clé options) et le texte n'en décrit pas.",
          en: 'No options: the front-matter declares none (key options) and the text describes none.',
        },
  check(context) {
    context.data.options.forEach((option, index) => {
      const range = context.model.frontMatter?.valueRange(['options', index, 'description']);
      const kind = option.description && departure(normalizeForMatching(option.description));
      if (kind && range) context.report({ messageId: kind, range, message: MESSAGES[kind] });
    });
    // Passages that state another price or other services (memoised per block), kept when they speak of an option.
    const departing = findUnits(context.model, OPTION_DEPARTURE);
    if (departing.length === 0) return;
    const mentions = optionMentions(context);
    const sections = context.model.sections.filter((section) => mentions.has(section.heading));
    for (const unit of departing) {
      if (!mentions.has(unit) && !sections.some((section) => unit.start > section.start && unit.start < section.end)) continue;
      const kind = departure(unit.normalized)!;
      context.report({ messageId: kind, range: { start: unit.start, end: unit.end }, message: MESSAGES[kind] });
    }
  },
};
