import { ruleTester } from '../ruleTester.js';

function notice(front: string, body: string): string {
  return `---
type: avis
organisme: { nom: Ville de Lévis }
titre: Services de déneigement
accords: aucun
renseignements: Service de l'approvisionnement, 418 835-4960
${front}
---

# Avis

Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.

${body}

La Ville ne s'engage à accepter aucune des soumissions reçues.
`;
}
const fm = `diffusion: 2012-06-20
reception: { date: 2012-07-11, heure: "15:00", lieu: "2175, chemin du Fleuve, Lévis" }
ouverture: { date: 2012-07-11, heure: "15:00", lieu: "2175, chemin du Fleuve, Lévis" }`;

ruleTester('date-weekday-mismatch', {
  valid: [
    { name: '"le mercredi 11 juillet 2012 à 15 h"', code: notice(fm, 'Les soumissions doivent être reçues au plus tard le mercredi 11 juillet 2012 à 15 h.') },
    { name: 'no weekday written', code: notice(fm, 'Les soumissions doivent être reçues au plus tard le 11 juillet 2012, 15 h 00.') },
    { name: 'capitalised weekday, "1er"', code: notice(fm, 'Visite des lieux : Dimanche 1er juillet 2012.') },
    // A date written wholly in words, as a notary writes it: the year and the time read as their figures.
    {
      name: 'the year and the time in words: « le mercredi onze juillet deux mille douze, à quinze heures »',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le mercredi onze juillet deux mille douze, à quinze heures.'),
    },
  ],
  invalid: [
    {
      name: 'the year in words: « le jeudi onze juillet de l’an deux mille douze » is a Wednesday',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le jeudi onze juillet de l’an deux mille douze, à quinze heures.'),
      errors: [{ line: 16, messageId: 'wrongWeekday', message: /mercredi/ }],
      output: notice(fm, 'Les soumissions doivent être reçues au plus tard le mercredi onze juillet de l’an deux mille douze, à quinze heures.'),
    },
    {
      name: 'the year in words, in English: "Thursday, the eleventh day of July, two thousand and twelve" is a Wednesday',
      code: notice(fm, 'Tenders must be received no later than three o’clock in the afternoon on Thursday, the eleventh day of July, two thousand and twelve.'),
      errors: [{ line: 16, messageId: 'wrongWeekday', message: /Wednesday|mercredi/ }],
      output: notice(
        fm,
        'Tenders must be received no later than three o’clock in the afternoon on Wednesday, the eleventh day of July, two thousand and twelve.',
      ),
    },
    {
      name: '"le jeudi 11 juillet 2012": 11 July 2012 is a Wednesday',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le jeudi 11 juillet 2012 à 15 h.'),
      errors: [{ line: 16, column: 53, messageId: 'wrongWeekday', severity: 'error', message: /mercredi/ }],
      output: notice(fm, 'Les soumissions doivent être reçues au plus tard le mercredi 11 juillet 2012 à 15 h.'),
    },
    {
      name: 'capitals are kept',
      code: notice(fm, 'VISITE : LUNDI 3 JUILLET 2012.'),
      errors: [{ message: /mardi/ }],
      output: notice(fm, 'VISITE : MARDI 3 JUILLET 2012.'),
    },
    {
      name: 'ISO date with a weekday, in any tender document',
      code: notice(fm, 'Séance d’information : vendredi 2012-07-05.'),
      errors: [{ message: /jeudi/ }],
      output: notice(fm, 'Séance d’information : jeudi 2012-07-05.'),
    },
  ],
});

