import { ruleTester } from '../ruleTester.js';
import { tender } from './tenderDocument.js';

const ADMISSIBILITY = (text: string) => `## Conditions d’admissibilité\n\n${text}`;
const PAE = 'S’il compte plus de 100 employés, le prestataire détient une attestation d’engagement à un programme d’accès à l’égalité.';
const ARQ = 'Le prestataire détient une attestation de Revenu Québec valide.';

ruleTester('revenu-quebec-attestation', {
  valid: [
    { name: 'attestation required', code: tender() },
    { name: 'ARQ abbreviation', code: tender({}, { admissibility: ADMISSIBILITY(`Le prestataire doit fournir son ARQ. ${PAE}`) }) },
    // The issuer a few words after the attestation, or before it, in a calque of the French.
    ...[
      'Le prestataire détient une attestation valide délivrée par Revenu Québec.',
      'The Bidder must detain a valid attestation of Revenu Québec.',
      'The Bidder provides Revenu Québec’s attestation with its bid.',
    ].map((sentence) => ({ name: `attestation: « ${sentence} »`, code: tender({}, { admissibility: ADMISSIBILITY(`${sentence} ${PAE}`) }) })),
    { name: 'below 25 000 $', code: tender({ 'montant-estime': '24 999 $' }, { admissibility: ADMISSIBILITY(PAE) }) },
    // A later copy asked before the signing, where the documents also bar an attestation issued after the closing.
    ...[
      "L'attestation de Revenu Québec ne doit pas avoir été délivrée après la date et l'heure limites de réception des soumissions. L'adjudicataire transmet une copie à jour de son attestation au plus tard à la signature du contrat.",
      'The Revenu Québec attestation must not have been issued after the closing date and time. The successful bidder sends an updated attestation no later than the signing of the contract.',
      // The exemption art. 50.6 gives, and one under the regulation's own threshold.
      `${ARQ}\n\nCette exigence ne s'applique pas au prestataire qui n'a pas d'établissement au Québec.`,
      `${ARQ}\n\nThis requirement does not apply to contracts under $25,000.`,
      // « Le cas échéant »: the provider without an establishment in Québec; « s'il en détient une » of another attestation.
      "Le prestataire joint une copie de l'attestation de Revenu Québec, le cas échéant.",
      "Le prestataire joint son attestation de Revenu Québec et, s'il en détient une, son attestation d'engagement au programme d'accès à l'égalité.",
    ].map((text) => ({ name: `weakening not said: « ${text.slice(0, 60)} »`, code: tender({}, { admissibility: ADMISSIBILITY(`${text} ${PAE}`) }) })),
    // The absence of the attestation no cause of rejection for the provider art. 50.6 exempts; the absence of another
    // document; a later copy before the award where the closing is the issue limit; a table's mandatory mark.
    ...[
      "L'absence de l'attestation de Revenu Québec n'entraîne pas le rejet de la soumission du prestataire sans établissement au Québec.",
      'The absence of a Revenu Québec attestation shall not render ineligible a bidder without an establishment in Québec.',
      "Le prestataire détient une attestation de Revenu Québec valide; l'absence de la lettre de présentation n'entraîne pas le rejet.",
      "L'attestation de Revenu Québec ne doit pas avoir été délivrée après la date et l'heure limites. L'adjudicataire en transmet une copie à jour avant l'octroi.",
      "L'attestation de Revenu Québec ne doit pas avoir été délivrée après la date et l'heure limites. Si sa soumission est retenue, le soumissionnaire s'engage à en fournir une copie à jour.",
      'The Revenu Québec attestation must not have been issued after the closing date and time. The bidder undertakes to provide an updated copy if selected.',
      'Légende : E = exigé; N = non obligatoire.\n\n| Pièce | E/N |\n|---|---|\n| Attestation de Revenu Québec | E |\n| Lettre de présentation | N |',
    ].map((text) => ({ name: `attestation required: « ${text.slice(0, 60)} »`, code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }) })),
    {
      name: 'a section titled by the attestation whose table marks another document optional',
      code: tender(
        {},
        {
          admissibility: ADMISSIBILITY(
            `${PAE}\n\n### Attestation de Revenu Québec\n\n| Pièce | Statut |\n|---|---|\n| Attestation valide | Obligatoire |\n| Lettre de présentation | Facultatif |`,
          ),
        },
      ),
    },
    {
      name: 'an attestation sent up to the signing, in a call under 25 000 $',
      code: tender(
        { 'montant-estime': '20000' },
        { admissibility: ADMISSIBILITY(`Le prestataire peut transmettre son attestation de Revenu Québec jusqu'à la signature du contrat. ${PAE}`) },
      ),
    },
  ],
  invalid: [
    {
      name: 'missing at 25 000 $: fix inserts the clause in the admissibility section',
      code: tender({ 'montant-estime': '25000' }, { admissibility: ADMISSIBILITY(PAE) }),
      errors: [{ line: 7, column: 17, messageId: 'attestationMissing', severity: 'error', message: /25 000 \$/ }],
      output: tender(
        { 'montant-estime': '25000' },
        {
          admissibility: ADMISSIBILITY(
            `${PAE}\n\n**Attestation de Revenu Québec :** le prestataire de services qui a au Québec un établissement où il exerce ses activités de façon permanente doit détenir une attestation de Revenu Québec valide, délivrée au plus tard à la date et à l’heure limites fixées pour la réception des soumissions. L’attestation est valide jusqu’à la fin de la période de trois mois qui suit le mois au cours duquel elle a été délivrée.`,
          ),
        },
      ),
    },
    // Art. 50.3 al. 2: an attestation issued or sent after the closing, up to the contract's signing or award.
    ...[
      "Le prestataire détient une attestation de Revenu Québec valide. L'attestation de Revenu Québec peut être remise à l'organisme jusqu'à l'adjudication du contrat.",
      'The bidder must hold a valid Revenu Québec attestation, which it may submit no later than the award of the contract.',
      "L'attestation de Revenu Québec pourra être délivrée même après la date limite de réception. L'attestation ne doit pas avoir été délivrée après la date et l'heure limites de réception.",
      // The French says it, the English version still bars an attestation issued after the closing.
      "Le prestataire peut transmettre son attestation de Revenu Québec jusqu'à la signature du contrat.\n\nThe attestation from Revenu Québec must not have been issued after the closing date and time.",
    ].map((text) => ({
      name: `attestation after the closing: « ${text.slice(0, 60)} »`,
      code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }),
      errors: [{ line: 28, messageId: 'attestationAfterClosing', severity: 'error' as const, message: /50\.3/ }],
    })),
    // Art. 50.1: the attestation optional.
    ...[
      'Le soumissionnaire joint son attestation de Revenu Québec si elle est disponible.',
      'The Revenu Québec attestation, if the bidder holds one, is attached to the tender.',
    ].map((text) => ({
      name: `attestation optional: « ${text} »`,
      code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }),
      errors: [{ line: 28, messageId: 'attestationOptional', severity: 'error' as const, message: /50\.1/ }],
    })),
    // Art. 50.1: the attestation optional by its absence said no cause of rejection, held « if the bidder has one », given
    // before the award, or marked optional in a table of the documents to submit.
    ...[
      "Le prestataire joint son attestation de Revenu Québec; le défaut de fournir l'attestation ne constitue pas un motif de rejet.",
      'A Revenu Québec attestation should accompany the tender; failure to submit the attestation will not result in the rejection of the tender.',
      'Si le soumissionnaire possède une attestation de Revenu Québec, il en joint une copie.',
      'Bidders attach their Revenu Québec attestation when they hold one.',
    ].map((text) => ({
      name: `attestation optional: « ${text.slice(0, 60)} »`,
      code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }),
      errors: [{ line: 28, messageId: 'attestationOptional', severity: 'error' as const, message: /50\.1/ }],
    })),
    // Promised for when the bid is selected, or for the signing of the contract called by its own name: not held at the closing.
    ...[
      "Le soumissionnaire s'engage à fournir, s'il est retenu, une attestation de Revenu Québec valide.",
      "Le prestataire la fournira lorsque sa soumission sera retenue : l'attestation de Revenu Québec n'est pas jointe à la soumission.",
      'The tenderer undertakes to provide a valid attestation from Revenu Québec if it is selected.',
      'The bidder will submit its Revenu Québec attestation once its proposal is awarded.',
      'La firme remet son attestation de Revenu Québec avant la signature de la convention.',
    ].map((text) => ({
      name: `attestation promised for the selection: « ${text.slice(0, 60)} »`,
      code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }),
      errors: [{ line: 28, messageId: 'attestationAfterClosing', severity: 'error' as const, message: /50\.3/ }],
    })),
    ...[
      "Le soumissionnaire remet son attestation de Revenu Québec avant l'octroi.",
      'The attestation from Revenu Québec may be furnished prior to the signing of the agreement.',
    ].map((text) => ({
      name: `attestation before the award: « ${text.slice(0, 60)} »`,
      code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }),
      errors: [{ line: 28, messageId: 'attestationAfterClosing', severity: 'error' as const, message: /50\.3/ }],
    })),
    ...[
      'Légende : E = exigé; N = non obligatoire.\n\n| Pièce | E/N |\n|---|---|\n| Lettre de présentation | N |\n| Attestation de Revenu Québec | N |',
      '| Document | Mandatory | Optional |\n|---|---|---|\n| Signed tender form | X | |\n| Revenu Québec attestation | | X |',
    ].map((text, index) => ({
      name: `attestation optional in a table: « ${text.slice(0, 40)} »`,
      code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }),
      errors: [{ line: 33 - 2 * index, messageId: 'attestationOptional', severity: 'error' as const, message: /50\.1/ }],
    })),
    // Merely invited: « est invité à joindre » may be a polite order in French, a warning.
    ...['Le soumissionnaire est encouragé à fournir son attestation de Revenu Québec.', 'Bidders are welcome to include their Revenu Québec attestation.'].map(
      (text) => ({
        name: `attestation invited: « ${text} »`,
        code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }),
        errors: [{ line: 28, messageId: 'attestationInvited', severity: 'warning' as const, message: /50\.1/ }],
      }),
    ),
    // Art. 50.6: an exemption the regulation does not give, in the clause or in a proviso after it; an amount in words.
    ...[
      `${ARQ}\n\nCette exigence ne s'applique pas aux contrats d'une valeur inférieure à cinquante mille dollars.`,
      'A valid Revenu Québec attestation is required, except that bidders whose tender is under $75,000 are exempt.',
    ].map((text, index) => ({
      name: `attestation exemption: « ${text.slice(0, 60)} »`,
      code: tender({}, { admissibility: ADMISSIBILITY(`${text}\n\n${PAE}`) }),
      errors: [{ line: 28 + 2 * (1 - index), messageId: 'attestationExemption', severity: 'error' as const, message: /50\.6/ }],
    })),
    {
      name: 'an exemption read when the amount is not given',
      code: tender(
        { 'montant-estime': null },
        { admissibility: ADMISSIBILITY(`${ARQ} This requirement does not apply to tenders of less than $100,000.\n\n${PAE}`) },
      ),
      errors: [{ messageId: 'attestationExemption' }],
    },
  ],
});

