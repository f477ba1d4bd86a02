import { dossierRuleTester, ruleTester } from '../ruleTester.js';
import { ABNORMALLY_LOW, FRONT_MATTER, MULTIPLE_BIDS, REJECTION_ITEMS, numbered, tender } from './documentParts.js';
import { tender as qualityTender } from './tenderDocument.js';

// A clause that another passage of the documents replaces or sets aside by its label (general conditions amended by
// particular ones, « la clause CG-4.3 est remplacée par ce qui suit », "GC 6.6 does not apply") is no text of the
// call: no evidence of an item, no place of a finding. A clause only completed, amended in part, or named by a label
// no clause has, stays.

const ALL = Object.values(REJECTION_ITEMS);
const WITHOUT_CORRECTION = ALL.filter((text) => text !== REJECTION_ITEMS.uninitialledCorrection);
const INTRO = "Entraîne le rejet automatique d'une soumission :";

/** Conditions of conformity whose rejection list is clause 3.1, then particular conditions that amend it by `amendment`. */
const amended = (amendment: string, frontMatter = FRONT_MATTER) =>
  tender({
    frontMatter,
    conformity: [
      '## 3. Conditions de conformité',
      '### 3.1 Rejet automatique',
      INTRO,
      numbered(ALL),
      '### 3.2 Autres cas de rejet',
      MULTIPLE_BIDS,
      ABNORMALLY_LOW,
    ].join('\n\n'),
    contract: ["## 7. Contrat à signer\n\nLe contrat à signer est joint à l'annexe A.", '## 8. Conditions particulières', amendment].join('\n\n'),
  });

/** The same list without the 7.4° case, as the replacing clause's text. */
const replacement = `« ${INTRO}\n${numbered(WITHOUT_CORRECTION)} »`;

const lineOf = (code: string, text: string) => code.slice(0, code.indexOf(text)).split('\n').length;

const replacedCases = [
  ['French, the section replaced', `La section 3.1 est remplacée par ce qui suit : ${replacement}`],
  ['French, an order to replace it', `Remplacer l'article 3.1 par ce qui suit : ${replacement}`],
  ['French, repealed', `L'article 3.1 est abrogé.\n\n${replacement}`],
  ['English, deleted and replaced', `Section 3.1 is deleted and replaced with the following: ${replacement}`],
  ['English, set aside', `Section 3.1 does not apply to this call for tenders.\n\n${replacement}`],
  // The verdict in another tense than the present.
  ['French, repealed in the future', `L'article 3.1 sera abrogé.\n\n${replacement}`],
  ['French, replaced in the perfect', `La section 3.1 a été remplacée par ce qui suit : ${replacement}`],
  ['French, set aside in the future', `La section 3.1 ne s'appliquera pas au présent appel d'offres.\n\n${replacement}`],
  ['English, to be deleted', `Section 3.1 shall be deleted and replaced with the following: ${replacement}`],
  // A bilingual document's language tag before the passage's words.
  ['English, after its language tag', `[EN] Section 3.1 is deleted and replaced with the following: ${replacement}`],
  ['French, after its language tag', `Français : L'article 3.1 est abrogé.\n\n${replacement}`],
] as const;

ruleTester('rejection-uninitialled-price-correction', {
  valid: [
    ['French, completed', `La section 3.1 est complétée par ce qui suit : « Une soumission transmise par courriel est aussi rejetée. »`],
    ['English, added to', `Add at the end of Section 3.1: “A tender sent by email is also rejected.”`],
    ['French, one paragraph of it deleted', `Le deuxième alinéa de la section 3.1 est supprimé.\n\n${replacement}`],
    ['French, a label no clause has', `La section 9.4 est remplacée par ce qui suit : ${replacement}`],
    ['English, set aside for some bidders only', `Section 3.1 does not apply to bidders already qualified.\n\n${replacement}`],
  ].map(([name, amendment]) => ({ name: `the list stays: ${name}`, code: amended(amendment) })),
  invalid: replacedCases.map(([name, amendment]) => {
    const code = amended(amendment);
    return {
      name: `the case only in a clause replaced or set aside: ${name}`,
      code,
      errors: [{ line: lineOf(code, '## 3. Conditions de conformité'), messageId: 'missing', severity: 'error' as const }],
    };
  }),
});

// A clause whose line is read as a title (typed in capitals, in bold): its section runs over the clauses after it,
// which another clause of its numbering ends.
const titled = (amendment: string) =>
  tender({
    conformity: [
      '## 3. Conditions de conformité',
      `**CG-3.1** ${INTRO.toUpperCase()}`,
      numbered(ALL),
      `**CG-3.2** ${MULTIPLE_BIDS}`,
      `**CG-3.3** ${ABNORMALLY_LOW}`,
    ].join('\n\n'),
    contract: ["## 7. Contrat à signer\n\nLe contrat à signer est joint à l'annexe A.", '## 8. Conditions particulières', amendment].join('\n\n'),
  });
const TITLED_REPLACED = `**CG-3.1** — La clause CG-3.1 est remplacée par ce qui suit : ${replacement}`;

