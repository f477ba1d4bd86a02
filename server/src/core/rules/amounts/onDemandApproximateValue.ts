import { notOnDemand } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, documentEnd, stated } from '../evaluation/common.js';

/** Art. 31: an on-demand contract's documents state the approximate monetary value of the services. */
export const onDemandApproximateValue: Rule = {
  id: 'on-demand-approximate-value',
  citation: '31',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Contrat à exécution sur demande : les documents indiquent la valeur monétaire approximative des services à requérir.',
    en: 'On-demand contract: the documents state the approximate monetary value of the services to be requested.',
  },
  notApplicable: notOnDemand,
  check(context) {
    if (context.model.frontMatter?.valueRange(['contrat', 'valeur-approximative']) || stated(context, 'approximateValue')) return;
    context.report({
      messageId: 'valueMissing',
      range: context.model.frontMatter?.valueRange(['contrat', 'execution-sur-demande']),
      message: {
        fr: "Contrat à exécution sur demande : les documents n'indiquent pas la valeur monétaire approximative des services à requérir (clé contrat.valeur-approximative ou mention dans le texte).",
        en: 'On-demand contract: the documents do not state the approximate monetary value of the services to be requested (key contrat.valeur-approximative or a mention in the text).',
      },
      fix: insertClauseFix(context.model, 'approximateValue', context.locale, documentEnd(context)),
    });
  },
};
