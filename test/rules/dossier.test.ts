import { readDossierExample } from '../helpers.js';
import { dossierRuleTester } from '../ruleTester.js';

/** The compliant example dossier; each case changes some of its files. */
const DOSSIER = readDossierExample('dossier-gestion-documentaire');

const with_ = (changes: Record<string, (text: string) => string>): Record<string, string> =>
  Object.fromEntries(Object.entries(DOSSIER).map(([name, text]) => [name, changes[name] ? changes[name](text) : text]));

/** 1-based line of the first line of `file` that includes `text` (in the changed dossier). */
const lineOf = (files: Record<string, string>, file: string, text: string): number => {
  const index = files[file].split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${file} has no line with ${text}`);
  return index + 1;
};

const RECEIPT =
  'Les soumissions doivent être reçues au plus tard le jeudi 19 mars 2026 à 14 h, au 425, rue\nJacques-Parizeau, 4e étage, Québec (Québec) G1R 4Z1.';

const lateInstructions = with_({ 'regie.md': (text) => text.replace('le jeudi 19 mars 2026 à 14 h', 'le jeudi 26 mars 2026 à 14 h') });
const otherTime = with_({ 'regie.md': (text) => text.replace('le jeudi 19 mars 2026 à 14 h', 'le jeudi 19 mars 2026 à 15 h') });
const otherPlace = with_({
  'regie.md': (text) =>
    text.replace(RECEIPT, 'Les soumissions doivent être reçues au plus tard le jeudi 19 mars 2026 à 14 h, au 500, boulevard\nRené-Lévesque Ouest, Québec.'),
});
const keyedInstructions = with_({ 'regie.md': (text) => text.replace('partie: regie\n', 'partie: regie\nreception: { date: 2026-03-20, heure: "14:00" }\n') });
const postponed = with_({
  'regie.md': (text) => text.replace('le jeudi 19 mars 2026 à 14 h', 'le jeudi 26 mars 2026 à 14 h'),
  'addenda-1.md': (text) =>
    text.replace(
      '{ numero: 1, date: 2026-03-09, incidence-prix: false }',
      '{ numero: 1, date: 2026-03-09, incidence-prix: true, report-reception: 2026-03-26 }',
    ),
});

dossierRuleTester('dossier-receipt-mismatch', {
  valid: [
    { name: 'the instructions restate the notice’s date, time and place', files: DOSSIER },
    { name: 'a date an addendum postponed the limit to', files: postponed },
  ],
  invalid: [
    {
      name: 'another date in the instructions: at the date, leading to the notice’s front-matter; the fix writes the notice’s',
      files: lateInstructions,
      errors: [
        {
          file: 'regie.md',
          line: lineOf(lateInstructions, 'regie.md', '26 mars 2026'),
          column: 53,
          messageId: 'dateMismatch',
          message:
            /^Dans les instructions aux soumissionnaires \(regie\.md\), la date limite de réception est le jeudi 26 mars 2026, mais l'avis \(avis\.md\) indique le jeudi 19 mars 2026\.$/,
          related: [{ file: 'avis.md', line: lineOf(lateInstructions, 'avis.md', 'reception:') }],
        },
      ],
      output: DOSSIER['regie.md'],
    },
    {
      name: 'another time',
      files: otherTime,
      errors: [
        {
          file: 'regie.md',
          line: lineOf(otherTime, 'regie.md', '15 h'),
          message:
            /^Dans les instructions aux soumissionnaires \(regie\.md\), l'heure limite de réception est 15 h 00, mais l'avis \(avis\.md\) indique 14 h 00\.$/,
        },
      ],
      output: null,
    },
    {
      name: 'another place',
      files: otherPlace,
      errors: [
        {
          file: 'regie.md',
          line: lineOf(otherPlace, 'regie.md', 'Les soumissions doivent'),
          message: /^Dans les instructions aux soumissionnaires \(regie\.md\), le lieu de réception des soumissions n'est pas celui de l'avis \(avis\.md\)\.$/,
        },
      ],
    },
    {
      name: 'a front-matter of the instructions that gives another date',
      files: keyedInstructions,
      errors: [{ file: 'regie.md', line: 4, related: [{ file: 'avis.md', line: lineOf(keyedInstructions, 'avis.md', 'reception:') }] }],
    },
  ],
});

/** The instructions' receipt limit written in numbers (or ISO with an English link word) instead of « le jeudi 19 mars 2026 à 14 h ». */
const numericReceipt = (written: string) => with_({ 'regie.md': (text) => text.replace('le jeudi 19 mars 2026 à 14 h', written) });
/** The whole dossier moved to Tuesday 10 March 2026, a date whose day and month may be swapped when written in numbers. */
const tenthOfMarch = (text: string) =>
  text.replaceAll('jeudi 19 mars 2026', 'mardi 10 mars 2026').replaceAll('19 mars 2026', '10 mars 2026').replaceAll('2026-03-19', '2026-03-10');
const ambiguousAgreeing = Object.fromEntries(
  Object.entries(DOSSIER).map(([name, text]) => [
    name,
    name === 'regie.md' ? tenthOfMarch(text).replace('le mardi 10 mars 2026 à 14 h', 'le 03/10/2026 à 14 h') : tenthOfMarch(text),
  ]),
);

/** The place of the receipt on a street whose name elides « d' »: the notice types a straight apostrophe, the instructions a typographic one. */
const elidedStreet = Object.fromEntries(
  Object.entries(DOSSIER).map(([name, text]) => [
    name,
    text.replaceAll('rue Jacques-Parizeau', name === 'regie.md' ? 'rue D’Iberville' : "rue D'Iberville").replace('rue\nJacques-Parizeau', 'rue\nD’Iberville'),
  ]),
);

/** A street's name wrapped after its « des », « de la » (« au 425, rue des↵Forges »): the same place as the notice's. */
const wrappedStreet = Object.fromEntries(
  Object.entries(DOSSIER).map(([name, text]) => [
    name,
    text.replaceAll('rue Jacques-Parizeau', 'rue des Forges').replace('rue\nJacques-Parizeau', 'rue des\nForges'),
  ]),
);

/** The instructions as a converter writes them: mammoth's escapes (« Jacques\\-Parizeau », « 14 h\\. »), a web page's references (« D&rsquo;Iberville », « 14&nbsp;h »). */
const escapedReceipt = with_({ 'regie.md': (text) => text.replace(RECEIPT, RECEIPT.replaceAll('-', '\\-').replace(/[().]/g, '\\$&')) });
const referencedReceipt = Object.fromEntries(
  Object.entries(elidedStreet).map(([name, text]) => [
    name,
    name === 'regie.md' ? text.replace('rue\nD’Iberville', 'rue\nD&rsquo;Iberville').replace('2026 à 14 h', '2026 à 14&nbsp;h') : text,
  ]),
);

/**
 * The receipt paragraph opening on a run-in title numbered as a clause (« **5.2 Place of receipt.** », « 1.3 Place et
 * heure. »), the place written in English with the notice's civic number and street: the clause's number is no civic one.
 */
const runInTitle = (title: string, place: string) =>
  with_({
    'regie.md': (text) => text.replace(RECEIPT, `**${title}** Tenders must be received at ${place}, no later than 2:00 p.m. on Thursday, March 19, 2026.`),
  });

/** A schedule appended to the specifications (devis.md), its date column headed `header`. */
const schedule = (header: string, rows: string) => with_({ 'devis.md': (text) => `${text}\n| ${header} |\n|---|---|\n${rows}\n` });

dossierRuleTester('dossier-receipt-mismatch', {
  valid: [
    {
      name: 'a schedule « Jalon | Date limite ou période » in the specifications: the milestones’ dates',
      files: schedule(
        'Jalon | Date limite ou période',
        '| Réunion de démarrage | vendredi 10 avril 2026 |\n| Présentation au comité | au plus tard le vendredi 29 mai 2026 |',
      ),
    },
    { name: 'a schedule "Milestone | Deadline" in the specifications', files: schedule('Milestone | Deadline', '| Kick-off meeting | April 10, 2026 |') },
    {
      name: 'a run-in title numbered « 5.2 Place of receipt. »',
      files: runInTitle('5.2 Place of receipt.', '425 rue Jacques-Parizeau, 4th floor, Québec, Québec G1R 4Z1'),
    },
    {
      name: 'a run-in title numbered « 1.3 Place and time. »',
      files: runInTitle('1.3 Place and time.', 'Procurement Office, 425 rue Jacques-Parizeau, Quebec City, QC G1R 4Z1'),
    },
    { name: 'a street name eliding « d’ » with either apostrophe is the same place', files: elidedStreet },
    { name: 'a street name wrapped after its « des » is the same place', files: wrappedStreet },
    { name: 'the place and time written with Markdown escapes, as mammoth writes them, are the notice’s', files: escapedReceipt },
    { name: 'the place and time written with character references, as a web page keeps them, are the notice’s', files: referencedReceipt },
    { name: 'day first, unambiguous, with its time after a comma', files: numericReceipt('le 19/03/2026, 14:00') },
    { name: 'year first with dots', files: numericReceipt('le 2026.03.19 à 14 h') },
    { name: 'an ambiguous date one of whose readings (month first) is the notice’s', files: ambiguousAgreeing },
  ],
  invalid: [
    {
      name: 'a schedule "Milestone | Deadline" whose row names the bids: their limit',
      files: schedule('Milestone | Deadline', '| Kick-off meeting | April 10, 2026 |\n| Bids | March 26, 2026 |'),
      errors: [{ file: 'devis.md', messageId: 'dateMismatch', message: /le jeudi 26 mars 2026, mais l'avis/ }],
      output: schedule('Milestone | Deadline', '| Kick-off meeting | April 10, 2026 |\n| Bids | March 19, 2026 |')['devis.md'],
    },
    {
      name: 'another place after a run-in title numbered as a clause',
      files: runInTitle('5.2 Place of receipt.', '500 boulevard René-Lévesque West, Québec'),
      errors: [{ file: 'regie.md', messageId: 'placeMismatch' }],
    },
    {
      name: 'another date in numbers: the fix writes the notice’s in the same form',
      files: numericReceipt('le 26/03/2026 à 14 h'),
      errors: [
        {
          file: 'regie.md',
          line: lineOf(numericReceipt('le 26/03/2026 à 14 h'), 'regie.md', '26/03/2026'),
          column: 53,
          messageId: 'dateMismatch',
          message: /la date limite de réception est le jeudi 26 mars 2026, mais l'avis \(avis\.md\) indique le jeudi 19 mars 2026\.$/,
        },
      ],
      output: numericReceipt('le 19/03/2026 à 14 h')['regie.md'],
    },
    {
      name: 'an ambiguous date neither of whose readings is the notice’s: both said',
      files: numericReceipt('le 03/12/2026 à 14 h'),
      errors: [
        {
          file: 'regie.md',
          messageId: 'dateMismatch',
          message:
            /la date limite de réception est le « 03\/12\/2026 » \(jeudi 3 décembre 2026 ou jeudi 12 mars 2026\), mais l'avis \(avis\.md\) indique le jeudi 19 mars 2026\.$/,
        },
      ],
      output: numericReceipt('le 19/03/2026 à 14 h')['regie.md'],
    },
    {
      name: 'an ISO date, "at" and another time: the time is read',
      files: numericReceipt('le 2026-03-19 at 3:00 p.m.'),
      errors: [{ file: 'regie.md', messageId: 'timeMismatch', message: /l'heure limite de réception est 15 h 00, mais l'avis \(avis\.md\) indique 14 h 00/ }],
      output: null,
    },
  ],
});

/** The instructions' receipt sentence replaced by a time without its date, the day the notice's (a model of instructions). */
const timeOnly = (sentence: string) => with_({ 'regie.md': (text) => text.replace(RECEIPT, sentence) });
/** A sentence of the instructions' end, under no receipt heading, that names the moment with a web page's reference. */
const referencedMoment = (day: string) =>
  with_({ 'regie.md': (text) => `${text}\nLa date et l&rsquo;heure limites de réception sont fixées au jeudi ${day} mars 2026 à 14 h.\n` });
/** The instructions' dated receipt kept, a model's default time added after it. */
const defaultAdded = (sentence: string) => with_({ 'regie.md': (text) => text.replace(RECEIPT, `${RECEIPT}\n\n${sentence}`) });

dossierRuleTester('dossier-receipt-mismatch', {
  valid: [
    {
      name: 'a default time (« sauf indication contraire aux instructions particulières ») another statement of the dossier sets aside',
      files: defaultAdded("Sauf indication contraire aux instructions particulières, l'heure limite de réception des soumissions est 11 h."),
    },
    {
      name: 'a default time the notice may set aside (« à moins d’indication contraire dans l’avis »), nothing else stating it',
      files: timeOnly("À moins d'indication contraire dans l'avis d'appel d'offres, les soumissions doivent être reçues au plus tard à 11 h."),
    },
    {
      name: 'a time in a sentence that names both moments is neither’s: « ouvertes à 15 h le jour de la date limite »',
      files: defaultAdded('Les soumissions sont ouvertes publiquement à 15 h, le jour de la date limite de réception.'),
    },
    {
      name: 'another closing than the bids’ (« fermeture des bureaux annoncée avant 6 h ») is no receipt time',
      files: defaultAdded("En cas de fermeture des bureaux annoncée par l'organisme avant 6 h, le service est suspendu sans frais."),
    },
    {
      name: 'the office hours, a span of two times, are no limit',
      files: timeOnly('Les soumissions sont reçues au 425, rue Jacques-Parizeau, du lundi au vendredi de 8 h 30 à 16 h 30, avant la date limite.'),
    },
  ],
  invalid: [
    {
      name: 'a time without its date, the day left to the notice: at the time',
      files: timeOnly(
        "Les soumissions doivent parvenir au plus tard à 15 h 30, le jour fixé dans l'avis, au 425, rue\nJacques-Parizeau, 4e étage, Québec (Québec) G1R 4Z1.",
      ),
      errors: [
        {
          file: 'regie.md',
          line: 15,
          column: 49,
          messageId: 'timeMismatch',
          message: /l'heure limite de réception est 15 h 30, mais l'avis \(avis\.md\) indique 14 h 00\.$/,
        },
      ],
      output: null,
    },
    {
      name: 'a default time that names the particular instructions, which do not state otherwise',
      files: timeOnly(
        "À moins qu'il ne soit prévu autrement aux instructions particulières, la date limite de réception est fixée à 11 h, le jour indiqué dans l'avis.",
      ),
      errors: [{ file: 'regie.md', line: 15, messageId: 'timeMismatch', message: /l'heure limite de réception est 11 h 00, mais l'avis/ }],
      output: null,
    },
    {
      name: 'a sentence whose moment is named with a character reference, as a web page keeps it (« l&rsquo;heure limites »): its other date',
      files: referencedMoment('26'),
      errors: [
        {
          file: 'regie.md',
          line: lineOf(referencedMoment('26'), 'regie.md', 'l&rsquo;heure limites'),
          messageId: 'dateMismatch',
          message: /la date limite de réception est le jeudi 26 mars 2026, mais l'avis/,
        },
      ],
      output: referencedMoment('19')['regie.md'],
    },
    {
      name: 'a time on the line after its date’s label, read with the date: one error, not two',
      files: timeOnly('**Date limite de réception :** jeudi 19 mars 2026\n**Heure limite :** 15 h'),
      errors: [{ file: 'regie.md', messageId: 'timeMismatch', message: /l'heure limite de réception est 15 h 00, mais l'avis/ }],
      output: null,
    },
    {
      name: 'an English default time, "unless otherwise specified in the special instructions", which do not',
      files: timeOnly('Unless otherwise specified in the special instructions, bids must be received no later than 11:00 a.m. on the closing date.'),
      errors: [{ file: 'regie.md', line: 15, messageId: 'timeMismatch', message: /l'heure limite de réception est 11 h 00, mais l'avis/ }],
      output: null,
    },
  ],
});

/**
 * The instructions' receipt under legal review, read as they will be published: a time or a place struck (GFM's
 * `~~…~~`) or deleted as a Word document's tracked change (pandoc's `--track-changes=all`) is none of their words.
 */
const WORD_CHANGE = 'author="DAJ" date="2026-02-10T10:00:00Z"';
const reviewedPlace = (struck: string, kept: string) =>
  with_({
    'regie.md': (text) => text.replace(RECEIPT, `Les soumissions doivent être reçues au plus tard le jeudi 19 mars 2026 à 14 h, au ~~${struck}~~ ${kept}.`),
  });
const NOTICE_PLACE = '425, rue Jacques-Parizeau, 4e étage, Québec (Québec) G1R 4Z1';
const OTHER_PLACE = '500, boulevard René-Lévesque Ouest, Québec';

dossierRuleTester('dossier-receipt-mismatch', {
  valid: [
    { name: 'a struck place beside the date, the notice’s place after it', files: reviewedPlace(OTHER_PLACE, NOTICE_PLACE) },
    {
      name: 'a time without its date struck, the notice’s after it',
      files: timeOnly("Les soumissions doivent parvenir au plus tard à ~~15 h 30~~ 14 h, le jour fixé dans l'avis."),
    },
  ],
  invalid: [
    {
      name: 'the notice’s place struck beside the date, another after it',
      files: reviewedPlace(NOTICE_PLACE, OTHER_PLACE),
      errors: [{ file: 'regie.md', messageId: 'placeMismatch' }],
    },
    {
      name: 'the notice’s time without its date struck, another after it',
      files: timeOnly("Les soumissions doivent parvenir au plus tard à ~~14 h~~ 15 h 30, le jour fixé dans l'avis."),
      errors: [{ file: 'regie.md', messageId: 'timeMismatch', message: /l'heure limite de réception est 15 h 30, mais l'avis/ }],
      output: null,
    },
    {
      name: 'the notice’s time deleted as a Word document’s tracked change, another inserted',
      files: timeOnly(
        `Les soumissions doivent parvenir au plus tard à [14 h]{.deletion ${WORD_CHANGE}}[15 h 30]{.insertion ${WORD_CHANGE}}, le jour fixé dans l'avis.`,
      ),
      errors: [{ file: 'regie.md', messageId: 'timeMismatch', message: /l'heure limite de réception est 15 h 30, mais l'avis/ }],
      output: null,
    },
  ],
});

