import { CLAUSES, renderClause } from '../../server/src/core/legal/clauses.js';
import { ruleTester } from '../ruleTester.js';
import { ADMISSIBILITY_ITEMS, FRONT_MATTER, numbered, tender } from './documentParts.js';

const withItems = (items: readonly string[]) =>
  `## 2. Conditions d'admissibilité\n\nPour présenter une soumission, le prestataire de services doit :\n\n${numbered(items)}`;
const listItem = (name: 'qualifications' | 'establishment') => CLAUSES[name].listItem.fr;

ruleTester('admissibility-qualifications', {
  valid: [
    { name: 'in the admissibility list', code: tender() },
    { name: 'in the regulation’s words', code: tender({ admissibility: withItems([listItem('qualifications'), ADMISSIBILITY_ITEMS[1]]) }) },
    {
      name: 'the conditions set out in another tender document',
      code: tender({ admissibility: "Les conditions d'admissibilité sont décrites à l'annexe 1, Instructions générales." }),
    },
    // The regulation's list cited as a whole, in the singular or the plural, its last entry joined by a conjunction, far
    // from the verb that requires it (after a licence named first): in English and in French.
    ...[
      'have a licence from the Régie du bâtiment du Québec (subclass 15.5 - plumbing) as well as any other authorization, permit or registration which the work calls for;',
      'hold a valid licence of the RBQ with subclass 17.1 for refrigeration and air conditioning systems, plus every other qualification, permit, registration and certificate that the law imposes on it;',
      'être titulaire d’une licence d’entrepreneur de la Régie du bâtiment du Québec portant la sous-catégorie 15.5, ainsi que de toute autre autorisation, tout permis et tout enregistrement que les travaux demandent;',
    ].map((entry) => ({
      name: `the regulation's list in the singular: « ${entry.slice(0, 50)}… »`,
      code: tender({ admissibility: withItems([entry, ADMISSIBILITY_ITEMS[1]]) }),
    })),
  ],
  invalid: [
    {
      name: 'missing: the next entry of the admissibility list',
      code: tender({ admissibility: withItems([ADMISSIBILITY_ITEMS[1]]) }),
      errors: [{ line: 25, column: 1, messageId: 'missing' }],
      output: tender({ admissibility: `${withItems([ADMISSIBILITY_ITEMS[1]])}\n2. ${listItem('qualifications')}` }),
    },
    {
      name: 'missing from a section without a list: a paragraph at its end',
      code: tender({ admissibility: '## 2. Admissibilité\n\nLe soumissionnaire doit avoir un établissement au Québec.' }),
      errors: [{ line: 25 }],
      output: tender({
        admissibility: `## 2. Admissibilité\n\nLe soumissionnaire doit avoir un établissement au Québec.\n\n${renderClause(CLAUSES.qualifications, 'fr')}`,
      }),
    },
  ],
});

