import type { Inapplicable } from '../applicability.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import { findItem } from '../../legal/find.js';
import type { Rule, RuleContext } from '../rule.js';
import { scopeOf } from '../scope.js';
import { TENDER_DOCUMENTS, formatNumber } from '../evaluation/common.js';

const MAXIMUM = 10;
const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?) ?(?:%|pour ?cent|percent)/;
const PLACEHOLDER = /\[(?:a completer|to complete) ?:/;

interface Margin {
  value?: number;
  /** A percentage, or a placeholder for it, is written. */
  stated: boolean;
  range: OffsetRange;
}

/** Margins the document grants: the front-matter key, and each body passage naming one, with its percentage if any. */
function margins(context: RuleContext): Margin[] {
  const found: Margin[] = [];
  const range = context.model.frontMatter?.valueRange(['marge-preferentielle']);
  if (context.data.margePreferentielle !== undefined && range) found.push({ value: context.data.margePreferentielle, stated: true, range });
  for (const mention of findItem(context.model, 'preferentialMargin')) {
    const scope = scopeOf(context, mention);
    const withValue = scope.map((unit) => ({ unit, match: PERCENT.exec(unit.normalized) })).find((entry) => entry.match);
    const placeholder = scope.some((unit) => PLACEHOLDER.test(unit.normalized));
    found.push({
      value: withValue ? Number(withValue.match![1].replace(',', '.')) : undefined,
      stated: withValue !== undefined || placeholder,
      range: withValue ? { start: withValue.unit.start, end: withValue.unit.end } : { start: mention.start, end: mention.end },
    });
  }
  return found;
}

/** No margin granted: neither rule of art. 50 asks anything. */
function noMargin(context: RuleContext): Inapplicable {
  if (margins(context).length > 0) return undefined;
  return {
    fr: 'Aucune marge préférentielle prévue : ni clé marge-preferentielle ni mention dans les documents.',
    en: 'No preferential margin provided for: no key marge-preferentielle and no mention in the documents.',
  };
}

/** Art. 50 al. 2: the preferential margin is at most 10 %. */
export const preferentialMarginMaximum: Rule = {
  id: 'preferential-margin-maximum',
  citation: '50.al2',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: { fr: 'La marge préférentielle est d’au plus 10 %.', en: 'The preferential margin is at most 10%.' },
  notApplicable: noMargin,
  check(context) {
    for (const margin of margins(context)) {
      if (margin.value === undefined || margin.value <= MAXIMUM) continue;
      context.report({
        range: margin.range,
        message: {
          fr: `La marge préférentielle est de ${formatNumber(margin.value, 'fr')} % : elle ne peut dépasser 10 %.`,
          en: `The preferential margin is ${formatNumber(margin.value, 'en')}%: it cannot exceed 10%.`,
        },
      });
    }
  },
};

/** Art. 50 al. 3: the percentage of the preferential margin is indicated in the documents. */
export const preferentialMarginStated: Rule = {
  id: 'preferential-margin-stated',
  citation: '50.al3',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Le pourcentage de marge préférentielle est indiqué dans les documents.',
    en: 'The percentage of the preferential margin is indicated in the documents.',
  },
  notApplicable: noMargin,
  check(context) {
    const found = margins(context);
    if (found.some((margin) => margin.stated)) return;
    context.report({
      range: found[0].range,
      message: {
        fr: 'Une marge préférentielle est prévue, mais son pourcentage (au plus 10 %) n’est pas indiqué (clé marge-preferentielle ou mention dans le texte).',
        en: 'A preferential margin is provided for, but its percentage (at most 10%) is not indicated (key marge-preferentielle or a mention in the text).',
      },
    });
  },
};