ruleTester('date-contradicts-front-matter', {
  valid: [
    { name: 'same date and time', code: notice(fm, 'Les soumissions doivent être reçues au plus tard le mercredi 11 juillet 2012 à 15 h.') },
    {
      name: 'the public opening on the front-matter’s date',
      code: notice(fm, 'À l’ouverture publique, le mercredi 11 juillet 2012 à 15 h, seuls les noms des soumissionnaires sont divulgués.'),
    },
    { name: 'ISO date', code: notice(fm, 'Date limite de réception des soumissions : 2012-07-11 à 15 h.') },
    { name: 'other dates of the text are not receipt dates', code: notice(fm, 'Les questions doivent être transmises au plus tard le 4 juillet 2012.') },
    { name: 'a validity date is not a receipt date', code: notice(fm, 'Les soumissions déposées demeurent valides jusqu’au 9 octobre 2012.') },
    {
      name: 'a deadline under a receipt heading that is about something else',
      code: notice(
        fm,
        '## Dépôt des soumissions\n\nAu plus tard le 11 juillet 2012 à 15 h.\n\nInscription à la rencontre d’information : avant le 5 juillet 2012.',
      ),
    },
    {
      name: 'a date an addendum postponed the limit to',
      code: notice(
        `${fm}\naddenda:\n  - { numero: 1, date: 2012-07-06, incidence-prix: true, report-reception: 2012-07-16 }`,
        'La date limite de réception des soumissions est reportée au lundi 16 juillet 2012 à 15 h.',
      ),
    },
    {
      name: 'no front-matter date: nothing to contradict',
      code: notice('diffusion: 2012-06-20', 'Les soumissions doivent être reçues au plus tard le 11 juillet 2012 à 15 h.'),
    },
    // A date a period counted from the limit gives is that period's, not the limit's.
    {
      name: 'a date counted from the receipt limit: « N jours avant la date limite …, soit le »',
      code: notice(
        fm,
        'Toute demande de précisions doit parvenir à la Ville au plus tard sept (7) jours avant la date limite de réception des soumissions, soit le 4 juillet 2012.',
      ),
    },
    {
      name: 'the same, « c’est-à-dire au plus tard le », an addendum',
      code: notice(
        fm,
        'Un addenda pouvant modifier les prix sera transmis au moins sept jours avant la date limite de dépôt des soumissions, c’est-à-dire au plus tard le mercredi 4 juillet 2012.',
      ),
    },
    // A limit whose complement names another act is that act's: « Date limite » alone is the receipt's label.
    { name: 'a label « Date limite de signature du contrat : »', code: notice(fm, '**Date limite de signature du contrat :** le lundi 30 juillet 2012.') },
    {
      name: 'a table row « Date limite pour la transmission des pièces manquantes »',
      code: notice(fm, '| Étape | Date |\n|---|---|\n| Date limite pour la transmission des pièces manquantes | 20 juillet 2012 |'),
    },
    {
      name: 'a date counted from the opening is not the opening',
      code: notice(fm, 'Le soumissionnaire peut retirer sa soumission jusqu’à la veille de l’ouverture des soumissions, soit le 10 juillet 2012.'),
    },
    // A schedule whose column only says its dates are limits: each row's label says whose (a milestone's, not the receipt's).
    {
      name: 'a schedule « Jalon | Date limite ou période »: the milestones’ dates',
      code: notice(
        fm,
        '| Jalon | Date limite ou période |\n|---|---|\n| Réunion de démarrage | vendredi 20 juillet 2012 |\n| Rapport final | au plus tard le vendredi 28 septembre 2012 |',
      ),
    },
    {
      name: 'the relation’s date in parentheses: « (le …) »',
      code: notice(fm, 'Les demandes de précisions doivent parvenir cinq jours ouvrables avant l’ouverture des soumissions (le mercredi 4 juillet 2012).'),
    },
    {
      name: 'the relation’s date in parentheses: « (au plus tard le …) », a label list',
      code: notice(fm, '**Addenda :** transmis au moins sept (7) jours avant la date limite de dépôt des soumissions (au plus tard le 4 juillet 2012).'),
    },
    {
      name: 'the relation’s date in a parenthesis before it: « le 4 juillet 2012 (sept jours avant la date limite) »',
      code: notice(
        fm,
        'Un addenda pouvant modifier les prix est transmis au plus tard le 4 juillet 2012 (sept jours avant la date limite de réception des soumissions).',
      ),
    },
    // What follows a moment — its results, its report, their publication — is not the moment.
    {
      name: 'the opening’s results, published later: a sentence',
      code: notice(fm, 'Le résultat de l’ouverture des soumissions est publié dans le SEAO au plus tard le 17 juillet 2012.'),
    },
    {
      name: '« Rapport d’ouverture » as a label',
      code: notice(fm, '**Rapport d’ouverture :** 13 juillet 2012.'),
    },
    // The opening's sentence joined to the one about its results (a definition's lines, a semicolon): the later date is the results'.
    {
      name: 'the opening, then its results’ publication after a semicolon: the later date is the results’',
      code: notice(
        fm,
        'Les soumissions sont ouvertes publiquement à 15 h; le résultat de l’ouverture est publié dans le SEAO au plus tard le 17 juillet 2012.',
      ),
    },
    {
      name: 'the opening, then its report, a definition’s lines joined (« . : »): the later date is the report’s',
      code: notice(
        fm,
        'Ouverture : Les soumissions sont ouvertes publiquement au lieu indiqué. : Le procès-verbal d’ouverture est transmis aux soumissionnaires le 16 juillet 2012.',
      ),
    },
  ],
  invalid: [
    {
      name: 'receipt date in the text differs from the front-matter',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le jeudi 12 juillet 2012 à 15 h.'),
      errors: [{ line: 16, column: 53, messageId: 'dateDiffers', severity: 'error', message: /jeudi 12 juillet 2012.*mercredi 11 juillet 2012/ }],
      output: notice(fm, 'Les soumissions doivent être reçues au plus tard le mercredi 11 juillet 2012 à 15 h.'),
    },
    {
      name: 'opening date in the text differs',
      code: notice(fm, 'Les soumissions seront ouvertes publiquement le 12 juillet 2012 à 15 h.'),
      errors: [{ message: /ouverture/ }],
      output: notice(fm, 'Les soumissions seront ouvertes publiquement le 11 juillet 2012 à 15 h.'),
    },
    {
      name: 'a deadline under a receipt heading counts as the receipt date',
      code: notice(fm, '## Dépôt des soumissions\n\nAu plus tard le 12 juillet 2012 à 15 h.'),
      errors: [{ line: 18, message: /12 juillet/ }],
    },
    // An HTML comment (a reviewer's note) is no text of the sentence it sits in: the date after it is still the moment's.
    {
      name: 'a reviewer’s comment before the date',
      code: notice(fm, 'Les soumissions seront ouvertes publiquement, <!-- revoir la date limite de réception --> le jeudi 12 juillet 2012 à 15 h.'),
      errors: [{ line: 16, messageId: 'dateDiffers', message: /jeudi 12 juillet 2012 comme date d'ouverture/ }],
    },
    {
      name: 'a reviewer’s comment before a date a page break parts from its year (English)',
      code: notice(
        fm,
        'Tenders will be opened in public, <!-- check the closing date --> on Thursday, July 12,\nPage 2 of 9\n2012 at 3:00 p.m.\n\nText.\n\nPage 3 of 9\n\nText.\n\nPage 4 of 9',
      ),
      errors: [{ line: 16, messageId: 'dateDiffers', message: /12 juillet 2012 comme date d'ouverture/ }],
    },
    {
      name: 'a limit counted from the notice’s publication is the limit',
      code: notice(fm, 'Les soumissions doivent être déposées au plus tard 21 jours après la publication de l’avis, soit le 12 juillet 2012 à 15 h.'),
      errors: [{ message: /12 juillet 2012.*11 juillet 2012/ }],
      output: notice(fm, 'Les soumissions doivent être déposées au plus tard 21 jours après la publication de l’avis, soit le 11 juillet 2012 à 15 h.'),
    },
    {
      name: 'a receipt limit counted from the opening is the receipt’s',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard deux jours avant l’ouverture, soit le 9 juillet 2012.'),
      errors: [{ message: /9 juillet 2012 comme date limite de réception/ }],
      output: notice(fm, 'Les soumissions doivent être reçues au plus tard deux jours avant l’ouverture, soit le 11 juillet 2012.'),
    },
    // The moment's own date after the period counted to it: without apposition, bare in parentheses, « (fixée au …) ».
    ...(
      [
        ['the date the limit is, after the period counted to it without apposition', 'du DATE.'],
        ['the moment’s own date in parentheses after the relation stays the moment’s: a bare date', '(DATE).'],
        ['the moment’s own date in parentheses: « (fixée au …) »', '(fixée au DATE).'],
      ] as const
    ).map(([name, tail]) => {
      const request = (date: string) =>
        notice(fm, `Toute demande de précisions doit parvenir sept jours avant la date limite de réception des soumissions ${tail.replace('DATE', date)}`);
      return {
        name,
        code: request('12 juillet 2012'),
        errors: [{ message: /12 juillet 2012 comme date limite de réception/ }],
        output: request('11 juillet 2012'),
      };
    }),
    {
      name: 'the opening and the publication of its results in one sentence: the opening’s date is the opening’s',
      code: notice(
        fm,
        'L’ouverture publique des soumissions a lieu le 12 juillet 2012 à 15 h et son résultat est publié dans le SEAO dans les quatre jours ouvrables.',
      ),
      errors: [{ message: /12 juillet 2012 comme date d'ouverture/ }],
      output: notice(
        fm,
        'L’ouverture publique des soumissions a lieu le 11 juillet 2012 à 15 h et son résultat est publié dans le SEAO dans les quatre jours ouvrables.',
      ),
    },
    // The opening named as public without the bids, the moment of a sentence about what is disclosed there: its date is
    // the opening's.
    ...[
      ['À l’ouverture publique, le jeudi 12 juillet 2012 à 15 h, seuls les noms des soumissionnaires sont divulgués.', 'jeudi 12', 'mercredi 11'],
      ['Lors de la séance publique d’ouverture du 12 juillet 2012, le secrétaire lit le nom des soumissionnaires.', '12', '11'],
      ['At the public opening, on July 12, 2012 at 3 p.m., only the names of the bidders are disclosed.', '12', '11'],
    ].map(([text, written, front]) => ({
      name: `an opening named as public: « ${text.slice(0, 40)}… »`,
      code: notice(fm, text),
      errors: [{ line: 16, severity: 'error' as const, messageId: 'dateDiffers', message: /12 juillet 2012 comme date d'ouverture/ }],
      output: notice(fm, text.replace(written, front)),
    })),
    {
      name: 'the opening’s own date named after its report (« procès-verbal de l’ouverture du … ») stays the opening’s',
      code: notice(fm, 'Les soumissions sont ouvertes publiquement; le procès-verbal de l’ouverture du 12 juillet 2012 est publié dans le SEAO.'),
      errors: [{ message: /12 juillet 2012 comme date d'ouverture/ }],
      output: notice(fm, 'Les soumissions sont ouvertes publiquement; le procès-verbal de l’ouverture du 11 juillet 2012 est publié dans le SEAO.'),
    },
    {
      name: 'receipt time differs',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le 11 juillet 2012, 11 h 00.'),
      errors: [{ message: /11 h 00.*15 h 00/ }],
      output: null,
    },
  ],
});

// English-language bodies (e.g. Dawson College) write the same dates in English.
const enFm = `diffusion: 2026-10-05
reception: { date: 2026-11-03, heure: "14:00", lieu: "3040 Sherbrooke Street West, Westmount" }
ouverture: { date: 2026-11-03, heure: "14:00", lieu: "3040 Sherbrooke Street West, Westmount" }`;

ruleTester('date-weekday-mismatch', {
  valid: [
    { name: '"Tuesday, November 3, 2026, at 2:00 p.m."', code: notice(enFm, 'Tenders must be received no later than Tuesday, November 3, 2026, at 2:00 p.m.') },
    { name: '"Tuesday 3 November 2026"', code: notice(enFm, 'Site visit: Tuesday 3 November 2026.') },
  ],
  invalid: [
    {
      name: '"Wednesday, November 3, 2026": a Tuesday; the fix writes the English weekday',
      code: notice(enFm, 'Tenders must be received no later than Wednesday, November 3, 2026, at 2:00 p.m.'),
      errors: [{ line: 16, severity: 'error', message: /mardi/ }],
      output: notice(enFm, 'Tenders must be received no later than Tuesday, November 3, 2026, at 2:00 p.m.'),
    },
    {
      name: 'capitals are kept in English',
      code: notice(enFm, 'SITE VISIT: THURSDAY 23 OCTOBER 2026 AT 10 A.M. (OR THURSDAY, OCTOBER 22, 2026).'),
      errors: [{ message: /vendredi/ }],
      output: notice(enFm, 'SITE VISIT: FRIDAY 23 OCTOBER 2026 AT 10 A.M. (OR THURSDAY, OCTOBER 22, 2026).'),
    },
  ],
});

ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'same date and time, the time written first',
      code: notice(enFm, 'Closing date: sealed tenders must be delivered no later than 2:00 p.m. (local time) on Tuesday, November 3, 2026.'),
    },
    { name: '"14:00" and "D Month YYYY"', code: notice(enFm, 'The deadline for receipt of tenders is 3 November 2026 at 14:00.') },
    { name: 'another date of the text is not the receipt date', code: notice(enFm, 'All questions must be sent in writing no later than October 27, 2026.') },
    { name: 'a label "Deadline for posting the award:"', code: notice(enFm, '**Deadline for posting the award:** November 20, 2026.') },
    {
      name: 'a schedule "Milestone | Deadline": the milestones’ dates',
      code: notice(
        enFm,
        '| Milestone | Deadline |\n|---|---|\n| Kick-off meeting | Friday, November 20, 2026 |\n| Final report | no later than January 29, 2027 |',
      ),
    },
    {
      name: 'a date counted from the closing date: "that is, by"',
      code: notice(
        enFm,
        'Requests for clarification must reach the Board no later than five working days before the tender closing date, that is, by October 27, 2026.',
      ),
    },
    {
      name: 'a date counted from the deadline in parentheses: "(i.e. no later than …)"',
      code: notice(
        enFm,
        'Any addendum that may affect prices will be issued at least seven days prior to the deadline for receipt of tenders (i.e. no later than 2026-10-27).',
      ),
    },
    // The same relation said after its date.
    {
      name: 'the date first, then what it is counted from: "by October 27, 2026, i.e. at least seven days before the closing date"',
      code: notice(enFm, 'Any addendum that may affect prices will be issued by October 27, 2026, i.e. at least seven (7) days before the closing date.'),
    },
    {
      name: 'the relation’s date in parentheses: "(by …)"',
      code: notice(enFm, 'Any addendum that may affect prices will be issued at least seven (7) days before the closing date (by Tuesday, October 27, 2026).'),
    },
    {
      name: 'the relation’s date in parentheses: "(no later than …)", counted from the opening',
      code: notice(enFm, 'Bidders may withdraw their tender up to two days prior to the public opening of tenders (no later than November 1, 2026).'),
    },
    {
      name: 'what follows the opening: "Posting of the opening results"',
      code: notice(enFm, 'Posting of the opening results on SEAO: November 6, 2026.'),
    },
    {
      name: 'what follows the opening: "the results of the bid opening will be posted"',
      code: notice(enFm, 'The results of the public opening of tenders will be posted on SEAO no later than November 9, 2026.'),
    },
    {
      name: 'the opening and its results in one sentence: the results’ date is not the opening’s',
      code: notice(
        enFm,
        'Tenders will be opened in public at the address above, and the opening results will be posted on SEAO no later than November 9, 2026.',
      ),
    },
    {
      name: 'la date d’abord, puis ce dont elle est comptée : « le 4 juillet 2012, soit au moins sept jours avant la date limite de réception »',
      code: notice(
        fm,
        'Tout addenda susceptible d’avoir une incidence sur les prix sera transmis au plus tard le mercredi 4 juillet 2012, soit au moins sept (7) jours avant la date limite de réception des soumissions.',
      ),
    },
  ],
  invalid: [
    {
      name: 'closing date in the text differs; the fix keeps the English style',
      code: notice(enFm, 'Closing date: sealed tenders must be delivered no later than 2:00 p.m. on Wednesday, November 4, 2026.'),
      errors: [{ line: 16, severity: 'error', message: /4 novembre 2026.*3 novembre 2026/ }],
      output: notice(enFm, 'Closing date: sealed tenders must be delivered no later than 2:00 p.m. on Tuesday, November 3, 2026.'),
    },
    {
      name: 'public opening date differs, "D Month YYYY"',
      code: notice(enFm, 'Public opening: the tenders will be opened on 5 November 2026 at 2 p.m.'),
      errors: [{ message: /5 novembre 2026 comme date d'ouverture/ }],
      output: notice(enFm, 'Public opening: the tenders will be opened on 3 November 2026 at 2 p.m.'),
    },
    {
      name: '"deadline for receipt", 24-hour time',
      code: notice(enFm, 'The deadline for receipt of tenders is 4 November 2026 at 14:00.'),
      errors: [{ message: /4 novembre 2026 comme date limite de réception/ }],
      output: notice(enFm, 'The deadline for receipt of tenders is 3 November 2026 at 14:00.'),
    },
    {
      name: '"public opening" alone names the opening',
      code: notice(enFm, 'Public opening: Thursday, November 5, 2026, at 2:00 p.m., Room 2C.5.'),
      errors: [{ message: /5 novembre 2026 comme date d'ouverture/ }],
      output: notice(enFm, 'Public opening: Tuesday, November 3, 2026, at 2:00 p.m., Room 2C.5.'),
    },
    {
      name: 'the closing date in parentheses after the relation stays the closing’s',
      code: notice(
        enFm,
        'Requests for clarification must reach the Board at least five days before the closing date (Wednesday, November 4, 2026 at 2:00 p.m.).',
      ),
      errors: [{ message: /4 novembre 2026 comme date limite de réception/ }],
      output: notice(
        enFm,
        'Requests for clarification must reach the Board at least five days before the closing date (Tuesday, November 3, 2026 at 2:00 p.m.).',
      ),
    },
    {
      name: 'a schedule "Milestone | Deadline": the row naming the bids is the receipt’s',
      code: notice(enFm, '| Milestone | Deadline |\n|---|---|\n| Kick-off meeting | November 20, 2026 |\n| Tenders | November 4, 2026 |'),
      errors: [{ message: /4 novembre 2026 comme date limite de réception/ }],
      output: notice(enFm, '| Milestone | Deadline |\n|---|---|\n| Kick-off meeting | November 20, 2026 |\n| Tenders | November 3, 2026 |'),
    },
    {
      name: 'receipt time differs ("noon")',
      code: notice(enFm, 'Tenders must be received by November 3, 2026 at noon.'),
      errors: [{ message: /12 h 00.*14 h 00/ }],
      output: null,
    },
  ],
});

// Tables are read by their columns, not as sentences (issue 13): in a table that records addenda, the date
// column is the addendum's date; a postponement a cell states is checked against the front-matter's
// postponement; a column or row label says what a bare date is, and a time column gives its time.
const postponedFm = `${fm}\naddenda:\n  - { numero: 1, date: 2012-06-29, incidence-prix: false }\n  - { numero: 2, date: 2012-07-09, incidence-prix: true, report-reception: 2012-07-17 }`;

ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'addenda table, "Addenda | Date de publication | Modification": the date column is the addendum\'s',
      code: notice(
        postponedFm,
        '## Addendas\n\n| Addenda | Date de publication | Modification |\n|---|---|---|\n| n° 1 | 29 juin 2012 | Précisions au devis |\n| n° 2 | lundi 9 juillet 2012 | Bordereau modifié; la date limite de réception des soumissions est repoussée au mardi 17 juillet 2012 à 15 h |',
      ),
    },
    {
      name: 'English "Addendum | Date | Description": the closing date postponed in the description',
      code: notice(
        postponedFm,
        '| Addendum | Date | Description |\n|---|---|---|\n| 2 | July 9, 2012 | Closing date postponed to Tuesday, July 17, 2012 at 3:00 p.m.; revised price schedule |',
      ),
    },
    {
      name: 'a postponement of the opening, set at the receipt limit, follows the postponed limit',
      code: notice(
        postponedFm,
        '| No | Transmis le | Effet |\n|---|---|---|\n| 2 | 9 juillet 2012 | L’ouverture publique des soumissions est reportée au 17 juillet 2012 à 15 h |',
      ),
    },
    {
      name: 'a schedule table: the row label names the moment, the time column gives its time',
      code: notice(
        fm,
        '| Étape | Date | Heure |\n|---|---|---|\n| Visite des lieux | 4 juillet 2012 | 10 h |\n| Date limite de réception des soumissions | 11 juillet 2012 | 15 h 00 |',
      ),
    },
    {
      name: 'a schedule table: the row of what follows the opening (« Avis des résultats de l’ouverture ») is not the opening',
      code: notice(
        fm,
        '| Étape | Date |\n|---|---|\n| Ouverture publique des soumissions | 11 juillet 2012 |\n| Avis des résultats de l’ouverture (SEAO) | 16 juillet 2012 |\n| Date de publication des résultats | 17 juillet 2012 |\n| Compte rendu de la séance d&rsquo;ouverture | 18 juillet 2012 |',
      ),
    },
    {
      name: 'a schedule table in English: "Bid opening report" is not the opening',
      code: notice(enFm, '| Milestone | Date |\n|---|---|\n| Public opening | November 3, 2026 |\n| Bid opening report posted on SEAO | November 9, 2026 |'),
    },
    {
      name: 'a postponement the front-matter does not record is no contradiction of the original limit',
      code: notice(fm, 'À la suite de l’addenda n° 2, la date limite de réception des soumissions est reportée au 17 juillet 2012 à 15 h.'),
    },
  ],
  invalid: [
    {
      name: "addenda table postponing to another date than the front-matter's postponement",
      code: notice(postponedFm, '| N° | Date | Objet |\n|---|---|---|\n| 2 | 9 juillet 2012 | Date limite de réception reportée au mercredi 18 juillet 2012 |'),
      errors: [{ line: 21, message: /reporte.*18 juillet 2012.*17 juillet 2012/ }],
      output: notice(postponedFm, '| N° | Date | Objet |\n|---|---|---|\n| 2 | 9 juillet 2012 | Date limite de réception reportée au mardi 17 juillet 2012 |'),
    },
    {
      name: 'English addenda table: closing date extended to the wrong day',
      code: notice(postponedFm, '| Addendum | Date | Description |\n|---|---|---|\n| 2 | July 9, 2012 | The closing date is extended to July 19, 2012. |'),
      errors: [{ message: /19 juillet 2012.*17 juillet 2012/ }],
      output: notice(postponedFm, '| Addendum | Date | Description |\n|---|---|---|\n| 2 | July 9, 2012 | The closing date is extended to July 17, 2012. |'),
    },
    {
      name: 'columns "Réception | Ouverture": a bare date in the opening column is the opening date',
      code: notice(fm, '| Réception des soumissions | Ouverture |\n|---|---|\n| 11 juillet 2012, 15 h | 12 juillet 2012, 15 h |'),
      errors: [{ line: 18, message: /12 juillet 2012 comme date d'ouverture/ }],
      output: notice(fm, '| Réception des soumissions | Ouverture |\n|---|---|\n| 11 juillet 2012, 15 h | 11 juillet 2012, 15 h |'),
    },
    {
      name: 'schedule table: the time column differs from the front-matter time',
      code: notice(fm, '| Étape | Date | Heure |\n|---|---|---|\n| Dépôt des soumissions | 11 juillet 2012 | 11 h 00 |'),
      errors: [{ line: 18, message: /11 h 00.*15 h 00/ }],
      output: null,
    },
  ],
});

// Times however written (issue 13): the time first, "midi", "heures", zones, other connectors.
ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'the time first, with a zone: "au plus tard à 15 h, heure de Québec, le …"',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard à 15 h, heure de Québec, le mercredi 11 juillet 2012.'),
    },
    { name: '"15 heures précises"', code: notice(fm, 'Date limite de réception des soumissions : le 11 juillet 2012 à 15 heures précises.') },
    {
      name: 'English, the time first with a zone: "3 p.m. Eastern Time on …"',
      code: notice(enFm, 'Tenders must be received before 2 p.m. Eastern Time on Tuesday, November 3, 2026.'),
    },
  ],
  invalid: [
    {
      name: '"avant midi le …": noon is not the front-matter time',
      code: notice(fm, 'Les soumissions doivent être reçues avant midi le 11 juillet 2012.'),
      errors: [{ message: /12 h 00.*15 h 00/ }],
      output: null,
    },
    {
      name: '"le … jusqu\'à 16 hres": another time after another connector',
      code: notice(fm, 'Les soumissions seront reçues le 11 juillet 2012 jusqu’à 16 hres.'),
      errors: [{ message: /16 h 00.*15 h 00/ }],
      output: null,
    },
    {
      name: 'English: "11 a.m. EST on …"',
      code: notice(enFm, 'Closing date: tenders must be received by 11 a.m. EST on November 3, 2026.'),
      errors: [{ message: /11 h 00.*14 h 00/ }],
      output: null,
    },
  ],
});

// "Libellé : valeur" lists (SEAO fiches): each line is a statement of its own, its label says what its
// date is, and an "Heure …" line gives the time of the date above it.
ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'a publication date on the line above the receipt limit is not the receipt date',
      code: notice(
        fm,
        '**Date de publication :** 2012-06-20\n**Date limite de réception des soumissions :** 2012-07-11 à 15 h 00\n**Lieu :** 2175, chemin du Fleuve',
      ),
    },
    { name: 'label list with the time on its own line', code: notice(fm, 'Fermeture de l’appel d’offres : 11 juillet 2012\nHeure limite : 15 h') },
  ],
  invalid: [
    {
      name: 'a guarantee line in the same paragraph does not hide the receipt line',
      code: notice(fm, '**Garantie de soumission :** chèque visé de 5 000 $\n**Date limite de réception des soumissions :** 2012-07-12 à 15 h 00'),
      errors: [{ line: 17, message: /12 juillet 2012.*11 juillet 2012/ }],
      output: notice(fm, '**Garantie de soumission :** chèque visé de 5 000 $\n**Date limite de réception des soumissions :** 2012-07-11 à 15 h 00'),
    },
    {
      name: '"Date et heure d\'ouverture :" names the opening',
      code: notice(fm, '- Dépôt : au plus tard le 11 juillet 2012 à 15 h\n- Date et heure d’ouverture : 13 juillet 2012, 15 h'),
      errors: [{ line: 17, message: /13 juillet 2012 comme date d'ouverture/ }],
      output: notice(fm, '- Dépôt : au plus tard le 11 juillet 2012 à 15 h\n- Date et heure d’ouverture : 11 juillet 2012, 15 h'),
    },
    {
      name: 'the "Heure limite" line gives the time of the date above it',
      code: notice(fm, '**Date limite de réception :** 11 juillet 2012\n**Heure limite :** 11 h 00'),
      errors: [{ line: 16, message: /11 h 00.*15 h 00/ }],
      output: null,
    },
  ],
});

// Dates written in numbers: an unambiguous one is read as any date; one whose day and month may be swapped
// never gives an error on one reading alone (README, dates written in numbers).
ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'an ambiguous date one of whose readings is the front-matter date: "11/07/2012"',
      code: notice(fm, 'Date limite de réception des soumissions : 11/07/2012, 15:00.'),
    },
    { name: 'month first, the other reading of an ambiguous date', code: notice(fm, 'Date limite de réception des soumissions : 07/11/2012 à 15 h.') },
    { name: 'year first with slashes', code: notice(fm, 'Les soumissions doivent être reçues au plus tard le 2012/07/11 à 15 h.') },
  ],
  invalid: [
    {
      name: 'an unambiguous date in numbers differs; the fix writes the front-matter date in ISO form, as day first it would be ambiguous',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le 18/07/2012 à 15 h.'),
      errors: [{ line: 16, column: 53, messageId: 'dateDiffers', severity: 'error', message: /mercredi 18 juillet 2012.*mercredi 11 juillet 2012/ }],
      output: notice(fm, 'Les soumissions doivent être reçues au plus tard le 2012-07-11 à 15 h.'),
    },
    {
      name: 'an ambiguous date neither of whose readings is the front-matter date: both readings said',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le 05/06/2012 à 15 h.'),
      errors: [
        {
          line: 16,
          messageId: 'dateDiffers',
          message:
            /^Le texte donne le « 05\/06\/2012 » \(mardi 5 juin 2012 ou dimanche 6 mai 2012\) comme date limite de réception, mais l'en-tête indique le mercredi 11 juillet 2012\.$/,
        },
      ],
      output: notice(fm, 'Les soumissions doivent être reçues au plus tard le 2012-07-11 à 15 h.'),
    },
    {
      name: 'an ISO date then "at" and its time: the time is read and compared',
      code: notice(fm, 'Tenders must be received no later than 2012-07-11 at 16:00.'),
      errors: [{ line: 16, messageId: 'timeDiffers', message: /16 h 00.*15 h 00/ }],
      output: null,
    },
    {
      name: 'a day-first date with the wrong time, in a table',
      code: notice(fm, '| Étape | Date | Heure |\n|---|---|---|\n| Date limite de réception | 11.07.2012 | 14 h 00 |'),
      errors: [{ line: 18, messageId: 'timeDiffers', message: /14 h 00.*15 h 00/ }],
      output: null,
    },
  ],
});

