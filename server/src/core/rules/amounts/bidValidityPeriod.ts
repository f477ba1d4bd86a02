import type { DocumentModel, DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import { VALIDITY_PERIOD } from '../../legal/recognisers/evaluation.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { toConfirm } from '../documents/requiredItem.js';
import { TENDER_DOCUMENTS, documentEnd } from '../evaluation/common.js';

const MISSING = {
  fr: "Les documents n'indiquent pas la période de validité des soumissions (clé validite-soumissions-jours ou mention dans le texte) : le rejet d'un prix anormalement bas doit être autorisé avant son expiration (art. 29.7).",
  en: 'The documents do not state the bid validity period (key validite-soumissions-jours or a mention in the text): rejecting an abnormally low price must be authorised before it expires (s. 29.7).',
};

/**
 * Whether a passage on bid validity states the period: its own words (a title set in bold or in capitals may
 * be a sentence its drafter stressed: « **Les soumissions demeurent valides 90 jours.** »), or for a heading
 * (« Validité des soumissions »), its section's.
 */
function statesPeriod(model: DocumentModel, unit: DocumentUnit): boolean {
  if (VALIDITY_PERIOD.test(unit.normalized)) return true;
  if (unit.kind !== 'heading') return false;
  const section = model.sections.find((candidate) => candidate.heading.start === unit.start);
  return section !== undefined && model.units.some((other) => other.start > unit.start && other.start < section.end && VALIDITY_PERIOD.test(other.normalized));
}

/**
 * Art. 29.7: the dirigeant authorises the rejection of an abnormally low bid before the bid-validity
 * period expires, which presupposes that the documents state that period. A passage on the bids' validity
 * that gives no period (« valides pendant toute la durée de validité ») is uncertain evidence: a warning there.
 */
export const bidValidityPeriod: Rule = {
  id: 'bid-validity-period',
  citation: '29.7',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Les documents indiquent la période de validité des soumissions.',
    en: 'The documents state the bid validity period.',
  },
  check(context) {
    if (context.model.frontMatter?.valueRange(['validite-soumissions-jours'])) return;
    const passages = findItem(context.model, 'bidValidity');
    if (passages.some((unit) => statesPeriod(context.model, unit))) return;
    const fix = insertClauseFix(context.model, 'bidValidity', context.locale, documentEnd(context));
    const [near] = passages;
    if (near) {
      context.report({
        messageId: 'periodNotStated',
        range: { start: near.start, end: near.end },
        message: toConfirm(MISSING, {
          lacks: {
            fr: 'il ne dit pas pendant combien de temps les soumissions demeurent valides (ni durée ni date)',
            en: 'it does not say how long bids remain valid (neither a duration nor a date)',
          },
        }),
        fix,
      });
      return;
    }
    context.report({ messageId: 'periodMissing', message: MISSING, fix });
  },
};
