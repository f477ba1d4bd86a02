import { ruleTester } from '../ruleTester.js';

/** A complete notice; `extra` adds front-matter lines, `body` replaces the receipt paragraph. */
function notice(extra: string, body = ''): string {
  return `---
type: avis
organisme: { nom: Centre de services scolaire des Navigateurs }
titre: Services de transport scolaire adapté
accords: aucun
renseignements: Service des ressources matérielles, 418 839-0500
${extra}
---

# Avis

Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.
${body}
Le Centre de services scolaire ne s'engage à accepter aucune des soumissions reçues.
`;
}
const at = (date: string, time = '14:00') => `{ date: ${date}, heure: "${time}", lieu: "1860, 1re Rue, Lévis" }`;
const moments = (diffusion: string, receipt: string, opening = receipt) => `diffusion: ${diffusion}\nreception: ${at(receipt)}\nouverture: ${at(opening)}`;

ruleTester('deadline-receipt-period', {
  valid: [
    { name: 'exactly 15 days (diffusion day not counted)', code: notice(moments('2026-03-02', '2026-03-17')) },
    { name: '17 days', code: notice(moments('2026-03-02', '2026-03-19')) },
    { name: 'no diffusion date: nothing to compute', code: notice(`reception: ${at('2026-03-05')}\nouverture: ${at('2026-03-05')}`) },
    // A SEAO notice's fields hard-wrapped: a label wrapped over a line end is one label, its date the receipt's
    // (the publication's date is not).
    {
      name: 'fields whose labels are wrapped over a line end',
      code: notice(
        'diffusion: 2026-05-04',
        "\n**Date de publication :** 2026-05-04\n**Date limite de réception des\nsoumissions :** 2026-05-21 à 13 h 30\n**Date et heure\nd'ouverture** — 2026-05-21 à 13 h 30\n",
      ),
    },
    { name: 'invitation to tender: no SEAO notice period', code: notice(`procedure: invitation\n${moments('2026-03-02', '2026-03-05')}`) },
    // A draft under legal review: the date struck and replaced after it is no date of the tender (document/reviewMarks.ts).
    {
      name: 'receipt date struck and replaced in the deadline sentence',
      code: notice(
        'diffusion: 2026-05-04',
        '\nLes soumissions doivent parvenir au plus tard le ~~lundi 11 mai 2026~~ jeudi 21 mai 2026 à 13 h 30, au 1050, boul. René-Lévesque Est, Québec.\n',
      ),
    },
    {
      name: 'receipt date replaced by a CriticMarkup substitution',
      code: notice(
        'diffusion: 2026-05-04',
        '\nLes soumissions doivent parvenir au plus tard le {~~ 11 mai 2026 ~> 21 mai 2026 ~~} à 13 h 30, au 1050, boul. René-Lévesque Est, Québec.\n',
      ),
    },
    // The publication's date given as a field of the text, no `diffusion` key: counted from it.
    {
      name: 'publication and receipt dates as labelled fields, 17 days',
      code: notice('', '\n**Date de publication :** 2026-05-04\n**Date limite de réception des soumissions :** 2026-05-21 à 13 h 30\n'),
    },
    // A table of addenda's publication dates gives the addenda's, not the notice's.
    {
      name: "an addenda table's publication dates are not the notice's",
      code: notice(
        '',
        '\n| Addenda | Date de publication |\n|---|---|\n| No 1 | 2026-05-14 |\n\nLes soumissions doivent parvenir au plus tard le 21 mai 2026 à 13 h 30.\n',
      ),
    },
    // Another publication than the notice's: its date is not the diffusion the period counts from.
    ...[
      "Les résultats de l'appel d'offres seront publiés dans le SEAO le lundi 11 mai 2026.",
      'Any addendum to this call for tenders will be posted on SEAO no later than May 11, 2026.',
    ].map((sentence) => ({
      name: `another publication's date: « ${sentence} »`,
      code: notice('', `\n${sentence}\n\nLes soumissions doivent parvenir au plus tard le 21 mai 2026 à 13 h 30.\n`),
    })),
    // The notice's diffusion stated in a sentence, 17 days: compliant.
    ...[
      'Le présent avis est diffusé dans le SEAO le lundi 4 mai 2026.',
      "Le Centre invite, par le présent avis diffusé dans le système électronique d'appel d'offres du gouvernement du Québec, ci-après le « SEAO », le lundi 4 mai 2026, toute entreprise à soumissionner.",
    ].map((sentence) => ({
      name: `the diffusion stated in a sentence, 17 days: « ${sentence} »`,
      code: notice('', `\n${sentence}\n\nLes soumissions doivent parvenir au plus tard le 21 mai 2026 à 13 h 30.\n`),
    })),
    {
      name: 'receipt date stated in the text only, 17 days',
      code: notice(
        'diffusion: 2026-05-04',
        '\nLes soumissions doivent parvenir au plus tard le 21 mai 2026 à 13 h 30, au 1050, boul. René-Lévesque Est, Québec.\n',
      ),
    },
  ],
  invalid: [
    // The publication's date as a labelled field of the text (no `diffusion` key), in a table's row or a « Libellé : valeur »
    // line, its date as a workbook shows it (« 2026-05-04 », « lundi 4 mai 2026 »).
    ...[
      "| Rubrique | Renseignement |\n|---|---|\n| Publication de l'appel d'offres | lundi 4 mai 2026 |\n| Date limite de réception des soumissions | lundi 18 mai 2026 à 13 h 30 |",
      "| Étape | Date | Heure |\n|---|---|---|\n| 1. Parution de l'avis au SEAO | 2026-05-04 | |\n| 2. Date limite de réception des soumissions | 2026-05-18 | 13 h 30 |",
      // A workbook's cells in Excel's short format (« 4-mai-26 »), a year of two digits.
      "| Étape | Date | Heure |\n|---|---|---|\n| 1. Parution de l'avis au SEAO | 4-mai-26 | |\n| 2. Date limite de réception des soumissions | 18-mai-26 | 13 h 30 |",
      "**Date de diffusion (SEAO) :** lundi 4 mai 2026\n**Date limite de réception des soumissions :** le lundi 18 mai '26 à 13 h 30",
      '**Date de diffusion (SEAO) :** 2026-05-04\n**Date limite de réception des soumissions :** 2026-05-18 à 13 h 30',
      // A table pasted as text, its columns aligned with spaces, the publication's row without its reference.
      [
        'Rubrique                           Renseignement                   Référence',
        'Diffusion de l’avis dans le SEAO   lundi 4 mai 2026',
        'Date limite de réception           lundi 18 mai 2026 à 13 h 30     art. 4, 6°',
      ].join('\n'),
    ].map((fields) => ({
      name: `publication and receipt dates as labelled fields, 14 days: ${fields.split('\n').at(-1)}`,
      code: notice('', `\n${fields}\n`),
      errors: [{ messageId: 'tooShort', severity: 'error' as const, message: /14 jours après la diffusion du lundi 4 mai 2026/ }],
    })),
    // The notice's diffusion stated in a sentence (no `diffusion` key, no field), in an aside, a relative clause, a noun of
    // publishing, in English.
    ...[
      'Le Centre sollicite, par le présent avis — lequel sera diffusé dans le SEAO le lundi 4 mai 2026 —, des soumissions.',
      "L'avis d'appel d'offres, qui a été publié dans le système électronique d'appel d'offres le 4 mai 2026, tient lieu de document.",
      "Dès la diffusion de l'avis, le lundi 4 mai 2026, les documents peuvent être obtenus dans le SEAO.",
      'This notice, which will be posted on SEAO on Monday, May 4, 2026, invites tenders.',
      // A legal drafter's sentence: the system's long name and the short name it defines stand between the verb and its date.
      "Le Centre invite, par le présent avis publié sur le système électronique d'appel d'offres du gouvernement du Québec (ci-après appelé le « SEAO ») le lundi 4 mai 2026, les entreprises à soumissionner.",
      'By this notice, posted on the Government of Québec’s electronic tendering system, hereinafter the “SEAO”, on Monday, May 4, 2026, the Centre invites tenders.',
      // As a web page saved with its HTML writes it, its character references read (a defect twin of the twenty-sixth audit round).
      'Le présent avis, diffusé dans le système électronique d&rsquo;appel d&rsquo;offres le lundi 4 mai 2026, sollicite des soumissions.',
      'This notice, which will be posted on the Québec government&rsquo;s electronic tendering system on Monday, May 4, 2026, invites tenders.',
    ].map((sentence) => ({
      name: `the diffusion stated in a sentence, 14 days: « ${sentence} »`,
      code: notice('', `\n${sentence}\n\nLes soumissions doivent parvenir au plus tard le lundi 18 mai 2026 à 13 h 30.\n`),
      errors: [{ line: 16, messageId: 'tooShort', severity: 'error' as const, message: /14 jours après la diffusion du lundi 4 mai 2026/ }],
    })),
    // The receipt stated with its obligation written otherwise than by « doit » (the layout variant « avoir l'obligation de » of
    // a defect twin of the twenty-sixth audit round), read in its plain form as a unit's obligation is.
    ...[
      "Toute soumission a pour obligation de parvenir au Service de l'approvisionnement au plus tard le lundi 18 mai 2026 à 13 h 30.",
      'Tenders are required to reach the Purchasing Department no later than Monday, May 18, 2026, at 1:30 p.m.',
      'Each bid needs to reach the Purchasing Department by Monday, May 18, 2026, at 1:30 p.m.',
    ].map((sentence) => ({
      name: `the receipt's obligation as a periphrasis, 14 days: « ${sentence} »`,
      code: notice('diffusion: 2026-05-04', `\n${sentence}\n`),
      errors: [{ line: 14, messageId: 'tooShort', severity: 'error' as const, message: /14 jours après la diffusion du lundi 4 mai 2026/ }],
    })),
    {
      name: '14 days: error with the earliest lawful date, and a fix moving the front-matter dates',
      code: notice(moments('2026-03-02', '2026-03-16')),
      errors: [{ line: 8, column: 20, messageId: 'tooShort', severity: 'error', message: /14 jours.*au moins 15 jours.*mardi 17 mars 2026/ }],
      output: notice(moments('2026-03-02', '2026-03-17')),
    },
    {
      name: 'D+15 on Good Friday: the fix goes to the next jour ouvrable (2016-03-29)',
      code: notice(moments('2016-03-10', '2016-03-22')),
      errors: [{ message: /mardi 29 mars 2016/ }],
      output: notice(moments('2016-03-10', '2016-03-29')),
    },
    {
      name: 'below the public tender threshold: information (art. 3)',
      code: notice(`montant-estime: 60000\n${moments('2026-03-02', '2026-03-10')}`),
      errors: [{ severity: 'information', message: /seuil/ }],
    },
    {
      name: 'threshold from the settings',
      code: notice(`montant-estime: 120000\n${moments('2026-03-02', '2026-03-10')}`),
      settings: { publicTenderThreshold: 133_800 },
      errors: [{ severity: 'information' }],
    },
    {
      name: 'the fix also rewrites the date where the text states it, weekday included',
      code: notice(
        'diffusion: 2026-05-04',
        '\nLes soumissions doivent parvenir au plus tard le lundi 11 mai 2026 à 13 h 30, au 1050, boul. René-Lévesque Est, Québec.\nElles seront ouvertes publiquement le même jour, à la même heure.\n',
      ),
      errors: [{ line: 14 }],
      output: notice(
        'diffusion: 2026-05-04',
        '\nLes soumissions doivent parvenir au plus tard le mardi 19 mai 2026 à 13 h 30, au 1050, boul. René-Lévesque Est, Québec.\nElles seront ouvertes publiquement le même jour, à la même heure.\n',
      ),
    },
  ],
});

