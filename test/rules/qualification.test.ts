import { ruleTester } from '../ruleTester.js';

function qualification(front: string, body: string): string {
  return `---
type: avis-qualification
organisme: { nom: Ministère des Transports }
titre: Qualification de firmes en services de laboratoire
accords: [ACI, ACCQO]
renseignements: Mme Julie Roy, julie.roy@transports.gouv.qc.ca
${front}
---

# Avis de qualification

Les documents ne peuvent être obtenus que par l'intermédiaire du SEAO.

${body}
`;
}
const REPUBLISHED = "Le présent avis sera publié à nouveau au moins une fois l'an pendant la période de validité de la liste.";
const dates = (from: string, to: string, months = 36) => `qualification: { diffusion: ${from}, reception: ${to}, validite-mois: ${months} }`;

/** The requests' receipt given under `qualification` with its time and place, as the notice's `reception` is (fifteenth audit). */
const RECEIPT_OBJECT = (to: string) =>
  `qualification: { diffusion: 2026-03-02, reception: { date: ${to}, heure: "11:00", lieu: "700, boul. René-Lévesque Est, Québec" }, validite-mois: 36 }`;

ruleTester('deadline-qualification-period', {
  valid: [{ name: '25 days', code: qualification(dates('2026-03-02', '2026-03-27'), REPUBLISHED) }],
  invalid: [
    {
      name: '20 days: error, no relaxation below the threshold, fix to the earliest jour ouvrable',
      code: qualification(`montant-estime: 50000\n${dates('2026-03-02', '2026-03-22')}`, REPUBLISHED),
      errors: [{ line: 8, column: 52, messageId: 'tooShort', severity: 'error', message: /20 jours.*25 jours.*art\. 43, al\. 1, par\. 1°|20 jours.*25 jours/ }],
      output: qualification(`montant-estime: 50000\n${dates('2026-03-02', '2026-03-27')}`, REPUBLISHED),
    },
    {
      name: '20 days, the receipt given as { date, heure, lieu }: the fix changes its date only',
      code: qualification(`montant-estime: 50000\n${RECEIPT_OBJECT('2026-03-22')}`, REPUBLISHED),
      errors: [{ line: 8, messageId: 'tooShort', severity: 'error', message: /20 jours.*25 jours/ }],
      output: qualification(`montant-estime: 50000\n${RECEIPT_OBJECT('2026-03-27')}`, REPUBLISHED),
    },
    // The limit written only in the notice's text, words between the requests and their verb (seventh audit).
    ...[
      "La demande de qualification, dans une enveloppe scellée portant le numéro du présent avis, est déposée au Service de l'approvisionnement au plus tard le vendredi 20 mars 2026 à 11 h.",
      "Toute demande de qualification, accompagnée des documents exigés à l'article 4 et signée par un dirigeant, doit parvenir au Service de l'approvisionnement au plus tard le vendredi 20 mars 2026 à 11 h.",
    ].map((sentence) => ({
      name: `18 days, the limit in the text: ${sentence.slice(0, 50)}…`,
      code: qualification('qualification: { diffusion: 2026-03-02 }', `${sentence} ${REPUBLISHED}`),
      errors: [{ line: 14, messageId: 'tooShort', severity: 'error' as const, message: /18 jours.*25 jours/ }],
      // The fix moves the limit to the earliest lawful day where the text states it.
      output: qualification('qualification: { diffusion: 2026-03-02 }', `${sentence} ${REPUBLISHED}`).replace('20 mars 2026', '27 mars 2026'),
    })),
  ],
});

