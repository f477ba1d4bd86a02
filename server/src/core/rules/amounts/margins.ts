import type { Inapplicable } from '../applicability.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import { findItem, unitStates } from '../../legal/find.js';
import type { RuleContext } from '../rule.js';
import { scopeOf } from '../scope.js';

const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?) ?(?:%|pour ?cent|percent)/;

const PLACEHOLDER = /\[(?:a completer|to complete) ?:/;

interface Margin {
  value?: number;
  /** A percentage, or a placeholder for it, is written. */
  stated: boolean;
  range: OffsetRange;
}

/** Margins the document grants: the front-matter key, and each body passage naming one, with its percentage if any. */
export function margins(context: RuleContext): Margin[] {
  const found: Margin[] = [];
  const range = context.model.frontMatter?.valueRange(['marge-preferentielle']);
  if (context.data.margePreferentielle !== undefined && range) found.push({ value: context.data.margePreferentielle, stated: true, range });
  for (const mention of findItem(context.model, 'preferentialMargin')) {
    // A passage that denies a margin, without a percentage, provides for none (« aucune marge préférentielle ne s'applique »).
    if (!PERCENT.test(mention.normalized) && unitStates(mention, 'preferentialMarginDenied')) continue;
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
export function noMargin(context: RuleContext): Inapplicable {
  if (margins(context).length > 0) return undefined;
  return {
    fr: 'Aucune marge préférentielle prévue : ni clé marge-preferentielle ni mention dans les documents.',
    en: 'No preferential margin provided for: no key marge-preferentielle and no mention in the documents.',
  };
}
