import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7 par. 7°: a rejection case the conformity conditions state. */
export const rejectionOtherDesignatedConditions = rejectionCaseRule({
  id: 'rejection-other-designated-conditions',
  citation: '7.7°',
  item: 'otherDesignatedCondition',
  severity: 'information',
  description: {
    fr: "Les conditions de conformité indiquent que le non-respect de toute autre condition désignée comme entraînant le rejet automatique l'entraîne : seules les conditions ainsi désignées causent un rejet automatique.",
    en: 'The conformity conditions state that failing any other condition designated as causing automatic rejection causes it: only conditions so designated do.',
  },
  missing: {
    fr: 'Les conditions de conformité ne mentionnent pas le rejet automatique pour le non-respect de toute autre condition désignée comme telle : un motif de rejet automatique non désigné expressément ne peut être appliqué.',
    en: 'The conformity conditions do not mention automatic rejection for failing any other condition designated as such: an automatic rejection ground not expressly designated cannot be applied.',
  },
});
