import { CLAUSES, renderClause } from '../../server/src/core/legal/clauses.js';
import { ruleTester } from '../ruleTester.js';
import { ABNORMALLY_LOW, FRONT_MATTER, MULTIPLE_BIDS, REJECTION_ITEMS, numbered, tender } from './documentParts.js';

const HEADING = '## 3. Conditions de conformité';
const INTRO = "Entraîne le rejet automatique d'une soumission :";
const conformity = (items: readonly string[], paragraphs: readonly string[] = [MULTIPLE_BIDS, ABNORMALLY_LOW]) =>
  [HEADING, INTRO, numbered(items), ...paragraphs].join('\n\n');
const CONFORMITY_LINE = 32;

const LISTED = [
  ['rejection-late-receipt', 'lateReceipt', 'Toute soumission reçue après la date et l’heure limites sera automatiquement rejetée.'],
  ['rejection-missing-document', 'missingDocument', 'L’omission de fournir l’un des documents exigés entraîne le rejet de la soumission.'],
  ['rejection-missing-signature', 'missingSignature', 'Toute soumission non signée par une personne autorisée sera rejetée.'],
  [
    'rejection-uninitialled-price-correction',
    'uninitialledCorrection',
    "Toute rature au bordereau de prix qui n'a pas été paraphée entraîne le rejet de la soumission.",
  ],
  ['rejection-conditional-bid', 'conditionalBid', 'Toute soumission assortie de conditions ou de restrictions est jugée non conforme.'],
  [
    'rejection-other-designated-conditions',
    'otherDesignatedCondition',
    'Les exigences identifiées par la mention « rejet automatique » entraînent le rejet de la soumission.',
  ],
] as const;

/** Rejection cases typed as lines that open with a mark or a bullet, right under their introduction (one paragraph for CommonMark). */
const MARKS = [
  ['a) ', 'b) ', 'c) ', 'd) ', 'e) ', 'f) '],
  ['(i) ', '(ii) ', '(iii) ', '(iv) ', '(v) ', '(vi) '],
  ['1° ', '2° ', '3° ', '4° ', '5° ', '6° '],
  // Bullets pasted from Word or typed (Word's « o » and its tab), marks set in bold.
  ['• ', '• ', '• ', '• ', '• ', '• '],
  ['**a)** ', '**b)** ', '**c)** ', '**d)** ', '**e)** ', '**f)** '],
  ['o\t', 'o\t', 'o\t', 'o\t', 'o\t', 'o\t'],
  // Pandoc's own marker, and a mark escaped as pandoc writes one typed by hand in Word.
  ['#. ', '#. ', '#. ', '#. ', '#. ', '#. '],
  ['\\(1\\) ', '\\(2\\) ', '\\(3\\) ', '\\(4\\) ', '\\(5\\) ', '\\(6\\) '],
] as const;
const typedEntries = (items: readonly string[], marks: readonly string[]) => items.map((text, index) => `${marks[index]}${text}`).join('\n');

for (const [index, [rule, item, paraphrase]] of LISTED.entries()) {
  const others = Object.entries(REJECTION_ITEMS)
    .filter(([name]) => name !== item)
    .map(([, text]) => text);
  const marks = MARKS[index % MARKS.length];
  const typed = [HEADING, `${INTRO}\n${typedEntries(others, marks)}`, MULTIPLE_BIDS, ABNORMALLY_LOW].join('\n\n');
  ruleTester(rule, {
    valid: [
      { name: 'in the rejection list', code: tender() },
      { name: 'in other words, in a paragraph of its own', code: tender({ conformity: `${conformity(others)}\n\n${paraphrase}` }) },
      // Titles set in bold (Word's way) head the list as `##` titles do; its entries alone do not say they cause rejection.
      { name: 'listed under a title in bold', code: tender({ conformity: `**Conditions de conformité**\n\n${numbered(Object.values(REJECTION_ITEMS))}` }) },
      {
        name: 'listed under a title in bold capitals',
        code: tender({ conformity: `__EXIGENCES DE CONFORMITÉ__\n\n${numbered(Object.values(REJECTION_ITEMS))}` }),
      },
      {
        name: 'the conditions set out in another tender document (cannot be checked here)',
        code: tender({ conformity: '## 3. Conformité\n\nLes conditions de conformité figurent à la Régie générale (document 2 de l’appel d’offres).' }),
      },
    ],
    invalid: [
      {
        name: 'missing: the next entry of the rejection list',
        code: tender({ conformity: conformity(others) }),
        errors: [{ line: CONFORMITY_LINE, column: 1, messageId: 'missing', severity: item === 'otherDesignatedCondition' ? 'information' : 'error' }],
        output: tender({
          conformity: conformity(others).replace(numbered(others), `${numbered(others)}\n${others.length + 1}. ${CLAUSES[item].listItem!.fr}`),
        }),
      },
      {
        name: `missing from a list typed in « ${marks[0].trim()} » lines: the next entry, marked as they are`,
        code: tender({ conformity: typed }),
        errors: [{ line: CONFORMITY_LINE, messageId: 'missing' }],
        output: tender({ conformity: typed.replace(typedEntries(others, marks), typedEntries([...others, CLAUSES[item].listItem!.fr], marks)) }),
      },
      {
        name: 'missing, no conformity section: a new one after the admissibility conditions',
        code: tender({ conformity: [...others, MULTIPLE_BIDS, ABNORMALLY_LOW].map((text) => `Sera rejetée : ${text}`).join('\n\n') }),
        errors: [{ line: 19 }],
      },
    ],
  });
}

/**
 * A case's breach said to be no cause of rejection (negated, or correctable) is not the case: its passage says the
 * contrary, an error on it. Stated beside the rejection, or of another breach, the case holds.
 */
const without = (item: keyof typeof REJECTION_ITEMS) =>
  Object.entries(REJECTION_ITEMS)
    .filter(([name]) => name !== item)
    .map(([, text]) => text);
const DENIAL_LINE = 46;
for (const [rule, item, denials, kept] of [
  [
    'rejection-missing-signature',
    'missingSignature',
    [
      'Une signature manquante ne constitue pas un motif de rejet automatique : le Ministère demande au soumissionnaire de signer sa soumission dans les 48 heures.',
      "L'absence de signature d'une personne autorisée n'entraîne pas le rejet de la soumission; le Ministère la fait signer dans les deux jours ouvrables.",
      'Une soumission qui n’est pas signée par une personne autorisée peut être régularisée dans le délai fixé par le Ministère.',
      'A bid not signed by an authorized person does not result in automatic rejection: the Board asks the bidder to sign it within two working days.',
      'Missing signatures are not grounds for rejection and may be corrected within 48 hours.',
    ],
    [
      'Une soumission non signée par une personne autorisée est rejetée et ne peut être corrigée.',
      "Toute soumission non signée par une personne autorisée est rejetée, alors que l'absence de la pièce A-2 n'est pas une cause de rejet.",
      'A bid not signed by an authorized person is rejected and cannot be corrected.',
    ],
  ],
  [
    'rejection-conditional-bid',
    'conditionalBid',
    [
      'Une soumission conditionnelle ou restrictive n’est pas rejetée pour autant : le soumissionnaire retire ses conditions à la demande du Ministère.',
      'A conditional bid will not be rejected: the bidder withdraws its conditions at the request of the Board.',
    ],
    ['Une soumission conditionnelle ou restrictive est rejetée; une erreur de calcul peut être corrigée.'],
  ],
  // The breach made correctable at the body's request, with or without a delay, in the inverted, impersonal order too, or
  // rejected only once the bidder fails to correct it: the contrary of the case (a twin of the twenty-sixth audit round).
  [
    'rejection-uninitialled-price-correction',
    'uninitialledCorrection',
    [
      'Le Ministère peut demander au soumissionnaire de régulariser toute correction du prix soumis qui n’a pas été paraphée.',
      'Sera accordé au soumissionnaire dont le prix comporte une correction non paraphée un délai de deux (2) jours ouvrables pour l’initialer.',
      'Une soumission dont le prix comporte une rature non paraphée ne sera écartée qu’à défaut de la parapher dans le délai fixé par le Ministère.',
      'Une rature ou une correction non paraphée du prix constitue une irrégularité mineure.',
      'The Board may request the bidder to remedy an uninitialled erasure or correction to the tendered price.',
      'A bid with an uninitialled correction to the tendered price will be rejected only if the bidder fails to initial it within two days.',
    ],
    [
      'Une rature ou une correction du prix soumis non paraphée n’est pas une irrégularité mineure : elle entraîne le rejet de la soumission.',
      'Une rature non paraphée du prix entraîne le rejet automatique, le Ministère ne pouvant demander au soumissionnaire de la corriger.',
      'Toute rature ou correction du prix non paraphée entraîne le rejet; le Ministère peut demander au soumissionnaire de corriger une erreur de calcul.',
      'Any uninitialled correction to the tendered price results in the rejection of the bid; the Board cannot ask the bidder to correct it.',
    ],
  ],
] as const) {
  ruleTester(rule, {
    valid: kept.map((clause) => ({
      name: `the case stated, no other breach denied it: « ${clause} »`,
      code: tender({ conformity: conformity(without(item), [MULTIPLE_BIDS, ABNORMALLY_LOW, clause]) }),
    })),
    invalid: denials.map((clause) => ({
      name: `the breach said to be no cause of rejection: « ${clause} »`,
      code: tender({ conformity: conformity(without(item), [MULTIPLE_BIDS, ABNORMALLY_LOW, clause]) }),
      errors: [
        {
          line: DENIAL_LINE,
          column: 1,
          messageId: 'contrary',
          severity: 'error',
          message: /n’est pas une cause de rejet automatique|no cause of automatic rejection/,
        },
      ],
      output: null,
    })),
  });
}

