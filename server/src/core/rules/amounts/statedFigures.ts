import type { OffsetRange } from '../../document/frontMatter.js';
import type { DocumentUnit } from '../../document/model.js';
import type { Localized } from '../../types.js';
import type { RuleContext } from '../rule.js';

/**
 * A figure of the call (an amount, a period) that a passage of the documents states: what the consistency rules of the
 * amounts compare with the front-matter's and with each other (SPEC §3: an item written in the body counts, and the
 * documents must give only one).
 */
export interface StatedFigure {
  unit: DocumentUnit;
  value: number;
}

/** The figure every statement must give: the front-matter's, else the first passage's (the notice comes first in a dossier). */
export interface Reference {
  value: number;
  range: OffsetRange;
  /** Where it is said, after « dans » / "in": « l'en-tête (garantie-soumission.montant) », « un autre passage ». */
  where: Localized;
}

/**
 * A sentence whose figure another passage may set aside, or that sets another aside: a default (« Sauf indication contraire
 * aux instructions particulières, les soumissions demeurent valides 45 jours »), a change (« l'article 3.4 est modifié »),
 * an example. Such figures legitimately differ from the call's.
 */
export const NOT_THE_CALLS_OWN =
  /\bsauf (?:indication|disposition|mention|avis) contraire\b|\ba moins (?:d'indication|que)\b|\bunless otherwise\b|\bpar defaut\b|\bby default\b|\bmodifi\w*|\bremplac\w*|\bamend\w*|\breplac\w*|\bexemples?\b|\bexample\b/;

/** The front-matter's figure as the reference, else the first statement's. */
export function referenceOf(
  context: RuleContext,
  key: { value: number | undefined; path: (string | number)[] },
  stated: readonly StatedFigure[],
): Reference | undefined {
  const range = key.value === undefined ? undefined : context.model.frontMatter?.valueRange(key.path);
  if (key.value !== undefined && range) {
    const name = key.path.join('.');
    return { value: key.value, range, where: { fr: `l'en-tête (${name})`, en: `the front-matter (${name})` } };
  }
  const [first] = stated;
  if (!first) return undefined;
  return { value: first.value, range: { start: first.unit.start, end: first.unit.end }, where: { fr: 'un autre passage', en: 'another passage' } };
}
