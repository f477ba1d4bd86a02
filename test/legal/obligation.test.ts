import { strict as assert } from 'node:assert';
import { DROPPED, IMPERSONALS, KEPT, MANDATIVES, PERIPHRASES, plainObligation, REQUIRING } from '../../server/src/core/legal/lexicon/obligation.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';

const plain = (text: string) => plainObligation(normalizeForMatching(text));

/** Texts and their plain form, folded. */
const VALID: [string, string][] = [
  // Periphrases, in either gender and number, present and future, « de » elided.
  ['Le soumissionnaire est tenu de joindre à sa soumission : une copie.', 'le soumissionnaire doit joindre a sa soumission : une copie.'],
  ["L'entreprise retenue est tenue d'effectuer une visite.", "l'entreprise retenue doit effectuer une visite."],
  ['Les prestataires sont tenus de fournir un rapport.', 'les prestataires doivent fournir un rapport.'],
  ["L'adjudicataire sera tenu de réaliser l'inventaire.", "l'adjudicataire devra realiser l'inventaire."],
  ['Les firmes seront obligées de transmettre leurs questions par écrit.', 'les firmes devront transmettre leurs questions par ecrit.'],
  ["Le soumissionnaire a l'obligation de joindre sa licence.", 'le soumissionnaire doit joindre sa licence.'],
  ["Les soumissionnaires auront l'obligation de produire une attestation.", 'les soumissionnaires devront produire une attestation.'],
  ["Le soumissionnaire est dans l'obligation de fournir ses états financiers.", 'le soumissionnaire doit fournir ses etats financiers.'],
  ['Le prestataire se doit de respecter les délais.', 'le prestataire doit respecter les delais.'],
  ['Le soumissionnaire est requis de fournir son attestation.', 'le soumissionnaire doit fournir son attestation.'],
  ["L'adjudicataire est chargé d'assurer l'entretien.", "l'adjudicataire doit assurer l'entretien."],
  ['Le prestataire aura à effectuer les travaux de nuit.', 'le prestataire devra effectuer les travaux de nuit.'],
  ['Le soumissionnaire est également tenu de joindre sa licence.', 'le soumissionnaire doit joindre sa licence.'],
  ["Le soumissionnaire est tenu de s'assurer de la conformité.", "le soumissionnaire doit s'assurer de la conformite."],
  ['Le prestataire est tenu de ne pas divulguer les renseignements.', 'le prestataire doit ne pas divulguer les renseignements.'],
  // Adverbs before the infinitive, left out as after the modal.
  ["La firme retenue a l'obligation de notamment effectuer deux visites.", 'la firme retenue doit effectuer deux visites.'],
  ["Il incombe au soumissionnaire d'obligatoirement joindre le bordereau.", 'le soumissionnaire doit joindre le bordereau.'],
  ['The bidder is required to also provide the form.', 'the bidder must provide the form.'],
  // The subject after the verb.
  ['Il incombe au soumissionnaire de joindre son attestation.', 'le soumissionnaire doit joindre son attestation.'],
  ["Il appartient à l'adjudicataire d'obtenir les permis.", "l'adjudicataire doit obtenir les permis."],
  ['Il incombera aux soumissionnaires de transmettre leurs questions.', 'les soumissionnaires devront transmettre leurs questions.'],
  ['Il revient à chaque membre du regroupement de commander ses quantités.', 'chaque membre du regroupement doit commander ses quantites.'],
  ['Il est de la responsabilité du prestataire de services de fournir le matériel.', 'le prestataire de services doit fournir le materiel.'],
  ['It is the responsibility of the Bidder to ensure delivery.', 'the bidder must ensure delivery.'],
  ['It is incumbent upon each tenderer to examine the site.', 'each tenderer must examine the site.'],
  // The subject in the possessive, "sole" before "responsibility".
  ["It is the successful proponent's responsibility to obtain the permits.", 'the successful proponent must obtain the permits.'],
  ["It will be each tenderer's sole responsibility to visit the premises.", 'each tenderer must visit the premises.'],
  ["It is the bidders' responsibility to check for addenda.", 'the bidders must check for addenda.'],
  // A requirement that something be so, in the subjunctive: the subject then « soit », « soient », "be".
  ['It is required that any tender be received at the reception desk.', 'any tender must be received at the reception desk.'],
  ['It is hereby required that the bid be signed by an authorized person.', 'the bid must be signed by an authorised person.'],
  ['It will be mandatory that all tenders be sealed.', 'all tenders must be sealed.'],
  ['Il est exigé que toute soumission soit reçue au plus tard le 5 mai.', 'toute soumission doit etre recue au plus tard le 5 mai.'],
  ["Il est exigé qu'une soumission soit signée.", 'une soumission doit etre signee.'],
  ['Il faut que les offres soient signées par une personne autorisée.', 'les offres doivent etre signees par une personne autorisee.'],
  ['Il sera nécessaire que les soumissions soient déposées au bureau.', 'les soumissions devront etre deposees au bureau.'],
  // In English, the subjunctive of any verb after the bid or the bidder; a party's own "requires that".
  ['It is required that the bidder submit a bond.', 'the bidder must submit a bond.'],
  ['It is essential that the tender include the signed price schedule.', 'the tender must include the signed price schedule.'],
  ['It is necessary that all tenderers attend the site visit.', 'all tenderers must attend the site visit.'],
  ["It is mandatory that the bidder's proposal contain the form.", "the bidder's proposal must contain the form."],
  ['The Owner requires that each Bidder provide a bid bond.', 'each bidder must provide a bid bond.'],
  ['The Board will require that every proponent hold a licence.', 'every proponent must hold a licence.'],
  ['The Owner requires that all tenders be sealed.', 'all tenders must be sealed.'],
  ['It is the sole responsibility of the Contractor to maintain insurance.', 'the contractor must maintain insurance.'],
  // The conditional, as the future: what the contract would require of the bidder chosen.
  ["L'adjudicataire serait tenu de fournir une assurance.", "l'adjudicataire devra fournir une assurance."],
  ['Les prestataires seraient obligés de transmettre un rapport.', 'les prestataires devront transmettre un rapport.'],
  ['Le prestataire aurait à effectuer les visites.', 'le prestataire devra effectuer les visites.'],
  ["Les firmes auraient l'obligation de produire un rapport.", 'les firmes devront produire un rapport.'],
  ['The successful bidder would be required to sign the contract.', 'the successful bidder must sign the contract.'],
  ['The consultant would need to attend two meetings.', 'the consultant must attend two meetings.'],
  // Other periphrases of the same force: « a pour obligation de », « a la responsabilité de », « est responsable de ».
  ["L'adjudicataire a pour obligation de transmettre un rapport.", "l'adjudicataire doit transmettre un rapport."],
  ['Le prestataire aura la responsabilité de fournir les équipements.', 'le prestataire devra fournir les equipements.'],
  ['Les firmes sont responsables de vérifier les addenda.', 'les firmes doivent verifier les addenda.'],
  // Impersonal, its subject « il », "it" kept.
  ['Il est obligatoire de joindre la résolution du conseil.', 'il doit joindre la resolution du conseil.'],
  ['Il faut transmettre la soumission par le SEAO.', 'il doit transmettre la soumission par le seao.'],
  ['Il sera nécessaire de fournir une attestation.', 'il devra fournir une attestation.'],
  ['It is mandatory to attend the site visit.', 'it must attend the site visit.'],
  // The obligation as a label naming its subject, then what it requires.
  ["Obligations de l'adjudicataire : fournir un rapport mensuel.", "l'adjudicataire doit fournir un rapport mensuel."],
  ['La responsabilité des prestataires : assurer l’entretien des appareils.', "les prestataires doivent assurer l'entretien des appareils."],
  ['Obligation of each tenderer: to visit the site.', 'each tenderer must visit the site.'],
  // English periphrases.
  ['The bid is required to include the signed form.', 'the bid must include the signed form.'],
  ['Bidders are also required to submit a bond.', 'bidders must submit a bond.'],
  ['The service provider will be required to provide support.', 'the service provider must provide support.'],
  ['The Contractor is obligated to maintain insurance.', 'the contractor must maintain insurance.'],
  ['The bid has to include the form.', 'the bid must include the form.'],
  ['Bidders will have to attend the site visit.', 'bidders must attend the site visit.'],
  ['The proposal needs to include a work plan.', 'the proposal must include a work plan.'],
  // Words between a modal and its verb: adverbs, an incise, around an auxiliary.
  ['Le soumissionnaire doit obligatoirement joindre sa licence.', 'le soumissionnaire doit joindre sa licence.'],
  ['La soumission doit être obligatoirement accompagnée du formulaire.', 'la soumission doit etre accompagnee du formulaire.'],
  ['La soumission doit obligatoirement être accompagnée du formulaire.', 'la soumission doit etre accompagnee du formulaire.'],
  ['Le soumissionnaire doit, sous peine de rejet, joindre sa licence.', 'le soumissionnaire doit joindre sa licence.'],
  ['Le soumissionnaire devra, au plus tard le 3 mars 2027 à 14 h, transmettre le formulaire.', 'le soumissionnaire devra transmettre le formulaire.'],
  ['Le soumissionnaire doit également, sous peine de rejet, joindre sa licence.', 'le soumissionnaire doit joindre sa licence.'],
  ['Le prestataire doit en outre remplacer le linge.', 'le prestataire doit remplacer le linge.'],
  ['La soumission doit, au moins, comprendre le formulaire.', 'la soumission doit comprendre le formulaire.'],
  ['La soumission doit clairement indiquer le prix.', 'la soumission doit indiquer le prix.'],
  ['The bid must also include the signed form.', 'the bid must include the signed form.'],
  ['The bid shall, at a minimum, include the signed form.', 'the bid shall include the signed form.'],
  ['Tenders must be clearly marked with the call number.', 'tenders must be marked with the call number.'],
  // An incise or an adverb between commas after the periphrasis's joining word, left out as after the modal.
  [
    'Le soumissionnaire est tenu de, dans les dix jours suivant la demande, fournir ses états financiers.',
    'le soumissionnaire doit fournir ses etats financiers.',
  ],
  [
    "L'adjudicataire aura l'obligation d'aussi, avant le début des travaux, fournir une preuve d'assurance.",
    "l'adjudicataire devra fournir une preuve d'assurance.",
  ],
  ['Les firmes sont tenues de, au moins, transmettre un rapport.', 'les firmes doivent transmettre un rapport.'],
  ['The Contractor is required to, within ten days, provide the insurance certificate.', 'the contractor must provide the insurance certificate.'],
  // A periphrasis, then words between: both.
  [
    'Le soumissionnaire est tenu de joindre sa licence; la soumission doit également comprendre le bordereau.',
    'le soumissionnaire doit joindre sa licence; la soumission doit comprendre le bordereau.',
  ],
];