// A list of irregularities the body may have corrected (« irrégularités mineures », "minor irregularities the Board may ask
// the bidder to correct"), by its introduction or its title: the breach it lists is the contrary of the case, its other
// entries nothing; the case stated in the rejection list holds.
const CORRECTABLE_GROUPS: readonly [name: string, head: string, other: string, breach: string][] = [
  [
    'a French introduction',
    'Constituent des irrégularités mineures, que le Ministère peut demander au soumissionnaire de corriger :',
    '- une erreur de calcul;',
    '- une rature ou une correction du prix non paraphée.',
  ],
  [
    'an English introduction',
    'The Board may ask the bidder to correct the following irregularities:',
    '- an arithmetic error;',
    '- an uninitialled erasure or correction to the tendered price.',
  ],
  ['a subsection’s title', '### 3.1 Irrégularités mineures', '- Une erreur de calcul.', '- Une correction du prix soumis non paraphée.'],
];
const CORRECTABLE_LINE = 49;
ruleTester('rejection-uninitialled-price-correction', {
  valid: CORRECTABLE_GROUPS.map(([name, head, other]) => ({
    name: `${name} over another breach, the case stated in the rejection list`,
    code: tender({ conformity: conformity(Object.values(REJECTION_ITEMS), [MULTIPLE_BIDS, ABNORMALLY_LOW, `${head}\n\n${other}`]) }),
  })),
  invalid: CORRECTABLE_GROUPS.map(([name, head, other, breach]) => ({
    name: `${name} over the breach: the contrary of the case`,
    code: tender({ conformity: conformity(without('uninitialledCorrection'), [MULTIPLE_BIDS, ABNORMALLY_LOW, `${head}\n\n${other}\n${breach}`]) }),
    errors: [{ line: CORRECTABLE_LINE, column: 1, messageId: 'contrary', severity: 'error' as const, message: /(?:irrégularités|irregularities)/ }],
    output: null,
  })),
});

// A requirement stated in another section than the list of rejection cases, after a sentence that rejects bids for a
// reason of its own (« Le Ministère n'accepte aucune soumission transmise par télécopieur. Toute rature … doit être
// paraphée »): that sentence does not sanction it, the list does not hold it, so the case is missing.
const presented = (passage: string) =>
  tender({ conformity: conformity(without('uninitialledCorrection')), documents: `## 4. Présentation des soumissions\n\n${passage}` });
ruleTester('rejection-uninitialled-price-correction', {
  valid: [
    {
      name: 'the requirement followed by its own sanction',
      code: presented(
        'Le Ministère n’accepte aucune soumission transmise par télécopieur. Toute rature ou correction apportée au prix doit être paraphée par le signataire, à défaut de quoi la soumission est automatiquement rejetée.',
      ),
    },
  ],
  invalid: [
    ...[
      'La soumission est présentée sous enveloppe cachetée. Le Ministère n’accepte aucune soumission transmise par télécopieur ou par courriel. Toute rature ou correction apportée au prix doit être paraphée par le signataire.',
      'Tenders sent by fax or by email will not be accepted. Any erasure or correction made to the price must be initialled by the signatory.',
    ].map((passage) => ({
      name: `the requirement after a rejection of its own, the list elsewhere without it: ${passage.slice(0, 50)}`,
      code: presented(passage),
      errors: [{ line: CONFORMITY_LINE, messageId: 'missing', severity: 'error' as const }],
    })),
    {
      name: 'the requirement in the same sentence as a rejection: to confirm',
      code: presented(
        'Le Ministère n’accepte aucune soumission transmise par télécopieur et toute rature ou correction apportée au prix doit être paraphée par le signataire.',
      ),
      errors: [{ messageId: 'toConfirm', severity: 'warning', message: /sans dire que son non-respect entraîne le rejet/ }],
    },
  ],
});

// An English title set in bold over a list whose entries alone do not say they cause rejection.
ruleTester('rejection-late-receipt', {
  valid: [
    // A sentence typed in capitals is a title (markdownTree.ts) that still introduces the list under it.
    {
      name: 'listed under an English introduction typed in capitals, in a section whose heading does not name rejection',
      code: tender({
        conformity: `## 3. Tenders\n\nA TENDER IS AUTOMATICALLY REJECTED IF:\n\n${numbered(['it is received after the closing date and time;', ...Object.values(REJECTION_ITEMS).slice(1)])}`,
      }),
    },
    {
      name: 'listed under an English title in bold',
      code: tender({
        conformity: `**Tender Compliance**\n\n${numbered(['a tender delivered after the closing date and time;', ...Object.values(REJECTION_ITEMS).slice(1)])}`,
      }),
    },
    // The failure to observe, in the other words drafters use for « le non-respect ».
    ...[
      "l'inobservation du lieu, de la date ou de l'heure fixés pour la réception des soumissions;",
      "le défaut de respecter l'heure limite de réception des soumissions;",
      'FAILURE TO OBSERVE THE PLACE, THE DATE OR THE TIME LIMIT FIXED FOR THE RECEIPT OF PROPOSALS;',
      'non-adherence to the date and time set for the receipt of tenders;',
      // The bid's filing as a noun, its own, in any tense.
      "elle ne sera pas déposée dans le système électronique, ou son dépôt sera terminé après le jeudi 30 mars 2027 à 11 h selon l'horodatage;",
      'its filing is completed after 2:00 p.m. on the closing date, as the system records it;',
    ].map((text) => ({
      name: `the failure to observe the place or time: « ${text.slice(0, 40)} »`,
      code: tender({
        conformity: `## Rejet automatique\n\nEntraîne le rejet automatique :\n\n${numbered([text, ...Object.values(REJECTION_ITEMS).slice(1)])}`,
      }),
    })),
  ],
  invalid: [
    // Something else than the bid received late, among the conformity conditions, is no evidence of the case, even to confirm.
    ...[
      'Le rapport remis après l’échéance n’est pas payé.',
      'Tout livrable transmis après la date prévue au calendrier est retourné au prestataire.',
      'An invoice received after the due date is paid the following month.',
    ].map((text) => ({
      name: `something else than the bid received late: missing, « ${text.slice(0, 40)} »`,
      code: tender({ conformity: conformity(Object.values(REJECTION_ITEMS).slice(1), [MULTIPLE_BIDS, ABNORMALLY_LOW, text]) }),
      errors: [{ line: CONFORMITY_LINE, messageId: 'missing', severity: 'error' as const }],
    })),
    // The bid's own receipt in time, among the conformity conditions without its consequence, is still to confirm.
    ...[
      'Les soumissions doivent être reçues au plus tard à la date et à l’heure limites.',
      'The bidder must file its tender at the address given no later than the closing time.',
    ].map((text) => ({
      name: `the bid's receipt in time without its consequence: to confirm, « ${text.slice(0, 40)} »`,
      code: tender({ conformity: conformity(Object.values(REJECTION_ITEMS).slice(1), [MULTIPLE_BIDS, ABNORMALLY_LOW, text]) }),
      errors: [{ line: CONFORMITY_LINE + 14, messageId: 'toConfirm', severity: 'warning' as const }],
    })),
  ],
});

// 7° applied rather than restated: the document designates its own conditions, in a list of rejection cases or in words.
const named = Object.values(REJECTION_ITEMS).slice(0, -1);
const ENGLISH_ROWS = [
  '| Tender received after the closing date and time | Automatic rejection |',
  '| A required document is missing | Automatic rejection |',
  '| Tender not signed by an authorised person | Automatic rejection |',
  '| Correction of the tendered price not initialled | Automatic rejection |',
  '| Conditional or restrictive tender | Automatic rejection |',
];
const englishTable = (rows: readonly string[]) => ['## 3. Compliance', '| Defect | Consequence |', '|---|---|', ...rows].join('\n');
ruleTester('rejection-other-designated-conditions', {
  valid: [
    {
      name: 'an entry of its own among the rejection cases',
      code: tender({ conformity: conformity([...named, 'un bordereau de prix dont une ligne est laissée en blanc.']) }),
    },
    {
      name: 'a row of its own in a table of rejection cases',
      code: tender({ conformity: englishTable([...ENGLISH_ROWS, '| Quality proposal over the 20-page limit | Automatic rejection |']) }),
    },
    {
      name: 'a condition designated apart, in the regulation’s words',
      code: tender({
        conformity: `${conformity(named)}

L’absence de la garantie de soumission est une condition indiquée comme entraînant le rejet automatique.`,
      }),
    },
    {
      name: 'a condition designated apart, by the body',
      code: tender({
        conformity: `${conformity(named)}

The price schedule must be used unaltered, a requirement the Board designates as causing automatic rejection.`,
      }),
    },
  ],
  invalid: [
    {
      name: 'a note nested under an entry is no condition of its own',
      code: tender({ conformity: conformity(named).replace(named[0], `${named[0]}\n   - L’horloge de la réception fait foi.`) }),
      errors: [{ line: CONFORMITY_LINE, messageId: 'missing', severity: 'information' }],
    },
    {
      name: 'the numbered paragraph that closes the list sanctions the others',
      code: tender({
        conformity: [
          '## 3. Conditions de conformité',
          '(24) Pour être conforme, la soumission doit :',
          numbered(['être reçue avant la date et l’heure limites;', 'comprendre les documents exigés;', 'être signée par une personne autorisée.']),
          '(25) La soumission qui ne respecte pas l’une des conditions du paragraphe (24) est rejetée automatiquement.',
          `(26) ${MULTIPLE_BIDS}`,
          `(27) ${ABNORMALLY_LOW}`,
        ].join('\n\n'),
      }),
      errors: [{ messageId: 'missing', severity: 'information' }],
    },
    {
      name: 'a person designated as the contact is no condition designated as causing rejection',
      code: tender({
        conformity: `${conformity(named)}

The person designated as the contact may reject a question asked orally.`,
      }),
      errors: [{ line: CONFORMITY_LINE, messageId: 'missing', severity: 'information' }],
    },
  ],
});

