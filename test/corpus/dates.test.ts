import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/document/incremental.js';
import { readFormula } from '../../server/src/core/evaluation/formula.js';
import type { Examples } from '../../server/src/core/legal/templates.js';
import { statedDates } from '../../server/src/core/rules/deadlines/facts.js';

/**
 * Passages of tender documents (paraphrases of real-world wordings) about the receipt and opening of
 * bids: which moment each date is, its time, and whether it is a postponement; and near misses whose
 * dates are no receipt or opening date.
 */
type Reading = [kind: 'receipt' | 'opening' | 'both', date: string, time?: string, postponed?: 'postponed'];
const PASSAGES: [passage: string, expected: Reading[]][] = [
  // Times however written.
  ['Les soumissions doivent être reçues au plus tard à 11 h, heure de Québec, le mardi 31 mars 2026.', [['receipt', '2026-03-31', '11:00']]],
  ['Les soumissions seront reçues jusqu’à midi le jeudi 2 avril 2026.', [['receipt', '2026-04-02', '12:00']]],
  ['Date limite de dépôt des soumissions : le 2 avril 2026 avant 14 h 30 (heure de Montréal).', [['receipt', '2026-04-02', '14:30']]],
  ['Les soumissions doivent parvenir au Service des achats le 2 avril 2026 à 10 heures précises.', [['receipt', '2026-04-02', '10:00']]],
  ['Tenders must be received no later than 3 p.m. Eastern Time on Thursday, April 2nd, 2026.', [['receipt', '2026-04-02', '15:00']]],
  ['Closing date: April 2, 2026, 15:00 EST.', [['receipt', '2026-04-02', '15:00']]],
  // A time's abbreviation ends its sentence when the next one opens (« p.m. », "a.m."): the next sentence's date is its own.
  [
    'Deadline for the receipt of soumissions and public opening: Tuesday, October 18, 2016, at 2:00 p.m. Expected start of services: Thursday, December 1, 2016.',
    [['both', '2016-10-18', '14:00']],
  ],
  ['Bids are due by 11 a.m. on March 31, 2026. The contract begins on May 1, 2026.', [['receipt', '2026-03-31', '11:00']]],
  // A time wrapped at a list item's line end, its next line indented as Markdown keeps it (pandoc's --columns).
  [
    '- "closing date" means the date and time limit for the receipt of tenders, namely Tuesday, May 9, 2026, at 2:00\n  p.m.;\n- "SEAO" means the system.',
    [['receipt', '2026-05-09', '14:00']],
  ],
  ['- Date limite de réception des soumissions : le mardi 9 juin 2026 à 14\n  h 30;\n- Visite des lieux : aucune.', [['receipt', '2026-06-09', '14:30']]],
  // Tables read by their columns.
  [
    '| Étape | Date | Heure |\n|---|---|---|\n| Visite des lieux | 24 mars 2026 | 10 h |\n| Ouverture publique | 2 avril 2026 | 14 h 00 |',
    [['opening', '2026-04-02', '14:00']],
  ],
  [
    '| Addenda | Publié le | Objet |\n|---|---|---|\n| 2 | 27 mars 2026 | Nouvelle date limite de réception des soumissions : 9 avril 2026, 14 h |',
    [['receipt', '2026-04-09', '14:00', 'postponed']],
  ],
  ['| Addendum | Date | Description |\n|---|---|---|\n| 1 | March 20, 2026 | Answers to questions; the closing date is unchanged |', []],
  [
    '| Fermeture | Ouverture |\n|---|---|\n| 2 avril 2026, 14 h | 2 avril 2026, 14 h 01 |',
    [
      ['receipt', '2026-04-02', '14:00'],
      ['opening', '2026-04-02', '14:01'],
    ],
  ],
  // Label lists.
  ['**Date de publication :** 2026-03-16\n**Date et heure de fermeture :** 2026-04-02 à 14 h', [['receipt', '2026-04-02', '14:00']]],
  // Prose wrapped at a line end, a colon further on its next line: the line is the sentence's, not a label's.
  [
    "Les offres doivent parvenir au bureau de la Société au plus tard le\nmardi 22 septembre 2026, à 10 h, à l'adresse suivante : 1075, rue de l'Amérique-Française.",
    [['receipt', '2026-09-22', '10:00']],
  ],
  [
    'Tenders must be received no later than\nSeptember 22, 2026 at 10:00 a.m. at the following address: 1075 Main Street.',
    [['receipt', '2026-09-22', '10:00']],
  ],
  ['**Date limite de réception :** 2 avril 2026\n**Heure limite :** 14 h', [['receipt', '2026-04-02', '14:00']]],
  // Labels closed by a dash, a label wrapped over a line end: the field's label says what its date is.
  ['**Date de publication** — 2026-03-16\n**Date et heure de fermeture** – 2026-04-02 à 14 h', [['receipt', '2026-04-02', '14:00']]],
  ['**Date limite de réception** - 2 avril 2026\n**Heure limite** - 14 h', [['receipt', '2026-04-02', '14:00']]],
  [
    '**Date de publication :** 2026-03-16\n**Date et heure limites de réception des\nsoumissions :** 2026-04-02 à 14 h\n**Date et heure\nd’ouverture** — 2026-04-02 à 14 h 05',
    [
      ['receipt', '2026-04-02', '14:00'],
      ['opening', '2026-04-02', '14:05'],
    ],
  ],
  // Words in bold wrapped to a line's start, a dash after them: the sentence's, no field's label.
  ['Les soumissions doivent parvenir au plus tard le\n**2 avril 2026 à 14 h** — heure de Québec — au bureau 10.', [['receipt', '2026-04-02', '14:00']]],
  // Postponements.
  [
    'Par l’addenda n° 3, la date limite de réception des soumissions est repoussée au jeudi 9 avril 2026 à 14 h.',
    [['receipt', '2026-04-09', '14:00', 'postponed']],
  ],
  [
    'The closing date of April 2, 2026 is extended to April 9, 2026 at 2 p.m.',
    [
      ['receipt', '2026-04-02'],
      ['receipt', '2026-04-09', '14:00', 'postponed'],
    ],
  ],
  // Dates written in numbers, in prose, label lists and tables (an ambiguous one is read day first here).
  ['Le soumissionnaire dépose sa soumission au plus tard le 15/10/2026, 11:00 (heure de Québec).', [['receipt', '2026-10-15', '11:00']]],
  ['**Date limite de dépôt :** 14-10-2026\n**Heure limite :** 11 h', [['receipt', '2026-10-14', '11:00']]],
  ['| Étape | Date | Heure |\n|---|---|---|\n| Date limite de réception | 14.10.2026 | 11 h 00 |', [['receipt', '2026-10-14', '11:00']]],
  ['Tenders must be received no later than 2026/10/14 at 2:00 p.m. (local time).', [['receipt', '2026-10-14', '14:00']]],
  // Receipt headings asked as questions, or naming the limit otherwise; "due" in prose.
  [
    '## When and where are tenders due?\n\nNo later than 2026-02-11 at 14:00, at the Procurement Office, 235 Montée Lesage.',
    [['receipt', '2026-02-11', '14:00']],
  ],
  ['## Quand et où déposer la soumission?\n\nAu plus tard le 11 février 2026 à 14 h, au 235, montée Lesage.', [['receipt', '2026-02-11', '14:00']]],
  ['### Submission deadline\n\nBefore 2 p.m. on Wednesday, February 11, 2026.', [['receipt', '2026-02-11', '14:00']]],
  ['### Date et heure limites\n\nAvant 14 h le mercredi 11 février 2026.', [['receipt', '2026-02-11', '14:00']]],
  ['Tenders are due no later than 2:00 p.m. on February 11, 2026.', [['receipt', '2026-02-11', '14:00']]],
  // Near misses: other dates of the same documents.
  ['Les questions doivent être transmises avant 15 h le 26 mars 2026.', []],
  ['| N° | Date de transmission | Incidence sur les prix |\n|---|---|---|\n| 1 | 20 mars 2026 | Non |', []],
  ['**Date de publication :** 2026-03-16\n**Visite des lieux :** 2026-03-24 à 10 h', []],
  ['Les soumissions demeurent valides jusqu’au 1er juillet 2026 à 16 h.', []],
  ['## When and where are tenders due?\n\nQuestions must be sent no later than 2026-02-04.', []],
  ['## Deadline for questions\n\nNo later than February 4, 2026.', []],
  ['Le bordereau de l’appel d’offres AO 2026/10/14-B est joint.', []],
  // What the contract's work delivers, or the questions, due by a date: a limit of theirs, a table of theirs, is not the receipt's.
  ['| N° | Livrable | Date de remise |\n|---|---|---|\n| L1 | Plan de travail | 23 juin 2026 |\n| L2 | Rapport final | 25 mai 2027 |', []],
  ['| Deliverable | Deadline |\n|---|---|\n| Final report | May 25, 2027 |', []],
  ["| Rapport | Date de dépôt |\n|---|---|\n| Rapport d'étape | 15 janvier 2027 |", []],
  ['| Tâche | Échéance |\n|---|---|\n| Dépôt du plan de travail | 30 juin 2026 |', []],
  ['| Question | Date limite |\n|---|---|\n| Questions sur le devis | 26 mars 2026 |', []],
  ['**Date de remise du rapport final :** 2027-05-25', []],
  ['**Date limite de remise des travaux :** 2027-05-25', []],
  ['**Deliverable L1 — due date:** June 23, 2026', []],
  // … unless the bids are named: their limit, whatever else the label names; a schedule's rows say what their dates are.
  ['**Date limite de réception des soumissions (travaux de peinture) :** 2026-04-02 à 14 h', [['receipt', '2026-04-02', '14:00']]],
  ['| Étape | Date limite |\n|---|---|\n| Dépôt des soumissions | 2 avril 2026 |', [['receipt', '2026-04-02']]],
  // A column that says only that its dates are limits (« Date limite », "Deadline"): each row's label says whose.
  [
    '| Étape | Date limite |\n|---|---|\n| Visite des lieux | 24 mars 2026 |\n| Dépôt des soumissions | 2 avril 2026 |\n| Début des services | 1er mai 2026 |',
    [['receipt', '2026-04-02']],
  ],
  ['| Activité | Date limite ou période |\n|---|---|\n| Séance de démarrage | 4 mai 2026 |\n| Période de questions | du 16 au 26 mars 2026 |', []],
  ['| Milestone | Deadline |\n|---|---|\n| Kick-off meeting | June 17, 2026 |\n| Board presentation | no later than October 14, 2026 |', []],
  [
    '| Milestone | Deadline |\n|---|---|\n| Bids | April 2, 2026 |\n| Public opening | April 2, 2026 |',
    [
      ['receipt', '2026-04-02'],
      ['opening', '2026-04-02'],
    ],
  ],
  // … where a column naming the moment is the receipt's whatever the row (a lot, a service).
  ['| Lot | Date limite de réception |\n|---|---|\n| Lot 1 — entretien ménager | 2 avril 2026 |', [['receipt', '2026-04-02']]],
  // The predicate first, the subject after (a legal office's inversion): read as if the subject opened the sentence.
  [
    'Devront être déposées au bureau du greffier, 12, rue de la Gare, les soumissions, au plus tard le 2 avril 2026 à 11 h.',
    [['receipt', '2026-04-02', '11:00']],
  ],
  ['Doit être transmis au plus tard le 26 mars 2026, soit sept jours avant la date limite de réception, tout addenda modifiant les prix.', []],
  // The same, its words hard-wrapped at line ends (an editor's wrap): a relation's words read across the break.
  [
    'It will be issued no later than seven\n(7) days before the Closing Time, that\nis, on or before Thursday, March 30,\n2026; if not, the Closing Time is deferred.',
    [],
  ],
  ['Il sera transmis au plus tard sept (7) jours avant la date limite de réception, à\nsavoir le jeudi 26 mars 2026.', []],
  ['Le soumissionnaire peut retirer sa soumission jusqu’à la\nveille de l’ouverture des soumissions, soit le 1er avril 2026.', []],
  // A period counted from a moment by a relative clause (« les 90 jours qui suivent la date limite », "the 90 days that
  // follow the closing date"): its date is the period's, not the moment's.
  [
    "Aucune soumission ne peut être retirée pendant les quatre-vingt-dix (90) jours qui suivent la date limite de réception, soit jusqu'au mercredi 10 février 2027.",
    [],
  ],
  ['Les soumissions demeurent irrévocables durant les 60 jours qui suivront l’ouverture, soit jusqu’au 1er juin 2026.', []],
  ['Les questions sont reçues jusqu’aux sept jours qui précèdent la date limite, soit jusqu’au 26 mars 2026.', []],
  ['No tender may be withdrawn during the 90 days that follow the closing date, i.e. until June 30, 2026.', []],
  // A sentence's clauses each have their subject and their dates: a later clause (a postponement, questions, a visit)
  // changes nothing of an earlier one's.
  ['Any addendum shall be issued no later than March 26, 2026; failing that, the closing date will be postponed accordingly.', []],
  ["Toute demande d'équivalence doit être reçue au plus tard le 20 mars 2026; à défaut, la date limite de réception sera prolongée d'autant.", []],
  ['Tout addenda doit être publié au plus tard le 26 mars 2026, à défaut de quoi la date limite de réception est reportée d’autant de jours.', []],
  ["Tout addenda est publié dans SEAO; il doit l'être au plus tard le 26 mars 2026, faute de quoi la date limite de réception est reportée.", []],
  [
    'La visite des lieux a lieu le 24 mars 2026; les soumissions doivent être déposées au plus tard le 2 avril 2026 à 11 h.',
    [['receipt', '2026-04-02', '11:00']],
  ],
  [
    'Les soumissions doivent être reçues au plus tard le 2 avril 2026 à 11 h; les questions, elles, doivent parvenir au plus tard le 26 mars 2026.',
    [['receipt', '2026-04-02', '11:00']],
  ],
  ['Tenders must be received no later than April 2, 2026 at 11:00 a.m.; questions must be sent by March 26, 2026.', [['receipt', '2026-04-02', '11:00']]],
  ['Les questions doivent être transmises au plus tard le 26 mars 2026; la date limite de réception demeure le 2 avril 2026.', [['receipt', '2026-04-02']]],
  [
    'La date limite de réception des soumissions est reportée au 9 avril 2026; tout addenda est publié au plus tard le 2 avril 2026.',
    [['receipt', '2026-04-09', undefined, 'postponed']],
  ],
  ['Les soumissions sont ouvertes publiquement le 2 avril 2026 à 11 h 05; la visite des lieux a lieu le 24 mars 2026.', [['opening', '2026-04-02', '11:05']]],
  // The moment a relation counts from is the noun phrase after it: the inverted clause's subject after the comma is not it.
  [
    'Doit être transmis au plus tard le 1er décembre 2016, soit sept (7) jours avant la date limite de réception, tout addenda susceptible d’avoir une incidence sur les prix; à défaut, sera reportée la date limite de réception.',
    [],
  ],
  // A conditional clause whose subject is an addendum: its date is the addendum's, not the limit its main clause moves.
  [
    'If an addendum that may affect prices is sent after Thursday, November 3, 2016, the closing date is postponed so that at least seven (7) days separate the addendum from the closing.',
    [],
  ],
  ["Lorsqu'une question est reçue après le 3 novembre 2016, la date limite de réception peut être reportée.", []],
  // A date attached to another act (« aucun addenda après le … », "no inquiry received after …") is that act's, though the
  // sentence names the receipt limit after it, or before it with its own date.
  ['Le Centre n’émettra aucun addenda après le 26 mars 2026, à moins qu’il ne reporte la date limite de réception des soumissions.', []],
  ['The City will not issue any addendum after March 26, 2026, except one whose only purpose is to postpone the closing date.', []],
  ['La date limite de réception des soumissions est le 2 avril 2026 et aucun addenda ne sera transmis après le 26 mars 2026.', [['receipt', '2026-04-02']]],
  ['Bids, including all addenda acknowledgments, must be received by April 2, 2026.', [['receipt', '2026-04-02']]],
  // A pandoc multiline table: a cell's date at its line end, its time on the cell's next line, beside the other column's lines.
  [
    '  -----------------------------------------------------------\n  Élément                   Précisions\n  ------------------------- ---------------------------------\n  Réception des soumissions Au plus tard le jeudi 21 mai 2026\n                            à 11 h, au 1860, 1re Rue, Lévis\n\n  Ouverture publique        Le jeudi 21 mai 2026, à\n                            14 h 30, salle 4.22\n  -----------------------------------------------------------',
    [
      ['receipt', '2026-05-21', '11:00'],
      ['opening', '2026-05-21', '14:30'],
    ],
  ],
  [
    '  ---------------------------------------------------------\n  Step                 Date and time\n  -------------------- ------------------------------------\n  Closing of tenders   Tuesday, November 3, 2026, no later\n                       than 2:00 p.m. (Eastern Time)\n  ---------------------------------------------------------',
    [['receipt', '2026-11-03', '14:00']],
  ],
];