ruleTester('date-weekday-mismatch', {
  valid: [
    { name: 'the weekday of one reading decides it', code: notice(fm, 'Visite des lieux : mardi 10/07/2012.') },
    { name: 'the weekday of the other reading', code: notice(fm, 'Visite des lieux : dimanche 10/07/2012.') },
    { name: 'a weekday both readings share (11 July and 7 November 2012)', code: notice(fm, 'Visite des lieux : mercredi 11/07/2012.') },
  ],
  invalid: [
    {
      name: 'an unambiguous date in numbers with another weekday: fixed as other styles are',
      code: notice(fm, 'Visite des lieux : jeudi 18/07/2012.'),
      errors: [{ line: 16, column: 20, messageId: 'wrongWeekday', message: /mercredi/ }],
      output: notice(fm, 'Visite des lieux : mercredi 18/07/2012.'),
    },
    {
      name: 'a weekday neither reading of an ambiguous date has: both said, no fix chooses',
      code: notice(fm, 'Site visit: Monday, 10/07/2012.'),
      errors: [
        {
          line: 16,
          column: 13,
          messageId: 'wrongWeekdayEitherReading',
          message:
            /^« Monday, 10\/07\/2012 » : ni le mardi 10 juillet 2012 ni le dimanche 7 octobre 2012 \(les deux lectures de cette date\) n'est un lundi\.$/,
        },
      ],
      output: null,
    },
  ],
});