/** Texts with no plain form: no periphrasis or modal, a negated one, a word that changes the force or scope kept. */
const INVALID: string[] = [
  'Le soumissionnaire doit joindre sa licence.',
  'The bid must include the signed form.',
  // Negation.
  "Le Ministère n'est pas tenu d'accepter la plus basse.",
  "Nul n'est tenu de soumissionner.",
  'Les organismes ne sont tenus de requérir aucun service.',
  "Le soumissionnaire n'a pas l'obligation de joindre sa licence.",
  "L'établissement n'a aucune obligation de commander.",
  'Le soumissionnaire ne doit nullement joindre ses états financiers.',
  'Le soumissionnaire ne doit pas, sous peine de rejet, joindre de prix.',
  'Bidders are not required to submit a bond.',
  'Bidders do not have to submit a bond.',
  "The bidder doesn't need to attend.",
  'The bid need not include the price schedule.',
  'The bid must not include prices.',
  'Le prestataire ne serait pas tenu de fournir une assurance.',
  'Aucun soumissionnaire ne serait obligé de visiter les lieux.',
  'The bidder would not be required to attend.',
  "It is not the bidder's responsibility to verify the quantities.",
  "Le soumissionnaire n'a pas la responsabilité de vérifier les quantités.",
  // Force and scope.
  'Le soumissionnaire doit uniquement joindre sa licence.',
  'Le soumissionnaire doit seulement fournir son prix.',
  'Le soumissionnaire doit éventuellement fournir ses états financiers.',
  'The bid must only include the form.',
  'The bidder should probably attend.',
  'The bidder may have to attend the visit.',
  'The bidder might have to attend the visit.',
  'The bidder could be required to provide a bond.',
  // A condition, an exception or a discretion in the incise.
  'Le soumissionnaire doit, si le Ministère le demande, fournir ses états financiers.',
  'Le contrat doit, le cas échéant, être signé.',
  'Le soumissionnaire doit, sauf exception, joindre sa licence.',
  'The Board will, at its sole discretion, reject any bid.',
  'The contract will, at the option of the Board, be renewed for one year.',
  // No obligation: a noun after « de », the preposition « à », a noun « needs », another auxiliary.
  "L'obligation de confidentialité est essentielle.",
  "L'adjudicataire a l'obligation de notamment la confidentialité.",
  "Le soumissionnaire est soumis à l'obligation de fournir une garantie.",
  'Le registre est tenu de façon rigoureuse.',
  'Le chargé de projet est présent.',
  "The Board's needs to be met are described below.",
  'La soumission sera automatiquement rejetée.',
  'La soumission doit automatiquement être rejetée.',
  'The bidder must apply the rates.',
  "It is the Board's responsibility under the contract.",
  // No subject to the label, no verb after it, or a reference instead.
  'Obligation de confidentialité : le prestataire protège les données.',
  "L'obligation du soumissionnaire : aucune.",
  "Obligations du prestataire : voir l'article 12.",
  "Le Ministère est responsable de l'entretien.",
  // An impersonal periphrasis negated, or its words said of a thing.
  "Il n'est pas obligatoire de joindre la licence.",
  'Il ne faut pas joindre de prix au formulaire technique.',
  'A bond is necessary to secure the bid.',
  'Le formulaire est obligatoire dans tous les cas.',
  "It is the bidder's responsibility to the Board.",
  // A requirement negated or made a condition, its verb not "be", or its subject interrupted.
  'It is not required that the bid be bound.',
  'If it is required that the bid be signed, the Board says so.',
  "Il n'est pas exigé que la soumission soit reliée.",
  'It is required that the bidder submits a bond.',
  'It is required that the bidder not submit two bids.',
  'The Board does not require that the bidder provide a bond.',
  'The Board may require that the bidder provide its financial statements.',
  'If the Board requires that the bidder provide a bond, it says so.',
  'The contract requires that the contractor maintain insurance.',
  'It is required that any tender, in a sealed envelope, be received before noon.',
  // An incise never closed, or too long.
  'Le soumissionnaire est tenu de, si le Ministère le demande, fournir ses états financiers.',
  "Le soumissionnaire a l'obligation de, à ce titre",
  'Le soumissionnaire doit, à ce titre',
  'Le soumissionnaire doit, dans un délai de trente jours suivant la réception de la demande écrite du Ministère, fournir ses états.',
];