ruleTester('deadline-closing-on-working-day', {
  valid: [
    { name: 'a Thursday', code: notice(moments('2026-03-02', '2026-03-19')) },
    { name: '26 December is a jour ouvrable under I-16', code: notice(moments('2025-12-01', '2025-12-26')) },
  ],
  invalid: [
    {
      name: 'Good Friday 2026',
      code: notice(moments('2026-03-02', '2026-04-03')),
      errors: [{ line: 8, column: 20, messageId: 'holiday', severity: 'warning', message: /Vendredi saint.*art\. 52.*mardi 7 avril 2026/ }],
      output: notice(moments('2026-03-02', '2026-04-07')),
    },
    { name: 'Saint-Jean-Baptiste (24 June)', code: notice(moments('2026-06-01', '2026-06-24')), errors: [{ message: /fête nationale/ }] },
    { name: 'a Saturday', code: notice(moments('2026-03-02', '2026-03-21')), errors: [{ message: /samedi.*lundi 23 mars 2026/ }] },
    {
      name: '26 December when configured closed',
      code: notice(moments('2025-12-01', '2025-12-26')),
      settings: { closedJan2Dec26: true },
      errors: [{ message: /26 décembre/ }],
    },
    {
      name: 'an extra holiday from the settings',
      code: notice(moments('2026-10-01', '2026-11-11')),
      settings: { extraHolidays: ['2026-11-11'] },
      errors: [{ message: /supplémentaire/ }],
    },
  ],
});

