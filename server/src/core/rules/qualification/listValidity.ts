import type { DocumentModel, DocumentUnit } from '../../document/model.js';
import { findUnits, unitQuestion } from '../../legal/find.js';
import { LIST_VALIDITY } from '../../legal/recognisers/deadlines.js';
import { NUMBER_WORDS } from '../../text/numberWords.js';

/** The list's validity a passage of the notice's text states, in months. */
export interface ListValidityInText {
  unit: DocumentUnit;
  months: number;
}

function monthsIn(normalized: string): number | undefined {
  for (const pattern of LIST_VALIDITY) {
    const match = pattern.exec(normalized);
    if (!match) continue;
    const count = Number(match[2] ?? NUMBER_WORDS[match[1]] ?? match[1]);
    return /^(?:mois|month)/.test(match[3]) ? count : count * 12;
  }
  return undefined;
}

const STATES_LIST_VALIDITY = unitQuestion('listValidity', (normalized) => monthsIn(normalized) !== undefined);

/** Each passage that states the list's validity with its duration (« La liste est valide pendant trois ans »). */
export function listValidityInText(model: DocumentModel): ListValidityInText[] {
  return findUnits(model, STATES_LIST_VALIDITY).map((unit) => ({ unit, months: monthsIn(unit.normalized)! }));
}
