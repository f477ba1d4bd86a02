import { amountAtLeast, both } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, documentEnd, sectionEnd, stated } from '../evaluation/common.js';

const THRESHOLD = 100_000;
/** Art. 47: the equality-programme division applies to LCOP art. 4 al. 1 par. 1–2 bodies only. */
const CATEGORIES = new Set(['ministere', 'organisme-budgetaire']);

/** Art. 48 al. 1: 100 000 $ or more, a provider of more than 100 employees holds an equality-programme attestation. */
export const equalityProgrammeAttestation: Rule = {
  id: 'equality-programme-attestation',
  citation: '48.al1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Contrat de 100 000 $ ou plus d'un ministère ou d'un organisme budgétaire : attestation d'engagement à un programme d'accès à l'égalité (plus de 100 employés).",
    en: 'Contract of $100,000 or more of a ministry or budget-funded body: attestation of commitment to an equal access employment programme (more than 100 employees).',
  },
  notApplicable(context) {
    const below = amountAtLeast(context, THRESHOLD, {
      fr: "seuil de l'attestation d'accès à l'égalité, art. 48",
      en: 'threshold of the equal access attestation, s. 48',
    });
    if (below) return below;
    const category = context.data.organisme.categorie;
    if (!category || !CATEGORIES.has(category)) {
      return both((l) =>
        l === 'fr'
          ? `L'organisme n'est ni un ministère ni un organisme budgétaire (${category ? `organisme.categorie : ${category}` : 'clé organisme.categorie absente'}) : la section de l'art. 47 ne s'applique pas.`
          : `The body is neither a ministry nor a budget-funded body (${category ? `organisme.categorie: ${category}` : 'key organisme.categorie absent'}): the division of s. 47 does not apply.`,
      );
    }
    return undefined;
  },
  check(context) {
    if (stated(context, 'equalityProgramme')) return;
    const offset = sectionEnd(context.model, 'eligibilitySection') ?? documentEnd(context);
    context.report({
      messageId: 'attestationMissing',
      range: context.model.frontMatter?.valueRange(['montant-estime']),
      message: {
        fr: "Contrat de 100 000 $ ou plus d'un organisme visé à l'art. 47 : les documents doivent exiger du prestataire de plus de 100 employés une attestation d'engagement à un programme d'accès à l'égalité.",
        en: 'Contract of $100,000 or more of a body covered by s. 47: the documents must require a provider with more than 100 employees to hold an attestation of commitment to an equal access employment programme.',
      },
      fix: insertClauseFix(context.model, 'equalityProgramme', context.locale, offset),
    });
  },
};