ruleTester('deadline-opening-at-receipt-limit', {
  valid: [
    { name: 'same date and time', code: notice(moments('2026-03-02', '2026-03-19')) },
    {
      name: '"le même jour, à la même heure" in the text',
      code: notice(
        'diffusion: 2026-05-04',
        '\nLes soumissions doivent parvenir au plus tard le 21 mai 2026 à 13 h 30. Elles seront ouvertes publiquement le même jour, à la même heure.\n',
      ),
    },
    // The opening right after the limit, a little later that day: the time agrees with the words.
    {
      name: '"immédiatement après l\'heure limite", a few minutes later',
      code: notice(
        'diffusion: 2026-05-04',
        "\nLes soumissions doivent parvenir au plus tard le 21 mai 2026 à 13 h 30.\n\nOuverture publique : le 21 mai 2026 à 13 h 35.\n\nLes soumissions sont ouvertes immédiatement après l'heure limite de réception.\n",
      ),
    },
  ],
  invalid: [
    // The documents say the bids are opened at the receipt limit, and give another time in a table or a field (the pandoc
    // twin of the twenty-eighth audit round): they contradict themselves, an error.
    ...[
      [
        'a pandoc table, the opening at the limit in words',
        "\n  -----------------------------------------------------------\n  Élément                   Précisions\n  ------------------------- ---------------------------------\n  Réception des soumissions Au plus tard le jeudi 21 mai 2026\n                            à 11 h, au 1860, 1re Rue, Lévis\n\n  Ouverture publique        Le jeudi 21 mai 2026 à 14 h, au\n                            1860, 1re Rue, Lévis\n  -----------------------------------------------------------\n\nLes soumissions sont ouvertes publiquement à la date et à l'heure limites fixées pour leur réception.\n",
      ],
      [
        'fields in English, the opening at the closing time',
        '\n**Closing date:** May 21, 2026 at 11:00 a.m.\n\n**Public opening:** May 21, 2026 at 2:00 p.m.\n\nTenders will be opened publicly at the closing time, at the same address.\n',
      ],
    ].map(([name, body]) => ({
      name,
      code: notice('diffusion: 2026-05-04', body),
      errors: [{ messageId: 'contradictsOpeningAtLimit', severity: 'error' as const, message: /14 h 00.*11 h 00.*art\. 11|2:00 PM|14:00.*11:00.*s\. 11/ }],
      output: null,
    })),
    // The receipt at the limit (« reçues à l'heure limite ») is not the opening's: a warning still.
    {
      name: 'the receipt said at the limit, the opening later',
      code: notice(
        'diffusion: 2026-05-04',
        "\nLes soumissions doivent être reçues au plus tard le 21 mai 2026 à 11 h, à l'heure limite.\n\nOuverture publique : le 21 mai 2026 à 14 h.\n",
      ),
      errors: [{ messageId: 'notAtReceiptLimit', severity: 'warning' }],
      output: null,
    },
    {
      name: 'opening the next day',
      code: notice(moments('2026-03-02', '2026-03-19', '2026-03-20')),
      errors: [{ line: 9, column: 20, messageId: 'notAtReceiptLimit', severity: 'warning', message: /art\. 11/ }],
      output: notice(moments('2026-03-02', '2026-03-19', '2026-03-19')),
    },
    {
      name: 'opening at another time',
      code: notice(`diffusion: 2026-03-02\nreception: ${at('2026-03-19')}\nouverture: ${at('2026-03-19', '15:00')}`),
      errors: [{ message: /15 h 00.*14 h 00/ }],
      output: notice(`diffusion: 2026-03-02\nreception: ${at('2026-03-19')}\nouverture: ${at('2026-03-19', '14:00')}`),
    },
  ],
});