// The rectified spelling (1990) of « parapher ».
ruleTester('rejection-uninitialled-price-correction', {
  valid: [
    {
      name: 'a correction « non parafée »',
      code: tender({
        conformity: conformity([...Object.values(REJECTION_ITEMS).filter((text) => !/rature/.test(text)), 'une correction du prix soumis non parafée;']),
      }),
    },
    // A word broken at a line end, the lines then joined by a converter (Google Docs, Turndown), or typed in capitals.
    {
      name: 'a correction « non pa- raphée », its broken line joined',
      code: tender({
        conformity: conformity([
          ...Object.values(REJECTION_ITEMS).filter((text) => !/rature/.test(text)),
          'une rature du prix soumis qui n’est pas pa- raphée;',
        ]),
      }),
    },
    {
      name: 'a correction « NON PA-↵RAPHÉE », in capitals',
      code: tender({
        conformity: conformity([...Object.values(REJECTION_ITEMS).filter((text) => !/rature/.test(text)), 'UNE RATURE DU PRIX SOUMIS NON PA-\n  RAPHÉE;']),
      }),
    },
  ],
  invalid: [],
});

/**
 * The case rejected only once the bidder fails a correction the body invites within a delay (the renvois twin of the
 * twenty-seventh audit round): the breach made correctable, the entry says the contrary of the case, an error on it.
 * Without the delay, the legal office's wording states the case.
 */
ruleTester('rejection-uninitialled-price-correction', {
  valid: [
    "toute rature ou correction apportée au prix soumis qui n'est pas paraphée par une personne autorisée;",
    'any erasure or correction to the tendered price that is not initialled by an authorized person;',
  ].map((entry) => ({
    name: `the case stated with its complements: « ${entry} »`,
    code: tender({ conformity: conformity([entry, ...without('uninitialledCorrection')]) }),
  })),
  invalid: [
    "une correction du prix non paraphée, lorsque le soumissionnaire néglige de la faire parapher dans les deux (2) jours ouvrables suivant la demande de l'organisme;",
    'une rature du prix soumis non paraphée, à moins que le soumissionnaire ne la fasse parapher dans le délai fixé par le Centre;',
    "an erasure or correction to the tendered price that is not initialled and that the bidder, at the Board's request, fails to have initialled within the time the Board sets;",
    'an uninitialled correction to the price, unless the bidder initials it within two (2) business days of the request;',
  ].map((entry) => ({
    name: `rejected only once a correction is failed within a delay: « ${entry} »`,
    code: tender({ conformity: conformity([entry, ...without('uninitialledCorrection')]) }),
    errors: [{ line: 36, messageId: 'contrary', severity: 'error' as const, message: /omet de corriger|fails to correct/ }],
    output: null,
  })),
});

const qualityPrice = FRONT_MATTER.map((line) => (line === 'adjudication: prix' ? 'adjudication: qualite-prix' : line));
const all = Object.values(REJECTION_ITEMS);
/** No `adjudication` key: the award method is the one the award rule states (awardMode). */
const noAwardKey = FRONT_MATTER.filter((line) => !line.startsWith('adjudication:'));
const ADJUSTED_PRICE_AWARD = {
  fr: "## 6. Règle d'adjudication\n\nLe contrat est adjugé au soumissionnaire dont la soumission acceptable présente le prix ajusté le plus bas.",
  en: '## 6. Award rule\n\nThe contract is awarded to the bidder whose acceptable bid has the lowest adjusted price.',
};
ruleTester('rejection-price-quality-not-separate', {
  valid: [
    { name: 'price only: art. 16 does not apply', code: tender() },
    {
      name: 'quality and price: stated',
      code: tender({ frontMatter: qualityPrice, conformity: conformity([...all, 'le prix et la démonstration de la qualité non présentés séparément;']) }),
    },
    {
      name: 'no key, the award rule on the adjusted price: stated',
      code: tender({
        frontMatter: noAwardKey,
        award: ADJUSTED_PRICE_AWARD.fr,
        conformity: conformity([...all, 'le prix et la démonstration de la qualité non présentés séparément;']),
      }),
    },
    {
      name: 'no key, the award rule on the highest final score (quality only, no price sought)',
      code: tender({
        frontMatter: noAwardKey,
        award: "## 6. Règle d'adjudication\n\nLe contrat est adjugé au prestataire dont la soumission a obtenu la note finale la plus élevée.",
      }),
    },
  ],
  invalid: [
    // The award method the text states, with no `adjudication` key (a notarial call's « TITRE SEPTIÈME »), requires the case too.
    ...(['fr', 'en'] as const).map((language) => ({
      name: `no key, the award rule on the adjusted price (${language}): missing`,
      code: tender({ frontMatter: noAwardKey, award: ADJUSTED_PRICE_AWARD[language] }),
      errors: [{ line: CONFORMITY_LINE - 1, column: 1, messageId: 'missing' }],
    })),
    {
      name: 'quality and price: the next entry of the rejection list',
      code: tender({ frontMatter: qualityPrice }),
      errors: [{ line: CONFORMITY_LINE, column: 1, messageId: 'missing' }],
      output: tender({
        frontMatter: qualityPrice,
        conformity: conformity(all).replace(numbered(all), `${numbered(all)}\n7. ${CLAUSES.priceQualityTogether.listItem!.fr}`),
      }),
    },
  ],
});

for (const [rule, item, kept] of [
  ['rejection-multiple-bids', 'multipleBids', ABNORMALLY_LOW],
  ['rejection-abnormally-low-price', 'abnormallyLowPrice', MULTIPLE_BIDS],
] as const) {
  ruleTester(rule, {
    valid: [
      { name: 'stated after the rejection list', code: tender() },
      // A sentence set in bold without its period reads as a title, and still as the sentence it is.
      {
        name: 'stated in bold, without a period',
        code: tender({ conformity: conformity(all, [kept, `**${(item === 'multipleBids' ? MULTIPLE_BIDS : ABNORMALLY_LOW).replace(/\.$/, '')}**`]) }),
      },
    ],
    invalid: [
      {
        name: 'missing: a paragraph at the end of the conformity section',
        code: tender({ conformity: conformity(all, [kept]) }),
        errors: [{ line: CONFORMITY_LINE, column: 1, messageId: 'missing' }],
        output: tender({ conformity: `${conformity(all, [kept])}\n\n${renderClause(CLAUSES[item], 'fr')}` }),
      },
    ],
  });
}

ruleTester('rejection-abnormally-low-price', {
  valid: [
    {
      name: 'a call diffused before D. 430-2013 came into force',
      code: tender({ frontMatter: [...FRONT_MATTER, 'diffusion: 2013-01-15'], conformity: conformity(all, [MULTIPLE_BIDS]) }),
    },
  ],
  invalid: [],
});

const abnormallyLow = (statement: string) => tender({ conformity: conformity(all, [MULTIPLE_BIDS, statement]) });
const ABNORMALLY_LOW_LINE = 45;
ruleTester('rejection-abnormally-low-price-discretionary', {
  valid: [
    { name: 'the mandatory wording', code: tender() },
    {
      name: '« sera rejetée »',
      code: abnormallyLow('Toute soumission dont le prix est jugé anormalement bas sera rejetée, après autorisation du dirigeant de l’organisme.'),
    },
    {
      name: 'mandatory, with the procedure that may follow',
      code: abnormallyLow(
        'Une soumission au prix anormalement bas est non conforme et doit être rejetée. Le Ministère peut demander des précisions au prestataire avant d’en saisir le dirigeant.',
      ),
    },
    {
      name: 'the body in the first person, mandatory (« nous la rejetterons »), besides a right to reject others',
      code: abnormallyLow(
        'Le Conseil peut rejeter toute soumission incomplète; une soumission au prix anormalement bas, nous la rejetterons après autorisation de notre présidente.',
      ),
    },
    {
      name: 'English, mandatory',
      code: abnormallyLow('A bid with an abnormally low price is non-compliant and must be rejected, after the chief executive’s authorisation.'),
    },
    {
      name: '« est exclue »: the rejection by another verb, mandatory, besides a right to reject others',
      code: abnormallyLow(
        'Le Ministère se réserve le droit de rejeter toute soumission non conforme; une soumission au prix anormalement bas est exclue, après autorisation du dirigeant.',
      ),
    },
    {
      name: 'a call diffused before art. 7.1 came into force',
      code: tender({
        frontMatter: [...FRONT_MATTER, 'diffusion: 2013-01-15'],
        conformity: conformity(all, [MULTIPLE_BIDS, 'Une soumission au prix anormalement bas pourra être rejetée.']),
      }),
    },
  ],
  invalid: [
    {
      name: '« pourra être rejetée »: replaced by the article’s wording',
      code: abnormallyLow('Une soumission comportant un prix anormalement bas pourra être rejetée, après autorisation du dirigeant de l’organisme.'),
      errors: [{ line: ABNORMALLY_LOW_LINE, column: 1, messageId: 'discretionary', severity: 'error', message: /doit être rejetée/ }],
      output: abnormallyLow(renderClause(CLAUSES.abnormallyLowPrice, 'fr')),
    },
    {
      name: '« se réserve le droit de rejeter »',
      code: abnormallyLow('Le Ministère se réserve le droit de rejeter toute soumission dont le prix est anormalement bas.'),
      errors: [{ line: ABNORMALLY_LOW_LINE }],
      output: abnormallyLow(renderClause(CLAUSES.abnormallyLowPrice, 'fr')),
    },
    {
      name: '« est non conforme et peut être écartée »',
      code: abnormallyLow('Une offre anormalement basse est non conforme et peut être écartée par l’organisme.'),
      errors: [{ line: ABNORMALLY_LOW_LINE }],
      output: abnormallyLow(renderClause(CLAUSES.abnormallyLowPrice, 'fr')),
    },
    {
      name: '« pourra être exclue »: the rejection by another verb, only allowed',
      code: abnormallyLow('Une soumission dont le prix est anormalement bas pourra être exclue, à la discrétion du Ministère.'),
      errors: [{ line: ABNORMALLY_LOW_LINE }],
      output: abnormallyLow(renderClause(CLAUSES.abnormallyLowPrice, 'fr')),
    },
    {
      name: 'the body in the first person: « nous pourrons la rejeter »',
      code: abnormallyLow('Si votre prix est anormalement bas, nous pourrons la rejeter, après autorisation de notre présidente.'),
      errors: [{ line: ABNORMALLY_LOW_LINE }],
      output: abnormallyLow(renderClause(CLAUSES.abnormallyLowPrice, 'fr')),
    },
    {
      name: 'English: « may be rejected »',
      code: abnormallyLow('A bid with an abnormally low price may be rejected.'),
      errors: [{ line: ABNORMALLY_LOW_LINE }],
      output: abnormallyLow(renderClause(CLAUSES.abnormallyLowPrice, 'fr')),
    },
    // A modal before the verb that brings the rejection about.
    ...[
      'Une soumission dont le prix est anormalement bas peut entraîner son rejet.',
      'Un prix anormalement bas est susceptible d’entraîner le rejet de la soumission.',
      'An abnormally low price may result in the rejection of the bid.',
    ].map((text) => ({
      name: `the rejection brought about only possibly: « ${text.slice(0, 50)}… »`,
      code: abnormallyLow(text),
      errors: [{ line: ABNORMALLY_LOW_LINE, messageId: 'discretionary' }],
      output: abnormallyLow(renderClause(CLAUSES.abnormallyLowPrice, 'fr')),
    })),
  ],
});

