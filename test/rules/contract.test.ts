import { ruleTester } from '../ruleTester.js';

function tender(contract: string, body = ''): string {
  return `---
type: appel-offres
organisme: { nom: Société québécoise des infrastructures }
titre: Entretien ménager
contrat: { ${contract} }
accords: aucun
renseignements: 418 646-1766
---

# Avis

Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.
${body}
La Société ne s'engage à accepter aucune des soumissions reçues.
`;
}
const AUTHORISED = '\nLa durée prévue du contrat, renouvellements compris, est de quatre ans; elle a été autorisée par le dirigeant de l’organisme.\n';

ruleTester('contract-duration-authorisation', {
  valid: [
    { name: 'exactly 36 months (strictly more than 3 years is required)', code: tender('repetitif: true, duree-mois: 36') },
    { name: 'not repetitive', code: tender('repetitif: false, duree-mois: 48') },
    { name: 'authorisation mentioned', code: tender('repetitif: true, duree-mois: 48', AUTHORISED) },
    { name: 'art. 42.2 contract: 5 years is the threshold', code: tender('repetitif: true, article-42-2: true, duree-mois: 60') },
  ],
  invalid: [
    {
      name: 'art. 42.2 contract beyond 5 years',
      code: tender('repetitif: true, article-42-2: true, duree-mois: 61'),
      errors: [{ line: 5, column: 61, messageId: 'authorisationMissing', severity: 'warning', message: /61 mois.*au-delà de 5 ans/ }],
    },
    {
      name: '37 months without mention',
      code: tender('repetitif: true, duree-mois: 37'),
      errors: [{ line: 5, severity: 'warning', message: /37 mois/ }],
      output: `${tender('repetitif: true, duree-mois: 37')}\nLa durée prévue du contrat, renouvellements compris, excède trois ans : elle a été autorisée par le dirigeant de l’organisme public, conformément à l’article 46 du Règlement sur les contrats de services des organismes publics.\n`,
    },
    {
      name: 'the abnormally-low-price authorisation (art. 7.1) is not the art. 46 one',
      code: tender(
        'repetitif: true, duree-mois: 48',
        "\nUne soumission comportant un prix anormalement bas est rejetée, après autorisation du dirigeant de l'organisme public.\n",
      ),
      errors: [{ severity: 'warning' }],
    },
  ],
});

ruleTester('contract-on-demand-duration', {
  valid: [{ name: '60 months', code: tender('repetitif: true, execution-sur-demande: true, duree-mois: 60', AUTHORISED) }],
  invalid: [
    {
      name: '72 months on demand',
      code: tender('repetitif: true, execution-sur-demande: true, duree-mois: 72', AUTHORISED),
      errors: [{ line: 5, column: 70, messageId: 'tooLong', severity: 'error', message: /5 ans/ }],
      output: tender('repetitif: true, execution-sur-demande: true, duree-mois: 60', AUTHORISED),
    },
  ],
});

/** A tender whose notice states the term as `notice` and whose contract to be signed, in an annex, as `contract`. */
const termIn = (notice: string, contract: string) =>
  tender('repetitif: true, duree-mois: 36', `\n${notice}\n\n## Annexe 3 — Contrat à signer\n\n${contract}\n`);
// The notice is at line 14, the contract's clause at line 18.
const CONTRACT_LINE = 18;