ruleTester('date-ambiguous', {
  valid: [
    { name: 'an ISO date', code: notice('diffusion: 2012-06-20', 'Les soumissions doivent être reçues au plus tard le 2012-07-11 à 15 h.') },
    { name: 'a day above 12', code: notice('diffusion: 2012-06-20', 'Les soumissions doivent être reçues au plus tard le 18/07/2012 à 15 h.') },
    { name: 'the weekday decides', code: notice('diffusion: 2012-06-20', 'Les soumissions doivent être reçues au plus tard le mardi 10/07/2012 à 15 h.') },
    { name: 'the front-matter date of the moment decides', code: notice(fm, 'Les soumissions doivent être reçues au plus tard le 07/11/2012 à 15 h.') },
    {
      name: 'another date that a front-matter date decides (the addendum’s)',
      code: notice(`${fm}\naddenda:\n  - { numero: 1, date: 2012-07-03, incidence-prix: false }`, 'L’addenda no 1 a été publié le 03/07/2012.'),
    },
    { name: 'another date its weekday decides', code: notice(fm, 'Une visite des lieux aura lieu le jeudi 05/07/2012 à 10 h.') },
    // The order the text says its dates in numbers follow decides them all: as a format, in words, as a form's field says it.
    ...[
      'Note : dans le présent avis, les dates écrites en chiffres suivent le format JJ/MM/AAAA.\n\nLes questions doivent être transmises au plus tard le 04/07/2012.',
      'Les questions doivent être transmises au plus tard le 04/07/2012 (les dates sont écrites jour/mois/année).',
      'All dates in this notice are written MM/DD/YYYY.\n\nQuestions must be sent no later than 07/04/2012.',
      'Les questions doivent être transmises au plus tard le 04/07/2012.\n\nDate de délivrance de l’attestation : ____/____/______ (JJ/MM/AAAA)',
    ].map((text) => ({ name: `the order the text states: ${text.slice(0, 60)}`, code: notice(fm, text) })),
    // So does the order its other dates in numbers show, where their numbers or a weekday decide it: a drafter keeps one.
    ...[
      '| Étape | Date |\n|---|---|\n| Questions | 15/06/2012 |\n| Début du contrat | 01/09/2012 |',
      'Le contrat débute le 01/09/2012 et se termine le 31-08-2015.',
      'The site visit is on Thursday, 05/07/2012.\n\nThe contract begins on 01/09/2012.',
      'Questions are due by 06/28/2012.\n\nThe contract begins on 09/01/2012.',
    ].map((text) => ({ name: `the order the text's other dates show: ${text.slice(0, 60)}`, code: notice(fm, text) })),
  ],
  invalid: [
    {
      name: 'the text’s other dates show both orders, or none: neither decides',
      code: notice(fm, 'Les questions sont reçues jusqu’au 28/06/2012.\n\nLa visite a lieu le 06/29/2012.\n\nLe contrat débute le 01/09/2012.'),
      errors: [{ line: 20, messageId: 'ambiguousDate' }],
      output: null,
    },
    {
      name: 'another date whose day and month are the same shows no order',
      code: notice(fm, 'La visite a lieu le 05/05/2012.\n\nLe contrat débute le 01/09/2012.'),
      errors: [{ line: 18, messageId: 'ambiguousDate' }],
      output: null,
    },
    {
      name: 'a receipt date nothing decides: a warning saying how to write it',
      code: notice('diffusion: 2012-06-20', 'Les soumissions doivent être reçues au plus tard le 10/07/2012 à 15 h.'),
      errors: [
        {
          line: 14,
          column: 53,
          messageId: 'ambiguousDate',
          severity: 'warning',
          message:
            /^La date « 10\/07\/2012 » \(mardi 10 juillet 2012 ou dimanche 7 octobre 2012\) peut se lire de deux façons : écrire « 10 juillet 2012 » ou « 2012-07-10 » \(ou « 7 octobre 2012 », « 2012-10-07 »\)\.$/,
        },
      ],
      output: null,
    },
    {
      name: 'in English, under a question heading: "When and where are tenders due?"',
      code: notice('diffusion: 2012-06-20', '## When and where are tenders due?\n\nNo later than 02/10/2012 at 2:00 p.m., at 2175 Fleuve Road.'),
      errors: [{ line: 16, column: 15, messageId: 'ambiguousDate' }],
      output: null,
    },
    // Dates no rule counts from, but bidders act on: each reading sends them on another day.
    {
      name: 'the questions’ deadline',
      code: notice(fm, 'Les questions doivent être transmises au plus tard le 04/07/2012.'),
      errors: [
        {
          line: 16,
          column: 55,
          messageId: 'ambiguousDate',
          severity: 'warning',
          message: /^La date « 04\/07\/2012 » \(mercredi 4 juillet 2012 ou samedi 7 avril 2012\) peut se lire de deux façons/,
        },
      ],
      output: null,
    },
    {
      name: 'the text states the year-first format only, which no date in numbers it writes follows',
      code: notice(fm, 'Les dates suivent le format AAAA-MM-JJ.\n\nLes questions doivent être transmises au plus tard le 04/07/2012.'),
      errors: [{ line: 18, messageId: 'ambiguousDate' }],
      output: null,
    },
    {
      name: 'the text states both orders: neither decides',
      code: notice(fm, 'Dates : JJ/MM/AAAA ou MM/JJ/AAAA.\n\nLes questions doivent être transmises au plus tard le 04/07/2012.'),
      errors: [{ line: 18, messageId: 'ambiguousDate' }],
      output: null,
    },
    {
      name: 'a site visit in a table',
      code: notice(fm, '| Étape | Date |\n|---|---|\n| Visite des lieux (obligatoire) | 05/07/2012 |'),
      errors: [{ line: 18, column: 36, messageId: 'ambiguousDate' }],
      output: null,
    },
    {
      name: 'the contract’s start, in English',
      code: notice(fm, 'The contract begins on 01/09/2012 and ends three years later.'),
      settings: { locale: 'en' },
      errors: [
        {
          line: 16,
          column: 24,
          messageId: 'ambiguousDate',
          message: /^The date "01\/09\/2012" \(Saturday, September 1, 2012 or Monday, January 9, 2012\) can be read two ways/,
        },
      ],
      output: null,
    },
  ],
});

