import { awardAmong } from '../applicability.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import { evaluationStatements } from '../../evaluation/statements.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule, RuleContext } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, evaluationInsertionOffset, formatNumber } from './common.js';

const MINIMUM = 15;
const MAXIMUM = 30;

/** The K values the documents state: the front-matter's, then the text's. */
function kValues(context: RuleContext): { value?: number; range: OffsetRange; inHeader: boolean }[] {
  const values: { value?: number; range: OffsetRange; inHeader: boolean }[] = [];
  const headerRange = context.model.frontMatter?.valueRange(['evaluation', 'k']);
  if (context.data.evaluation.k !== undefined && headerRange) values.push({ value: context.data.evaluation.k, range: headerRange, inHeader: true });
  for (const statement of evaluationStatements(context.model, 'k')) values.push({ value: statement.value, range: statement.range, inHeader: false });
  return values;
}

/**
 * Annexe 2 art. 9: in a quality-price call (art. 21) the documents set K, from 15 % to 30 %.
 * Quality-only calls (art. 22) apply articles 1–7 only: a K there has no effect (information).
 */
export const annex2KParameter: Rule = {
  id: 'annex2-k-parameter',
  citation: 'A2.9',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Annexe 2 : les documents fixent la valeur du paramètre K, entre 15 % et 30 %.',
    en: 'Annex 2: the documents set the value of the K parameter, from 15% to 30%.',
  },
  // Another award method with a K stated: a K without effect is told (below).
  notApplicable: (context) => {
    const mode = awardMode(context);
    if (mode !== undefined && kValues(context).length > 0) return undefined;
    return awardAmong(context, mode, ['qualite-prix'], {
      fr: "pas de prix ajusté, le paramètre K n'est pas utilisé.",
      en: 'no adjusted price, the K parameter is not used.',
    });
  },
  check(context) {
    const mode = awardMode(context);
    const values = kValues(context);
    if (mode !== 'qualite-prix') {
      context.report({
        messageId: 'kWithoutEffect',
        range: values[0].range,
        severity: 'information',
        message: {
          fr: "Le paramètre K ne sert qu'à l'adjudication selon le prix ajusté le plus bas (qualité-prix) : il n'a pas d'effet dans ce mode d'adjudication.",
          en: 'The K parameter only serves an award to the lowest adjusted price (quality-price): it has no effect with this award method.',
        },
      });
      return;
    }
    if (values.length === 0) {
      context.report({
        messageId: 'kMissing',
        range: context.model.frontMatter?.valueRange(['adjudication']),
        message: {
          fr: 'Les documents ne fixent pas la valeur du paramètre K (clé evaluation.k ou mention dans le texte), qui doit être entre 15 % et 30 %.',
          en: 'The documents do not set the value of the K parameter (key evaluation.k or a mention in the text), which must be from 15% to 30%.',
        },
        fix: insertClauseFix(context.model, 'kParameter', context.locale, evaluationInsertionOffset(context)),
      });
      return;
    }
    for (const { value, range } of values) {
      if (value === undefined || (value >= MINIMUM && value <= MAXIMUM)) continue;
      context.report({
        messageId: 'kOutOfRange',
        range,
        message: {
          fr: `K vaut ${formatNumber(value, 'fr')} % : il ne peut être inférieur à 15 % ni excéder 30 %.`,
          en: `K is ${formatNumber(value, 'en')}%: it can be neither lower than 15% nor higher than 30%.`,
        },
      });
    }
    const header = values.find((entry) => entry.inHeader);
    const differing = values.find((entry) => !entry.inHeader && entry.value !== undefined && header?.value !== undefined && entry.value !== header.value);
    if (header && differing) {
      context.report({
        messageId: 'kDiffers',
        range: header.range,
        message: {
          fr: `K vaut ${formatNumber(header.value!, 'fr')} % dans l'en-tête, mais ${formatNumber(differing.value!, 'fr')} % dans le texte.`,
          en: `K is ${formatNumber(header.value!, 'en')}% in the front-matter but ${formatNumber(differing.value!, 'en')}% in the text.`,
        },
        related: [{ range: differing.range, message: { fr: 'Valeur de K dans le texte', en: 'Value of K in the text' } }],
      });
    }
  },
};