// A passage that refers to art. 7 of the regulation instead of stating its cases: evidence to confirm there, a
// warning (an information for par. 7°, which is one when missing), with the case's quick fix; not an error.
const REFERENCES = [
  "Toute soumission est rejetée automatiquement dans les cas prévus à l'article 7 du Règlement sur les contrats de services des organismes publics.",
  'Les motifs de rejet automatique énumérés aux articles 7 et 7.1 du Règlement s’appliquent.',
  'A tender is automatically rejected in the cases set out in section 7 of the Regulation.',
  "Les cas de rejet automatique sont ceux du premier alinéa de l'article 7 du présent règlement.",
] as const;
const referring = (reference: string, paragraphs: readonly string[] = [MULTIPLE_BIDS, ABNORMALLY_LOW]) =>
  tender({ conformity: [HEADING, reference, ...paragraphs].join('\n\n') });
const REFERENCE_LINE = CONFORMITY_LINE + 2;
for (const [rule, item] of LISTED) {
  ruleTester(rule, {
    valid: [],
    invalid: [
      ...REFERENCES.map((reference) => ({
        name: `referred to art. 7: « ${reference.slice(0, 60)}… »`,
        code: referring(reference),
        errors: [
          {
            line: REFERENCE_LINE,
            column: 1,
            messageId: 'toConfirm',
            severity: item === 'otherDesignatedCondition' ? ('information' as const) : ('warning' as const),
            message: /renvoie au Règlement \(art\. 7\)/,
          },
        ],
      })),
      // Not a reference to the regulation: another regulation's article, the tender's own article, no text named.
      ...[
        "Toute soumission est rejetée dans les cas prévus à l'article 7 du Règlement sur les contrats d'approvisionnement des organismes publics.",
        "Toute soumission est rejetée dans les cas prévus à l'article 7 des présentes instructions.",
        "Toute soumission est rejetée dans les cas prévus à l'article 7.",
        // A passage that states one case of the article under its citation refers no other case to it.
        "Conformément à l'article 7 du Règlement, toute soumission conditionnelle ou restrictive est rejetée.",
      ]
        .filter((reference) => item !== 'conditionalBid' || !reference.includes('conditionnelle'))
        .map((reference) => ({
          name: `not referred: « ${reference.slice(0, 70)}… »`,
          code: referring(reference),
          errors: [{ line: CONFORMITY_LINE, messageId: 'missing' }],
        })),
    ],
  });
}

for (const [rule, item, kept] of [
  ['rejection-multiple-bids', 'multipleBids', ABNORMALLY_LOW],
  ['rejection-abnormally-low-price', 'abnormallyLowPrice', MULTIPLE_BIDS],
] as const) {
  const article = item === 'multipleBids' ? '7' : '7.1';
  ruleTester(rule, {
    valid: [],
    invalid: [
      {
        name: `referred to art. ${article}`,
        code: referring(REFERENCES[item === 'multipleBids' ? 0 : 1], [numbered(Object.values(REJECTION_ITEMS)), kept]),
        errors: [{ line: REFERENCE_LINE, messageId: 'toConfirm', severity: 'warning', message: new RegExp(`\\(art\\. ${article.replace('.', '\\.')}\\)`) }],
      },
      {
        // Art. 7.1 is not within art. 7; the multiple bids are art. 7's second alinéa, not its first.
        name: `not referred by « ${REFERENCES[item === 'multipleBids' ? 3 : 0].slice(0, 50)}… »`,
        code: referring(REFERENCES[item === 'multipleBids' ? 3 : 0], [numbered(Object.values(REJECTION_ITEMS)), kept]),
        errors: [{ line: CONFORMITY_LINE, messageId: 'missing', severity: 'error' }],
      },
    ],
  });
}

// The cases stated as the requirements they break, with rejection as their sanction (in the list's introduction or
// in each passage): stated. Without the sanction, or with a rejection only allowed, evidence to confirm.
const REQUIREMENTS: Partial<Record<(typeof LISTED)[number][1], string>> = {
  lateReceipt: 'être reçue à l’adresse indiquée au plus tard à la date et à l’heure limites;',
  missingDocument: 'comprendre tous les documents exigés à la section 4;',
  missingSignature: 'être signée par une personne autorisée;',
  uninitialledCorrection: 'porter le paraphe du signataire à chaque rature ou correction du prix;',
  conditionalBid: 'être présentée sans condition ni restriction;',
};
const OTHER_CONDITIONS = 'Le non-respect de toute autre condition indiquée comme entraînant le rejet automatique entraîne aussi le rejet.';
const requirementsUnder = (intro: string, heading = HEADING) =>
  tender({ conformity: [heading, intro, numbered(Object.values(REQUIREMENTS)), OTHER_CONDITIONS, MULTIPLE_BIDS, ABNORMALLY_LOW].join('\n\n') });