const addenda = (items: string) => `${moments('2026-03-02', '2026-03-19')}\naddenda:\n${items}`;

ruleTester('addendum-seven-days', {
  valid: [
    { name: 'sent 7 days before the closing', code: notice(addenda('  - { numero: 1, date: 2026-03-12, incidence-prix: true }')) },
    { name: 'no price impact', code: notice(addenda('  - { numero: 1, date: 2026-03-17, incidence-prix: false }')) },
    { name: 'postponed to 7 days after', code: notice(addenda('  - { numero: 1, date: 2026-03-17, incidence-prix: true, report-reception: 2026-03-24 }')) },
  ],
  invalid: [
    {
      name: 'sent 2 days before, not postponed: the fix adds report-reception (flow mapping)',
      code: notice(addenda('  - { numero: 1, date: 2026-03-17, incidence-prix: true }')),
      errors: [{ line: 11, column: 5, messageId: 'postponementMissing', severity: 'error', message: /2 jours.*mardi 24 mars 2026/ }],
      output: notice(addenda('  - { numero: 1, date: 2026-03-17, incidence-prix: true, report-reception: 2026-03-24 }')),
    },
    {
      name: 'block mapping: the fix adds a line',
      code: notice(addenda('  - numero: 1\n    date: 2026-03-17\n    incidence-prix: true')),
      errors: [{ severity: 'error' }],
      output: notice(addenda('  - numero: 1\n    date: 2026-03-17\n    incidence-prix: true\n    report-reception: 2026-03-24')),
    },
    {
      name: 'postponement too short',
      code: notice(addenda('  - { numero: 1, date: 2026-03-17, incidence-prix: true, report-reception: 2026-03-20 }')),
      errors: [{ message: /report.*3 jours/ }],
      output: notice(addenda('  - { numero: 1, date: 2026-03-17, incidence-prix: true, report-reception: 2026-03-24 }')),
    },
    {
      name: 'price impact not stated: warning',
      code: notice(addenda('  - { numero: 2, date: 2026-03-16 }')),
      errors: [{ severity: 'warning', message: /incidence-prix/ }],
    },
    {
      name: 'below the threshold: information',
      code: notice(`montant-estime: 50000\n${addenda('  - { numero: 1, date: 2026-03-17, incidence-prix: true }')}`),
      errors: [{ severity: 'information' }],
    },
  ],
});