const below = FRONT_MATTER.map((line) => (line === 'montant-estime: 300000' ? 'montant-estime: 80000' : line));
const withAgreements = FRONT_MATTER.map((line) => (line === 'accords: aucun' ? 'accords: [ALEC, ACCQO, AQNB]' : line));
const onlyRegional = FRONT_MATTER.map((line) => (line === 'accords: aucun' ? 'accords: [ACCQO, AQNB]' : line));
const QUEBEC_ONLY = withItems([ADMISSIBILITY_ITEMS[0], 'avoir un établissement au Québec, accessible durant les heures normales de bureau.']);
ruleTester('admissibility-establishment', {
  valid: [
    { name: 'in the admissibility list', code: tender() },
    { name: 'in Québec only, no agreement applying', code: tender({ admissibility: QUEBEC_ONLY }) },
    { name: 'in Québec only, regionalised call', code: tender({ frontMatter: [...withAgreements, 'procedure: regionalise'], admissibility: QUEBEC_ONLY }) },
    { name: 'in Québec or a territory covered by an agreement', code: tender({ frontMatter: withAgreements }) },
    {
      name: 'elsewhere in Canada, tied to the agreements',
      code: tender({
        frontMatter: withAgreements,
        admissibility: withItems([
          ADMISSIBILITY_ITEMS[0],
          'avoir un établissement au Québec ou ailleurs au Canada, dans un territoire visé par un accord intergouvernemental applicable.',
        ]),
      }),
    },
    {
      name: 'elsewhere as another article says, in a bid form',
      code: tender({
        frontMatter: withAgreements,
        admissibility: withItems([
          ADMISSIBILITY_ITEMS[0],
          "avoir un établissement au Québec ou ailleurs, selon l'article 7, où il exerce ses activités de façon permanente.",
        ]),
      }),
    },
    // The bidder's own establishment as the condition of another requirement (its possessive), not the one required.
    ...[
      "détenir l'attestation d'engagement à un programme d'accès à l'égalité s'il a son établissement au Québec et compte plus de 100 employés (ou, s'il est établi ailleurs au Canada, l'attestation équivalente).",
      'hold a valid equal-access attestation if it has its establishment in Québec and more than 100 employees (or the equivalent one, if established elsewhere in Canada).',
    ].map((entry) => ({
      name: `another requirement conditioned on the bidder's own establishment: « ${entry.slice(0, 50)}… »`,
      code: tender({ frontMatter: withAgreements, admissibility: withItems([...ADMISSIBILITY_ITEMS.slice(0, 2), entry]) }),
    })),
    {
      name: 'anywhere in Canada, the competition insufficient (art. 6 al. 2)',
      code: tender({
        frontMatter: withAgreements,
        admissibility: withItems([
          ADMISSIBILITY_ITEMS[0],
          'have an establishment anywhere in Canada, the competition being insufficient in the territories covered by the agreements.',
        ]),
      }),
    },
    // Required, with another condition joined to it: the condition stands.
    ...[
      'avoir au Québec un établissement où il exerce ses activités de façon permanente et plus de cinq ans d’expérience.',
      'have an establishment in Québec where it carries on its activities permanently, and hold the permits required.',
    ].map((entry) => ({
      name: `required beside another condition: « ${entry.slice(0, 40)}… »`,
      code: tender({ admissibility: withItems([ADMISSIBILITY_ITEMS[0], entry]) }),
    })),
  ],
  invalid: [
    // A territory wider than art. 6 par. 2°'s, not tied to the agreements: certain, unless it is Canada while an agreement
    // covering all of Canada applies (ALEC), where the clause only fails to say so.
    ...[
      { entry: 'avoir un établissement en Amérique du Nord, où il exerce ses activités de façon permanente.', frontMatter: FRONT_MATTER, severity: 'error' },
      { entry: 'avoir au Canada un établissement où il exerce ses activités de façon permanente.', frontMatter: onlyRegional, severity: 'error' },
      { entry: 'avoir un établissement (peu importe où) clairement identifié à son nom.', frontMatter: withAgreements, severity: 'error' },
      {
        entry: 'have a place of business in Québec or elsewhere, where it carries on its activities permanently.',
        frontMatter: withAgreements,
        severity: 'error',
      },
      { entry: 'have an establishment anywhere in Canada where it carries on its activities permanently.', frontMatter: withAgreements, severity: 'warning' },
    ].map(({ entry, frontMatter, severity }) => ({
      name: `a wider territory: « ${entry.slice(0, 50)}… » (${severity})`,
      code: tender({ frontMatter, admissibility: withItems([ADMISSIBILITY_ITEMS[0], entry]) }),
      errors: [{ line: 30, column: 1, messageId: 'widened', severity: severity as 'error' | 'warning' }],
      output: null,
    })),
    {
      name: 'in Québec only while an agreement applies: warning on the clause',
      code: tender({ frontMatter: withAgreements, admissibility: QUEBEC_ONLY }),
      errors: [{ line: 30, column: 1, messageId: 'quebecOnly', severity: 'warning', message: /se limite au Québec/ }],
      output: null,
    },
    {
      name: "the Revenu Québec clause's 'qui a un établissement au Québec' is not the condition",
      code: tender({
        admissibility: withItems([
          ADMISSIBILITY_ITEMS[0],
          'le soumissionnaire qui a un établissement au Québec détient une attestation de Revenu Québec valide.',
        ]),
      }),
      errors: [{ line: 25, severity: 'error' }],
    },
    // The same clause with its obligation in another tense or a periphrasis (lexicon/obligation.ts), in either language.
    ...[
      'le prestataire qui a un établissement au Québec devra présenter une attestation de Revenu Québec valide.',
      'les soumissionnaires qui ont un établissement au Québec sont tenus de joindre une attestation de Revenu Québec valide.',
      "l'entrepreneur qui a un bureau d'affaires au Québec aura l'obligation de transmettre son attestation de Revenu Québec.",
      'a bidder that has an establishment in Québec is required to submit a valid attestation from Revenu Québec.',
      'a tenderer with a place of business in Québec will have to provide a valid attestation from Revenu Québec.',
    ].map((clause) => ({
      name: `the Revenu Québec clause in another tense or wording is not the condition: « ${clause.slice(0, 60)}… »`,
      code: tender({ admissibility: withItems([ADMISSIBILITY_ITEMS[0], clause]) }),
      errors: [{ line: 25, severity: 'error' as const, messageId: 'missing' }],
    })),
    ...[
      "| 2 | **Admissibilité** — Détenir une attestation de Revenu Québec valide (sauf le soumissionnaire qui n'a pas d'établissement au Québec) | Rejet automatique (soumissionnaire inadmissible) |",
      '| 2 | **Admissibility** — Hold a valid attestation from Revenu Québec (except for a bidder without an establishment in Québec) | Automatic rejection: the bidder is not eligible |',
    ].map((row) => ({
      name: `an establishment excepted from the Revenu Québec condition is not the condition: « ${row.slice(20, 70)}… »`,
      code: tender({
        admissibility: `## 2. Conditions d'admissibilité\n\n| N° | Exigence | Conséquence |\n|---|---|---|\n| 1 | ${ADMISSIBILITY_ITEMS[0]} | Rejet automatique |\n${row}`,
      }),
      errors: [{ line: 25, severity: 'error' as const, messageId: 'missing' }],
    })),
    // An establishment the provider has in a condition of another clause, joined to another thing it has (the equity
    // programme's « s'il a plus de 100 employés et un établissement dans une autre province »): no condition requires one.
    ...[
      "s'il a plus de 100 employés et un établissement dans une autre province ou un territoire du Canada, détenir une attestation d'engagement à un programme d'équité en emploi.",
      "détenir l'attestation de Revenu Québec si le soumissionnaire dispose d'un bureau à Montréal ou d'un établissement au Québec.",
      'if it has more than 100 employees and an establishment in a territory outside Québec, hold an attestation of commitment to an employment equity program.',
      'hold a valid attestation from Revenu Québec, where the bidder has staff in Québec and a place of business in Québec.',
    ].map((entry) => ({
      name: `an establishment in another clause's condition is not the condition: « ${entry.slice(0, 50)}… »`,
      code: tender({ admissibility: withItems([ADMISSIBILITY_ITEMS[0], entry]) }),
      errors: [{ line: 25, severity: 'error' as const, messageId: 'missing' }],
    })),
    {
      name: 'missing: the next entry of the admissibility list',
      code: tender({ admissibility: withItems([ADMISSIBILITY_ITEMS[0]]) }),
      errors: [{ line: 25, severity: 'error' }],
      output: tender({ admissibility: `${withItems([ADMISSIBILITY_ITEMS[0]])}\n2. ${listItem('establishment')}` }),
    },
    {
      name: 'below the public tender threshold (art. 3): information',
      code: tender({ frontMatter: below, admissibility: withItems([ADMISSIBILITY_ITEMS[0]]) }),
      errors: [{ line: 25, severity: 'information' }],
    },
  ],
});

