import type { OffsetRange } from '../../document/frontMatter.js';
import type { DocumentUnit } from '../../document/model.js';
import { unitMarkdown } from '../../document/reviewMarks.js';
import { findPlaceholders, isPlaceholder } from '../../legal/placeholders.js';
import { noticeSection } from '../../legal/notice.js';
import type { Rule, RuleContext } from '../rule.js';
import { NOTICE_TYPES } from './requiredItem.js';

/** Front-matter keys whose value the notice states (art. 4 al. 2). */
const NOTICE_KEYS = [['organisme', 'nom'], ['titre'], ['renseignements'], ['reception', 'lieu'], ['ouverture', 'lieu']];

/**
 * Art. 4 al. 2: the notice indicates its items. A template's fill-in mark left in it (« (NOM DE
 * L'ORGANISME PUBLIC) », « [à compléter : date] », « XXXX », a mail-merge field) states nothing, and
 * would be published as is.
 */
export const noticePlaceholderLeft: Rule = {
  id: 'notice-placeholder-left',
  citation: '4.al2',
  severity: 'warning',
  appliesTo: NOTICE_TYPES,
  description: {
    fr: "L'avis ne contient aucun espace à remplir laissé d'un gabarit : chaque élément y est indiqué.",
    en: 'The notice holds no fill-in mark left from a template: each item is stated.',
  },
  check(context) {
    const report = (range: OffsetRange, text: string) =>
      context.report({
        messageId: 'placeholderLeft',
        range,
        message: {
          fr: `Espace à remplir laissé dans l'avis : « ${text} ». Remplacez-le par la valeur avant la publication.`,
          en: `Fill-in mark left in the notice: "${text}". Replace it with the value before publication.`,
        },
      });
    for (const path of NOTICE_KEYS) {
      const value = valueAt(context, path);
      const range = context.model.frontMatter?.valueRange(path);
      if (value !== undefined && range && isPlaceholder(value)) report(range, value);
    }
    for (const unit of noticeUnits(context)) {
      if (unit.kind === 'code' || unit.kind === 'html' || unit.kind === 'yaml') continue;
      for (const placeholder of findPlaceholders(unit.text)) {
        // Found again in the source, as published (not a struck one).
        const found = unitMarkdown(context.model, unit).indexOf(placeholder.text);
        const at = found >= 0 ? unit.start + found : -1;
        report(at >= 0 && at < unit.end ? { start: at, end: at + placeholder.text.length } : { start: unit.start, end: unit.end }, placeholder.text);
      }
    }
  },
};

function valueAt(context: RuleContext, path: string[]): string | undefined {
  let value: unknown = context.model.frontMatter?.data;
  for (const key of path) value = value && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The notice's units: its section where the document has one, the whole body of a notice alone. */
function noticeUnits(context: RuleContext): DocumentUnit[] {
  const notice = noticeSection(context.model);
  if (notice) return [notice.heading, ...context.unitsOf(notice)];
  return context.type === 'avis' ? context.model.units.filter((unit) => unit.start >= context.model.bodyStart) : [];
}
