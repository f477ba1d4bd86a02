import { procedureIs } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, evaluationInsertionOffset, stated } from '../evaluation/common.js';

/** Art. 25 al. 2: a two-step call states whether all selected providers, or a restricted number, go to step 2. */
export const twoStepSecondStepInvitees: Rule = {
  id: 'two-step-second-step-invitees',
  citation: '25.al2',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Appel d'offres en deux étapes : les documents indiquent si tous les prestataires sélectionnés ou seulement un nombre restreint d'entre eux sont invités à la deuxième étape.",
    en: 'Two-step call: the documents state whether all the selected providers or only a restricted number of them are invited to the second step.',
  },
  notApplicable: (context) => procedureIs(context, 'deux-etapes'),
  check(context) {
    if (stated(context, 'secondStepInvitees')) return;
    context.report({
      messageId: 'inviteesMissing',
      range: context.model.frontMatter?.valueRange(['procedure']),
      message: {
        fr: "Appel d'offres en deux étapes : les documents n'indiquent pas si tous les prestataires sélectionnés ou seulement un nombre restreint d'entre eux seront invités à la deuxième étape.",
        en: 'Two-step call: the documents do not state whether all the selected providers or only a restricted number of them will be invited to the second step.',
      },
      fix: insertClauseFix(context.model, 'secondStepInvitees', context.locale, evaluationInsertionOffset(context)),
    });
  },
};
