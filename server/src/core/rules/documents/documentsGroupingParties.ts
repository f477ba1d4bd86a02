import type { DocumentUnit } from '../../document/model.js';
import { findItem, unitStates } from '../../legal/find.js';
import type { RuleContext } from '../rule.js';
import { frontMatterEvidence, passages } from '../evidence.js';
import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { withFollowing } from './scope.js';
import { groupingMentions, notAGrouping } from './grouping.js';

/** Every party of the front-matter's `regroupement` has its name and needs. */
function declaredInFull(context: RuleContext): boolean {
  const declared = context.data.regroupement;
  return declared.length > 0 && declared.every((party) => party.organisme && party.besoins);
}

/** Passages naming the parties followed by their needs. */
function partiesWithNeeds(context: RuleContext): DocumentUnit[] {
  return findItem(context.model, 'groupingParties').filter((unit) => withFollowing(context, unit).some((part) => unitStates(part, 'groupingNeeds')));
}

/** Art. 5 par. 2°: in a grouping, every party and its needs are identified. */
export const documentsGroupingParties = requiredDocumentItem({
  id: 'documents-grouping-parties',
  citation: '5.2°',
  description: {
    fr: "Dans le cas d'un regroupement d'organismes, les documents identifient chaque organisme partie au regroupement et ses besoins.",
    en: 'For a grouping of public bodies, the documents identify every body that is a party to the grouping and its needs.',
  },
  missing: {
    fr: "Regroupement d'organismes : les documents n'identifient pas chaque organisme partie au regroupement et ses besoins (clé regroupement : organisme et besoins).",
    en: 'Grouping of public bodies: the documents do not identify every party to the grouping and its needs (key regroupement: organisme and besoins).',
  },
  notApplicable: notAGrouping,
  present: (context) => declaredInFull(context) || partiesWithNeeds(context).length > 0,
  evidence: (context) => (declaredInFull(context) ? frontMatterEvidence(context, ['regroupement']) : passages(partiesWithNeeds(context), 'groupingParties')),
  range: (context) => {
    const incomplete = context.data.regroupement.findIndex((party) => !party.organisme || !party.besoins);
    const mention = groupingMentions(context)[0];
    return (
      (incomplete >= 0 ? context.model.frontMatter?.keyRange(['regroupement', incomplete]) : undefined) ??
      context.model.frontMatter?.keyRange(['regroupement']) ??
      (mention && { start: mention.start, end: mention.end })
    );
  },
  fix: (context) => newSectionFix(context, 'grouping', 'grouping'),
});