/**
 * The documents' own clause on addenda (art. 9 al. 2), with no addendum issued yet: a period under 7 days (in
 * figures or words, calendar or working days, hours), or the receipt limit kept, is the breach written in advance.
 * The clause is line 16 of the notice.
 */
const clause = (text: string) => notice(moments('2026-03-02', '2026-03-19'), `\n${text}\n`);

ruleTester('addendum-seven-days', {
  valid: [
    {
      name: "the regulation's period, with the postponement",
      code: clause(
        "Un addenda pouvant influer sur les prix est diffusé au moins sept (7) jours avant la date limite de réception; sinon, celle-ci est reportée d'autant.",
      ),
    },
    {
      name: 'seven working days: more than 7 days',
      code: clause('Un addenda susceptible de modifier les prix est transmis au moins 7 jours ouvrables avant la date limite de réception.'),
    },
    {
      name: 'no later than seven days before (English)',
      code: clause('Any addendum likely to affect prices will be issued no later than seven (7) days before the closing date.'),
    },
    {
      name: 'a last day for addenda that falls 7 days before',
      code: clause(
        'Un addenda susceptible de modifier les prix est transmis au plus tard le jeudi 12 mars 2026, soit sept jours avant la date limite de réception.',
      ),
    },
    {
      name: "the questions' limit, though the answers come by addendum",
      code: clause(
        'Les questions doivent être reçues au moins 3 jours avant la date limite, et les réponses qui peuvent modifier les prix sont transmises par addenda.',
      ),
    },
    {
      name: 'an addendum without effect on prices, sent late without postponement',
      code: clause('An addendum that has no effect on prices may be issued up to two (2) days before the closing date, without any postponement.'),
    },
    {
      name: "the bidder's acknowledgment of an addendum, not its sending",
      code: clause('Le soumissionnaire accuse réception de tout addenda pouvant modifier les prix au moins 2 jours avant la date limite de réception.'),
    },
    {
      name: 'the limit kept when 7 days remain',
      code: clause(
        "Si l'addenda susceptible de modifier les prix est transmis au moins sept jours avant la date limite de réception, celle-ci n'est pas reportée.",
      ),
    },
  ],
  invalid: [
    {
      name: 'two working days, in words (French)',
      code: clause('Tout addenda pouvant modifier les prix sera diffusé au plus tard deux (2) jours ouvrables avant la date de clôture.'),
      errors: [{ line: 16, messageId: 'clausePeriodTooShort', severity: 'error', message: /2 jours ouvrables avant.*au moins 7 jours/ }],
    },
    {
      name: 'no later than five days before (English)',
      code: clause('Any addendum likely to affect prices will be issued no later than five (5) days before the closing date.'),
      settings: { locale: 'en' },
      errors: [{ line: 16, messageId: 'clausePeriodTooShort', message: /as late as 5 days before.*at least 7 days/ }],
    },
    {
      name: 'in hours',
      code: clause('An addendum that may affect prices is issued at least 72 hours before the closing time.'),
      errors: [{ line: 16, messageId: 'clausePeriodTooShort', message: /72 heures/ }],
    },
    {
      name: 'the negative form: none sent less than four days before',
      code: clause('Aucun addenda ayant une incidence sur les prix ne sera transmis moins de quatre jours avant la date limite de réception des soumissions.'),
      errors: [{ line: 16, messageId: 'clausePeriodTooShort', message: /4 jours/ }],
    },
    {
      name: 'no postponement, no period',
      code: clause("Un addenda susceptible de modifier les prix n'entraîne aucun report de la date limite de réception des soumissions."),
      errors: [{ line: 16, messageId: 'clauseKeepsDeadline', severity: 'error' }],
    },
    {
      name: 'a short period and a closing date that will not be postponed (English)',
      code: clause('If an addendum may affect prices, it will be sent no later than 3 days before the closing date, which will not be postponed.'),
      settings: { locale: 'en' },
      errors: [{ line: 16, messageId: 'clausePeriodTooShort', message: /3 days.*without postponing it/ }],
    },
  ],
});