describe('obligation in its plain form (lexicon/obligation.ts)', () => {
  it('reads a periphrasis, an impersonal obligation, adverbs and incises between a modal and its verb with the plain modal', () => {
    for (const [text, expected] of VALID) assert.equal(plain(text), expected, text);
  });

  it('gives no plain form where none is the same obligation', () => {
    for (const text of INVALID) assert.equal(plain(text), undefined, text);
  });

  it('reads every form of the lists: each periphrasis, each impersonal form, each word left out; never a word kept', () => {
    for (const { auxiliary, words, then, subject = 'the bidder' } of PERIPHRASES) {
      for (const [form, modal] of Object.entries(auxiliary)) {
        for (const word of words) {
          const written = [form, word, then, then === 'to' ? 'include the form.' : 'joindre le formulaire.'].filter(Boolean).join(' ');
          const expected = `${modal} ${then === 'to' ? 'include the form.' : 'joindre le formulaire.'}`;
          assert.equal(plainObligation(`${subject} ${written}`), `${subject} ${expected}`, written);
        }
      }
    }
    for (const { words, by } of IMPERSONALS) {
      for (const form of words) {
        const english = by === 'of' || by === 'on';
        const text = english
          ? `${form} ${by} the bidder to include the form.`
          : `${form} ${by === 'a' ? 'au' : 'du'} soumissionnaire de joindre le formulaire.`;
        assert.match(
          plainObligation(text) ?? '',
          english ? /^the bidder must include the form\.$/ : /^le soumissionnaire (?:doit|devra) joindre le formulaire\.$/,
          text,
        );
      }
    }
    for (const { subject, auxiliary, words, then } of MANDATIVES) {
      for (const form of Object.keys(auxiliary)) {
        for (const word of words) {
          const text = [subject, form, word, then, then === 'that' ? 'the bid be signed.' : 'la soumission soit signee.'].filter(Boolean).join(' ');
          assert.match(plainObligation(text) ?? '', then === 'that' ? /^the bid must be signed\.$/ : /^la soumission (?:doit|devra) etre signee\.$/, text);
        }
      }
    }
    for (const form of REQUIRING) assert.equal(plainObligation(`the board ${form} that the bidder sign the form.`), 'the bidder must sign the form.', form);
    for (const word of DROPPED) {
      assert.equal(plainObligation(`la soumission doit ${word} comprendre le formulaire.`), 'la soumission doit comprendre le formulaire.', word);
      assert.equal(plainObligation(`the bid must ${word} include the form.`), 'the bid must include the form.', word);
    }
    for (const word of KEPT) {
      assert.equal(plainObligation(`la soumission doit ${word} comprendre le formulaire.`), undefined, word);
      assert.equal(plainObligation(`la soumission doit, selon ${word} cas, comprendre le formulaire.`), undefined, word);
    }
  });

  it('reads a text in time linear in its length, whatever its incises and adverbs', () => {
    const time = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        plainObligation(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    for (const unit of ['doit, ', 'doit egalement ', 'est egalement ', 'il incombe au soumissionnaire de ', 'doit, sous peine de rejet, ']) {
      const small = unit.repeat(Math.ceil(25_000 / unit.length));
      const [t1, t2] = [time(small), time(small + small)];
      assert.ok(t2 <= 3 * t1 + 15, `${JSON.stringify(unit)}: ${t1.toFixed(1)} ms → ${t2.toFixed(1)} ms`);
    }
  });
});
