import type { Clause } from '../clauses.js';

/** Clauses that depend on the contract's amount or terms (art. 29.7, 31, 48, 50.1, 50.3). */
export const AMOUNT_CLAUSES = {
  revenuQuebecAttestation: {
    id: 'attestation-revenu-quebec',
    citation: '50.1',
    title: { fr: 'Attestation de Revenu Québec', en: 'Revenu Québec attestation' },
    text: {
      fr: '**Attestation de Revenu Québec :** le prestataire de services qui a au Québec un établissement où il exerce ses activités de façon permanente doit détenir une attestation de Revenu Québec valide, délivrée au plus tard à la date et à l’heure limites fixées pour la réception des soumissions. L’attestation est valide jusqu’à la fin de la période de trois mois qui suit le mois au cours duquel elle a été délivrée.',
      en: '**Revenu Québec attestation:** a service provider with an establishment in Québec where it permanently carries on its activities must hold a valid attestation from Revenu Québec, issued no later than the closing date and time for the receipt of bids. The attestation is valid until the end of the three-month period following the month in which it was issued.',
    },
  },
  equalityProgramme: {
    id: 'programme-acces-egalite',
    citation: '48.al1',
    title: { fr: 'Programme d’accès à l’égalité', en: 'Equal access employment programme' },
    text: {
      fr: '**Programme d’accès à l’égalité :** le prestataire de services ou le sous-contractant du Québec dont l’entreprise compte plus de 100 employés doit s’être engagé à implanter un programme d’accès à l’égalité conforme à la Charte des droits et libertés de la personne et être titulaire d’une attestation d’engagement délivrée par le président du Conseil du trésor. Celui d’une autre province ou d’un autre territoire du Canada, ou régi par la législation fédérale, qui compte plus de 100 employés fournit une attestation d’engagement à implanter un programme d’équité en emploi conforme à celui de sa province, de son territoire ou au programme fédéral. Ces exigences s’appliquent aussi à tout sous-contrat de 100 000 $ ou plus.',
      en: '**Equal access employment programme:** a Québec service provider or subcontractor with more than 100 employees must have undertaken to implement an equal access employment programme in accordance with the Charter of human rights and freedoms and hold an attestation of commitment issued by the Chair of the Conseil du trésor. One from another province or territory of Canada, or under federal jurisdiction, with more than 100 employees provides an attestation of commitment to implement an employment equity programme in accordance with that of its province or territory or with the federal programme. These requirements also apply to any subcontract of $100,000 or more.',
    },
  },
  approximateValue: {
    id: 'valeur-approximative',
    citation: '31',
    title: { fr: 'Valeur monétaire approximative (contrat à exécution sur demande)', en: 'Approximate monetary value (on-demand contract)' },
    text: {
      fr: '**Valeur approximative :** la valeur monétaire approximative des prestations de services que l’organisme public entend requérir est de {{montant}} $.',
      en: '**Approximate value:** the approximate monetary value of the services the public body intends to request is ${{amount}}.',
    },
  },
  bidValidity: {
    id: 'validite-soumissions',
    citation: '29.7',
    title: { fr: 'Période de validité des soumissions', en: 'Bid validity period' },
    text: {
      fr: '**Validité des soumissions :** les soumissions demeurent valides pendant {{nombre}} jours suivant la date et l’heure limites fixées pour leur réception.',
      en: '**Bid validity:** bids remain valid for {{number}} days after the closing date and time for their receipt.',
    },
  },
} satisfies Record<string, Clause>;