// A date counted from a moment, the relation said after the date without words of apposition (a comma, a dash) or
// counted forward from the moment (« à compter de », « à partir de »), its date given « soit jusqu'au »: the relation's.
ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'the relation after a comma, its number in words with figures in brackets: « le …, sept (7) jours avant la date limite »',
      code: notice(
        fm,
        'Un avis d’intention est publié au plus tard le mercredi 4 juillet 2012, sept (7) jours avant la date limite de réception des soumissions.',
      ),
    },
    {
      name: 'the relation after a dash: "by …, — seven days before the closing date"',
      code: notice(enFm, 'The notice of intent will be posted by Tuesday, October 27, 2026 — seven days before the closing date.'),
    },
    {
      name: 'a period counted forward « à compter de » the limit, its end « soit le »',
      code: notice(
        fm,
        'Les soumissions lient les soumissionnaires pendant 90 jours à compter de la date limite de réception des soumissions, soit le 9 octobre 2012.',
      ),
    },
    {
      name: '« à partir de » the limit, in parentheses',
      code: notice(
        fm,
        'Chaque soumission engage son auteur durant quatre-vingt-dix (90) jours à partir de la date de dépôt des soumissions (le 9 octobre 2012).',
      ),
    },
    {
      name: 'the relation’s date given « soit jusqu’au »',
      code: notice(
        fm,
        'Le soumissionnaire peut retirer sa soumission jusqu’à deux jours avant la date limite de réception des soumissions, soit jusqu’au 9 juillet 2012.',
      ),
    },
  ],
  invalid: [
    {
      name: 'the limit itself after a comma, the relation then counted from another moment',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le 12 juillet 2012, vingt et un jours après la publication de l’avis.'),
      errors: [{ message: /12 juillet 2012 comme date limite de réception/ }],
      output: notice(fm, 'Les soumissions doivent être reçues au plus tard le 11 juillet 2012, vingt et un jours après la publication de l’avis.'),
    },
  ],
});