for (const [rule, item] of LISTED) {
  const requirement = REQUIREMENTS[item];
  if (!requirement) continue;
  const line = CONFORMITY_LINE + 4 + Object.keys(REQUIREMENTS).indexOf(item);
  ruleTester(rule, {
    valid: [
      { name: 'the requirement, under « Sous peine de rejet, la soumission doit : »', code: requirementsUnder('Sous peine de rejet, la soumission doit :') },
      {
        name: 'the requirement, in a section not about rejection, under « À défaut de quoi elle est rejetée, la soumission doit : »',
        code: requirementsUnder('À défaut de quoi elle est automatiquement rejetée, la soumission doit :', '## 3. Présentation des soumissions'),
      },
    ],
    invalid: [
      {
        name: 'the requirement among the conformity conditions, its breach not said to reject the bid: to confirm',
        code: requirementsUnder('La soumission doit :'),
        errors: [{ line, column: 1, messageId: 'toConfirm', severity: 'warning', message: /sans dire que son non-respect entraîne le rejet/ }],
      },
      {
        name: 'the requirement whose breach only allows the rejection: to confirm',
        code: requirementsUnder('À défaut de quoi elle pourra être rejetée, la soumission doit :'),
        errors: [{ line, column: 1, messageId: 'toConfirm', severity: 'warning', message: /qu’une faculté/ }],
      },
      {
        name: 'the requirement, in a section not about rejection, without a sanction: missing',
        code: requirementsUnder('La soumission doit :', '## 3. Présentation des soumissions'),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
    ],
  });
}

// The sanction stated apart from the requirements it sanctions: in the passage that closes their list and refers back
// to them as a whole, whatever the list's layout and whatever separates it from that passage (a blank line, nothing).
const REQUIREMENT_LINES = Object.values(REQUIREMENTS);
const LAYOUTS: readonly [string, (requirements: readonly string[]) => string][] = [
  ['a numbered list', numbered],
  ['lines lettered by hand', (requirements) => requirements.map((text, index) => `${'abcde'[index]}) ${text}`).join('\n')],
  ['a bulleted list, its entries lettered', (requirements) => requirements.map((text, index) => `- ${'abcde'[index]}) ${text}`).join('\n')],
  ['a table of requirements', (requirements) => ['| Exigence |', '|---|', ...requirements.map((text) => `| ${text} |`)].join('\n')],
];
const CLOSINGS = [
  'Toute soumission qui ne respecte pas l’une de ces conditions est automatiquement rejetée.',
  'Le non-respect de l’une ou l’autre de ces exigences entraîne le rejet automatique de la soumission.',
  'La soumission qui ne satisfait pas à toutes les conditions énoncées ci-dessus est rejetée.',
  'Est rejetée toute soumission qui ne remplit pas les exigences qui précèdent.',
  'Failure to meet any of the above requirements will result in the automatic rejection of the bid.',
  'A tender that does not comply with these conditions shall be rejected.',
  'Any bid failing to satisfy one of the requirements listed above will be automatically rejected.',
];
const PRESENTATION = '## 3. Présentation des soumissions';
const closedList = ({
  heading = PRESENTATION,
  intro = 'La soumission doit :',
  list = numbered(REQUIREMENT_LINES),
  between = '\n\n',
  closing,
  after = [OTHER_CONDITIONS, MULTIPLE_BIDS, ABNORMALLY_LOW],
}: {
  heading?: string;
  intro?: string;
  list?: string;
  between?: string;
  closing: string;
  after?: readonly string[];
}) => tender({ conformity: [heading, intro, `${list}${between}${closing}`, ...after].join('\n\n') });
const NUMBERED_PARAGRAPHS = (number: (n: number) => string, intro: string, closing: string) =>
  tender({
    conformity: [
      '## V. Conditions de conformité',
      `${number(23)} La soumission demeure valide pendant quatre-vingt-dix (90) jours.`,
      `${number(24)} ${intro}`,
      REQUIREMENT_LINES.map((text, index) => `- ${'abcde'[index]}) ${text}`).join('\n'),
      ...(closing ? [`${number(25)} ${closing}`] : []),
      `${number(26)} ${OTHER_CONDITIONS}`,
      `${number(27)} ${MULTIPLE_BIDS}`,
      `${number(28)} ${ABNORMALLY_LOW}`,
    ].join('\n\n'),
  });
for (const [rule, item] of LISTED) {
  const requirement = REQUIREMENTS[item];
  if (!requirement) continue;
  const rank = Object.keys(REQUIREMENTS).indexOf(item);
  ruleTester(rule, {
    valid: [
      ...CLOSINGS.map((closing, index) => {
        const [layout, list] = LAYOUTS[index % LAYOUTS.length];
        return { name: `the list (${layout}) closed by « ${closing.slice(0, 60)}… »`, code: closedList({ list: list(REQUIREMENT_LINES), closing }) };
      }),
      ...LAYOUTS.filter(([layout]) => layout !== 'a table of requirements').map(([layout, list]) => ({
        name: `the closing sentence right under the last entry of ${layout}`,
        code: closedList({ list: list(REQUIREMENT_LINES), between: '\n', closing: CLOSINGS[1] }),
      })),
      {
        name: 'paragraphs numbered « (24) », the closing one citing the paragraph of the list',
        code: NUMBERED_PARAGRAPHS(
          (n) => `(${n})`,
          'Pour être déclarée conforme, la soumission doit :',
          'La soumission qui ne respecte pas l’une des conditions du paragraphe (24) est rejetée automatiquement.',
        ),
      },
      {
        name: 'paragraphs numbered « 24. », the closing one in English',
        code: NUMBERED_PARAGRAPHS((n) => `${n}.`, 'The bid must:', 'A bid that does not meet the requirements of paragraph 24 will be rejected.'),
      },
      {
        // Each worded as the case it avoids (« ne comporter aucune rature … qui ne soit paraphée »): the closing passage
        // makes the list one of rejection cases, as a title about rejection does.
        name: 'requirements worded as the cases they avoid, the list closed by its sanction',
        code: closedList({
          list: numbered([
            'ne pas être reçue après la date et l’heure limites;',
            'comprendre chacun des documents exigés;',
            'ne pas être dépourvue de la signature d’une personne autorisée;',
            'ne comporter aucune rature ni correction du prix soumis qui ne soit paraphée;',
            'ne pas être conditionnelle ou restrictive.',
          ]),
          closing: 'La soumission qui ne respecte pas l’une des conditions de la présente section est rejetée automatiquement.',
        }),
      },
      // A paragraph that introduces what follows is the list's introduction, whatever number opens it.
      ...[(n: number) => `(${n})`, (n: number) => `${n}.`, (n: number) => `${n})`].map((number) => ({
        name: `the sanction in a list's introduction numbered « ${number(24)} »`,
        code: NUMBERED_PARAGRAPHS(number, 'Sous peine de rejet automatique, la soumission doit :', ''),
      })),
    ],
    invalid: [
      {
        name: 'the list closed by a sentence that only allows the rejection: to confirm',
        code: closedList({ closing: 'Toute soumission qui ne respecte pas l’une de ces conditions pourra être rejetée.' }),
        errors: [{ line: CONFORMITY_LINE + 4 + rank, column: 1, messageId: 'toConfirm', severity: 'warning', message: /qu’une faculté/ }],
      },
      // A modal before the verb that brings the rejection about (« peut entraîner le rejet », "may result in rejection"):
      // the rejection is only possible, as with « pourra être rejetée ».
      ...[
        'Le non-respect de l’une de ces conditions peut entraîner le rejet de la soumission.',
        'Tout manquement à l’une de ces conditions est susceptible d’entraîner le rejet de la soumission.',
        'Le défaut de satisfaire à ces conditions pourrait mener au rejet de la soumission.',
        'Failure to meet any of these conditions may result in the rejection of the bid.',
        'Any failure to comply with these conditions could lead to disqualification.',
      ].map((closing) => ({
        name: `the list closed by « ${closing.slice(0, 50)}… »: the rejection only possible, to confirm`,
        code: closedList({ closing }),
        errors: [{ line: CONFORMITY_LINE + 4 + rank, column: 1, messageId: 'toConfirm', severity: 'warning' as const, message: /qu’une faculté/ }],
      })),
      {
        name: 'the next section’s first paragraph is no closing sentence',
        code: closedList({ between: '\n\n## 4. Rejet des soumissions\n\n', closing: CLOSINGS[0] }),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
      {
        name: 'a sentence about one specific case is no closing sentence',
        code: closedList({ closing: 'Toute soumission transmise par télécopieur, contrairement à ce que prévoit le paragraphe 6, est rejetée.' }),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
      {
        name: 'a list’s introduction numbered « (24) » without the sanction, among the conformity conditions: to confirm',
        code: NUMBERED_PARAGRAPHS((n) => `(${n})`, 'Pour être déclarée conforme, la soumission doit :', 'La soumission demeure la propriété de l’organisme.'),
        errors: [{ messageId: 'toConfirm', severity: 'warning', message: /sans dire que son non-respect entraîne le rejet/ }],
      },
    ],
  });
}

// The cases stated as the requirements they break in a table whose rows give each its consequence in a cell of its own
// (« | Exigence | Référence | Conséquence du non-respect | »), or mark it under a column whose header names the rejection;
// the requirements written as noun phrases, as a table's rows and checklists write them.
const ROW_REQUIREMENTS = {
  fr: [
    'Réception de la soumission à l’adresse indiquée, au plus tard à la date et à l’heure limites',
    'Production de chacun des documents exigés à la section 4',
    'Formulaire de soumission signé par une personne autorisée',
    'Paraphe du signataire à chaque rature ou correction du prix',
    'Absence de toute condition ou restriction',
  ],
  en: [
    'Tender received at the address given, by the closing date and time',
    'Provision of all the required documents',
    'Tender form signed by an authorised person',
    'Initials of the signatory on every erasure or correction of a price',
    'Absence of any condition or restriction',
  ],
} as const;
const TABLE_LINE = CONFORMITY_LINE + 4;
const consequenceTable = ({
  heading = HEADING,
  header = '| Exigence | Référence | Conséquence du non-respect |',
  rows = ROW_REQUIREMENTS.fr,
  consequence,
}: {
  heading?: string;
  header?: string;
  rows?: readonly string[];
  consequence: string;
}) =>
  tender({
    conformity: [
      heading,
      [
        header,
        `|${'---|'.repeat(header.split('|').length - 2)}`,
        ...rows.map((text) => `| ${text} | ${header.split('|').length > 4 ? 'Section 2.4 | ' : ''}${consequence} |`),
      ].join('\n'),
      OTHER_CONDITIONS,
      MULTIPLE_BIDS,
      ABNORMALLY_LOW,
    ].join('\n\n'),
  });
const REJECTION_COLUMN = '| Exigence | Entraîne le rejet automatique |';
for (const [rule, item] of LISTED) {
  if (!REQUIREMENTS[item]) continue;
  const line = TABLE_LINE + Object.keys(REQUIREMENTS).indexOf(item);
  ruleTester(rule, {
    valid: [
      { name: 'a row whose consequence cell reads « Rejet automatique »', code: consequenceTable({ consequence: 'Rejet automatique' }) },
      {
        name: 'an English row whose consequence cell reads "Automatic rejection", in a section not about rejection',
        code: consequenceTable({
          heading: '## 3. Tender requirements',
          header: '| Requirement | Reference | Consequence of non-compliance |',
          rows: ROW_REQUIREMENTS.en,
          consequence: 'Automatic rejection',
        }),
      },
      {
        name: 'a row whose consequence cell reads « Soumission rejetée », in a section not about rejection',
        code: consequenceTable({ heading: PRESENTATION, header: '| Exigence | Sanction |', consequence: 'Soumission rejetée' }),
      },
      {
        name: 'a row marked « Oui » under a column headed « Entraîne le rejet automatique »',
        code: consequenceTable({ header: REJECTION_COLUMN, consequence: 'Oui' }),
      },
    ],
    invalid: [
      // A consequence that is no rejection, in the column the documents give the consequences in: they set another regime
      // than art. 7's for the requirement, which no passage makes a rejection case. A defect, not evidence to confirm.
      ...[
        { consequence: 'Correction demandée dans les 2 jours ouvrables' },
        { consequence: 'Pénalité de 500 $', header: '| Exigence | Sanction |' },
        { consequence: 'Bidder given 48 hours to correct', header: '| Requirement | Reference | Consequence of non-compliance |', rows: ROW_REQUIREMENTS.en },
      ].map((table) => ({
        name: `a row whose consequence is no rejection (« ${table.consequence} »): an error on the row`,
        code: consequenceTable(table),
        errors: [
          {
            line,
            column: 1,
            messageId: 'contrary',
            severity: 'error' as const,
            message: new RegExp(`autre conséquence que le rejet automatique \\(« ${table.consequence.replace('$', '\\$')} »\\)`),
          },
        ],
        output: null,
      })),
      {
        name: 'a row whose consequence only allows the rejection (« La soumission peut être rejetée »): to confirm',
        code: consequenceTable({ consequence: 'La soumission peut être rejetée' }),
        errors: [{ line, column: 1, messageId: 'toConfirm', severity: 'warning', message: /qu’une faculté/ }],
      },
      {
        // The row answers the header no: it says that failing the requirement does not reject the bid.
        name: 'a row marked « Non » under a column headed « Entraîne le rejet automatique »: the contrary',
        code: consequenceTable({ header: REJECTION_COLUMN, consequence: 'Non' }),
        errors: [{ line, column: 1, messageId: 'contrary', severity: 'error', message: /« Entraîne le rejet automatique : Non »/ }],
      },
    ],
  });
}

// The sanction of a group of requirements stated once, apart from them: in a passage before their lists that names every
// requirement of its section or those that follow (a checklist's opening sentence over lists in subsections), as an entry
// of its own among them (a definition list's « Conséquence »), after them (« … des conditions ci-dessus »), or in a note
// their introduction or their section's title refers to. It reaches the requirements it names, not those of another list.
const TASKS = (requirements: readonly string[]) => requirements.map((text) => `- [ ] ${text}`).join('\n');
const DEFINITION_TERMS = ['Lieu, date et heure', 'Documents exigés', 'Signature', 'Prix', 'Absence de condition'];
const definitions = (requirements: readonly string[], terms = DEFINITION_TERMS) => requirements.map((text, index) => `${terms[index]}\n: ${text}`).join('\n\n');
const CHECKLIST_REQUIREMENTS = [
  'La soumission est reçue à l’adresse indiquée au plus tard à la date et à l’heure limites.',
  'Tous les documents exigés à la section 4 sont joints à la soumission.',
  'La soumission est signée par une personne autorisée.',
  'Chaque rature ou correction du prix porte le paraphe du signataire.',
  'La soumission est présentée sans condition ni restriction.',
];
const ENGLISH_REQUIREMENTS = [
  'The bid is received at the address given no later than the closing date and time.',
  'Every document required in section 4 is enclosed with the bid.',
  'The bid is signed by an authorised person.',
  'Every erasure or correction of the price is initialled by the signatory.',
  'The bid is submitted without any condition or restriction.',
];
const ENGLISH_TERMS = ['Place, date and time', 'Required documents', 'Signature', 'Price', 'No condition'];
const AFTER = [OTHER_CONDITIONS, MULTIPLE_BIDS, ABNORMALLY_LOW];
const apart = (conformity: readonly string[], note?: string) =>
  tender({
    conformity: [...conformity, ...AFTER].join('\n\n'),
    ...(note ? { contract: `## 7. Contrat à signer\n\nLe contrat est joint à l'annexe A.\n\n${note}` } : {}),
  });
const UNRELATED = ['être rédigée en français;', 'être présentée dans une reliure à anneaux;'];
for (const [rule, item] of LISTED) {
  const requirement = REQUIREMENTS[item];
  if (!requirement) continue;
  ruleTester(rule, {
    valid: [
      {
        name: 'a checklist of task boxes in subsections, its sanction stated once in the section’s opening sentence',
        code: apart([
          '## 3. Liste de vérification',
          'Cochez chaque case. Chaque élément de la présente liste est une condition de conformité : la soumission qui ne respecte pas l’un d’eux est automatiquement rejetée.',
          '### 3.1 Dépôt',
          TASKS(CHECKLIST_REQUIREMENTS.slice(0, 2)),
          '### 3.2 Présentation',
          TASKS(CHECKLIST_REQUIREMENTS.slice(2)),
        ]),
      },
      {
        name: 'lists in subsections under « Les exigences ci-dessous sont de rigueur… », in a section not about rejection',
        code: apart([
          PRESENTATION,
          'Les exigences ci-dessous sont toutes de rigueur; une soumission qui ne satisfait pas à l’une d’elles est rejetée automatiquement.',
          '### 3.1 Dépôt',
          numbered(REQUIREMENT_LINES.slice(0, 2)),
          '### 3.2 Forme',
          numbered(REQUIREMENT_LINES.slice(2)),
        ]),
      },
      {
        name: 'a definition list whose first entry, « Conséquence », sanctions the conditions of its heading',
        code: apart([
          PRESENTATION,
          'Conséquence\n: Le non-respect de l’une des conditions de la présente rubrique entraîne le rejet automatique de la soumission.',
          definitions(CHECKLIST_REQUIREMENTS),
        ]),
      },
      {
        name: 'a definition list closed by « Tout manquement à l’une des conditions ci-dessus… »',
        code: apart([
          PRESENTATION,
          definitions(CHECKLIST_REQUIREMENTS),
          'Tout manquement à l’une des conditions ci-dessus entraîne le rejet automatique de la soumission.',
        ]),
      },
      {
        name: 'an English definition list whose last entry sanctions every requirement of the section',
        code: apart([
          '## 3. Tender requirements',
          definitions(ENGLISH_REQUIREMENTS, ENGLISH_TERMS),
          'Consequence\n: Failure to meet any of the requirements of this section results in the automatic rejection of the bid.',
        ]),
      },
      {
        name: 'a task list closed by « Tout manquement à l’une des conditions ci-dessus… »',
        code: apart([
          PRESENTATION,
          TASKS(CHECKLIST_REQUIREMENTS),
          'Tout manquement à l’une des conditions ci-dessus entraîne le rejet automatique de la soumission.',
        ]),
      },
      {
        name: 'the list’s introduction referring to a note at the document’s end: « Le non-respect de l’une des conditions a) à e)… »',
        code: apart(
          [PRESENTATION, 'Les conditions qui suivent s’appliquent à toute soumission[^6] :', typedEntries(REQUIREMENT_LINES, MARKS[0])],
          '[^6]: Le non-respect de l’une ou l’autre des conditions a) à e) entraîne le rejet automatique de la soumission.',
        ),
      },
      {
        name: 'an English list whose introduction refers to a note: "Failure to meet any of these requirements…"',
        code: apart(
          ['## 3. Tender requirements', 'The bid must:[^rejection]', numbered(ENGLISH_REQUIREMENTS)],
          '[^rejection]: Failure to meet any of these requirements results in the automatic rejection of the bid.',
        ),
      },
      {
        name: 'notes run into one paragraph, their labels escaped, as a conversion of a Word document writes them',
        code: apart(
          [PRESENTATION, 'Les conditions qui suivent s’appliquent à toute soumission\\[^6\\] :', typedEntries(REQUIREMENT_LINES, MARKS[0])],
          '\\[^5\\]: La garantie est remise au soumissionnaire. \\[^6\\]: Le non-respect de l’une des conditions a) à e) entraîne le rejet automatique de la soumission.',
        ),
      },
      {
        name: 'requirements worded as the cases they avoid, in a definition list under a title that is a number alone, its « Conséquence » first',
        code: apart([
          '### 3.4',
          'Conséquence\n: Le non-respect de l’une des conditions de la présente rubrique entraîne le rejet automatique de la soumission.',
          definitions([
            'La soumission n’est pas reçue après la date et l’heure limites.',
            'La soumission comprend chacun des documents exigés, sans en omettre aucun.',
            'La soumission n’est pas dépourvue de la signature d’une personne autorisée.',
            'Le prix soumis ne comporte aucune rature ni correction qui ne soit paraphée.',
            'La soumission n’est ni conditionnelle ni restrictive.',
          ]),
        ]),
      },
      {
        name: 'the section’s title referring to a note « Sous peine de rejet automatique »',
        code: apart(
          ['## 3. Présentation des soumissions[^1]', 'La soumission doit :', numbered(REQUIREMENT_LINES)],
          '[^1]: Chacune des exigences de la présente section est imposée sous peine de rejet automatique de la soumission.',
        ),
      },
    ],
    invalid: [
      {
        name: 'the sanction closing one list does not reach the requirements of the next list',
        code: apart([
          PRESENTATION,
          'La soumission doit :',
          numbered(UNRELATED),
          'Tout manquement à l’une des conditions ci-dessus entraîne le rejet automatique de la soumission.',
          'De plus, la soumission doit :',
          numbered(REQUIREMENT_LINES),
        ]),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
      {
        name: 'the note of one list’s introduction does not reach the requirements of the next list',
        code: apart(
          [PRESENTATION, 'La soumission doit[^1] :', numbered(UNRELATED), 'De plus, la soumission doit :', numbered(REQUIREMENT_LINES)],
          '[^1]: Le non-respect de l’une de ces conditions entraîne le rejet automatique de la soumission.',
        ),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
      {
        name: 'the introduction of one list naming the conditions that follow does not reach the next list',
        code: apart([
          PRESENTATION,
          'Le non-respect de l’une des conditions suivantes entraîne le rejet automatique de la soumission :',
          numbered(UNRELATED),
          'De plus, la soumission doit :',
          numbered(REQUIREMENT_LINES),
        ]),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
      {
        name: 'a definition « Conséquence » in one subsection does not reach the conditions of the next',
        code: apart([
          PRESENTATION,
          '### 3.1 Langue',
          'Conséquence\n: Le non-respect de l’une des conditions de la présente rubrique entraîne le rejet automatique de la soumission.',
          'Langue\n: La soumission est rédigée en français.',
          '### 3.2 Forme',
          definitions(CHECKLIST_REQUIREMENTS),
        ]),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
      {
        name: 'in notes run into one paragraph, the rejection stated by another note than the one referred to',
        code: apart(
          [PRESENTATION, 'La soumission doit\\[^6\\] :', numbered(REQUIREMENT_LINES)],
          '\\[^5\\]: Le non-respect de l’une de ces conditions entraîne le rejet automatique de la soumission. \\[^6\\]: La soumission est rédigée en français.',
        ),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
      {
        name: 'a note that only allows the rejection: to confirm',
        code: apart(
          [HEADING, 'La soumission doit[^1] :', numbered(REQUIREMENT_LINES)],
          '[^1]: La soumission qui ne respecte pas l’une des conditions ci-dessous pourra être rejetée.',
        ),
        errors: [{ messageId: 'toConfirm', severity: 'warning', message: /qu’une faculté/ }],
      },
    ],
  });
}

// A note that sanctions the entries it names by their marks (« les conditions a), b), d) et e) ») sanctions those only; a
// clause of the note that names an entry by its mark and makes its breach correctable is read with that entry: the
// contrary of its case, whatever the note's words for the breach (the signature, « l'irrégularité », "it").
const SPARING_NOTES: readonly [string, string, string, string[]][] = [
  [
    'lettered entries, the note naming the signature’s entry among the others and sparing it',
    'Les conditions qui suivent s’appliquent à toute soumission[^6] :',
    '[^6]: Le non-respect de l’une ou l’autre des conditions a), b), d) et e) entraîne le rejet automatique de la soumission. Dans le cas visé à la condition c), l’organisme invite le soumissionnaire à corriger l’irrégularité dans les deux (2) jours ouvrables suivant sa demande.',
    [...MARKS[0]],
  ],
  [
    'entries numbered 1° to 5°, the note giving a delay to add the signature',
    'La soumission doit[^n] :',
    '[^n]: Entraîne le rejet automatique le non-respect des exigences 1°, 2°, 4° ou 5°. Pour l’exigence 3°, le Centre accorde un délai de deux jours ouvrables pour ajouter la signature manquante.',
    [...MARKS[2]],
  ],
  [
    'an English list, the note allowing the bidder to remedy item (3) within two business days',
    'The bid must:[^r]',
    '[^r]: Failure to meet any of requirements (1), (2), (4) and (5) results in the automatic rejection of the bid. In the case of item (3), the Board will allow the bidder to remedy it within two business days.',
    ['1. ', '2. ', '3. ', '4. ', '5. '],
  ],
];
for (const [rule, item] of LISTED) {
  if (!REQUIREMENTS[item]) continue;
  const sparing = (intro: string, note: string, marks: readonly string[]) =>
    apart([PRESENTATION, intro, typedEntries(marks[0] === '1. ' ? ENGLISH_REQUIREMENTS : REQUIREMENT_LINES, marks)], note);
  ruleTester(rule, {
    valid: SPARING_NOTES.filter(() => item !== 'missingSignature').map(([name, intro, note, marks]) => ({
      name: `${name}: the other entries stay sanctioned`,
      code: sparing(intro, note, marks),
    })),
    invalid: SPARING_NOTES.filter(() => item === 'missingSignature').map(([name, intro, note, marks]) => ({
      name: `${name}: the contrary of the case`,
      code: sparing(intro, note, marks),
      errors: [
        {
          messageId: 'contrary',
          severity: 'error' as const,
          message: /(?:une note le désigne et rend son non-respect corrigible|n’est pas une cause de rejet)/,
        },
      ],
    })),
  });
}
ruleTester('rejection-missing-signature', {
  valid: [
    {
      name: 'a note naming every entry by its marks, a delay given for another matter than the case',
      code: apart(
        [PRESENTATION, 'Les conditions qui suivent s’appliquent à toute soumission[^6] :', typedEntries(REQUIREMENT_LINES, MARKS[0])],
        '[^6]: Le non-respect de l’une ou l’autre des conditions a), b), c), d) et e) entraîne le rejet automatique de la soumission. L’organisme peut demander au soumissionnaire de transmettre ses états financiers dans les cinq jours.',
      ),
    },
    {
      name: 'entries numbered in roman, named by a range « (i) à (v) » that takes in « (ii) » to « (iv) »',
      code: apart(
        [PRESENTATION, 'Les conditions qui suivent s’appliquent à toute soumission[^6] :', typedEntries(REQUIREMENT_LINES, MARKS[1])],
        '[^6]: Le non-respect de l’une ou l’autre des conditions (i) à (v) entraîne le rejet automatique de la soumission.',
      ),
    },
  ],
  invalid: [],
});

// A draft under legal review (document/reviewMarks.ts): what a review mark deletes (struck text, a CriticMarkup deletion, a
// substitution's old side, a comment) is no text of the tender; an insertion and a substitution's new side are.
const STRUCK_CONDITIONAL = all.map((item) => (item === REJECTION_ITEMS.conditionalBid ? `~~${item}~~` : item));
ruleTester('rejection-multiple-bids', {
  valid: [
    {
      name: 'stated only in a CriticMarkup substitution’s new side',
      code: tender({
        conformity: conformity(all, [`{~~ Seule la plus basse des soumissions d’un même prestataire est considérée. ~> ${MULTIPLE_BIDS} ~~}`, ABNORMALLY_LOW]),
      }),
    },
    { name: 'stated only in a CriticMarkup insertion', code: tender({ conformity: conformity(all, [`{++ ${MULTIPLE_BIDS} ++}`, ABNORMALLY_LOW]) }) },
    // The compact register's symbols read as their words, the number in figures (normalize.ts).
    {
      name: 'in symbols: « Un prestataire, ≥ 3 soum. pour cet appel ⇒ rejet de toutes »',
      code: tender({ conformity: conformity(all, ['Un prestataire, ≥ 3 soum. pour cet appel ⇒ rejet de toutes.', ABNORMALLY_LOW]) }),
    },
    {
      name: 'in figures: « 2 offres ou plus d’un même prestataire : rejet de toutes ses offres »',
      code: tender({ conformity: conformity(all, ['2 offres ou plus d’un même prestataire : rejet de toutes ses offres.', ABNORMALLY_LOW]) }),
    },
    {
      name: 'in English symbols: "≥ 2 bids from one bidder ⇒ all rejected"',
      code: tender({ conformity: conformity(all, ['≥ 2 bids from one bidder ⇒ all rejected.', ABNORMALLY_LOW]) }),
    },
  ],
  invalid: [
    {
      name: 'stated only in struck text: the fix adds it after the section’s last paragraph, the struck one kept as written',
      code: tender({ conformity: conformity(all, [`~~${MULTIPLE_BIDS}~~`, ABNORMALLY_LOW]) }),
      errors: [{ line: CONFORMITY_LINE, messageId: 'missing' }],
      output: tender({ conformity: `${conformity(all, [`~~${MULTIPLE_BIDS}~~`, ABNORMALLY_LOW])}\n\n${renderClause(CLAUSES.multipleBids, 'fr')}` }),
    },
    {
      name: 'stated only in a CriticMarkup deletion that goes past a line end',
      code: tender({ conformity: conformity(all, [`{-- ${MULTIPLE_BIDS.replace(' par ', '\npar ')} --}`, ABNORMALLY_LOW]) }),
      errors: [{ line: CONFORMITY_LINE, messageId: 'missing' }],
    },
    {
      name: 'named only in a reviewer’s comment',
      code: tender({ conformity: conformity(all, [`${ABNORMALLY_LOW} {>> À ajouter : ${MULTIPLE_BIDS} <<}`]) }),
      errors: [{ line: CONFORMITY_LINE, messageId: 'missing' }],
    },
  ],
});

// Art. 7 al. 2 rejects every bid of a provider who files several: a passage that keeps one of them (the last, the lowest, the
// first, the one the provider names) states the contrary of the case, an error on the passage (the registry twin of the
// twenty-fourth audit round: « on garde seulement la dernière reçue avant la tombée et on lui retourne les autres »).
const severalBids = (paragraph: string) => tender({ conformity: conformity(all, [paragraph, ABNORMALLY_LOW]) });
const ONE_KEPT_LINE = CONFORMITY_LINE + 11;
ruleTester('rejection-multiple-bids', {
  valid: [
    {
      name: 'all rejected, the provider not allowed to choose',
      code: severalBids(
        'Le prestataire qui dépose plus d’une soumission voit toutes ses soumissions rejetées; il ne peut pas choisir celle qui sera analysée.',
      ),
    },
    { name: 'all rejected, in English', code: severalBids('A bidder who submits more than one tender will have all its tenders rejected.') },
    {
      name: 'all rejected, the lowest price named for another purpose',
      code: severalBids('Le dépôt de plusieurs offres par un même prestataire entraîne le rejet automatique de toutes ses offres, même de la plus basse.'),
    },
  ],
  invalid: [
    ...[
      'Si un prestataire dépose plusieurs soumissions, seule la plus basse est considérée.',
      'Un même prestataire qui présente plus d’une offre : nous retenons la plus récente et les autres sont écartées.',
      'Lorsqu’un prestataire dépose plusieurs soumissions, la dernière soumission reçue remplace les précédentes.',
      'Plusieurs soumissions d’un même prestataire : toutes sont rejetées sauf la première reçue.',
      'Le prestataire qui dépose plus d’une soumission doit indiquer laquelle sera analysée.',
      'Where a bidder submits more than one tender, only the latest tender received will be considered.',
      'Multiple bids from one bidder: all but the lowest are rejected.',
      'A bidder that files several proposals must designate which one is to be evaluated; the others are returned.',
    ].map((paragraph) => ({
      name: `one bid kept: ${paragraph.slice(0, 60)}`,
      code: severalBids(paragraph),
      errors: [{ line: ONE_KEPT_LINE, column: 1, messageId: 'contrary', severity: 'error' as const, message: /garde l’une des soumissions|keeps one/ }],
      output: null,
    })),
  ],
});

ruleTester('rejection-conditional-bid', {
  valid: [
    {
      name: 'a struck case replaced after it',
      code: tender({ conformity: conformity([...all.slice(0, 4), `~~une offre à conditions;~~ ${REJECTION_ITEMS.conditionalBid}`, ...all.slice(5)]) }),
    },
  ],
  invalid: [{ name: 'the case struck from the list', code: tender({ conformity: conformity(STRUCK_CONDITIONAL) }), errors: [{ messageId: 'missing' }] }],
});

// A table of cases under a title about rejection whose consequence column gives one case another consequence: that row's own
// consequence, not its title's. A row that answers yes and says more (« Oui — toutes ses soumissions ») keeps the rejection.
const casesTable = (conditional: string, header = '| Situation | Conséquence |') =>
  tender({
    conformity: [
      '## 3. Conformité — rejet automatique',
      [
        header,
        '|---|---|',
        '| Offre reçue après l’heure limite | ⇒ rejet |',
        '| Offre non signée par une personne autorisée | ⇒ rejet |',
        '| Rature du prix non paraphée | ⇒ rejet |',
        `| Offre assortie d’une condition ou d’une restriction | ${conditional} |`,
      ].join('\n'),
      OTHER_CONDITIONS,
      MULTIPLE_BIDS,
      ABNORMALLY_LOW,
    ].join('\n\n'),
  });
ruleTester('rejection-conditional-bid', {
  valid: [
    { name: 'every row of the table rejects', code: casesTable('⇒ rejet') },
    { name: 'a row that answers yes and says more under a column naming the rejection', code: casesTable('Oui — sans correction', '| Situation | Rejet |') },
  ],
  invalid: [
    {
      name: 'the row gives another consequence (« → correction exigée dans les 48 heures »)',
      code: casesTable('→ correction exigée dans les 48 heures'),
      errors: [{ messageId: 'missing' }],
    },
    { name: 'the row answers no under a column naming the rejection', code: casesTable('Non', '| Situation | Rejet |'), errors: [{ messageId: 'missing' }] },
  ],
});

// A table whose header names its rows as the rejection cases themselves (« Cas de rejet automatique », "Grounds for automatic
// rejection"), each row keyed by an identifier: the cell that words the case is the case, not a consequence the row gives it.
// So too a header that names its rows by a marker a sentence above defines as the rejection (« [RA] »).
const CASE_ROWS = {
  fr: [
    'La soumission n’est pas reçue à l’endroit indiqué ou l’est après la date et l’heure limites.',
    'Un document exigé à la section 4 est absent.',
    'La soumission n’est pas signée par une personne autorisée.',
    'Une rature ou une correction apportée au prix n’est pas paraphée.',
    'La soumission est conditionnelle ou restrictive.',
  ],
  en: [
    'The tender is received after the closing date and time or at another place.',
    'A required document is missing.',
    'The tender is not signed by an authorised person.',
    'An erasure or correction of the tendered price is not initialled.',
    'The tender is conditional or restrictive.',
  ],
} as const;
const keyedCases = ({
  heading,
  before = [],
  header,
  ids,
  rows,
}: {
  heading: string;
  before?: string[];
  header: string;
  ids: (n: number) => string;
  rows: readonly string[];
}) =>
  tender({
    conformity: [
      heading,
      ...before,
      [header, '|---|---|', ...rows.map((text, index) => `| ${ids(index + 1)} | ${text} |`)].join('\n'),
      OTHER_CONDITIONS,
      MULTIPLE_BIDS,
      ABNORMALLY_LOW,
    ].join('\n\n'),
  });
for (const [rule] of LISTED.slice(0, 5)) {
  ruleTester(rule, {
    valid: [
      {
        name: 'a row keyed « RA-1 » under « | N° | Cas de rejet automatique | »',
        code: keyedCases({ heading: PRESENTATION, header: '| N° | Cas de rejet automatique |', ids: (n) => `RA-${n}`, rows: CASE_ROWS.fr }),
      },
      {
        name: 'an English row keyed "AR-01" under "| Ref. | Grounds for automatic rejection [AR] |"',
        code: keyedCases({
          heading: '## 3. Tender requirements',
          header: '| Ref. | Grounds for automatic rejection [AR] |',
          ids: (n) => `AR-0${n}`,
          rows: CASE_ROWS.en,
        }),
      },
      {
        name: 'a row keyed « 7.1.3 » under a header naming the marker a sentence above defines (« (R) »)',
        code: keyedCases({
          heading: PRESENTATION,
          before: ['Les cas marqués (R) entraînent le rejet automatique de la soumission.', 'Le tableau suivant les énumère.'],
          header: '| Article | Cas (R) |',
          ids: (n) => `7.1.${n}`,
          rows: CASE_ROWS.fr,
        }),
      },
      {
        name: 'a requirement whose row bears the marker a sentence of another section defines (« **[RA]** »)',
        code: keyedCases({
          heading: PRESENTATION,
          header: '| ID | Exigence |',
          ids: (n) => `EXG-CNF-0${n}`,
          rows: ROW_REQUIREMENTS.fr.map((text) => `${text} **[RA]**`),
        }).replace('## 3. ', 'Les exigences marquées **[RA]** entraînent le rejet automatique de la soumission.\n\n## 3. '),
      },
    ],
    invalid: [
      {
        name: 'a marker the documents define as no rejection (« [C] : correction demandée »)',
        code: keyedCases({
          heading: PRESENTATION,
          before: ['Les irrégularités marquées [C] peuvent être corrigées à la demande de l’organisme.'],
          header: '| ID | Irrégularité [C] |',
          ids: (n) => `C-${n}`,
          rows: CASE_ROWS.fr,
        }),
        // The table's rows are the irregularities the sentence before it makes correctable: the contrary of the case.
        errors: [{ messageId: 'contrary', severity: 'error', message: /parmi les irrégularités dont le non-respect n’entraîne pas le rejet/ }],
      },
    ],
  });
}

// A flag with a value set on each requirement, as an ERP's sourcing module or a form writes it: its value decides. A
// sentence may define it (the one that holds it, not the one beside it that gives the other value another consequence),
// or its label's own words say it (« Critère éliminatoire : ☒ », "Pass/Fail: Yes"); a flag answering no does not reject.
const flagged =
  (flags: readonly string[], list = (entries: string[]) => entries.map((text) => `- ${text}`).join('\n')) =>
  (requirements: readonly string[]) =>
    list(requirements.map((text, index) => `${text} ${flags[index]}`));
const allFlags = (flag: string) => Array.from({ length: 5 }, () => flag);
const oneFlag = (flag: string, other: string, rank: number) => allFlags(flag).map((each, index) => (index === rank ? other : each));
const ELIMINATORY_DEFINED =
  'Les exigences portant l’indicateur `[Éliminatoire : OUI]` entraînent le rejet automatique de la soumission qui ne les respecte pas. Les exigences portant l’indicateur `[Éliminatoire : NON]` peuvent être régularisées à la demande de l’organisme.';
const CRITICAL_DEFINED =
  'Requirements flagged [Critical: YES] result in the automatic rejection of the bid that fails them; those flagged [Critical: NO] may be corrected at the Owner’s request.';
for (const [rule, item] of LISTED) {
  if (!REQUIREMENTS[item]) continue;
  const rank = Object.keys(REQUIREMENTS).indexOf(item);
  ruleTester(rule, {
    valid: [
      {
        name: 'flags « `[Éliminatoire : OUI]` » a sentence defines, beside one that defines « NON » otherwise',
        code: apart(['## 3. Exigences de conformité', ELIMINATORY_DEFINED, flagged(allFlags('`[Éliminatoire : OUI]`'))(CHECKLIST_REQUIREMENTS)]),
      },
      {
        name: 'an English flag whose label says nothing by itself, defined by a sentence of another section ("[Critical: YES]")',
        code: apart(['## 2. Definitions', CRITICAL_DEFINED, '## 3. Tender requirements', flagged(allFlags('[Critical: YES]'))(ENGLISH_REQUIREMENTS)]),
      },
      {
        name: 'a form’s flag whose label names the rejection, no sentence defining it (« Critère éliminatoire : ☒ »)',
        code: apart([PRESENTATION, flagged(allFlags('— Critère éliminatoire : ☒'))(CHECKLIST_REQUIREMENTS)]),
      },
      {
        name: 'English flags "(Pass/Fail: Yes)", no sentence defining them',
        code: apart(['## 3. Tender requirements', flagged(allFlags('(Pass/Fail: Yes)'))(ENGLISH_REQUIREMENTS)]),
      },
      {
        name: 'a table whose column « Éliminatoire » answers « Oui »',
        code: apart([PRESENTATION, ['| Exigence | Éliminatoire |', '|---|---|', ...CHECKLIST_REQUIREMENTS.map((text) => `| ${text} | Oui |`)].join('\n')]),
      },
    ],
    invalid: [
      {
        name: 'the requirement flagged « `[Éliminatoire : NON]` », which the sentence beside the rejection’s lets be corrected',
        code: apart([
          '## 3. Exigences de conformité',
          ELIMINATORY_DEFINED,
          flagged(oneFlag('`[Éliminatoire : OUI]`', '`[Éliminatoire : NON]`', rank))(CHECKLIST_REQUIREMENTS),
        ]),
        errors: [{ messageId: 'contrary', severity: 'error', message: /« Éliminatoire : NON »/ }],
      },
      {
        name: 'the English requirement flagged "[Critical: NO]", its sentence allowing a correction: to confirm, its label saying nothing itself',
        code: apart(['## 3. Tender requirements', CRITICAL_DEFINED, flagged(oneFlag('[Critical: YES]', '[Critical: NO]', rank))(ENGLISH_REQUIREMENTS)]),
        errors: [{ messageId: 'toConfirm', severity: 'warning', message: /sans dire que son non-respect entraîne le rejet/ }],
      },
      {
        name: 'the requirement flagged "Mandatory: No", no sentence defining the flags',
        code: apart(['## 3. Tender requirements', flagged(oneFlag('Mandatory: Yes', 'Mandatory: No', rank))(ENGLISH_REQUIREMENTS)]),
        errors: [{ messageId: 'contrary', severity: 'error', message: /« Mandatory: No »/ }],
      },
      {
        name: 'a flag whose label names no rejection and no sentence defines (« [Critique : OUI] »)',
        code: apart([PRESENTATION, flagged(allFlags('[Critique : OUI]'))(CHECKLIST_REQUIREMENTS)]),
        errors: [{ messageId: 'missing', severity: 'error' }],
      },
    ],
  });
}
