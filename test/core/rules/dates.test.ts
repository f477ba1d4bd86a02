import { ruleTester } from '../../ruleTester.js';

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
  ],
  invalid: [
    {
      name: '"le jeudi 11 juillet 2012": 11 July 2012 is a Wednesday',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le jeudi 11 juillet 2012 à 15 h.'),
      errors: [{ line: 16, severity: 'error', message: /mercredi/ }],
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
    { name: 'ISO date', code: notice(fm, 'Date limite de réception des soumissions : 2012-07-11 à 15 h.') },
    { name: 'other dates of the text are not receipt dates', code: notice(fm, 'Les questions doivent être transmises au plus tard le 4 juillet 2012.') },
    { name: 'a validity date is not a receipt date', code: notice(fm, 'Les soumissions déposées demeurent valides jusqu’au 9 octobre 2012.') },
    {
      name: 'a deadline under a receipt heading that is about something else',
      code: notice(fm, '## Dépôt des soumissions\n\nAu plus tard le 11 juillet 2012 à 15 h.\n\nInscription à la rencontre d’information : avant le 5 juillet 2012.'),
    },
    {
      name: 'a date an addendum postponed the limit to',
      code: notice(`${fm}\naddenda:\n  - { numero: 1, date: 2012-07-06, incidence-prix: true, report-reception: 2012-07-16 }`, 'La date limite de réception des soumissions est reportée au lundi 16 juillet 2012 à 15 h.'),
    },
    { name: 'no front-matter date: nothing to contradict', code: notice('diffusion: 2012-06-20', 'Les soumissions doivent être reçues au plus tard le 11 juillet 2012 à 15 h.') },
  ],
  invalid: [
    {
      name: 'receipt date in the text differs from the front-matter',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le jeudi 12 juillet 2012 à 15 h.'),
      errors: [{ line: 16, severity: 'error', message: /jeudi 12 juillet 2012.*mercredi 11 juillet 2012/ }],
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
    {
      name: 'receipt time differs',
      code: notice(fm, 'Les soumissions doivent être reçues au plus tard le 11 juillet 2012, 11 h 00.'),
      errors: [{ message: /11 h 00.*15 h 00/ }],
      output: null,
    },
  ],
});