// The deadline of another act than the bids (complaints, requests, addenda, notices of intent): its sentence's subject
// says so, though the sentence names the bids in a complement (« documents d'appel d'offres », "tender documents").
ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'English complaints about the tender documents',
      code: notice(enFm, 'Complaints about the content of the tender documents must be received no later than Tuesday, October 27, 2026.'),
    },
    {
      name: 'English requests for equivalence, in a bilingual table',
      code: notice(
        enFm,
        '| FRANÇAIS | ENGLISH |\n|---|---|\n| Les demandes d’équivalence doivent être reçues au plus tard le mardi 27 octobre 2026. | Requests for equivalence regarding the tender documents must be received no later than Tuesday, October 27, 2026. |',
      ),
    },
    {
      name: 'French requests for equivalence about the tender documents',
      code: notice(fm, 'Les demandes d’équivalence portant sur les documents d’appel d’offres doivent être reçues au plus tard le 4 juillet 2012.'),
    },
    {
      name: 'a request for clarification under the receipt heading',
      code: notice(
        fm,
        '## Dépôt des soumissions\n\nLes soumissions sont reçues à l’adresse indiquée au plus tard le 11 juillet 2012 à 15 h.\n\nToute demande de précisions doit parvenir au plus tard le 4 juillet 2012.',
      ),
    },
    {
      name: 'an English addendum under the receipt heading',
      code: notice(enFm, '## Submission of tenders\n\nAny addendum to the tender documents will be issued no later than Tuesday, October 27, 2026.'),
    },
  ],
  invalid: [
    {
      name: 'an addendum that postpones the limit gives the limit',
      code: notice(fm, 'Un addenda reporte la date limite de réception des soumissions au 12 juillet 2012 à 15 h.'),
      errors: [{ message: /12 juillet 2012 comme date limite de réception/ }],
      output: notice(fm, 'Un addenda reporte la date limite de réception des soumissions au 11 juillet 2012 à 15 h.'),
    },
    {
      name: 'requests for qualification are the call’s own',
      code: notice(fm, 'Les soumissions, comme les demandes de qualification, doivent être reçues au plus tard le 12 juillet 2012 à 15 h.'),
      errors: [{ message: /12 juillet 2012 comme date limite de réception/ }],
      output: notice(fm, 'Les soumissions, comme les demandes de qualification, doivent être reçues au plus tard le 11 juillet 2012 à 15 h.'),
    },
  ],
});

// A date given for another event (the notice's publication, a meeting) in a passage whose label or later clause names the
// receipt or its period: each clause's dates are the moment its own words name, and the first date after a word of
// publishing is the publication's.
ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'a meeting’s date, the receipt named in the next clause only',
      code: notice(fm, 'La séance d’information se tient le jeudi 28 juin 2012; les soumissions doivent être reçues au plus tard le 11 juillet 2012 à 15 h.'),
    },
    {
      name: 'the publication’s date, the receipt’s period in a participial clause after a comma',
      code: notice(fm, 'Le présent avis est publié le 20 juin 2012, le délai de réception des soumissions étant de vingt et un jours.'),
    },
    {
      name: 'the publication’s date under a label that names the receipt',
      code: notice(fm, 'Diffusion et réception : l’avis est publié dans le SEAO le 20 juin 2012.'),
    },
    {
      name: 'the publication’s own date after a period counted from it',
      code: notice(fm, 'Le délai de réception des soumissions est de 21 jours à compter de la diffusion de l’avis le 20 juin 2012.'),
    },
    {
      name: 'the notice published on a date, in a relation whose own date is given « soit le »',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard 21 jours après l’avis publié le 20 juin 2012, soit le 11 juillet 2012.'),
    },
    {
      name: 'English: the publication, the period for receipt in the next clause',
      code: notice(enFm, 'The notice is published on SEAO on October 5, 2026; the period for receipt of tenders is therefore 29 days.'),
    },
    {
      name: 'English: a label naming the closing over the publication',
      code: notice(enFm, 'Publication and closing: this notice is issued on SEAO on October 5, 2026.'),
    },
  ],
  invalid: [
    {
      name: 'the receipt in the clause after the publication’s',
      code: notice(fm, 'Le présent avis est diffusé le 20 juin 2012; les soumissions doivent être reçues au plus tard le 12 juillet 2012.'),
      errors: [{ message: /12 juillet 2012 comme date limite de réception/ }],
      output: notice(fm, 'Le présent avis est diffusé le 20 juin 2012; les soumissions doivent être reçues au plus tard le 11 juillet 2012.'),
    },
    {
      name: 'a period counted from the publication, its date given « soit le »: the receipt’s',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard 21 jours après la publication de l’avis, soit le 12 juillet 2012.'),
      errors: [{ message: /12 juillet 2012 comme date limite de réception/ }],
      output: notice(fm, 'Les soumissions doivent être reçues au plus tard 21 jours après la publication de l’avis, soit le 11 juillet 2012.'),
    },
    {
      name: 'a moment qualified by a word of publishing: « la date limite de réception publiée dans l’avis est le »',
      code: notice(fm, 'La date limite de réception publiée dans l’avis est le 12 juillet 2012.'),
      errors: [{ message: /12 juillet 2012 comme date limite de réception/ }],
      output: notice(fm, 'La date limite de réception publiée dans l’avis est le 11 juillet 2012.'),
    },
    {
      name: 'English: the closing date posted on SEAO',
      code: notice(enFm, 'The closing date posted on SEAO is November 4, 2026.'),
      errors: [{ message: /November 4, 2026|4 novembre 2026/ }],
      output: notice(enFm, 'The closing date posted on SEAO is November 3, 2026.'),
    },
  ],
});

