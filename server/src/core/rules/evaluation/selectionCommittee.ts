import { NUMBER_WORDS } from '../../text/numberWords.js';
import { qualityEvaluated } from '../applicability.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import type { DocumentUnit } from '../../document/model.js';
import { findItem, unitStates } from '../../legal/find.js';
import type { Localized } from '../../types.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { scopeOf } from '../scope.js';
import { belowThreshold } from '../threshold.js';
import { TENDER_DOCUMENTS, evaluationInsertionOffset } from './common.js';

const MEMBERS =
  /\b(un|une|deux|trois|quatre|cinq|six|sept|one|two|three|four|five|seven|\d{1,2}) (?:\(\d{1,2}\) )?(?:autres )?(?:membres|members|evaluateurs|evaluators)\b/;

/**
 * Art. 26 al. 2: the selection committee is a secretary who coordinates it and at least 3 members.
 * Below the public tender threshold (art. 3) and in an invitation call (art. 29) the composition may
 * differ: findings are then information.
 */
export const selectionCommittee: Rule = {
  id: 'selection-committee',
  citation: '26.al2',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Le comité de sélection est composé d'un secrétaire chargé d'en coordonner les activités et d'au moins 3 membres.",
    en: 'The selection committee is made up of a secretary who coordinates its work and at least 3 members.',
  },
  notApplicable: qualityEvaluated,
  check(context) {
    const relaxed = belowThreshold(context) || context.data.procedure === 'invitation';
    const severity = relaxed ? 'information' : undefined;
    const problems: Localized[] = [];
    let range: OffsetRange | undefined;

    const declared = context.data.evaluation.comite;
    if (declared) {
      range = context.model.frontMatter?.valueRange(['evaluation', 'comite']);
      if (declared.secretaire === false) problems.push({ fr: "n'a pas de secrétaire", en: 'has no secretary' });
      if (declared.membres !== undefined && declared.membres < 3) problems.push(fewMembers(declared.membres));
    } else {
      const mentions = findItem(context.model, 'selectionCommittee');
      if (mentions.length === 0) {
        context.report({
          messageId: 'committeeMissing',
          severity: relaxed ? 'information' : 'warning',
          range: context.model.frontMatter?.valueRange(['adjudication']),
          message: {
            fr: 'Les documents ne décrivent pas le comité de sélection (clé evaluation.comite ou mention dans le texte) : un secrétaire et au moins 3 membres.',
            en: 'The documents do not describe the selection committee (key evaluation.comite or a mention in the text): a secretary and at least 3 members.',
          },
          fix: insertClauseFix(context.model, 'selectionCommittee', context.locale, evaluationInsertionOffset(context)),
        });
        return;
      }
      const scope = mentions.flatMap((unit) => scopeOf(context, unit));
      const counted = firstMembersCount(scope);
      if (!counted) return; // The committee is named without its composition: the regulation then applies as is.
      range = { start: counted.unit.start, end: counted.unit.end };
      const members = NUMBER_WORDS[counted.match[1]] ?? Number(counted.match[1]);
      if (members < 3) problems.push(fewMembers(members));
      if (!scope.some((unit) => unitStates(unit, 'committeeSecretary'))) problems.push({ fr: "n'a pas de secrétaire", en: 'has no secretary' });
    }
    if (problems.length === 0) return;
    const join = (locale: 'fr' | 'en') => problems.map((problem) => problem[locale]).join(locale === 'fr' ? ' et ' : ' and ');
    context.report({
      messageId: 'committeeIncomplete',
      range,
      severity,
      message: {
        fr: `Le comité de sélection ${join('fr')} : il doit compter un secrétaire et au moins 3 membres${relaxed ? ' (la composition peut différer sous le seuil ou sur invitation, art. 3 et 29)' : ''}.`,
        en: `The selection committee ${join('en')}: it must have a secretary and at least 3 members${relaxed ? ' (the composition may differ below the threshold or in an invitation call, s. 3 and 29)' : ''}.`,
      },
    });
  },
};

/** The first unit of the committee's passages that counts its members, with the count: those after it are not read. */
function firstMembersCount(scope: readonly DocumentUnit[]): { unit: DocumentUnit; match: RegExpExecArray } | undefined {
  for (const unit of scope) {
    const match = MEMBERS.exec(unit.normalized);
    if (match) return { unit, match };
  }
  return undefined;
}

const fewMembers = (count: number): Localized => ({
  fr: `ne compte que ${count} membre${count > 1 ? 's' : ''}`,
  en: `has only ${count} member${count > 1 ? 's' : ''}`,
});