/**
 * The clause that weakens art. 9 al. 2: the postponement left to the body's judgement is a breach (error); the 7 days
 * only « dans la mesure du possible », with no postponement said, a doubt (warning). The clause is line 16.
 */
ruleTester('addendum-seven-days', {
  valid: [
    {
      name: 'the modal governs the sending, not the postponement',
      code: clause(
        "Un addenda susceptible de modifier les prix est diffusé au moins sept jours avant la date limite de réception; s'il ne peut l'être, l'organisme reporte cette date d'autant de jours qu'il le faut.",
      ),
    },
    {
      name: 'the 7 days where possible, the limit postponed otherwise',
      code: clause(
        "Autant que possible, un addenda pouvant influer sur les prix est transmis au moins sept jours avant la date limite de réception; à défaut, celle-ci est reportée d'autant.",
      ),
    },
    {
      name: 'the 7 days where possible, the deadline extended otherwise (English)',
      code: clause(
        'Where practicable, an addendum that may affect prices is issued at least seven days before the closing date; otherwise the closing date will be extended accordingly.',
      ),
    },
  ],
  invalid: [
    {
      name: 'the postponement at the body’s discretion (French)',
      code: clause(
        'Tout addenda susceptible de modifier les prix est transmis au moins sept jours avant la date limite de réception; sinon, l’organisme pourra, à sa discrétion, reporter celle-ci.',
      ),
      errors: [{ line: 16, messageId: 'clausePostponementDiscretionary', severity: 'error', message: /jugement.*art\. 9, al\. 2/ }],
    },
    {
      name: 'the closing date that may be extended (English)',
      code: clause(
        'An addendum that may affect prices is issued at least seven (7) days before the closing date, failing which the closing date may be extended.',
      ),
      settings: { locale: 'en' },
      errors: [{ line: 16, messageId: 'clausePostponementDiscretionary', severity: 'error', message: /judgement.*s\. 9, para\. 2/ }],
    },
    {
      name: 'the 7 days only where possible, no postponement said (English)',
      code: clause('Where possible, any addendum likely to affect prices will be issued no later than seven (7) days before the closing date.'),
      settings: { locale: 'en' },
      errors: [{ line: 16, messageId: 'clausePeriodWeakened', severity: 'warning', message: /only where possible/ }],
    },
    {
      name: "a dossier's instructions (type document) that leave the postponement to judgement",
      code: "---\ntype: document\npartie: regie\nnumero: AO-2026-01\n---\n\n# Régie\n\nUn addenda influant sur les prix est diffusé au moins sept jours avant la date limite de réception; à défaut, l'organisme peut reporter cette date s'il le juge opportun.\n",
      errors: [{ line: 9, messageId: 'clausePostponementDiscretionary', severity: 'error' }],
    },
    {
      name: 'the 7 days « si possible », no postponement said',
      code: clause('Si possible, un addenda ayant une incidence sur les prix est publié au moins 7 jours avant la date limite de réception.'),
      errors: [{ line: 16, messageId: 'clausePeriodWeakened', severity: 'warning' }],
    },
  ],
});