/** A grid table of rejection cases (pandoc's `+---+` tables), its first cell's lines given. */
const gridCase = (lines: readonly string[]) =>
  [
    '+------------------------------------------+----------------------+',
    '| Non-compliance                           | Consequence          |',
    '+==========================================+======================+',
    ...lines.map((line, index) => `| ${line.padEnd(40)} | ${(index === 0 ? 'Automatic rejection.' : '').padEnd(20)} |`),
    '+------------------------------------------+----------------------+',
  ].join('\n');

// The late-receipt case (art. 7 1°) states the receipt limit: a bid received after it, in either number, in prose or in a
// grid table's cell whose time and date are on two of its lines.
ruleTester('date-contradicts-front-matter', {
  valid: [
    { name: 'the late-receipt case at the limit’s time', code: notice(fm, 'Toute soumission reçue après le 11 juillet 2012 à 15 h est rejetée.') },
    {
      name: 'in English, in a grid table, at the limit’s time',
      code: notice(enFm, gridCase(['The tender is received after 2:00 p.m.', 'on Tuesday, November 3, 2026, or at', 'another place.'])),
    },
    // Another act received late: its own date.
    { name: 'questions received after a date', code: notice(fm, 'Les questions reçues après le 5 juillet 2012 à 16 h ne seront pas traitées.') },
    // The time alone, the limit's; a default the notice's own time sets aside.
    { name: 'the late-receipt case at the limit’s time, without a date', code: notice(fm, 'Toute soumission reçue après 15 h est rejetée.') },
    {
      name: 'a default time, which the notice sets aside',
      code: notice(fm, "Sauf indication contraire dans l'avis, les soumissions doivent être reçues au plus tard à 11 h le jour de la date limite."),
    },
  ],
  invalid: [
    ...[
      'Toute soumission remise après le 11 juillet 2012 à 16 h est automatiquement rejetée.',
      'Une offre déposée après le mercredi 11 juillet 2012 à 16 h sera retournée sans avoir été ouverte.',
      'A tender received after 4:00 p.m. on July 11, 2012 is rejected without being opened.',
    ].map((sentence) => ({
      name: `a late-receipt case at another time: « ${sentence} »`,
      code: notice(fm, sentence),
      errors: [{ line: 16, messageId: 'timeDiffers', message: /16 h 00 comme heure limite de réception.*15 h 00/ }],
    })),
    // The time alone, without a date.
    ...['Toute soumission reçue après 16 h est rejetée sans avoir été ouverte.', 'Any bid delivered after 4 p.m. will be returned unopened.'].map(
      (sentence) => ({
        name: `a late-receipt case at another time, without a date: « ${sentence} »`,
        code: notice(fm, sentence),
        errors: [{ line: 16, messageId: 'timeDiffers', message: /16 h 00 comme heure limite de réception.*15 h 00/ }],
      }),
    ),
    {
      name: 'in English, a grid table’s cell, its time and its date on two lines',
      code: notice(enFm, gridCase(['The tender is received after 4:00 p.m.', 'on Tuesday, November 3, 2026, or at', 'another place.'])),
      errors: [{ line: 19, messageId: 'timeDiffers', message: /16 h 00 comme heure limite de réception.*14 h 00/ }],
    },
    {
      name: 'a grid table’s cell, its date wrapped over two lines',
      code: notice(enFm, gridCase(['The tender is received after 2:00 p.m. on', 'Wednesday, November 4, 2026.'])),
      errors: [{ line: 19, messageId: 'dateDiffers', message: /4 novembre 2026/ }],
      output: notice(enFm, gridCase(['The tender is received after 2:00 p.m. on', 'Wednesday, November 4, 2026.'])).replace(
        'Wednesday, November 4, 2026.',
        'Tuesday, November 3, 2026.',
      ),
    },
  ],
});

// No date in the front-matter: the text's first statement of a moment is the one its other statements repeat (art. 4 6°:
// one date limit), however a part restates it (a definition's term in an Interpretation part, the legalese twin of the
// twenty-eighth audit round). The statements start at line 14.
const noFrontDate = 'diffusion: 2012-06-20';
const RECEIPT_FR = 'Les soumissions doivent être reçues au plus tard le mercredi 11 juillet 2012 à 15 h.';
const RECEIPT_EN = 'Tenders must be received no later than 3:00 p.m. on Wednesday, July 11, 2012.';
ruleTester('date-contradicts-front-matter', {
  valid: [
    { name: 'the same date, restated by a definition', code: notice(noFrontDate, `${RECEIPT_FR}\n\n« Date limite » : le 11 juillet 2012 à 15 h.`) },
    { name: 'the same date, in English', code: notice(noFrontDate, `${RECEIPT_EN}\n\n(b) "Closing Time" means 3:00 p.m. on July 11, 2012;`) },
    {
      name: 'a postponement the text states',
      code: notice(noFrontDate, `${RECEIPT_FR}\n\nLa date limite de réception des soumissions est reportée au lundi 16 juillet 2012 à 15 h.`),
    },
    // A conditional clause whose subject is an addendum: its date is the addendum's, though the main clause moves the limit.
    ...[
      "Si un addenda pouvant modifier les prix est publié après le jeudi 5 juillet 2012, la date limite de réception est reportée d'autant.",
      'If an addendum that may affect prices is sent after Thursday, July 5, 2012, the closing date is postponed so that seven days separate them.',
    ].flatMap((sentence) => [
      { name: `an addendum's date in a condition, no front-matter date: « ${sentence} »`, code: notice(noFrontDate, `${RECEIPT_FR}\n\n${sentence}`) },
      { name: `an addendum's date in a condition, against the front-matter: « ${sentence} »`, code: notice(fm, sentence) },
    ]),
  ],
  invalid: [
    ...[
      ['a definition in French', RECEIPT_FR, '« Date limite de réception » : le jeudi 19 juillet 2012 à 15 h, sous réserve de tout report.'],
      ['a defined term in English', RECEIPT_EN, '(b) "Closing Date" means 3:00 p.m. on Thursday, July 19, 2012, subject to any postponement;'],
      ['the definition first', '"Closing Time" means 3:00 p.m. on Thursday, July 19, 2012.', RECEIPT_EN],
    ].map(([name, first, second]) => ({
      name: `two receipt dates in the text: ${name}`,
      code: notice(noFrontDate, `${first}\n\n${second}`),
      errors: [{ line: 16, messageId: 'dateDiffersInText', message: /ailleurs.*une seule date limite de réception/ }],
      output: null,
    })),
    {
      name: 'two receipt times in the text',
      code: notice(noFrontDate, `${RECEIPT_FR}\n\n**Date et heure limites de réception :** 11 juillet 2012 à 14 h`),
      errors: [{ line: 16, messageId: 'timeDiffersInText', message: /14 h 00.*15 h 00/ }],
      output: null,
    },
  ],
});