for (const rule of ['rejection-multiple-bids', 'rejection-abnormally-low-price']) {
  ruleTester(rule, {
    valid: [{ name: 'the clauses after a replaced clause read as a title stay', code: titled(TITLED_REPLACED) }],
    invalid: [],
  });
}

ruleTester('rejection-uninitialled-price-correction', {
  valid: [],
  invalid: [
    {
      name: 'the case only in a replaced clause read as a title',
      code: titled(TITLED_REPLACED),
      errors: [{ line: lineOf(titled(TITLED_REPLACED), '## 3. Conditions de conformité'), messageId: 'missing', severity: 'error' as const }],
    },
  ],
});

const ADMISSIBILITY = (text: string) => `## Conditions d’admissibilité\n\n${text}`;
const OLD_WORDING = '**CG-2.4** Le prestataire joint une attestation de Revenu Québec délivrée au plus tard quatre-vingt-dix (90) jours avant la date limite.';
const CURRENT =
  '« Le prestataire joint une attestation de Revenu Québec valide, délivrée au plus tard à la date et à l’heure limites de réception; elle est valide jusqu’à la fin de la période de trois mois qui suit le mois de sa délivrance. »';
const withAmendment = (amendment: string, frontMatter: Record<string, string> = {}, oldWording = OLD_WORDING) =>
  qualityTender(frontMatter, {
    admissibility: ADMISSIBILITY(
      `${oldWording}\n\nS’il compte plus de 100 employés, le prestataire détient une attestation d’engagement à un programme d’accès à l’égalité.\n\n## Conditions particulières\n\n${amendment}`,
    ),
  });

ruleTester('revenu-quebec-attestation-validity', {
  valid: [
    ['French, replaced', `**CG-2.4** — La clause CG-2.4 est remplacée par ce qui suit : ${CURRENT}`],
    ['English, replaced', `**CG-2.4** — Replace CG-2.4 with the following: ${CURRENT}`],
    ['English, set aside', `CG-2.4 is not applicable. ${CURRENT}`],
    ['French, replaced in the future', `**CG-2.4** — La clause CG-2.4 sera remplacée par ce qui suit : ${CURRENT}`],
    ['English, replaced after its language tag', `[EN] **CG-2.4** — Replace CG-2.4 with the following: ${CURRENT}`],
  ]
    .map(([name, amendment]) => ({ name: `the 90-day wording in a clause ${name}`, code: withAmendment(amendment) }))
    .concat({
      name: 'the 90-day wording in a clause opened by its language tag, replaced',
      code: withAmendment(`**CG-2.4** — La clause CG-2.4 est remplacée par ce qui suit : ${CURRENT}`, {}, `FR — ${OLD_WORDING}`),
    }),
  invalid: [
    ['French, completed', `**CG-2.4** — Ajouter à la fin de la clause : ${CURRENT}`],
    ['English, in part', `The second sentence of CG-2.4 is deleted. ${CURRENT}`],
    ['English, of another label', `GC 2.4 is deleted and replaced with the following: ${CURRENT}`],
  ].map(([name, amendment]) => {
    const code = withAmendment(amendment);
    return {
      name: `the 90-day wording stays in a clause ${name}`,
      code,
      errors: [{ line: lineOf(code, OLD_WORDING), messageId: 'ninetyDays', severity: 'warning' as const }],
    };
  }),
});

// An addendum of the dossier that replaces or sets aside a clause: no finding is placed in the clause. The addenda give
// the rules their data, not their text: the clause stays evidence, the addendum's replacing text being unread.
const addendum = (body: string) =>
  `---\ntype: addenda\nnumero: X-1\naddenda:\n  - { numero: 1, date: 2026-08-20, incidence-prix: false }\n---\n\n# Addenda no 1\n\n${body}\n`;
const CALL = withAmendment('Aucune.', { numero: 'X-1' });

dossierRuleTester('revenu-quebec-attestation-validity', {
  valid: [
    ['French', `La clause CG-2.4 est supprimée et remplacée par ce qui suit : ${CURRENT}`],
    ['English', `CG-2.4 is hereby replaced by the following: ${CURRENT}`],
  ].map(([name, body]) => ({ name: `an addendum that replaces the clause, ${name}`, files: { 'ao.md': CALL, 'addenda-1.md': addendum(body) } })),
  invalid: [
    {
      name: 'an addendum that completes the clause',
      files: { 'ao.md': CALL, 'addenda-1.md': addendum(`Ajouter à la fin de la clause CG-2.4 : ${CURRENT}`) },
      errors: [{ file: 'ao.md', line: lineOf(CALL, OLD_WORDING), messageId: 'ninetyDays', severity: 'warning' as const }],
    },
  ],
});

dossierRuleTester('rejection-uninitialled-price-correction', {
  valid: [
    {
      name: 'an addendum that replaces the list: its text unread, the list stays evidence',
      files: {
        'ao.md': amended('Aucune.', [...FRONT_MATTER, 'numero: X-1']),
        'addenda-1.md': addendum(`La section 3.1 est supprimée et remplacée par ce qui suit : ${replacement}`),
      },
    },
  ],
  invalid: [],
});
