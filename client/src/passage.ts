import type { ConformityItem } from '../../server/src/core/features/conformity.js';
import type { Range } from '../../server/src/core/types.js';

/** What a ✓ row of the Conformité view shows of the passage (or front-matter key) that met its rule. */
export interface PassageRow {
  /** Where a click on the row goes. */
  range: Range;
  /** The row's description: the line, then the rule's description. */
  description: string;
  /** Added to the row's tooltip: what matched, and the quotation. */
  tooltip: string;
}

/** The first passage that met an `ok` rule, as its row shows it; undefined for a rule that cites none. */
export function passageRow(item: ConformityItem, locale: 'fr' | 'en'): PassageRow | undefined {
  const passage = item.status === 'ok' ? item.evidence?.[0] : undefined;
  if (!passage) return undefined;
  const line = passage.range.start.line + 1;
  const matched = passage.template ? ` (${passage.template})` : '';
  const tooltip =
    passage.frontMatterKey !== undefined
      ? { fr: `Clé d'en-tête « ${passage.frontMatterKey} », ligne ${line} : « ${passage.quote} »`, en: `Front-matter key "${passage.frontMatterKey}", line ${line}: "${passage.quote}"` }
      : { fr: `Passage de la ligne ${line}${matched} : « ${passage.quote} »`, en: `Passage at line ${line}${matched}: "${passage.quote}"` };
  return { range: passage.range, description: `${locale === 'fr' ? 'ligne' : 'line'} ${line} — ${item.description}`, tooltip: tooltip[locale] };
}
