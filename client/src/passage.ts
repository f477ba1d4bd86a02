import type { ConformityItem } from '../../server/src/core/features/conformity.js';
import type { Range } from '../../server/src/core/types.js';

/** What a ✓ row of the Conformité view shows of the passage (or front-matter key) that met its rule. */
export interface PassageRow {
  /** Where a click on the row goes: a range of the document, or of the other file of its dossier at `uri`. */
  range: Range;
  uri?: string;
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
  // In another file of the dossier: that file is named with the line.
  const file = passage.document ? `${passage.document}, ` : '';
  const inFile = passage.document ? { fr: ` de ${passage.document}`, en: ` of ${passage.document}` } : { fr: '', en: '' };
  const tooltip =
    passage.frontMatterKey !== undefined
      ? {
          fr: `Clé d'en-tête « ${passage.frontMatterKey} », ligne ${line}${inFile.fr} : « ${passage.quote} »`,
          en: `Front-matter key "${passage.frontMatterKey}", line ${line}${inFile.en}: "${passage.quote}"`,
        }
      : {
          fr: `Passage de la ligne ${line}${inFile.fr}${matched} : « ${passage.quote} »`,
          en: `Passage at line ${line}${inFile.en}${matched}: "${passage.quote}"`,
        };
  return {
    range: passage.range,
    ...(passage.uri && { uri: passage.uri }),
    description: `${file}${locale === 'fr' ? 'ligne' : 'line'} ${line} — ${item.description}`,
    tooltip: tooltip[locale],
  };
}
