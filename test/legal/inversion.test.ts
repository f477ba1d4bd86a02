import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/index.js';
import { findItem } from '../../server/src/core/legal/find.js';
import { canonicalOrder } from '../../server/src/core/legal/lexicon/inversion.js';
import type { ItemName } from '../../server/src/core/legal/recognisers.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';

const canonical = (text: string) => canonicalOrder(normalizeForMatching(text));

describe('stylistic inversion read in the subject-first order', () => {
  const READINGS: [string, string][] = [
    ['Seront reçues les offres au 200, rue Principale, au plus tard le 2 avril.', 'les offres seront recues au 200, rue principale, au plus tard le 2 avril.'],
    ['Ne sera accordée aucune prolongation.', 'aucune prolongation ne sera accordee.'],
    ['Doivent être joints, sous peine de rejet, les documents suivants :', 'les documents suivants doivent etre joints, sous peine de rejet :'],
    ['Incombe au prestataire la fourniture du matériel.', 'la fourniture du materiel incombe au prestataire.'],
    ['Seront rejetées toutes les propositions conditionnelles.', 'toutes les propositions conditionnelles seront rejetees.'],
    ['1.2 Sont la propriété du Collège les rapports produits.', '1.2 les rapports produits sont la propriete du college.'],
    ['Le prix est ferme; à défaut, sera annulé le contrat.', 'le prix est ferme; a defaut, le contrat sera annule.'],
    // An infinitive's object is the subject's (« susceptible d'avoir une incidence »).
    [
      'Doit être transmis au plus tard le 1er décembre, tout addenda susceptible d’avoir une incidence.',
      "tout addenda susceptible d'avoir une incidence doit etre transmis au plus tard le 1er decembre.",
    ],
    ['Sera rejetée toute offre susceptible de modifier le devis.', 'toute offre susceptible de modifier le devis sera rejetee.'],
  ];
  for (const [text, reading] of READINGS) it(text, () => assert.equal(canonical(text), reading));
  // Subject first already, a question, a date after the verb (« au plus tard le jeudi »), no subject in the sentence.
  for (const text of [
    'La soumission est valide pendant 90 jours.',
    'Est-ce que les soumissions sont ouvertes en public?',
    'Doit être transmis au plus tard le jeudi 1er décembre.',
    'Sera procédé à l’ouverture en présence d’au moins un témoin.',
    'La garantie, si elle est exigée, est remise après la signature.',
  ])
    it(`leaves as it is: ${text}`, () => assert.equal(canonical(text), undefined));
});

const document = (body: string) => parseDocument(`---\ntype: appel-offres\n---\n\n# Appel d'offres\n\n${body}\n`);

/** Other items stated with their predicate first: each fails when the clause is read only as written. */
const ITEMS: [ItemName, string][] = [
  ['bidValidity', 'Demeurent valides pendant cent vingt (120) jours les offres reçues.'],
  ['bidValidity', 'Sont irrévocables, pour une durée de 60 jours, toutes les propositions.'],
  [
    'receipt',
    'Devront être déposées au bureau du greffier, 12, rue de la Gare, Rimouski, les soumissions des entreprises, au plus tard le 2 avril 2026 à 11 h.',
  ],
  ['receipt', 'Seront reçues jusqu’au jeudi 2 avril 2026, 11 h, au secrétariat, les offres des firmes intéressées.'],
];

describe('items stated by an inverted clause', () => {
  for (const [item, text] of ITEMS) it(`${item}: ${text}`, () => assert.ok(findItem(document(text), item).length > 0));
});