/**
 * The documents' own schedule against art. 9 al. 2 (receipt limit Thursday 19 March 2026): a calendar's last day for an
 * addendum that may affect prices, or a log's addendum with an effect on prices, less than 7 days before the limit.
 */
ruleTester('addendum-seven-days', {
  valid: [
    {
      name: "a calendar's last day 7 days before",
      code: clause('| Étape | Date |\n|---|---|\n| Dernier addenda pouvant modifier les prix | jeudi 12 mars 2026 |'),
    },
    {
      name: 'an addendum without effect on prices, late',
      code: clause('| Étape | Date |\n|---|---|\n| Dernier addenda sans incidence sur les prix | mardi 17 mars 2026 |'),
    },
    { name: "a log's addendum without effect on prices", code: clause('| Addendum | Issued | Price impact |\n|---|---|---|\n| No. 3 | March 17, 2026 | No |') },
    {
      name: 'the limit the period counts back from, not the addendum’s day',
      code: clause('Un addenda pouvant modifier les prix est transmis au moins sept jours avant la date limite de réception du jeudi 19 mars 2026.'),
    },
  ],
  invalid: [
    {
      name: "a calendar's last day 3 days before (English)",
      code: clause('| Step | Date |\n|---|---|\n| Last day to issue an addendum affecting prices | March 16, 2026 |'),
      settings: { locale: 'en' },
      errors: [{ line: 18, messageId: 'scheduledAddendumTooLate', severity: 'error', message: /until Monday, March 16, 2026, 3 days before/ }],
    },
    {
      name: 'a field of the calendar, 3 days before',
      code: clause('**Dernier jour pour un addenda modifiant les prix :** lundi 16 mars 2026'),
      errors: [{ line: 16, messageId: 'scheduledAddendumTooLate', severity: 'error', message: /3 jours avant/ }],
    },
    {
      name: "a log's addendum with an effect on prices 6 days before (English)",
      code: clause('| Addendum | Issued | Price impact |\n|---|---|---|\n| No. 1 | March 13, 2026 | Yes (revised price schedule) |'),
      settings: { locale: 'en' },
      errors: [{ line: 18, messageId: 'loggedAddendumTooLate', severity: 'error', message: /6 days before/ }],
    },
    {
      name: "a calendar's last day 3 days before, the documents stating the postponement: a doubt",
      code: clause(
        "| Étape | Date |\n|---|---|\n| Dernier addenda pouvant modifier les prix | lundi 16 mars 2026 |\n\nUn addenda pouvant modifier les prix est transmis au moins sept jours avant la date limite; sinon, celle-ci est reportée d'autant.",
      ),
      errors: [{ line: 18, messageId: 'scheduledAddendumTooLate', severity: 'warning' }],
    },
  ],
});