const openingElsewhere = with_({
  'regie.md': (text) =>
    text.replace(
      "Les soumissions sont ouvertes publiquement, en présence d'un témoin, à l'endroit, à la date et à\nl'heure limites fixées pour leur réception.",
      "Les soumissions seront ouvertes publiquement le vendredi 20 mars 2026 à 10 h, en présence d'un témoin.",
    ),
});

/** The instructions' opening at a time without its date, the day the notice's, written `sentence`. */
const openingAt = (sentence: string) =>
  with_({
    'regie.md': (text) =>
      text.replace(
        "Les soumissions sont ouvertes publiquement, en présence d'un témoin, à l'endroit, à la date et à\nl'heure limites fixées pour leur réception.",
        sentence,
      ),
  });

dossierRuleTester('dossier-opening-mismatch', {
  valid: [
    {
      name: 'an opening at a time without its date, the notice’s',
      files: openingAt("Les soumissions sont ouvertes publiquement à 14 h, en présence d'un témoin."),
    },
  ],
  invalid: [
    {
      name: 'an opening at another time without its date: at the time',
      files: openingAt("Les soumissions sont ouvertes publiquement à 15 h, en présence d'un témoin."),
      errors: [{ file: 'regie.md', messageId: 'timeMismatch', message: /l'heure d'ouverture est 15 h 00, mais l'avis \(avis\.md\) indique 14 h 00/ }],
      output: null,
    },
  ],
});

const openingNextDay = with_({ 'regie.md': () => openingElsewhere['regie.md'].replace('à 10 h', 'à 14 h') });

dossierRuleTester('dossier-opening-mismatch', {
  valid: [{ name: 'the instructions open the bids at the limit, without restating it', files: DOSSIER }],
  invalid: [
    {
      name: 'the instructions open the bids another day',
      files: openingElsewhere,
      errors: [
        {
          file: 'regie.md',
          line: lineOf(openingElsewhere, 'regie.md', '20 mars 2026'),
          column: 49,
          messageId: 'dateMismatch',
          message: /la date d'ouverture est le vendredi 20 mars 2026, mais l'avis \(avis\.md\) indique le jeudi 19 mars 2026/,
        },
      ],
    },
    {
      name: 'another day at the notice’s hour: the fix writes the notice’s date',
      files: openingNextDay,
      errors: [{ file: 'regie.md', line: lineOf(openingNextDay, 'regie.md', '20 mars 2026'), column: 49, messageId: 'dateMismatch' }],
      output: openingElsewhere['regie.md'].replace('le vendredi 20 mars 2026 à 10 h', 'le jeudi 19 mars 2026 à 14 h'),
    },
  ],
});

const longerContract = with_({ 'contrat.md': (text) => text.replace("d'une durée de 24 mois", "d'une durée de 36 mois") });
const twoRenewals = with_({
  'contrat.md': (text) =>
    text.replace(
      "Le Ministère peut le renouveler une\nfois, pour une période d'une année",
      "Le Ministère peut le renouveler deux\nfois, pour une période d'une année chaque fois",
    ),
});
/** The notice's front-matter with two renewals of a year: 48 months in all. */
const twoRenewalsInNotice = (text: string) =>
  text
    .replace('duree-mois: 36', 'duree-mois: 48')
    .replace("description: Un renouvellement d'une année aux mêmes prix", "description: Deux renouvellements d'une année chacun, aux mêmes prix");
/** Two renewals in the notice and the devis, the contract's renewal sentence written as `contract`. */
const twoRenewalsInContract = (contract: string) =>
  with_({
    'avis.md': twoRenewalsInNotice,
    'contrat.md': (text) => text.replace("Le Ministère peut le renouveler une\nfois, pour une période d'une année", contract),
    'devis.md': (text) => text.replace("renouveler le contrat pour une période d'une année", 'renouveler le contrat à deux reprises'),
  });
/**
 * Two renewals written every way: one front-matter entry that counts them, the contract's count of times
 * apart from the period (« à deux reprises, pour une période d'une année chaque fois », whose « une » is the
 * period's), the devis's years added one at a time, the instructions naming renewals without their number.
 */
const twoRenewalsInWords = with_({
  'avis.md': twoRenewalsInNotice,
  'contrat.md': (text) =>
    text.replace(
      "Le Ministère peut le renouveler une\nfois, pour une période d'une année",
      "Le Ministère peut le renouveler à\ndeux reprises, pour une période d'une année chaque fois",
    ),
  'devis.md': (text) =>
    text.replace("renouveler le contrat pour une période d'une année", 'renouveler le contrat pour deux (2) années additionnelles, une année à la fois'),
  'regie.md': (text) => `${text}\nLes renouvellements sont régis par le contrat.\n`,
});
const twoRenewalsInEnglish = with_({
  'avis.md': (text) =>
    text
      .replace('duree-mois: 36', 'duree-mois: 48')
      .replace("description: Un renouvellement d'une année aux mêmes prix", 'description: Two one-year renewal options'),
  'contrat.md': (text) =>
    text.replace(
      "Le Ministère peut le renouveler une\nfois, pour une période d'une année",
      'The contract may be renewed on two\noccasions, for a further period of one year each time',
    ),
  'devis.md': (text) => text.replace("renouveler le contrat pour une période d'une année", 'renouveler le contrat deux fois pour un an'),
});
const concludedFor = with_({
  'contrat.md': (text) => text.replace("Le contrat est d'une durée de 24 mois", 'Le contrat est conclu pour trente-six (36) mois'),
});
const longerRenewal = with_({ 'contrat.md': (text) => text.replace("pour une période d'une année", 'pour une période de 24 mois') });
/** A renewal of 24 months in the contract, the notice's text and front-matter silent on the renewal's length. */
const longerUnstatedRenewal = with_({
  'avis.md': (text) =>
    text
      .replace("description: Un renouvellement d'une année aux mêmes prix", 'description: Un renouvellement aux mêmes prix')
      .replace("une option de renouvellement d'une année,", 'une option de renouvellement,'),
  'contrat.md': (text) => text.replace("pour une période d'une année", 'pour une période de 24 mois'),
  'devis.md': (text) => text.replace("renouveler le contrat pour une période d'une année", 'renouveler le contrat'),
});
/** Each renewal written in `devis` (the devis's renewal sentence) and `contract` (the contract's), in a dossier whose notice gives one of a year. */
const renewalLengths = (devis: string, contract?: string) =>
  with_({
    'devis.md': (text) => text.replace("renouveler le contrat pour une période d'une année", devis),
    ...(contract && { 'contrat.md': (text: string) => text.replace("Le Ministère peut le renouveler une\nfois, pour une période d'une année", contract) }),
  });
/** The notice's text silent on the renewal's length: its front-matter description says it (« Un renouvellement d'une année »). */
const lengthListedOnly = (files: Record<string, string>) => ({
  ...files,
  'avis.md': files['avis.md'].replace("une option de renouvellement d'une année,", 'une option de renouvellement,'),
});
const longerInDevis = renewalLengths("exercer une option de renouvellement d'une durée de deux (2) ans");
const shorterInEnglish = renewalLengths('renouveler le contrat', 'The Ministère may exercise one renewal option for a term of six (6) months');
const longerListed = lengthListedOnly(renewalLengths("prolonger le contrat pour une période additionnelle d'une durée de dix-huit (18) mois"));

dossierRuleTester('dossier-contract-duration-mismatch', {
  valid: [
    { name: '24 months and one renewal of a year: the 36 months of the front-matter', files: DOSSIER },
    {
      // Two renewals of a year each: 48 months, not one of two years added to two.
      name: 'years added one at a time (« pour deux (2) années additionnelles, une année à la fois »)',
      files: twoRenewalsInContract('Le Ministère peut le renouveler pour deux (2) années additionnelles, une année à la fois'),
    },
    { name: 'a contract that does not state its term', files: with_({ 'contrat.md': (text) => text.replace(/## 2\. Durée[\s\S]*?(?=## 3)/, '') }) },
    // A file that gives the initial term without the renewals is silent on them: it does not say the contract lasts that long in all.
    {
      name: 'the instructions give the initial term alone (« durée initiale »)',
      files: with_({ 'regie.md': (text) => `${text}\nLe prix soumis couvre la durée initiale de vingt-quatre (24) mois.\n` }),
    },
    { name: 'two renewals counted in words, as times or years one at a time: 24 + 2 × 12 months', files: twoRenewalsInWords },
    { name: 'two renewals in English (« on two occasions … each time »)', files: twoRenewalsInEnglish },
    // One disagreement, one error: the contract's second renewal is dossier-renewals-mismatch's, not also a longer total.
    { name: 'two renewals in the contract against the notice’s one: the renewals rule’s', files: twoRenewals },
    { name: 'a renewal longer in the contract than in the notice: the renewals rule’s', files: longerRenewal },
    {
      name: 'a duration renewals included is not the initial term (« de 36 mois, renouvellement compris »)',
      files: with_({ 'regie.md': (text) => `${text}\nLa durée du contrat est de 36 mois, renouvellement compris.\n` }),
    },
    // A period said in a sentence about a renewal or something valid is that one's, not the contract's.
    ...[
      'The Board may renew the contract once, for a period of twelve (12) months, at the same prices.',
      'This attestation is valid until the end of the period of three months following the month of its issue.',
      'La garantie demeure en vigueur pendant une durée de six (6) mois.',
    ].map((sentence) => ({ name: `another period: « ${sentence} »`, files: with_({ 'regie.md': (text) => `${text}\n${sentence}\n` }) })),
    {
      name: 'a price schedule gives the prices for the term alone (« for a term of two (2) years »)',
      files: {
        ...DOSSIER,
        'bordereau.md':
          '---\ntype: document\npartie: bordereau\nnumero: AO-2026-0217\n---\n\n# Bordereau de prix\n\nPrices for a term of two (2) years, taxes extra.\n',
      },
    },
  ],
  invalid: [
    {
      name: 'the term after the verb that concludes the contract (« conclu pour trente-six (36) mois »)',
      files: concludedFor,
      errors: [
        {
          file: 'contrat.md',
          line: lineOf(concludedFor, 'contrat.md', 'conclu pour'),
          messageId: 'initialDurationMismatch',
          message: /de 3 ans \(36 mois\), mais dans l'avis \(avis\.md\), de 2 ans/,
        },
      ],
      output: null,
    },
    {
      name: 'the contract gives another initial duration than the notice',
      files: longerContract,
      errors: [
        {
          file: 'contrat.md',
          line: lineOf(longerContract, 'contrat.md', '36 mois'),
          column: 1,
          messageId: 'initialDurationMismatch',
          message: /^Dans le contrat \(contrat\.md\), la durée du contrat est de 3 ans \(36 mois\), mais dans l'avis \(avis\.md\), de 2 ans \(24 mois\)\.$/,
          related: [{ file: 'avis.md', line: lineOf(longerContract, 'avis.md', "d'une durée de 24 mois") }],
        },
      ],
      output: null,
    },
    {
      name: 'a longer total for lack of a renewal period the notice states: the total is not the front-matter’s duree-mois',
      files: longerUnstatedRenewal,
      errors: [
        {
          file: 'contrat.md',
          message: /le contrat dure 4 ans \(48 mois\), renouvellements compris, mais l'en-tête de l'avis \(avis\.md\) indique 3 ans \(36 mois\)/,
          related: [{ file: 'avis.md', line: lineOf(longerUnstatedRenewal, 'avis.md', 'duree-mois') }],
        },
      ],
    },
  ],
});

/** The dossier with the notice dating the contract's period, and the contract's term clause written as `clause`. */
const datedPeriod = (clause: string) =>
  with_({
    'avis.md': (text) => `${text}\nLe contrat s'exécute du 1er mai 2026 au 30 avril 2028.\n`,
    'contrat.md': (text) => text.replace("Le contrat est d'une durée de 24 mois à compter de sa signature.", clause),
  });
const endInWords = datedPeriod(
  'Le présent contrat entre en vigueur le premier jour de mai deux mille vingt-six (01-05-2026) et prend fin le quinzième jour de juin deux mille vingt-huit (15-06-2028).',
);
const startInEnglish = datedPeriod('This Contract shall come into force on the first day of June, two thousand twenty-six (2026-06-01).');

dossierRuleTester('dossier-contract-duration-mismatch', {
  valid: [
    {
      name: 'the contract dates the notice’s period in words restated in numbers, as a legal office writes it',
      files: datedPeriod(
        'Le présent contrat entre en vigueur le premier jour de mai deux mille vingt-six (01-05-2026) et prend fin le trentième jour d’avril deux mille vingt-huit (30-04-2028).',
      ),
    },
    {
      // 05-01-2026 is 5 January or May 1, the notice's start: nothing says which.
      name: 'a start in numbers whose day and month may be swapped is no certain disagreement',
      files: datedPeriod('Le contrat entre en vigueur le 05-01-2026.'),
    },
  ],
  invalid: [
    {
      name: 'the contract ends on another day than the notice says, its dates in words (« … et prend fin le quinzième jour de juin … »)',
      files: endInWords,
      errors: [
        {
          file: 'contrat.md',
          line: lineOf(endInWords, 'contrat.md', 'entre en vigueur'),
          column: 1,
          messageId: 'endDateMismatch',
          message:
            /^Dans le contrat \(contrat\.md\), le contrat prend fin le .*15 juin 2028, mais dans l'avis \(avis\.md\), le .*30 avril 2028 : .*art\. 5, par\. 1° et 8°/,
          related: [{ file: 'avis.md', line: lineOf(endInWords, 'avis.md', "s'exécute du") }],
        },
      ],
      output: null,
    },
    {
      name: 'the contract starts on another day (English, "shall come into force on the first day of June, two thousand twenty-six")',
      files: startInEnglish,
      errors: [{ file: 'contrat.md', line: lineOf(startInEnglish, 'contrat.md', 'come into force'), messageId: 'startDateMismatch' }],
      output: null,
    },
  ],
});

dossierRuleTester('dossier-renewals-mismatch', {
  valid: [
    { name: 'one renewal in the contract, one renewal option in the front-matter', files: DOSSIER },
    // Each renewal of a year, said otherwise (twelve months, a term of one year).
    {
      name: 'the same length said otherwise in each file',
      files: renewalLengths(
        "exercer une option de renouvellement d'une durée de douze (12) mois",
        'The Ministère may exercise one renewal option for a term of one (1) year',
      ),
    },
    { name: 'the length in the front-matter only, the same', files: lengthListedOnly(renewalLengths('renouveler le contrat pour douze (12) mois')) },
    { name: 'one front-matter entry counting two renewals, each file counting them its way', files: twoRenewalsInWords },
    { name: 'the same in English', files: twoRenewalsInEnglish },
    // Renewals enumerated by their ordinals.
    ...[
      "Le Ministère peut le renouveler pour une première période d'une année, puis pour une seconde période d'une année",
      'The Ministère may renew it for a first period of one year and a second period of one year',
    ].map((contract) => ({ name: `two renewals by their ordinals: « ${contract} »`, files: twoRenewalsInContract(contract) })),
    // A number that counts all the periods, the initial one with the renewals: a parenthesis that breaks them down
    // gives the renewals' own count, else the periods less the initial one.
    ...[
      'Le Ministère peut le renouveler, le prix soumis couvrant les trois périodes (la période initiale et deux renouvellements)',
      'Le Ministère peut le renouveler, le prix soumis couvrant les trois périodes (la période initiale et les renouvellements)',
      'The Ministère may renew it, the bid price covering the three periods (the initial term and two renewals)',
      'The Ministère may renew it, the bid price covering three years (one firm year and two option years)',
    ].map((contract) => ({ name: `two renewals among all the periods: « ${contract} »`, files: twoRenewalsInContract(contract) })),
    // « N fois le prix », "N times the price": a multiple of what follows, no count of renewals.
    ...[
      'Le Ministère peut le renouveler, le prix soumis étant quatre fois le montant annuel (deux renouvellements)',
      'Le Ministère peut le renouveler, le prix soumis valant trois fois le prix annuel, pour deux renouvellements',
      'The Ministère may renew it, the bid price being three times the annual price, for two renewals',
    ].map((contract) => ({ name: `a multiple of the price: « ${contract} »`, files: twoRenewalsInContract(contract) })),
    {
      // The title's numbering is no count, and its value's sentence says how many (« à deux reprises »).
      name: 'two renewals under a run-in title « 2.1 Renouvellement. »',
      files: twoRenewalsInContract("\n\n**2.1 Renouvellement.** Le Ministère peut le renouveler à\ndeux reprises, pour une période d'une année chaque fois"),
    },
    // A title naming the term and its renewals over a sentence that states only the initial period: the renewals come after.
    ...[
      '**3. Durée du contrat et options de renouvellement.** Le contrat débute le 1er avril 2027 pour une période initiale de douze (12) mois.',
      '**Article 4 – Durée et reconduction.** Le contrat couvre une première période de 12 mois, du 1er avril 2027 au 31 mars 2028.',
      '**Term and renewals.** The contract is entered into for a first period of twelve (12) months, from April 1, 2027.',
    ].map((title) => ({
      name: `a title on the term and its renewals: « ${title} »`,
      files: twoRenewalsInContract(`\n\n${title}\n\nLe Ministère peut le renouveler à deux reprises, pour une période d'une année chaque fois`),
    })),
    // A renewal of another thing than the contract (a program, a licence, a permit, an agreement with a third party) is
    // not the contract's: the contract's own, said after it, is the one compared.
    ...[
      "Le programme d'aide financière doit être renouvelé à trois reprises d'ici 2020.",
      'Le Plan ministériel prévoit son évaluation avant son renouvellement, à trois reprises.',
      "The Ministry's software licence is renewed twice for a period of one year.",
      "Le prestataire renouvelle son permis d'exploitation à deux reprises.",
      "L'entente de partenariat avec la municipalité est renouvelée à trois reprises.",
    ].map((other) => ({
      name: `another thing's renewal before the contract's: « ${other} »`,
      files: with_({ 'devis.md': (text) => text.replace('Le Ministère peut, à sa seule discrétion', `${other} Le Ministère peut, à sa seule discrétion`) }),
    })),
    {
      name: "a program's renewal in a file whose notice provides for none, the contract renewed nowhere",
      files: with_({
        'avis.md': (text) =>
          text
            .replace(/options:\n {2}- type: renouvellement\n {4}description: [^\n]*\n/, 'options: []\n')
            .replace(", comporte une option de renouvellement d'une année,\naux mêmes prix", ''),
        'contrat.md': (text) =>
          text.replace(" Le Ministère peut le renouveler une\nfois, pour une période d'une année, aux mêmes prix et aux mêmes conditions.", ''),
        'devis.md': (text) =>
          text.replace(
            "Le Ministère peut, à sa seule discrétion, renouveler le contrat pour une période d'une année, aux mêmes\nprix et aux mêmes conditions.",
            "Le Plan d'évaluation ministériel prévoit l'évaluation du programme avant son renouvellement.",
          ),
      }),
    },
  ],
  invalid: [
    // Each renewal lasting otherwise than the notice says (art. 4 al. 2 par. 2.1°, art. 5 par. 1.1°): one error, at the file.
    {
      name: 'a renewal option of two years in the devis, of a year in the notice',
      files: longerInDevis,
      errors: [
        {
          file: 'devis.md',
          line: lineOf(longerInDevis, 'devis.md', 'option de renouvellement'),
          column: 1,
          messageId: 'renewalLengthMismatch',
          message:
            /^Dans le devis \(devis\.md\), chaque période de renouvellement du contrat dure 2 ans \(24 mois\), mais dans l'avis \(avis\.md\), 1 an \(12 mois\) : .*art\. 4, al\. 2, par\. 2\.1°; art\. 5, par\. 1\.1°/,
          related: [{ file: 'avis.md', line: lineOf(longerInDevis, 'avis.md', "option de renouvellement d'une année") }],
        },
      ],
    },
    {
      name: 'a renewal option of six months in the contract (English)',
      files: shorterInEnglish,
      errors: [
        {
          file: 'contrat.md',
          line: lineOf(shorterInEnglish, 'contrat.md', 'renewal option'),
          messageId: 'renewalLengthMismatch',
          message: /6 mois, mais dans l'avis/,
        },
      ],
    },
    {
      name: 'an extension of 18 months, the notice’s text silent on the length its front-matter gives',
      files: longerListed,
      errors: [
        {
          file: 'devis.md',
          messageId: 'renewalLengthMismatch',
          message: /1 an \(18 mois\)|18 mois, mais dans l'en-tête de l'avis \(avis\.md\) \(options\), 1 an \(12 mois\)/,
          related: [{ file: 'avis.md', line: lineOf(longerListed, 'avis.md', '- type: renouvellement') }],
        },
      ],
    },
    {
      name: 'a longer renewal in the contract (« pour une période de 24 mois »)',
      files: longerRenewal,
      errors: [{ file: 'contrat.md', messageId: 'renewalLengthMismatch', message: /2 ans \(24 mois\), mais dans l'avis \(avis\.md\), 1 an/ }],
    },
    {
      name: 'three option years among four: « four years (one firm year and three option years) »',
      files: twoRenewalsInContract('The Ministère may renew it, the bid price covering four years (one firm year and three option years)'),
      errors: [
        {
          file: 'contrat.md',
          messageId: 'renewalsMismatch',
          message: /prévoit 3 renouvellements, mais l'en-tête de l'avis \(avis\.md\) \(options\) en prévoit 2\.$/,
        },
      ],
    },
    {
      name: "two renewals of the contract after a program's renewal (English)",
      files: with_({
        'devis.md': (text) =>
          text.replace(
            "Le Ministère peut, à sa seule discrétion, renouveler le contrat pour une période d'une année",
            'The evaluation will inform the renewal of the program. The Ministère may renew the contract twice for a period of one year',
          ),
      }),
      errors: [
        {
          file: 'devis.md',
          messageId: 'renewalsMismatch',
          message: /prévoit 2 renouvellements, mais l'en-tête de l'avis \(avis\.md\) \(options\) en prévoit 1\.$/,
        },
      ],
    },
    {
      name: 'two renewals in the contract',
      files: twoRenewals,
      errors: [
        {
          file: 'contrat.md',
          line: lineOf(twoRenewals, 'contrat.md', 'Le contrat est'),
          column: 1,
          messageId: 'renewalsMismatch',
          message: /^Dans le contrat \(contrat\.md\), le contrat prévoit 2 renouvellements, mais l'en-tête de l'avis \(avis\.md\) \(options\) en prévoit 1\.$/,
        },
      ],
    },
    {
      // An extension of the contract is a renewal: « prolonger le contrat pour deux (2) périodes additionnelles ».
      name: 'two extensions in the contract',
      files: with_({
        'contrat.md': (text) =>
          text.replace(
            "Le Ministère peut le renouveler une\nfois, pour une période d'une année",
            "Le Ministère peut prolonger le contrat pour deux (2) périodes additionnelles d'un (1) an chacune",
          ),
      }),
      errors: [
        {
          file: 'contrat.md',
          messageId: 'renewalsMismatch',
          message: /prévoit 2 renouvellements, mais l'en-tête de l'avis \(avis\.md\) \(options\) en prévoit 1\.$/,
        },
      ],
    },
    {
      name: 'renewals in the contract, none in the front-matter',
      files: with_({ 'avis.md': (text) => text.replace(/options:\n {2}- type: renouvellement\n {4}description: [^\n]*\n/, 'options: []\n') }),
      // The devis states the renewal option too.
      errors: [
        { file: 'devis.md', message: /prévoit 1 renouvellement, mais l'en-tête de l'avis \(avis\.md\) \(options\) n'en prévoit aucun/ },
        { file: 'contrat.md', message: /prévoit 1 renouvellement, mais l'en-tête de l'avis \(avis\.md\) \(options\) n'en prévoit aucun/ },
      ],
    },
  ],
});

const cheaper = with_({ 'regie.md': (text) => text.replace('partie: regie\n', 'partie: regie\nmontant-estime: 90000\n') });

dossierRuleTester('dossier-estimated-amount-mismatch', {
  valid: [
    { name: 'only the notice states the amount', files: DOSSIER },
    {
      name: 'the same amount written otherwise',
      files: with_({ 'regie.md': (text) => text.replace('partie: regie\n', 'partie: regie\nmontant-estime: 480000\n') }),
    },
  ],
  invalid: [
    {
      name: 'another amount, on the other side of the public tender threshold',
      files: cheaper,
      errors: [
        {
          file: 'regie.md',
          line: 4,
          column: 17,
          messageId: 'amountMismatch',
          message:
            /^Le montant estimé des instructions aux soumissionnaires \(regie\.md\) \(90\s000\s\$\) n'est pas celui de l'avis \(avis\.md\) \(480\s000\s\$\) ; l'un est sous 100\s000\s\$, le seuil d'appel d'offres public \(art\. 3\) et 100\s000\s\$, l'attestation d'accès à l'égalité \(art\. 48\), l'autre non\.$/,
          related: [{ file: 'avis.md', line: lineOf(cheaper, 'avis.md', 'montant-estime') }],
        },
      ],
    },
  ],
});

const gridInInstructions = (weights: [number, number, number, number]) =>
  with_({
    'regie.md': (text) =>
      text.replace(
        '## 7. Règle',
        `| Critère | Poids (%) |\n|---|---|\n| Expérience du soumissionnaire | ${weights[0]} |\n| Expérience et expertise du chargé de projet | ${weights[1]} |\n| Compréhension du mandat et méthodologie proposée | ${weights[2]} |\n| Organisation et plan de travail | ${weights[3]} |\n\n## 7. Règle`,
      ),
  });
const otherWeights = gridInInstructions([25, 25, 35, 15]);

dossierRuleTester('dossier-grid-mismatch', {
  valid: [
    { name: 'the grid in the annex only', files: DOSSIER },
    { name: 'the instructions restate the annex’s grid', files: gridInInstructions([20, 30, 35, 15]) },
  ],
  invalid: [
    {
      name: 'the instructions give other weights than the annex',
      files: otherWeights,
      errors: [
        {
          file: 'regie.md',
          line: lineOf(otherWeights, 'regie.md', '| Expérience du soumissionnaire | 25'),
          column: 1,
          messageId: 'gridMismatch',
          message: /diffèrent au critère 1 : « Expérience du soumissionnaire » \(25\) d'un côté, « Expérience du soumissionnaire » \(20\) de l'autre/,
          related: [{ file: 'annexes/grille-evaluation.md', line: lineOf(otherWeights, 'annexes/grille-evaluation.md', '| Expérience du soumissionnaire') }],
        },
      ],
    },
  ],
});

const otherTitle = (title: string) => with_({ 'devis.md': (text) => text.replace(/^titre: .*$/m, `titre: ${JSON.stringify(title)}`) });

dossierRuleTester('dossier-title-mismatch', {
  valid: [
    { name: 'the same title', files: DOSSIER },
    {
      name: 'a shortened title',
      files: with_({ 'devis.md': (text) => text.replace(/^titre: .*$/m, 'titre: Services professionnels en gestion documentaire') }),
    },
    // A part titled by its own name, alone or with the call's subject, in either order.
    ...[
      'Devis technique',
      'Annexe B — Grille d’évaluation de la qualité',
      'Gestion documentaire — Régie de l’appel d’offres',
      'Contrat de services professionnels de gestion des documents',
      'Formulaire de soumission et bordereau de prix',
      // Its use said beside it, in an aside or in its words.
      'Contrat de gestion documentaire (version définitive, à être signée par l’adjudicataire retenu)',
      'Formulaire de soumission à remplir et à signer par le prestataire',
      'Bid Form — to be completed and signed by the Bidder',
      'Gestion documentaire — contrat [version transmise pour information seulement]',
      // What the part holds.
      'Annexe A — Devis (besoins et modalités d’exécution)',
      'Annexe E — Formulaire de soumission, déclarations et liste des documents à joindre (enveloppe n° 1)',
      'Schedule B — Statement of needs and scope of work',
      'Annexe 2 — Critères, pondération et méthode de pointage',
      'Grille : seuil de la note finale et facteur K',
      'Schedule C — Evaluation criteria, weighting and adjusted price calculation',
      // A part split into files, each titled by the part's name and its section's subject: a step of the tendering.
      'Régie de l’appel d’offres — réception et ouverture des soumissions',
      'Instructions aux soumissionnaires, partie 4 : plaintes et renseignements',
      'Instructions to Bidders – Part 3: Evaluation and Award',
      'Specifications — Section 1: Purpose and Timetable',
    ].map((title) => ({ name: `a part’s title: ${title}`, files: otherTitle(title) })),
  ],
  invalid: [
    ...[
      'Services de déménagement des bureaux de Québec',
      'Devis — Services de déménagement des bureaux de Québec',
      'Devis (déménagement des bureaux de Québec)',
      // A section's subject beside the services of another call, or a step's word that names the services.
      'Instructions to Bidders – Part 2: Snow Removal Services',
      'Régie — Services de conformité réglementaire',
    ].map((title) => ({
      name: `the devis of another call: ${title}`,
      files: otherTitle(title),
      errors: [
        {
          file: 'devis.md',
          line: 5,
          column: 8,
          messageId: 'titleMismatch',
          message: new RegExp(`^Le titre du devis \\(devis\\.md\\), « ${title.replace(/[()]/g, '\\$&')} », n'est pas celui de l'avis`),
        },
      ],
      output: DOSSIER['devis.md'].replace(/^titre: .*$/m, `titre: ${JSON.stringify(/^titre: (.*)$/m.exec(DOSSIER['avis.md'])![1])}`),
    })),
  ],
});

const oldNumber = with_({ 'contrat.md': (text) => text.replace("suite de l'appel d'offres AO-2026-0217", "suite de l'appel d'offres AO-2025-0031") });
/** A draft under review: the old number struck in a clause, then left after it. */
const STRUCK_NUMBER = "suite de l'appel d'offres ~~AO-2025-0031 (abrogé)~~ AO-2025-0031";
const struckNumber = with_({ 'contrat.md': (text) => text.replace("suite de l'appel d'offres AO-2026-0217", STRUCK_NUMBER) });

dossierRuleTester('dossier-number-mismatch', {
  valid: [
    { name: 'the contract names the dossier’s number', files: DOSSIER },
    { name: 'another kind of reference', files: with_({ 'contrat.md': (text) => `${text}\nVoir la décision CT-223456 du Conseil du trésor.\n` }) },
  ],
  invalid: [
    {
      name: 'a number left from an earlier call',
      files: oldNumber,
      errors: [
        {
          file: 'contrat.md',
          line: lineOf(oldNumber, 'contrat.md', 'AO-2025-0031'),
          column: 27,
          messageId: 'numberMismatch',
          message:
            /^Dans le contrat \(contrat\.md\), le texte renvoie à l'appel d'offres AO-2025-0031, mais le dossier est celui de l'appel d'offres AO-2026-0217\.$/,
          related: [{ file: 'avis.md', line: 3 }],
        },
      ],
      output: DOSSIER['contrat.md'],
    },
    {
      name: 'a number left after the same one struck: at the one left',
      files: struckNumber,
      errors: [
        {
          file: 'contrat.md',
          line: lineOf(struckNumber, 'contrat.md', STRUCK_NUMBER),
          column: STRUCK_NUMBER.lastIndexOf('AO-') + 1,
          messageId: 'numberMismatch',
        },
      ],
      // The struck number stays as written.
      output: struckNumber['contrat.md'].replace(STRUCK_NUMBER, "suite de l'appel d'offres ~~AO-2025-0031 (abrogé)~~ AO-2026-0217"),
    },
  ],
});

// Art. 46: the dirigeant's authorisation is mentioned where drafters put it — the contract's term clause or the instructions —
// not necessarily in the notice, whose front-matter makes it required.
const repetitive = (changes: Record<string, (text: string) => string> = {}) =>
  with_({ 'avis.md': (text) => text.replace('repetitif: false\n  duree-mois: 36', 'repetitif: true\n  duree-mois: 48'), ...changes });
const unauthorised = repetitive();

dossierRuleTester('contract-duration-authorisation', {
  valid: [
    {
      name: 'the contract’s term clause mentions the authorisation',
      files: repetitive({
        'contrat.md': (text) =>
          text.replace(
            'aux mêmes prix et aux mêmes conditions.',
            'aux mêmes prix et aux mêmes conditions. La durée\nprévue, renouvellements compris, a été autorisée par la sous-ministre conformément à l’article 46 du Règlement.',
          ),
      }),
    },
    {
      name: 'the instructions mention it',
      files: repetitive({
        'regie.md': (text) => `${text}\nLa durée du contrat, renouvellements compris, a été autorisée par le dirigeant de l'organisme public.\n`,
      }),
    },
  ],
  invalid: [
    {
      name: 'no file mentions it: at the notice’s duree-mois',
      files: unauthorised,
      errors: [
        { file: 'avis.md', line: lineOf(unauthorised, 'avis.md', 'duree-mois'), messageId: 'authorisationMissing', severity: 'warning', message: /48 mois/ },
      ],
    },
  ],
});

/** A site visit the specification dates in numbers, day and month both 12 or less, no front-matter date either reading. */
const VISIT = '\n## 4. Visite\n\nUne visite des locaux du Ministère aura lieu le 05/03/2026 à 10 h.\n';
const visited = (changes: Record<string, (text: string) => string> = {}) => with_({ 'devis.md': (text) => `${text}${VISIT}`, ...changes });
const undecided = visited();

// The order of dates in numbers stated in one file holds for the dossier's files, as a definitions clause does.
dossierRuleTester('date-ambiguous', {
  valid: [
    {
      name: 'the order stated in the notice',
      files: visited({
        'avis.md': (text) => `${text}\nNote : les dates écrites en chiffres dans les documents d'appel d'offres suivent le format JJ/MM/AAAA.\n`,
      }),
    },
    {
      name: 'the order stated in the instructions, in words, for a date of the notice and one of the specification',
      files: visited({
        'regie.md': (text) => `${text}\nDans les documents d'appel d'offres, une date écrite en chiffres se lit jour/mois/année.\n`,
        'avis.md': (text) => `${text}\nLes questions sont reçues jusqu'au 06/03/2026.\n`,
      }),
    },
  ],
  invalid: [
    {
      name: 'no file states it: the date in the specification is warned',
      files: undecided,
      errors: [{ file: 'devis.md', line: lineOf(undecided, 'devis.md', '05/03/2026'), column: 49, messageId: 'ambiguousDate', severity: 'warning' }],
    },
    {
      name: 'two files state two orders: neither decides',
      files: visited({
        'avis.md': (text) => `${text}\nLes dates écrites en chiffres suivent le format JJ/MM/AAAA.\n`,
        'contrat.md': (text) => `${text}\nDates in numbers are written MM/DD/YYYY.\n`,
      }),
      errors: [{ file: 'devis.md', messageId: 'ambiguousDate' }],
    },
  ],
});

/**
 * A criterion whose acceptable level the grid's annex does not give: found at its row, where the grid is, and the fix
 * adds the level there, though the instructions' evaluation section comes first in the dossier.
 */
const GRID_FILE = 'annexes/grille-evaluation.md';
const undescribed = with_({
  [GRID_FILE]: (text) => text.replace(/- \*\*Organisation et plan de travail :\*\*[^\n]*\n[^\n]*\n/, ''),
});

dossierRuleTester('annex2-acceptable-level', {
  valid: [{ name: 'each criterion described under the grid', files: DOSSIER }],
  invalid: [
    {
      name: 'a criterion without its level: at its row in the grid’s annex',
      files: undescribed,
      errors: [{ file: GRID_FILE, line: lineOf(undescribed, GRID_FILE, '| Organisation et plan de travail |'), messageId: 'criterionNotDescribed' }],
    },
  ],
});

/**
 * Addendum no 1 of the dossier made a late one that affects prices, sent on Monday 16 March 2026 and postponing the receipt
 * limit of 19 March to `postponed` (its front-matter), its body saying so in `sentence`; the notice's front-matter restating
 * the entry when `restated`.
 */
const postponedBy = (postponed: string, sentence: string, restated = true) =>
  with_({
    'addenda-1.md': (text) =>
      text
        .replace(
          '{ numero: 1, date: 2026-03-09, incidence-prix: false }',
          `{ numero: 1, date: 2026-03-16, incidence-prix: true, report-reception: ${postponed} }`,
        )
        .replace('Le présent addenda, transmis le lundi 9 mars 2026, répond aux questions reçues.', sentence),
    ...(restated && {
      'avis.md': (text: string) =>
        text.replace(
          'validite-soumissions-jours: 90\n',
          `validite-soumissions-jours: 90\naddenda:\n  - { numero: 1, date: 2026-03-16, incidence-prix: true, report-reception: ${postponed} }\n`,
        ),
    }),
  });
const frenchShort = postponedBy('2026-03-20', 'La date limite de réception des soumissions est reportée au vendredi 20 mars 2026 à 14 h.');
const englishShort = postponedBy('2026-03-20', 'The bid closing date is postponed to Friday, March 20, 2026, at 2:00 p.m.', false);
const entryOnly = postponedBy('2026-03-20', 'Le présent addenda modifie le bordereau de prix.');

dossierRuleTester('addendum-seven-days', {
  valid: [
    {
      name: 'an addendum postponing the limit to 7 days after it, restated in the notice',
      files: postponedBy('2026-03-23', 'La date limite est reportée au lundi 23 mars 2026 à 14 h.'),
    },
    {
      name: 'the same in English, in the addendum alone',
      files: postponedBy('2026-03-23', 'The bid closing date is postponed to Monday, March 23, 2026.', false),
    },
  ],
  invalid: [
    // One late postponement, one error: at the addendum's passage that sets the new limit, its front-matter entry related.
    {
      name: 'a postponement of 4 days, in the addendum and restated in the notice’s front-matter',
      files: frenchShort,
      errors: [
        {
          file: 'addenda-1.md',
          line: lineOf(frenchShort, 'addenda-1.md', 'reportée au vendredi'),
          column: 61,
          messageId: 'postponementTooShort',
          severity: 'error',
          message:
            /^Le report de l'addenda no 1 laisse 4 jours après sa transmission le lundi 16 mars 2026 : il faut au moins 7 jours\. Date la plus hâtive : lundi 23 mars 2026\.$/,
          related: [{ file: 'addenda-1.md', line: lineOf(frenchShort, 'addenda-1.md', 'report-reception') }],
        },
      ],
      output: null,
    },
    {
      name: 'the same in English, in the addendum alone',
      files: englishShort,
      errors: [{ file: 'addenda-1.md', line: lineOf(englishShort, 'addenda-1.md', 'postponed to'), messageId: 'postponementTooShort' }],
    },
    {
      name: 'the postponement in the addendum’s front-matter only: there, with its fix',
      files: entryOnly,
      errors: [{ file: 'addenda-1.md', line: lineOf(entryOnly, 'addenda-1.md', 'report-reception'), messageId: 'postponementTooShort' }],
      output: entryOnly['addenda-1.md'].replace('report-reception: 2026-03-20', 'report-reception: 2026-03-23'),
    },
  ],
});
