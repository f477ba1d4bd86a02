import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, modeRange } from '../evaluation/common.js';
import { sectionIvMechanics, technicalWithQuality } from './technicalServices.js';

/** Art. 33: a technical-services call that evaluates quality applies section IV of chapter II. */
export const technicalServicesQualitySectionIv: Rule = {
  id: 'technical-services-quality-section-iv',
  citation: '33',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Un contrat de services de nature technique adjugé sur la qualité applique la section IV du chapitre II (grille, comité, prix et qualité séparés).',
    en: 'A technical-services contract awarded on quality applies division IV of chapter II (grid, committee, price and quality presented separately).',
  },
  notApplicable: technicalWithQuality,
  check(context) {
    const mechanics = sectionIvMechanics(context);
    const missing = mechanics.filter((mechanic) => !mechanic.present);
    if (missing.length === 0 || missing.length === mechanics.length) return; // All missing: art. 10 reports it.
    const list = (locale: 'fr' | 'en') => missing.map((mechanic) => mechanic.name[locale]).join(', ');
    context.report({
      messageId: 'mechanicsMissing',
      range: modeRange(context),
      message: {
        fr: `Services de nature technique évalués sur la qualité (art. 33) : il manque ${list('fr')}.`,
        en: `Technical services evaluated on quality (s. 33): missing ${list('en')}.`,
      },
    });
  },
};
