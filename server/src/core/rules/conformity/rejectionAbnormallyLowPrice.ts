import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7.1: a bid at an abnormally low price is non-compliant and rejected (after the chief executive's authorisation). */
export const rejectionAbnormallyLowPrice = rejectionCaseRule({
  id: 'rejection-abnormally-low-price',
  citation: '7.1',
  item: 'abnormallyLowPrice',
  description: {
    fr: "Les conditions de conformité indiquent qu'une soumission au prix anormalement bas est non conforme et doit être rejetée, après autorisation du dirigeant (section IV.1).",
    en: "The conformity conditions state that a bid with an abnormally low price is non-compliant and must be rejected, after the chief executive's authorisation (Division IV.1).",
  },
  missing: {
    fr: "Les conditions de conformité n'indiquent pas qu'une soumission comportant un prix anormalement bas est non conforme et doit être rejetée, après autorisation du dirigeant de l'organisme public.",
    en: 'The conformity conditions do not state that a bid with an abnormally low price is non-compliant and must be rejected, after authorisation by the chief executive of the public body.',
  },
});