ruleTester('revenu-quebec-attestation-validity', {
  valid: [
    { name: 'current wording', code: tender() },
    {
      name: 'the attestation and a 90-day bid security in separate entries of a list typed in « 1° » lines',
      code: tender(
        {},
        {
          admissibility: ADMISSIBILITY(
            `Le prestataire joint à sa soumission :\n1° une attestation de Revenu Québec valide;\n2° une garantie de soumission valide 90 jours après la date limite de réception.\n\n${PAE}`,
          ),
        },
      ),
    },
    {
      name: 'the attestation and the bids’ 90-day validity in one paragraph: two statements',
      code: tender(
        {},
        {
          admissibility: ADMISSIBILITY(
            `Le prestataire joint son attestation de Revenu Québec valide. Sa soumission demeure valide pendant quatre-vingt-dix (90) jours. ${PAE}`,
          ),
        },
      ),
    },
    {
      name: 'a list item whose nested paragraphs name the attestation, then the bids’ validity',
      code: tender(
        {},
        {
          admissibility: ADMISSIBILITY(
            `1. **Documents à remettre**\n\n   a. Le formulaire de soumission signé.\n\n   b. L’attestation de Revenu Québec (ARQ) du prestataire.\n\n   c. Les soumissions restent valides 90 jours après la date limite de réception.\n\n${PAE}`,
          ),
        },
      ),
    },
    {
      name: 'a section titled by the attestation holds a bid security issued for 90 days',
      code: tender(
        {},
        {
          admissibility: ADMISSIBILITY(
            `${PAE}\n\n### Attestation de Revenu Québec et garantie\n\nLe prestataire détient une attestation valide.\n\nCautionnement de soumission de 8 000 $, émis par une compagnie d’assurance autorisée, valide quatre-vingt-dix (90) jours après la date limite, ou chèque visé.`,
          ),
        },
      ),
    },
    {
      name: 'English: the attestation and a 90-day bid validity in one paragraph',
      code: tender(
        {},
        {
          admissibility: ADMISSIBILITY(
            `The bidder encloses its Revenu Québec attestation. Bids remain open for acceptance for 90 days after the closing date. ${PAE}`,
          ),
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'the 90 days of its issue, the attestation named in the sentence before',
      code: tender(
        {},
        {
          admissibility: ADMISSIBILITY(
            `Le prestataire joint son attestation de Revenu Québec. Elle doit avoir été délivrée au plus quatre-vingt-dix (90) jours avant la date limite. ${PAE}`,
          ),
        },
      ),
      errors: [{ line: 28, messageId: 'ninetyDays' }],
    },
    {
      name: 'English: the attestation issued within 90 days',
      code: tender(
        {},
        { admissibility: ADMISSIBILITY(`The Revenu Québec attestation must have been issued no more than 90 days before the closing date. ${PAE}`) },
      ),
      errors: [{ line: 28, messageId: 'ninetyDays' }],
    },
    {
      name: 'older 90-day wording',
      code: tender(
        {},
        {
          admissibility: ADMISSIBILITY(
            `L’attestation de Revenu Québec ne doit pas avoir été délivrée plus de 90 jours avant la date limite de réception des soumissions. ${PAE}`,
          ),
        },
      ),
      errors: [{ line: 28, column: 1, messageId: 'ninetyDays', severity: 'warning', message: /90 jours/ }],
      output: null,
    },
  ],
});

ruleTester('equality-programme-attestation', {
  valid: [
    { name: 'clause present', code: tender() },
    {
      name: 'not an art. 47 body',
      code: tender({ organisme: '{ nom: Société québécoise des infrastructures, categorie: organisme-autre }' }, { admissibility: ADMISSIBILITY(ARQ) }),
    },
    { name: 'below 100 000 $', code: tender({ 'montant-estime': '99999' }, { admissibility: ADMISSIBILITY(ARQ) }) },
    // The programme's English names.
    ...[
      'A firm with more than 100 employees holds an attestation of commitment to an equal access to employment program.',
      'A firm with more than 100 employees holds an attestation of commitment to an equal employment opportunity program.',
    ].map((sentence) => ({ name: `programme: « ${sentence} »`, code: tender({}, { admissibility: ADMISSIBILITY(`${ARQ} ${sentence}`) }) })),
  ],
  invalid: [
    {
      name: 'ministry, 100 000 $: fix inserts the clause',
      code: tender({ 'montant-estime': '100000' }, { admissibility: ADMISSIBILITY(ARQ) }),
      errors: [{ line: 7, column: 17, messageId: 'attestationMissing', severity: 'error' }],
      output: tender(
        { 'montant-estime': '100000' },
        {
          admissibility: ADMISSIBILITY(
            `${ARQ}\n\n**Programme d’accès à l’égalité :** le prestataire de services ou le sous-contractant du Québec dont l’entreprise compte plus de 100 employés doit s’être engagé à implanter un programme d’accès à l’égalité conforme à la Charte des droits et libertés de la personne et être titulaire d’une attestation d’engagement délivrée par le président du Conseil du trésor. Celui d’une autre province ou d’un autre territoire du Canada, ou régi par la législation fédérale, qui compte plus de 100 employés fournit une attestation d’engagement à implanter un programme d’équité en emploi conforme à celui de sa province, de son territoire ou au programme fédéral. Ces exigences s’appliquent aussi à tout sous-contrat de 100 000 $ ou plus.`,
          ),
        },
      ),
    },
    {
      name: 'budget-funded body',
      code: tender({ organisme: '{ nom: Office des personnes handicapées, categorie: organisme-budgetaire }' }, { admissibility: ADMISSIBILITY(ARQ) }),
      errors: [{ line: 7 }],
    },
  ],
});

const MARGIN = (text: string) => ({
  award: `## Adjudication\n\nLe contrat est adjugé au prestataire qui a soumis le prix ajusté le plus bas : prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30).\n\n${text}`,
});

ruleTester('preferential-margin-maximum', {
  valid: [
    { name: '10 % in the front-matter', code: tender({ 'marge-preferentielle': '10' }) },
    { name: '5 % in the text', code: tender({}, MARGIN('Une marge préférentielle de 5 % est accordée au prestataire certifié ISO 9001.')) },
  ],
  invalid: [
    {
      name: '12 % in the front-matter',
      code: tender({ 'marge-preferentielle': '12' }),
      errors: [{ line: 16, column: 23, messageId: 'aboveMaximum', severity: 'error', message: /12 %/ }],
      output: null,
    },
    {
      name: '15 % in the text',
      code: tender({}, MARGIN('Une marge préférentielle de 15 % est accordée au prestataire certifié ISO 9001.')),
      errors: [{ line: 52, message: /15 %/ }],
    },
  ],
});

ruleTester('preferential-margin-stated', {
  valid: [
    { name: 'no margin', code: tender() },
    {
      name: 'percentage in the front-matter',
      code: tender({ 'marge-preferentielle': '5' }, MARGIN('Une marge préférentielle est accordée au prestataire certifié ISO 9001.')),
    },
    // A margin denied is no margin provided for: nothing to state.
    {
      name: '« aucune marge préférentielle n’est accordée »',
      code: tender({}, MARGIN('Aucune marge préférentielle n’est accordée dans le cadre du présent appel d’offres.')),
    },
    {
      name: '« la marge préférentielle ne s’applique pas »',
      code: tender({}, MARGIN('La marge préférentielle prévue à l’article 50 du Règlement ne s’applique pas au présent contrat.')),
    },
    { name: '« sans marge préférentielle »', code: tender({}, MARGIN('Les soumissions sont comparées sur leur seul prix, sans marge préférentielle.')) },
    {
      name: '"no preferential margin applies"',
      code: tender({}, MARGIN('The environmental requirements are performance requirements; no preferential margin applies.')),
    },
    { name: '"Preferential margin: not applicable"', code: tender({}, MARGIN('**Preferential margin:** not applicable.')) },
    // A Word template's filled field, its underscores kept around the value and escaped by the exporter.
    {
      name: "the percentage in a template's filled field, escaped",
      code: tender({}, MARGIN(String.raw`Une marge préférentielle de \_\_10\_\_ % est accordée au prestataire certifié ISO 9001.`)),
    },
  ],
  invalid: [
    {
      name: 'margin without percentage',
      code: tender({}, MARGIN('Une marge préférentielle est accordée au prestataire certifié ISO 9001.')),
      errors: [{ line: 52, column: 1, messageId: 'percentageMissing', severity: 'error' }],
      output: null,
    },
    {
      name: 'a margin provided for, though another is denied',
      code: tender(
        {},
        MARGIN(
          'Une marge préférentielle est accordée au prestataire certifié ISO 9001.\n\nAucune marge préférentielle ne s’applique aux autres certifications.',
        ),
      ),
      errors: [{ line: 52, messageId: 'percentageMissing' }],
      output: null,
    },
  ],
});

const ON_DEMAND = '{ nature: services-professionnels, execution-sur-demande: true }';

ruleTester('on-demand-approximate-value', {
  valid: [
    { name: 'not on demand', code: tender() },
    {
      name: 'value in the front-matter',
      code: tender({ contrat: '{ nature: services-professionnels, execution-sur-demande: true, valeur-approximative: 400000 }' }),
    },
    { name: 'value in the text', code: tender({ contrat: ON_DEMAND }, MARGIN('La valeur monétaire approximative des services requis est de 400 000 $.')) },
  ],
  invalid: [
    {
      name: 'missing: fix inserts the clause at the end',
      code: tender({ contrat: ON_DEMAND }),
      errors: [{ line: 5, column: 68, messageId: 'valueMissing', severity: 'error' }],
      output: tender(
        { contrat: ON_DEMAND },
        MARGIN(
          '**Valeur approximative :** la valeur monétaire approximative des prestations de services que l’organisme public entend requérir est de [à compléter : montant] $.',
        ),
      ),
    },
  ],
});

ruleTester('bid-validity-period', {
  valid: [
    { name: 'front-matter', code: tender() },
    { name: 'text', code: tender({ 'validite-soumissions-jours': null }, MARGIN('Les soumissions demeurent valides pendant 120 jours.')) },
    { name: 'heading', code: tender({ 'validite-soumissions-jours': null }, MARGIN('### Validité des soumissions\n\nCent vingt jours.')) },
    // Fields typed as sentences of one paragraph (a telegraphic list's lines joined), the possessive of « vous ».
    {
      name: 'a field among others run together in one paragraph',
      code: tender(
        { 'validite-soumissions-jours': null },
        MARGIN('Un original papier. Prix : en chiffres, taxes en sus. Validité de votre soumission : 90 jours après la date limite de dépôt.'),
      ),
    },
    {
      name: 'a field among others run together in one paragraph (English)',
      code: tender(
        { 'validite-soumissions-jours': null },
        MARGIN('One paper original. Prices: in figures, taxes extra. Validity of your tender: 90 days after the closing date.'),
      ),
    },
    {
      name: 'a title set in bold that states it (a stressed sentence), its section about something else',
      code: tender({ 'validite-soumissions-jours': null }, MARGIN('**Les soumissions demeurent valides pendant 120 jours**\n\nLe formulaire est signé.')),
    },
    { name: 'notice only (avis)', code: '---\ntype: avis\n---\n\n# Avis\n' },
    // A terse title names the validity without its noun (« Validité », "Validity period"): the bids', as the title it sits
    // under names nothing else that has a validity; its section, a field's value or a run-in title's sentence the period.
    ...[
      '### Instructions\n\n#### 4.2 Durée de validité\n\nCent vingt jours après la date limite de réception.',
      '### Instructions to bidders\n\n#### Validity period\n\n120 days after the closing date.',
      '### Dépôt et validité\n\n**Validité**\n\n90 jours suivant la date limite.',
      '### Instructions\n\n**Validité.** 90 jours après la date limite de réception.',
      '### Instructions\n\n- Prix : en chiffres, taxes en sus\n- Validité : 90 jours après la date limite',
    ].map((text) => ({
      name: `a title or label without its noun: ${text.slice(text.indexOf('\n\n') + 2).slice(0, 30)}`,
      code: tender({ 'validite-soumissions-jours': null }, MARGIN(text)),
    })),

    { name: 'a date it runs to', code: tender({ 'validite-soumissions-jours': null }, MARGIN('Les offres demeurent valables jusqu’au 30 juin 2027.')) },
    // English names the validity by a noun compound whose first noun is the bid's (« bid validity », "tender validity",
    // "proposal validity period"), as a field, a table row's label or a title.
    ...[
      'Tender validity: 90 days after the closing date.',
      '| Item | Details |\n|---|---|\n| Tender validity | 90 days after the closing date |',
      '| Proposal validity period | 120 days |\n|---|---|\n| Language | English or French |',
      '### Instructions to bidders\n\n#### Offer validity\n\n120 days after the closing date.',
      'Quotation validity — 60 days from the closing date.',
    ].map((text) => ({
      name: `an English noun compound: ${text.replaceAll('\n', ' ⏎ ').slice(0, 50)}`,
      code: tender({ 'validite-soumissions-jours': null }, MARGIN(text)),
    })),
    {
      name: 'a duration in words (English)',
      code: tender({ 'validite-soumissions-jours': null }, MARGIN('Tenders shall remain valid for ninety days after the closing date.')),
    },
    // A Word template's filled fields, their underscores kept around the values and escaped by the exporter.
    ...[
      String.raw`Les soumissions demeurent valides pendant \_\_120\_\_ jours.`,
      String.raw`Les soumissions sont irrévocables pendant \_\_quatre-vingt-dix (90)\_\_ jours.`,
      String.raw`Tenders remain valid until \_\_June 30\_\_, 2027.`,
    ].map((text) => ({ name: `a template's filled field, escaped: ${text}`, code: tender({ 'validite-soumissions-jours': null }, MARGIN(text)) })),
    {
      name: 'a passage without the period, and one with it',
      code: tender(
        { 'validite-soumissions-jours': null },
        MARGIN(
          'La garantie demeure valide pendant toute la période de validité des soumissions.\n\nLes soumissions sont irrévocables pendant quatre-vingt-dix (90) jours.',
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "a template's field left blank, escaped: no period",
      code: tender({ 'validite-soumissions-jours': null }, MARGIN(String.raw`Les soumissions demeurent valides pendant \_\_\_\_\_\_ jours.`)),
      errors: [{ line: 51, messageId: 'periodNotStated', severity: 'warning' }],
    },
    {
      name: 'validity without a period (the guarantee, « toute la durée de validité »): a warning on the passage',
      code: tender({ 'validite-soumissions-jours': null }, MARGIN('Le cautionnement demeure valide pendant toute la durée de validité de la soumission.')),
      errors: [{ line: 51, column: 1, messageId: 'periodNotStated', severity: 'warning', message: /^À confirmer : .*ni durée ni date/ }],
      output: tender(
        { 'validite-soumissions-jours': null },
        MARGIN(
          'Le cautionnement demeure valide pendant toute la durée de validité de la soumission.\n\n**Validité des soumissions :** les soumissions demeurent valides pendant [à compléter : nombre] jours suivant la date et l’heure limites fixées pour leur réception.',
        ),
      ),
    },
    {
      name: 'the bids valid until an event, in English',
      code: tender({ 'validite-soumissions-jours': null }, MARGIN('Bids remain valid until the contract is awarded.')),
      settings: { locale: 'en' },
      errors: [{ line: 51, messageId: 'periodNotStated', message: /^To confirm: .*neither a duration nor a date/ }],
    },
    {
      name: 'a heading whose section states no period',
      code: tender(
        { 'validite-soumissions-jours': null },
        MARGIN('### Validité des soumissions\n\nLes soumissions demeurent valides pendant toute la durée du processus d’adjudication.'),
      ),
      errors: [{ line: 51, messageId: 'periodNotStated' }],
    },
    // The same titles under one that names something else that has a validity: the attestation's, the security's.
    ...[
      '### Attestation de Revenu Québec\n\n#### Validité\n\nTrois mois suivant le mois de sa délivrance.',
      '### Garantie de soumission\n\n**Validité :** 90 jours après la date limite.',
      '### Bid security\n\n#### Validity period\n\n90 days after the closing date.',
    ].map((text) => ({
      name: `a title without its noun under another holder: ${text.slice(4, 30)}`,
      code: tender({ 'validite-soumissions-jours': null }, MARGIN(text)),
      errors: [{ line: 17, messageId: 'periodMissing' }],
    })),
    {
      name: 'missing: warning, fix inserts the clause',
      code: tender({ 'validite-soumissions-jours': null }),
      errors: [{ line: 17, column: 1, messageId: 'periodMissing', severity: 'warning' }],
      output: tender(
        { 'validite-soumissions-jours': null },
        MARGIN(
          '**Validité des soumissions :** les soumissions demeurent valides pendant [à compléter : nombre] jours suivant la date et l’heure limites fixées pour leur réception.',
        ),
      ),
    },
  ],
});