// A paragraph wrapped at a line end: the wrapped line opens with a few words and a clock time's colon (« until
// 3:00 p.m. »), which is no « Libellé : valeur » line; the sentence reads whole, whatever word the break falls after.
ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'a wrapped receipt sentence on the front-matter’s date: « reçues↵au plus tard à 15:00 »',
      code: notice(fm, 'Les soumissions doivent être reçues\nau plus tard à 15:00, le mercredi 11 juillet 2012.'),
    },
  ],
  invalid: [
    ...[
      ['« received↵until »', 'Tenders will be received\nuntil 3:00 p.m. on Wednesday, July 18, 2012.'],
      ['« Bids must be↵received »', 'Bids must be\nreceived no later than 15:00 on Wednesday, July 18, 2012.'],
      ['« no later than↵15:00 »', 'Tenders must be received no later than\n15:00 on Wednesday, July 18, 2012.'],
      ['« The closing↵date »', 'The closing\ndate for tenders is 15:00 on Wednesday, July 18, 2012.'],
      ['« reçues↵jusqu’à »', 'Les soumissions seront reçues\njusqu’à 15:00, le mercredi 18 juillet 2012.'],
      ['« reçues↵au plus tard »', 'Les soumissions doivent être reçues\nau plus tard à 15:00, le mercredi 18 juillet 2012.'],
      ['« La date↵limite »', 'La date\nlimite de réception des soumissions est fixée à 15:00, le mercredi 18 juillet 2012.'],
    ].map(([name, sentence]) => ({
      name: `a receipt sentence wrapped at ${name}`,
      code: notice(fm, sentence),
      errors: [{ line: 17, messageId: 'dateDiffers', message: /18 juillet 2012.*11 juillet 2012|July 18, 2012.*July 11, 2012/ }],
    })),
    {
      name: 'an opening sentence wrapped at « opened in public↵at 15:00 »',
      code: notice(fm, 'Tenders will be opened in public\nat 15:00 on Wednesday, July 18, 2012.'),
      errors: [{ line: 17, messageId: 'dateDiffers', message: /ouverture|opening/ }],
    },
  ],
});

// A date belongs to the act it is attached to (« aucun addenda après le … », "no inquiry received after …"), though the
// sentence names the receipt limit after it, or before it with a date of its own; the bids the act is coordinated
// with, or a limit named between them, keep the date the receipt's.
ruleTester('date-contradicts-front-matter', {
  valid: [
    ...[
      "Le Service n'émettra aucun addenda après le 4 juillet 2012, à moins qu'il ne reporte la date limite de réception des soumissions.",
      'The City will not issue any addendum after July 4, 2012, except one whose only purpose is to postpone the closing date.',
      'La Ville ne répondra à aucune demande reçue après le 4 juillet 2012, sauf pour reporter la date limite de réception.',
      'The City will answer no inquiry received after July 4, 2012 unless an addendum postpones the closing date.',
      'La date limite de réception des soumissions est le mercredi 11 juillet 2012 et aucun addenda ne sera transmis après le 4 juillet 2012.',
    ].map((sentence) => ({ name: `another act's date: ${sentence.slice(0, 60)}`, code: notice(fm, sentence) })),
  ],
  invalid: [
    ...[
      ['Le dernier addenda est transmis le 4 juillet 2012 et la date limite de réception des soumissions est le mercredi 18 juillet 2012.', 105],
      ['Bids, including all addenda acknowledgments, must be received by July 18, 2012.', 66],
      ['Tenders and signed addenda must be received no later than July 18, 2012.', 59],
      ['Les soumissions et les addenda signés doivent être reçus au plus tard le 18 juillet 2012.', 74],
    ].map(([sentence, column]) => ({
      name: `the receipt's date beside an act: ${String(sentence).slice(0, 60)}`,
      code: notice(fm, String(sentence)),
      errors: [{ line: 16, column: Number(column), messageId: 'dateDiffers' }],
    })),
  ],
});

// A date that is a passage's only words (its weekday, time, a label's emoji aside) is the moment the heading over it names:
// a wiki's disclosure (`<details>`, its `<summary>` the title, open or not, on the disclosure's line or the next), nested
// ones, a Markdown heading. Under a heading that names no moment, the date is no moment's.
ruleTester('date-contradicts-front-matter', {
  valid: [
    {
      name: 'a disclosure on the opening with the front-matter’s date alone in its list',
      code: notice(
        fm,
        "<details>\n<summary>▶ Séance d'ouverture publique</summary>\n\n- 📅 2012-07-11 (mercredi), 15:00.\n- 📍 2175, chemin du Fleuve, Lévis.\n\n</details>",
      ),
    },
    {
      name: 'a date alone under a disclosure that names no moment (a site visit)',
      code: notice(fm, '<details open><summary>Site visit</summary>\n\n- Wednesday, July 4, 2012, 10:00 a.m.\n\n</details>'),
    },
    ...[
      ['its list after a blank line', '<details>\n<summary>Ouverture publique</summary>\n\n- 11 juillet 2012, 15 h\n\n</details>'],
      ['one HTML block', '<details><summary>Public opening</summary>\n<p>July 11, 2012, 3:00 p.m.</p>\n</details>'],
    ].map(([name, disclosure]) => ({
      name: `a date alone after the opening’s disclosure (${name}) is not under its summary: the disclosure ends at </details>`,
      code: notice(fm, `${disclosure}\n\nMercredi 25 juillet 2012, 10 h`),
    })),
    {
      name: 'a date with words of its own under the opening’s disclosure (the results’ publication)',
      code: notice(fm, '<details>\n<summary>Ouverture des soumissions</summary>\n\n- Résultats publiés dans le SEAO le 13 juillet 2012.\n\n</details>'),
    },
  ],
  invalid: [
    {
      name: 'FR: another date alone in the list of a disclosure on the opening (« Séance d’ouverture publique »)',
      code: notice(
        fm,
        "<details>\n<summary>▶ Séance d'ouverture publique</summary>\n\n- 📅 2012-07-18 (mercredi), 15:00.\n- 📍 2175, chemin du Fleuve, Lévis.\n\n</details>",
      ),
      errors: [
        {
          line: 19,
          column: 6,
          messageId: 'dateDiffers',
          severity: 'error',
          message: /mercredi 18 juillet 2012 comme date d'ouverture.*mercredi 11 juillet 2012/,
        },
      ],
    },
    {
      name: 'EN: a disclosure opened by its attribute, its summary on its line, a date alone under it (« Public opening »)',
      code: notice(fm, '<details open><summary>Public opening</summary>\n\nWednesday, July 18, 2012, at 3:00 p.m.\n\n</details>'),
      errors: [{ line: 18, messageId: 'dateDiffers', message: /18 juillet 2012 comme date d'ouverture/ }],
    },
    {
      name: 'FR: nested disclosures, the receipt’s limit alone in the inner one (« Date limite de réception »)',
      code: notice(
        fm,
        '<details>\n<summary>Calendrier</summary>\n\n<details>\n<summary>Date limite de réception</summary>\n\nLe 18 juillet 2012, à 15 h.\n\n</details>\n</details>',
      ),
      errors: [{ line: 22, messageId: 'dateDiffers', message: /18 juillet 2012 comme date limite de réception/ }],
    },
    {
      name: 'EN: a date alone under a Markdown heading naming the opening',
      code: notice(fm, '### Opening of tenders\n\n- Wednesday, July 18, 2012, 3:00 p.m.'),
      errors: [{ line: 18, messageId: 'dateDiffers', message: /opening|ouverture/ }],
    },
  ],
});