const DOCUMENT = (body: string) => `---\ntype: avis\ntitre: Services\n---\n\n# Avis\n\n${body}\n`;
const iso = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('corpus: receipt and opening dates in real-world wordings', () => {
  for (const [passage, expected] of PASSAGES) {
    it(passage.replace(/\n/g, ' ⏎ ').slice(0, 110), () => {
      const read = statedDates(parseDocument(DOCUMENT(passage))).map(({ kind, mention, postponed }): Reading => {
        const reading: Reading = [kind, iso(mention.date)];
        if (mention.time || postponed) reading.push(mention.time && `${mention.time.hour}:${String(mention.time.minute).padStart(2, '0')}`);
        if (postponed) reading.push('postponed');
        return reading;
      });
      assert.deepEqual(
        read,
        expected.map((reading) => (reading.length === 3 && reading[2] === undefined ? reading.slice(0, 2) : reading)),
      );
    });
  }
});

/** `positive`: annexe 2's formula, however typeset; `negative`: formulas of an adjusted price that are not it. */
const FORMULAS: Examples = {
  positive: [
    'Prix ajusté = Prix soumis ÷ [1 + K × (Note finale − 70) ÷ 30]',
    'Adjusted bid price = Bid price / {1 + K x [(Final score - 70) / 30]}',
    'PA = prix de la soumission divisé par (1 + K fois (note finale moins 70) sur 30)',
    'Le prix ajusté s’obtient en divisant le prix soumis par le facteur 1 + K × (NF – 70) / 30.',
    'Adjusted price = Submitted price ÷ (1 + 25 % × (Final quality score − 70) ÷ 30)',
  ],
  negative: [
    'Prix ajusté = Prix soumis ÷ [1 + K × (Note finale − 80) ÷ 30]',
    'Adjusted price = Bid price / (1 - K x (Final score - 70) / 30)',
    'Prix ajusté = Prix soumis ÷ [1 + K × (Note finale − 70) × 30]',
    'Prix ajusté = Prix soumis × [1 + K × (Note finale − 70) ÷ 30]',
  ],
};

describe('corpus: the annexe 2 adjusted-price formula in other writings', () => {
  for (const text of FORMULAS.positive) it(`is the formula: ${text}`, () => assert.equal(readFormula(text)?.annex2, true));
  for (const text of FORMULAS.negative ?? []) it(`is another formula: ${text}`, () => assert.equal(readFormula(text)?.annex2, false));
});
