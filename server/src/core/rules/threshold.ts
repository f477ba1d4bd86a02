import type { RuleContext } from './rule.js';

/**
 * Art. 3 al. 2: below the public tender threshold (the document's `seuil-appel-offres`, else the
 * setting), the receipt period of 4.6°, the establishment of 6.2°, the addendum delay of 9 al. 2 and
 * the committee of 26 al. 2 may differ: their findings become information.
 */
export function belowThreshold(context: Pick<RuleContext, 'data' | 'settings'>): boolean {
  const { montantEstime, seuilAppelOffres } = context.data;
  return montantEstime !== undefined && montantEstime < (seuilAppelOffres ?? context.settings.publicTenderThreshold);
}