// Art. 6 par. 2°: « un établissement où il exerce ses activités de façon permanente, clairement identifié à son nom et
// accessible durant les heures normales de bureau ». A place that is not an establishment admitted instead, or the
// establishment reachable instead of accessible, is certain; an element left out of a clause that recites them, uncertain.
const withEstablishment = (entry: string, frontMatter = FRONT_MATTER) => tender({ frontMatter, admissibility: withItems([ADMISSIBILITY_ITEMS[0], entry]) });
ruleTester('admissibility-establishment', {
  valid: [
    ...[
      'avoir, au Québec ou dans un territoire visé par un accord intergouvernemental applicable, un établissement où il exerce ses activités de façon permanente, clairement identifié à son nom et accessible durant les heures normales de bureau;',
      "avoir une place d'affaires au Québec ou dans une province ou un territoire visé par un accord intergouvernemental applicable, accessible durant les heures normales de bureau;",
      'have, in Québec or in a territory covered by an applicable intergovernmental agreement, a place of business where it carries on its activities on a permanent basis, clearly identified under its name and open during regular business hours;',
      'avoir, au Québec ou dans un territoire visé par un accord intergouvernemental applicable, un établissement où les activités sont exercées de façon permanente, clairement identifié au nom du prestataire et accessible durant les heures normales de bureau.',
      'have an establishment in Québec or in a territory covered by an applicable intergovernmental agreement, and give its address on the bid form;',
      'avoir un établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable; le chargé de projet doit être joignable durant les heures normales de bureau.',
      "avoir un établissement au Québec; tout prestataire qui a au Québec un établissement où il exerce ses activités de façon permanente joint l'attestation délivrée par Revenu Québec à son nom.",
      // The elements in a sentence of their own after the condition.
      'avoir un établissement au Québec, ou dans un territoire visé par un accord intergouvernemental applicable, où la firme exerce ses activités de façon permanente. Cet établissement doit être clairement identifié au nom de la firme et accessible pendant les heures normales de bureau;',
      'have an establishment in Québec or in a territory covered by an applicable agreement. You must carry on your activities there permanently. The establishment must be clearly identified under your name and open during normal business hours.',
      // Its name in another construction than the regulation's.
      'avoir son établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable : un bureau où elle exerce ses activités de façon permanente, qui porte clairement son nom et qui est accessible durant les heures normales de bureau;',
    ].map((entry) => ({ name: `the condition as the regulation or a drafter states it: « ${entry.slice(0, 60)}… »`, code: withEstablishment(entry) })),
  ],
  invalid: [
    ...[
      "avoir, au Québec ou dans un territoire visé par un accord intergouvernemental applicable, un bureau d'affaires ou une case postale à son nom, accessible durant les heures normales de bureau;",
      "disposer d'une adresse postale ou d'un établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable;",
      'have a place of business or a mailing address in Québec or in a territory covered by an applicable intergovernmental agreement;',
      'have, in Québec or in a territory covered by an applicable intergovernmental agreement, an establishment where it carries on its activities or receives its mail, clearly identified under its name;',
    ].map((entry) => ({
      name: `a place that is not an establishment admitted instead: error on the condition « ${entry.slice(0, 60)}… »`,
      code: withEstablishment(entry),
      errors: [{ line: 30, messageId: 'weakened', severity: 'error' as const, message: /art\. 6, par\. 2°.*(?:adresse|correspondance)/ }],
    })),
    ...[
      'avoir au Québec un établissement où il exerce ses activités de façon permanente, clairement identifié à son nom et où il peut être rejoint durant les heures normales de bureau;',
      'have, in Québec or in a territory covered by an applicable intergovernmental agreement, an establishment where it carries on its activities permanently, clearly identified under its name and contactable during normal business hours;',
    ].map((entry) => ({
      name: `reachable instead of accessible: error on the condition « ${entry.slice(0, 60)}… »`,
      code: withEstablishment(entry),
      errors: [{ line: 30, messageId: 'weakened', severity: 'error' as const, message: /joignable/ }],
    })),
    ...[
      'avoir au Québec ou dans un territoire visé par un accord intergouvernemental applicable un établissement identifié à son nom et ouvert pendant les heures normales de bureau;',
      'have, in Québec or in a territory covered by an applicable intergovernmental agreement, an establishment where it permanently carries on its activities, open during regular business hours;',
    ].map((entry) => ({
      name: `an element left out of a clause that recites them: warning on the condition « ${entry.slice(0, 60)}… »`,
      code: withEstablishment(entry),
      errors: [
        {
          line: 30,
          messageId: 'weakened',
          severity: 'warning' as const,
          message: /n'exige pas l'établissement (?:où il exerce ses activités de façon permanente|clairement identifié à son nom)\./,
        },
      ],
    })),
    {
      name: 'a place that is not an establishment admitted, below the threshold (art. 3): information',
      code: withEstablishment(
        'avoir au Québec un établissement ou une adresse de livraison à son nom, accessible durant les heures normales de bureau;',
        below,
      ),
      errors: [{ line: 30, messageId: 'weakened', severity: 'information' }],
    },
    {
      name: 'the condition among other lettered ones in one passage: the finding on its line',
      code: tender({
        admissibility:
          "## 2. Conditions d'admissibilité\n\n1. Le soumissionnaire doit :\n   a. posséder les permis nécessaires;\n   b. avoir au Québec ou dans un territoire visé par un accord intergouvernemental applicable un établissement ou une adresse d'affaires à son nom;\n   c. détenir une attestation de Revenu Québec valide.",
      }),
      errors: [{ line: 29, messageId: 'weakened', severity: 'error' }],
    },
    // A bid form's fields read as one passage (a numbered title over it swallowing it as its entry): the establishment's
    // address and the Québec enterprise number are two fields, which together require no establishment.
    ...[
      "Nom du soumissionnaire : ____________\nAdresse de l'établissement : ____________\nN° d'entreprise du Québec (NEQ) : ____________",
      'Name of the bidder: ____________\nAddress of the establishment: ____________\nQuébec enterprise number (NEQ): ____________',
    ].map((form) => ({
      name: `a bid form's fields are not the condition: « ${form.split('\n')[1]} »`,
      code: tender({
        admissibility: withItems([ADMISSIBILITY_ITEMS[0]]),
        documents: `## 4. Documents exigés\n\n4. FORMULAIRE DE SOUMISSION\n   ${form.replaceAll('\n', '\n   ')}`,
      }),
      errors: [{ line: 25, severity: 'error' as const, messageId: 'missing' }],
    })),
  ],
});