ruleTester('qualification-notice-items', {
  valid: [
    { name: 'the receipt’s date, time and place under qualification', code: qualification(RECEIPT_OBJECT('2026-03-27'), REPUBLISHED) },
    { name: 'front-matter and SEAO mention', code: qualification(dates('2026-03-02', '2026-03-27'), REPUBLISHED) },
    {
      name: 'no bid security, options or no-obligation clause needed (art. 43 par. 1°)',
      code: qualification(
        '',
        `Les demandes de qualification doivent être reçues au plus tard le 27 mars 2026 à 11 h, au 700, boul. René-Lévesque Est. ${REPUBLISHED}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'no receipt limit and no SEAO mention',
      code: qualification('', REPUBLISHED).replace("Les documents ne peuvent être obtenus que par l'intermédiaire du SEAO.", ''),
      errors: [
        { line: 10, column: 1, messageId: 'itemMissing', message: /5\.1°/ },
        { line: 10, column: 1, messageId: 'itemMissing', message: /6°/ },
      ],
      // The SEAO clause is inserted; the receipt limit, a fact of the call, is the drafter's to state.
      output: `${qualification('', REPUBLISHED).replace("Les documents ne peuvent être obtenus que par l'intermédiaire du SEAO.", '')}\nLes documents d’appel d’offres ne peuvent être obtenus que par l’intermédiaire du système électronique d’appel d’offres (SEAO).\n`,
    },
  ],
});

/** The notice's dates without the list's validity, which its text states (line 14: the first line of `body`). */
const DATES_ONLY = "qualification: { diffusion: 2026-03-02, reception: '2026-03-27' }";

ruleTester('qualification-list-validity', {
  valid: [
    { name: '36 months', code: qualification(dates('2026-03-02', '2026-03-27', 36), REPUBLISHED) },
    {
      name: 'in the text only: three years',
      code: qualification(DATES_ONLY, `La liste des prestataires qualifiés sera valide pendant trois ans. ${REPUBLISHED}`),
    },
    {
      name: 'the text and the key agree (two years, 24 months)',
      code: qualification(dates('2026-03-02', '2026-03-27', 24), `The list is valid for two (2) years. ${REPUBLISHED}`),
    },
    { name: 'the list’s validity named without a period', code: qualification(DATES_ONLY, REPUBLISHED) },
  ],
  invalid: [
    {
      name: '48 months',
      code: qualification(dates('2026-03-02', '2026-03-27', 48), REPUBLISHED),
      errors: [{ line: 7, column: 79, messageId: 'tooLong', severity: 'error', message: /48 mois/ }],
      output: qualification(dates('2026-03-02', '2026-03-27', 36), REPUBLISHED),
    },
    {
      name: 'in the text only: 48 months (the seventh audit’s twin)',
      code: qualification(DATES_ONLY, `La liste est valide pour une période de quarante-huit (48) mois à compter de sa publication. ${REPUBLISHED}`),
      errors: [{ line: 14, column: 1, messageId: 'tooLongInText', severity: 'error', message: /48 mois.*36 mois/ }],
      output: null,
    },
    {
      name: 'in a field, in years',
      code: qualification(DATES_ONLY, `**Validité de la liste :** 5 ans à compter de sa publication dans le SEAO.\n\n${REPUBLISHED}`),
      errors: [{ line: 14, messageId: 'tooLongInText', message: /60 mois/ }],
      output: null,
    },
    {
      name: 'English, another verb',
      code: qualification(DATES_ONLY, `The list of qualified firms shall remain in effect for four years. ${REPUBLISHED}`),
      settings: { locale: 'en' },
      errors: [{ line: 14, messageId: 'tooLongInText', message: /48 months/ }],
      output: null,
    },
    {
      name: 'the text differs from the key',
      code: qualification(dates('2026-03-02', '2026-03-27', 36), `La liste demeurera en vigueur pendant 24 mois. ${REPUBLISHED}`),
      errors: [{ line: 14, messageId: 'differsFromFrontMatter', severity: 'error', message: /24 mois.*36 mois/ }],
      output: null,
    },
  ],
});

ruleTester('qualification-yearly-republication', {
  valid: [
    { name: '"publié à nouveau au moins une fois l\'an"', code: qualification(dates('2026-03-02', '2026-03-27'), REPUBLISHED) },
    { name: '"republié annuellement"', code: qualification(dates('2026-03-02', '2026-03-27'), "L'avis sera republié annuellement dans le SEAO.") },
  ],
  invalid: [
    {
      name: 'no mention',
      code: qualification(dates('2026-03-02', '2026-03-27'), 'La liste sera valide trois ans.'),
      errors: [{ line: 10, column: 1, messageId: 'republicationMissing', severity: 'warning' }],
      output: qualification(dates('2026-03-02', '2026-03-27'), 'La liste sera valide trois ans.').replace(
        'La liste sera valide trois ans.',
        'La liste sera valide trois ans.\n\nLe présent avis de qualification sera publié de nouveau dans le SEAO au moins une fois par année, afin de permettre à d’autres prestataires de services de se qualifier pendant la durée de validité de la liste.',
      ),
    },
  ],
});