ruleTester('contract-term-consistency', {
  valid: [
    {
      name: 'the firm term in one place, the total renewals included in another (24 + 12 = 36 months)',
      code: termIn(
        "Le contrat est d'une durée de vingt-quatre (24) mois à compter du 1er avril 2027, renouvelable une fois pour douze (12) mois.",
        'La durée du contrat est de trente-six (36) mois, renouvellement compris. Le contrat est en vigueur du 1er avril 2027 au 31 mars 2029.',
      ),
    },
    {
      name: 'renewals counted as options in one place, as times in another',
      code: termIn(
        "Le contrat comporte deux options de renouvellement d'un an chacune.",
        "L'organisme peut renouveler le contrat à deux (2) reprises, pour une période de douze (12) mois chaque fois.",
      ),
    },
    {
      name: 'the same in English, with the term dated in the contract',
      code: termIn(
        'The contract is for a firm term of two (2) years, from April 1, 2027 to March 31, 2029, with two one-year renewal options.',
        'Term. This Contract runs from April 1, 2027 to March 31, 2029. The Agency may renew it twice for 12 months.',
      ),
    },
    {
      name: 'periods that are not the term: a renewal period, the bid validity, the current contract',
      code: termIn(
        "Le contrat est d'une durée de 24 mois, du 1er avril 2027 au 31 mars 2029. L'option de renouvellement couvre la période du 1er avril 2029 au 31 mars 2030.",
        'Les soumissions sont valides du 15 janvier 2027 au 15 avril 2027. Le contrat actuel est en vigueur du 1er avril 2024 au 31 mars 2027.',
      ),
    },
    {
      name: 'a security renewed with each renewal of the contract is no count of renewals',
      code: termIn(
        "Le contrat comporte deux (2) options de renouvellement d'un an.",
        "La garantie d'exécution vaut le montant d'une période de douze (12) mois; elle est renouvelée à chaque renouvellement du contrat. The insurance policy is renewed for a period of one year at each renewal.",
      ),
    },
    // A program's, a licence's or a third party agreement's renewals are not the contract's: its own, said after, are read.
    ...[
      "The program's funding agreement with the federal government is renewed three times.",
      "Le programme d'aide financière est renouvelé à trois reprises d'ici 2020.",
      "Le prestataire renouvelle sa licence d'exploitation une fois par année, à trois reprises.",
    ].map((other) => ({
      name: `another thing's renewals: « ${other} »`,
      code: termIn(
        "Le contrat comporte deux (2) options de renouvellement d'un an.",
        `${other} L'organisme peut renouveler le contrat à deux (2) reprises, pour une période de douze (12) mois chaque fois.`,
      ),
    })),
    {
      name: 'the same period dated in words with its restatement in numbers, as a legal office writes it',
      code: termIn(
        "Le contrat s'exécute du lundi 16 janvier 2017 au vendredi 15 décembre 2017.",
        'Le présent contrat entre en vigueur le seizième jour de janvier deux mille dix-sept (16-01-2017) et prend fin le quinzième jour de décembre deux mille dix-sept (15-12-2017).',
      ),
    },
    {
      name: 'dates in numbers read in the order the text’s others decide (month first, "05/31/2019")',
      code: termIn('The contract runs from June 1, 2017 to May 31, 2019.', 'Term. This Contract runs from 06/01/2017 to 05/31/2019.'),
    },
    {
      // « 04-03-2017 » is 4 March or April 3: one reading agrees with the notice, nothing says the other is meant.
      name: 'a period in numbers whose day and month may be swapped is no certain disagreement',
      code: termIn("Le contrat est d'une durée de douze (12) mois, du 3 avril 2017 au 2 avril 2018.", 'Le contrat est en vigueur du 04-03-2017 au 04-02-2018.'),
    },
    // The length of each renewal written otherwise: a year, twelve months.
    ...[
      ['Le contrat est renouvelable une fois pour un an.', "Le contrat comporte une option de renouvellement d'une durée de douze (12) mois."],
      [
        'The contract includes one renewal option for a term of twelve (12) months.',
        'The Agency may renew the contract once, for a further period of one year.',
      ],
    ].map(([notice, contract]) => ({ name: `one renewal of a year, said otherwise: « ${contract} »`, code: termIn(notice, contract) })),
  ],
  invalid: [
    // Each renewal lasting otherwise than an earlier passage says (art. 4 al. 2 par. 2.1°, art. 5 par. 1.1°).
    {
      name: 'a renewal of 24 months in the contract, of 12 in the notice',
      code: termIn(
        "Le contrat comporte une option de renouvellement d'une durée de douze (12) mois.",
        "L'organisme peut renouveler le contrat une fois, pour une période de vingt-quatre (24) mois.",
      ),
      errors: [
        {
          line: CONTRACT_LINE,
          column: 1,
          messageId: 'renewalLengthDiffers',
          severity: 'error',
          message: /2 ans \(24 mois\).*1 an \(12 mois\).*art\. 4, al\. 2, par\. 2\.1°/,
        },
      ],
    },
    {
      name: 'a renewal of six months in the contract, of twelve in the notice (English)',
      code: termIn(
        'The contract includes one renewal option for a term of twelve (12) months.',
        'The Agency may renew the contract once, for a further period of six (6) months.',
      ),
      errors: [{ line: CONTRACT_LINE, messageId: 'renewalLengthDiffers', message: /6 mois.*1 an \(12 mois\)/ }],
    },
    {
      name: 'the contract dated over three years, the notice two',
      code: termIn(
        "Le contrat est d'une durée de vingt-quatre (24) mois, du 1er avril 2027 au 31 mars 2029.",
        'Le contrat prend effet le 1er avril 2027 et se termine le 31 mars 2030, sous réserve de son renouvellement.',
      ),
      errors: [{ line: CONTRACT_LINE, messageId: 'initialDurationDiffers', severity: 'error', message: /3 ans \(36 mois\).*2 ans \(24 mois\)/ }],
    },
    {
      name: 'the contract ending a lapse of time after it starts',
      code: termIn(
        'The contract has an initial term of twenty-four (24) months.',
        'The Contract takes effect on signature and ends thirty-six (36) months later.',
      ),
      errors: [{ line: CONTRACT_LINE, column: 1, messageId: 'initialDurationDiffers' }],
    },
    {
      name: 'another start date in the contract (English)',
      code: termIn('The contract runs for 24 months, from January 1, 2027 to December 31, 2028.', 'Term: twenty-four (24) months starting on April 1, 2027.'),
      errors: [{ line: CONTRACT_LINE, column: 1, messageId: 'startDiffers', message: /1er avril 2027.*1er janvier 2027/ }],
    },
    {
      name: "the contract's renewals after a permit's",
      code: termIn(
        "Le contrat comporte deux (2) options de renouvellement d'un an.",
        "Le prestataire renouvelle son permis à deux reprises. L'organisme peut renouveler le contrat à trois (3) reprises, pour douze (12) mois chaque fois.",
      ),
      errors: [{ line: CONTRACT_LINE, messageId: 'renewalsDiffer', message: /3 renouvellements.*2 renouvellements/ }],
    },
    {
      name: 'extensions counted otherwise in the contract',
      code: termIn(
        "Le contrat comporte une option de renouvellement d'un an.",
        "**Article 4 — Durée et prolongation.** L'organisme peut prolonger le contrat pour deux (2) périodes additionnelles d'un (1) an chacune.",
      ),
      errors: [{ line: CONTRACT_LINE, messageId: 'renewalsDiffer', message: /2 renouvellements.*1 renouvellement/ }],
    },
    {
      name: 'the renewals named in the title, counted in the sentence (English)',
      code: termIn(
        'The Agency may extend the contract once, for a further period of twelve (12) months.',
        '**3. Term and renewals.** The Agency may renew the contract on three occasions, for 12 months each time.',
      ),
      errors: [{ line: CONTRACT_LINE, messageId: 'renewalsDiffer', message: /3 renewals|3 renouvellements/ }],
    },
    {
      name: 'the end dated in words and restated in numbers (« entre en vigueur le … et prend fin le … »)',
      code: termIn(
        'Le contrat est en vigueur du 1er avril 2027 au 31 mars 2029.',
        "Le présent contrat entre en vigueur le premier jour d'avril deux mille vingt-sept (01-04-2027) et prend fin le quinzième jour de mai deux mille vingt-neuf (15-05-2029).",
      ),
      errors: [{ line: CONTRACT_LINE, column: 1, messageId: 'endDiffers', severity: 'error', message: /15 mai 2029.*31 mars 2029/ }],
    },
    {
      name: 'the end in English legal style ("shall commence on … and shall terminate on …")',
      code: termIn(
        'The contract runs from April 1, 2027 to March 31, 2029.',
        'This Contract shall commence on the first day of April, two thousand twenty-seven (04/01/2027) and shall terminate on the fifteenth day of June, two thousand twenty-nine (06/15/2029).',
      ),
      errors: [{ line: CONTRACT_LINE, column: 1, messageId: 'endDiffers' }],
    },
    {
      name: 'the start alone, by the verb that puts the contract in force (English)',
      code: termIn(
        'The contract runs for 24 months, from January 1, 2027 to December 31, 2028.',
        'This Contract takes effect on the first day of April, 2027 (2027-04-01), for twenty-four (24) months.',
      ),
      errors: [{ line: CONTRACT_LINE, column: 1, messageId: 'startDiffers' }],
    },
    {
      name: 'the start alone, by the verb that puts the contract in force (French)',
      code: termIn(
        "Le contrat est d'une durée de 24 mois, du 1er janvier 2027 au 31 décembre 2028.",
        'Le contrat entrera en vigueur le quinzième jour de février deux mille vingt-sept.',
      ),
      errors: [{ line: CONTRACT_LINE, column: 1, messageId: 'startDiffers', message: /15 février 2027.*1er janvier 2027/ }],
    },
  ],
});