const outside = [...FRONT_MATTER, 'admissibilite-hors-accord: true'];
ruleTester('admissibility-outside-agreements-mention', {
  valid: [
    { name: 'not declared', code: tender() },
    {
      name: 'declared and mentioned',
      code: tender({ frontMatter: outside, admissibility: `${withItems(ADMISSIBILITY_ITEMS)}\n\n${renderClause(CLAUSES.outsideAgreements, 'fr')}` }),
    },
  ],
  invalid: [
    {
      name: 'declared, not mentioned: a paragraph in the admissibility section',
      code: tender({
        frontMatter: outside,
        admissibility: '## 2. Admissibilité\n\nLe soumissionnaire doit avoir un établissement au Québec et détenir les permis requis.',
      }),
      errors: [{ line: 11, column: 1, messageId: 'missing' }],
      output: tender({
        frontMatter: outside,
        admissibility: `## 2. Admissibilité\n\nLe soumissionnaire doit avoir un établissement au Québec et détenir les permis requis.\n\n${renderClause(CLAUSES.outsideAgreements, 'fr')}`,
      }),
    },
  ],
});

// A passage that refers to art. 6 of the regulation instead of stating its conditions: evidence to confirm there.
const REFERRED = [
  "Pour présenter une soumission, le prestataire de services doit satisfaire aux conditions d'admissibilité prévues à l'article 6 du Règlement sur les contrats de services des organismes publics.",
  'Bidders must meet the admissibility conditions of section 6 of the Regulation.',
] as const;
for (const rule of ['admissibility-qualifications', 'admissibility-establishment'] as const) {
  ruleTester(rule, {
    valid: [],
    invalid: [
      ...REFERRED.map((reference) => ({
        name: `referred to art. 6: « ${reference.slice(0, 60)}… »`,
        code: tender({ admissibility: `## 2. Conditions d'admissibilité\n\n${reference}` }),
        errors: [{ line: 27, column: 1, messageId: 'toConfirm', severity: 'warning' as const, message: /renvoie au Règlement \(art\. 6\)/ }],
      })),
      {
        name: 'referred to art. 6, below the threshold: an information, as the item missing would be for the establishment',
        code: tender({ frontMatter: below, admissibility: `## 2. Conditions d'admissibilité\n\n${REFERRED[0]}` }),
        errors: [{ line: 27, messageId: 'toConfirm', severity: rule === 'admissibility-establishment' ? ('information' as const) : ('warning' as const) }],
      },
      {
        name: 'a template’s note to the drafter in brackets is not the tender’s text: missing',
        code: tender({
          admissibility: "## 2. Conditions d'admissibilité\n\n*[Note : ajouter ici les conditions d'admissibilité — art. 6 du Règlement.]*",
        }),
        errors: [{ line: 25, messageId: 'missing' }],
      },
      {
        name: 'a bare « article 6 » is the tender’s own numbering: missing',
        code: tender({ admissibility: "## 2. Conditions d'admissibilité\n\nLe prestataire doit satisfaire aux conditions prévues à l'article 6." }),
        errors: [{ line: 25, messageId: 'missing' }],
      },
    ],
  });
}
