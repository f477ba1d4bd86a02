import type { Examples } from '../../server/src/core/legal/templates.js';

/**
 * Passages that a rule flags where they stand (art. 4 al. 3, 8, 9.1, 5 al. 2), in real-world
 * wordings, and passages it must leave alone.
 */
export interface Passages extends Examples {
  rule: string;
  /** The document's type (default: a call in one file). */
  type?: 'addenda';
  /** Front-matter lines added to the document (e.g. a grouping, for 5 al. 2). */
  frontMatter?: string;
}

export const PASSAGES: Passages[] = [
  {
    rule: 'documents-only-through-seao',
    positive: [
      "Les documents d'appel d'offres sont disponibles sur le SEAO et à nos bureaux, sur demande.",
      "Les documents d'appel d'offres peuvent être obtenus par courriel sur demande auprès de Mme Roy.",
      "On peut se procurer les documents d'appel d'offres au bureau de l'approvisionnement, 200, rue Principale.",
      'Les addenda seront transmis par courriel à tous les preneurs de documents.',
      'LE DEVIS EST DISPONIBLE EN VERSION PAPIER AU COMPTOIR DE LA RÉCEPTION.',
      'Les documents de l’appel d’offres sont également disponibles sur notre site Web.',
      'Tender documents are available at our offices upon request.',
      'On peut se procurer le cahier des charges sur le site du SEAO; une copie papier peut aussi être remise au secrétariat, sur demande.',
      'Des exemplaires imprimés sont également disponibles au comptoir de la réception.',
      '- **Documents :** disponibles sur le SEAO ou en version papier au bureau du Curateur public, sur demande',
      'The tender documents may be downloaded from SEAO (www.seao.ca), or picked up at the Purchasing Department.',
      'Bid documents can also be collected at the reception office, 3040 Sherbrooke Street West.',
      // Another channel offered by a pronoun standing for the documents, or with « offerts » (issue 13).
      "Les documents d'appel d'offres sont publiés dans le SEAO. Ils peuvent également être transmis par courriel, sur demande.",
      'The tender documents are posted on SEAO. They may also be sent by e-mail upon request.',
      'Le devis est disponible dans le SEAO et il est aussi offert en version papier à nos bureaux.',
      // The documents named by an object pronoun, whatever the verb (« les obtenir », « se le procurer »).
      "Les documents d'appel d'offres sont publiés dans le SEAO; le soumissionnaire peut aussi les obtenir à nos bureaux.",
      'Le cahier des charges est déposé dans le SEAO. Vous pouvez également vous le procurer en personne au secrétariat.',
      "Quiconque souhaite une version imprimée du devis peut l'obtenir en personne, sur rendez-vous.",
      "Les documents d'appel d'offres sont dans le SEAO; on peut en obtenir copie par la poste en s'adressant à Mme Roy.",
      'Le devis est publié dans le SEAO, mais la Direction des ressources matérielles le transmet aussi par courriel, sur demande.',
      'The tender documents are posted on SEAO. Bidders may also request them by e-mail from the Purchasing Department.',
      // A single « ni » after « sans » denies nothing.
      "Les documents d'appel d'offres sont disponibles sur le SEAO ou par courriel, sans frais ni inscription.",
      // A part of the documents handed out by itself (plans, drawings, annexes, the price schedule, the forms), and a negation
      // in a relative clause about someone, which refuses no channel (the twentieth audit's dictated twin).
      'Les plans des bâtiments seront aussi remis en format papier lors de la visite des lieux.',
      "L'annexe C (plans d'aménagement) est disponible au comptoir de la réception, sur demande.",
      'The drawings will also be available at the Purchasing Department upon request.',
      'Le soumissionnaire peut obtenir les plans du terrain par courriel auprès de M. Roy.',
      "Les plans sont publiés dans le SEAO; le soumissionnaire qui n'a pas accès à Internet peut demander les plans par la poste.",
      "Les formulaires seront remis en version papier à l'entreprise qui ne peut pas les imprimer.",
      "Les documents d'appel d'offres sont dans le SEAO; l'entreprise qui ne peut pas les télécharger peut les obtenir par courriel.",
      'Bidders who do not attend the site visit may request the tender documents by e-mail.',
      // The documents named by their form after the documents were named (« le PDF », « une copie », "the file"), and a channel
      // said by its verb ("e-mail", "fax"): the Notion export twin of the twenty-fourth audit round.
      'Le devis est publié dans le SEAO. Sur demande, la personne responsable peut aussi transmettre le PDF par courriel.',
      "Les documents d'appel d'offres sont dans le SEAO; la Direction peut en outre envoyer une copie par la poste à l'entreprise qui en fait la demande.",
      'The tender documents are posted on SEAO. Upon request, the Purchasing Department will also send the file by mail.',
      'The bid documents are on SEAO. The contact person can also fax a copy to any firm that asks.',
      'Tender documents may also be e-mailed to a firm that cannot reach SEAO.',
      // A clause of its own after a comma, the documents named again as its subject: the negation before it refuses nothing it
      // offers; the system named at length is no distance; a USB key, a disc, a room (the twenty-fifth audit round's twins).
      'Le devis ne peut être modifié que par addenda publié dans le SEAO, les addenda et le devis étant aussi remis en format papier au comptoir de la réception.',
      "Les documents d'appel d'offres ne sont pas vendus, et les documents d'appel d'offres sont également transmis par la poste, sur demande.",
      'The tender documents may not be changed except by addendum, and the addenda are also sent by e-mail to every holder.',
      "Le cahier des charges est disponible dans le Système électronique d'appel d'offres du gouvernement du Québec (SEAO), à l'adresse www.seao.ca, moyennant les frais exigés par son exploitant, et à nos bureaux, sur rendez-vous.",
      'Tender documents are available through the Electronic Tendering System (SEAO) at www.seao.ca, at the fees set by its operator, or free of charge upon request from the contact person.',
      'Le devis est aussi remis sur CD au local 120, sur rendez-vous.',
      'The tender documents can also be picked up on a USB key in room 214.',
      // The verb before its subject, the documents last (the impersonal twin of the twenty-sixth audit round).
      "Sont également remis sur demande, par courriel, les documents d'appel d'offres.",
      'Pourra être envoyé par la poste, à tout soumissionnaire qui le demande, un exemplaire imprimé du devis.',
      'Est offerte en version papier au comptoir de la réception une copie du cahier des charges.',
      'Available on request by e-mail is a copy of the tender documents.',
      'Also sent by mail, upon request, are the addenda.',
      // A copy named by its form in a later clause or sentence, subject or object, in any word order; the documents as the
      // object after the channel (the thirtieth audit round's twins).
      'Les addenda sont publiés dans le SEAO. L’entreprise inscrite peut aussi en recevoir un exemplaire par courriel.',
      'Le devis est publié dans le SEAO. Une version imprimée peut toutefois être remise au secrétariat à quiconque la demande.',
      'The addenda are posted on SEAO. A printed copy of them may be requested by fax.',
    ],
    negative: [
      "Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.",
      // The verb first, the documents a complement (after a preposition) or the way refused.
      "Peut être remis en personne au secrétariat le formulaire d'inscription prévu aux documents d'appel d'offres.",
      "Sont transmis par courriel, avec les documents d'appel d'offres déjà publiés dans le SEAO, les avis de visite.",
      "Ne peuvent être obtenus par courriel ni remis en personne les documents d'appel d'offres.",
      'Sent by e-mail on request is the site visit form of the tender documents.',
      "Les documents d'appel d'offres sont disponibles uniquement par le système électronique SÉAO, à l'adresse www.seao.ca.",
      "Aucun document d'appel d'offres ne sera transmis par courriel ni remis à nos bureaux.",
      "Toute demande de renseignements concernant les documents d'appel d'offres doit être transmise par courriel à Mme Roy.",
      'Les soumissions doivent être déposées à nos bureaux au plus tard le 3 mars 2026 à 14 h.',
      'La soumission doit inclure les addenda signés, dûment paraphés.',
      'Les addenda sont publiés dans le SEAO et font partie des documents d’appel d’offres.',
      'Le devis exige que les livrables soient remis par courriel au chargé de projet.',
      'Les plans et devis finaux doivent être remis par courriel au Ministère.',
      'Le prestataire transmet les addenda à ses sous-traitants par courriel.',
      "Une copie papier du contrat signé sera transmise par la poste à l'adjudicataire.",
      'Documents : disponibles seulement sur le SEAO (www.seao.gouv.qc.ca)',
      "Documents : le formulaire de soumission signé est remis au bureau de l'approvisionnement.",
      'Tender documents are available only on SEAO and tenders must be delivered at the Purchasing Department.',
      'Tender documents may be downloaded only from SEAO, www.seao.ca.',
      "Les documents d'appel d'offres sont publiés dans le SEAO. Ils ne peuvent être transmis par courriel.",
      "Les documents d'appel d'offres sont publiés dans le SEAO. Elles doivent être déposées à nos bureaux au plus tard le 3 mars.",
      // A pronoun standing for something else named after the documents (the bid form), or a channel refused.
      "Les documents d'appel d'offres sont publiés dans le SEAO. Le soumissionnaire remplit le formulaire de soumission et le transmet par courriel.",
      "Les documents d'appel d'offres sont publiés dans le SEAO; le soumissionnaire ne peut les obtenir ni par courriel ni à nos bureaux.",
      'Le devis est publié dans le SEAO. Le prestataire remet le rapport final et le transmet aussi par courriel au chargé de projet.',
      // The channel denied by « ni … ni », « ne … ni », "neither … nor", "nor".
      "Le devis n'est transmis ni par la poste ni par courriel : il est publié dans le SEAO.",
      "Ni le Ministère ni ses mandataires ne transmettent les documents d'appel d'offres par courriel.",
      'The tender documents are neither mailed nor available at our offices: SEAO is their only source.',
      'Tender documents are available only through SEAO, nor may paper copies be picked up at the Purchasing Department.',
      // A part the bidder fills in, signs or returns is its bid; a lone plan is no part of the documents; a negated relative
      // clause whose verb is the getting refuses the channel.
      'Le bordereau de prix dûment rempli doit être remis en format papier au secrétariat.',
      'Les formulaires signés sont transmis par courriel avec la soumission.',
      'The forms must be submitted by e-mail to the Purchasing Department.',
      'Un plan des lieux sera remis en format papier à la visite.',
      'Les plans, qui ne sont pas remis en format papier, sont publiés dans le SEAO.',
      'The tender documents, which will not be sent by mail, are posted on SEAO.',
      // A form noun with a complement names something else; the channel verb about a bid or refused.
      "Les documents d'appel d'offres sont dans le SEAO. L'adjudicataire transmet une copie du contrat signé par courriel.",
      'The tender documents are posted on SEAO. The contact person will not e-mail the PDF to anyone.',
      'The tender documents are posted on SEAO. Our e-mail address appears on the bid form, to send a copy of the signed bid.',
      // A second clause that names the documents again and refuses the channel itself; the system named at length, alone.
      "Les documents d'appel d'offres sont publiés dans le SEAO, les documents n'étant transmis ni par courriel ni par la poste.",
      'The tender documents are posted on SEAO, and the documents are not sent by mail.',
      "Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du Système électronique d'appel d'offres du gouvernement du Québec (SEAO), à l'adresse www.seao.ca, aux frais que fixe son exploitant.",
      'Un plan du local 120 sera remis sur demande à la visite.',
      // A copy of something else, or the bid's, after the documents were named; a copy refused.
      "Les documents d'appel d'offres sont dans le SEAO. Le prestataire remet chaque mois, par courriel, une copie des feuilles de temps.",
      'The tender documents are posted on SEAO. Tenders must be delivered in one original and two copies at the reception desk.',
      "Les documents d'appel d'offres ne peuvent être obtenus que par le SEAO; aucun exemplaire n'est transmis par courriel ni remis sur clé USB.",
    ],
  },
  {
    rule: 'addendum-only-through-seao',
    type: 'addenda',
    positive: [
      // The addendum's own revised part, or the addendum itself, named by an object pronoun (the ninth audit's twin).
      'Le soumissionnaire qui préfère remplir le bordereau révisé en format Excel peut le demander par courriel à la personne responsable.',
      'Le présent addenda est publié dans le SEAO. Le soumissionnaire qui le souhaite peut aussi se le procurer au secrétariat.',
      'La page B-2 révisée est jointe au présent addenda; on peut aussi l’obtenir par la poste, sur demande.',
      'The revised Price Schedule is attached. Bidders may also obtain it at our offices.',
      // A copy of the addendum named by its form in a later clause (the thirtieth audit round).
      'Le présent addenda est publié dans le SEAO; une copie peut aussi être transmise par courriel à quiconque la demande.',
      'This addendum is posted on SEAO. Obtainable at the counter of the Purchasing Department, upon request, is a printed copy.',
    ],
    negative: [
      'La page B-2 révisée est jointe au présent addenda, publié dans le SEAO.',
      'Le soumissionnaire remplit le bordereau révisé et le joint à sa soumission.',
      'Le soumissionnaire signe le formulaire révisé et le transmet avec sa soumission, au plus tard à la date limite.',
      'The revised Price Schedule is attached to this addendum, posted on SEAO.',
    ],
  },
  {
    rule: 'options-same-price-and-nature',
    positive: [
      "Le contrat comporte deux options de renouvellement d'un an; les prix seront indexés selon l'IPC.",
      'Option de prolongation de 12 mois à un prix à négocier avec le prestataire.',
      'Le contrat est renouvelable une fois, avec une majoration des taux horaires de 3 %.',
      'Une option pour des services supplémentaires de nature différente (formation du personnel).',
      'Renewal option of one year; rates will be adjusted to the CPI.',
      'Options : 2 prolongations de 12 mois chacune, à des tarifs révisés chaque année.',
    ],
    negative: [
      "Le contrat comporte une option de renouvellement d'une année, aux mêmes prix.",
      'Le contrat est renouvelable pour deux périodes de 12 mois, sans indexation des prix.',
      'Les prix ne seront pas indexés lors du renouvellement.',
      'Option de services supplémentaires de même nature, aux mêmes taux horaires.',
    ],
  },
  {
    rule: 'refusal-clause-scope',
    positive: [
      "L'organisme se réserve le droit de refuser tout prestataire qui, au cours des 3 dernières années, a fait l'objet d'une évaluation de rendement insatisfaisant.",
      "Le Ministère pourra refuser tout soumissionnaire ayant fait l'objet, de la part de tout organisme public, d'une évaluation de rendement insatisfaisant au cours des deux années précédant l'ouverture.",
      "Le Centre se réserve la possibilité de refuser tout prestataire qui, dans les 24 derniers mois, a omis de donner suite à une soumission ou qui fait l'objet d'une poursuite judiciaire contre l'organisme.",
      "L'organisme peut refuser un prestataire dont le contrat a été résilié pour défaut au cours des cinq (5) dernières années.",
      // "de la part d'un client" is not "de la part de cet organisme".
      "Le Ministère pourra refuser tout prestataire ayant fait l'objet de la part d'un client d'une évaluation de rendement insatisfaisant au cours des deux dernières années.",
      'The College may refuse any Tenderer who received an unsatisfactory performance evaluation from a client in the two years preceding the opening.',
      // The author before the evaluation, as the complement of « obtenir », but another one.
      "Le Collège peut refuser tout soumissionnaire qui, au cours des deux années précédant l'ouverture, a obtenu d'un client une évaluation de rendement insatisfaisant.",
      // The body speaking as "we", but not as the evaluation's author.
      'We may refuse your bid if, in the 2 years before the opening, you received an unsatisfactory performance evaluation or we cancelled a contract with you.',
      "Nous pouvons refuser votre soumission si, dans les deux années précédant l'ouverture, vous avez obtenu une évaluation de rendement insatisfaisant ou si nous avons résilié un contrat conclu avec vous.",
    ],
    negative: [
      "L'organisme public se réserve la possibilité de refuser tout prestataire de services qui, au cours des 2 années précédant la date d'ouverture des soumissions, a fait l'objet de la part de cet organisme d'une évaluation de rendement insatisfaisant, a omis de donner suite à une soumission ou à un contrat, ou a fait l'objet d'une résiliation de contrat en raison de son défaut d'en respecter les conditions.",
      "Le Ministère pourra refuser tout prestataire qui, au cours des deux années précédant l'ouverture, a fait l'objet de sa part d'une évaluation de rendement insatisfaisant.",
      "Le Ministère se réserve la possibilité de refuser tout prestataire de services qui, au cours des deux (2) années précédant la date d'ouverture des soumissions, a fait l'objet de la part du Ministère d'une évaluation de rendement insatisfaisant.",
      "Le Cégep peut refuser toute entreprise ayant fait l'objet, de la part du Cégep, d'une évaluation de rendement insatisfaisant dans les deux ans précédant l'ouverture des soumissions.",
      'The College reserves the right to refuse any Tenderer who, in the two (2) years preceding the date of the opening of tenders, received an unsatisfactory performance evaluation from the College.',
      'The University may refuse any supplier who, in the two years preceding the opening, was given an unsatisfactory performance evaluation by the University.',
      // The body named with a demonstrative, as art. 8 itself does (« de la part de cet organisme »).
      "Un établissement participant peut refuser un soumissionnaire qui, au cours des deux années précédant l'ouverture des soumissions, a fait l'objet d'une évaluation de rendement insatisfaisant de la part de cet établissement.",
      "Le Ministère peut refuser tout prestataire qui, au cours des deux années précédant l'ouverture, a fait l'objet d'une évaluation de rendement insatisfaisant de la part de ce ministère.",
      "La Société se réserve le droit de refuser tout prestataire qui, dans les deux années précédant l'ouverture, a fait l'objet d'une évaluation de rendement insatisfaisant par cette société.",
      "Le Bureau peut refuser tout prestataire ayant fait l'objet d'une évaluation de rendement insatisfaisant de la part du Bureau dans les deux ans précédant l'ouverture.",
      // The author named before the evaluation, as the complement of the verb that obtains or receives it.
      "La Société peut refuser tout prestataire qui, dans les deux années précédant l'ouverture des soumissions, a reçu de la Société une évaluation de rendement insatisfaisant.",
      "Le Collège peut refuser un soumissionnaire ayant obtenu du Collège, au cours des deux ans précédant l'ouverture, une évaluation de rendement insatisfaisant.",
      // English « de la part de »: "on the part of".
      'The Board may refuse any supplier who, in the two years preceding the opening of tenders, was the subject of an unsatisfactory performance evaluation on the part of the Board.',
      // The body speaking as « nous », "we", the evaluation's author (a plain-language call).
      "Nous pouvons refuser votre soumission si, dans les deux années précédant l'ouverture, nous vous avons attribué une évaluation de rendement insatisfaisant.",
      "Nous pouvons refuser votre soumission si, dans les deux années précédant l'ouverture, vous avez reçu une évaluation de rendement insatisfaisant que nous avons remise.",
      'We may refuse your bid if, in the two years before the opening, we issued an unsatisfactory performance evaluation of your work.',
      "Nous pouvons refuser votre soumission si, dans les deux années précédant l'ouverture, nous avons jugé votre rendement insatisfaisant.",
      "Nous pouvons refuser votre soumission si, dans les deux années précédant l'ouverture, vous avez obtenu un rendement insatisfaisant à notre évaluation.",
      'We may refuse your bid if, in the two years before the opening, you received an unsatisfactory performance evaluation from us.',
    ],
  },
  {
    rule: 'documents-grouping-participation-mandatory',
    frontMatter: 'regroupement:\n  - { organisme: CIUSSS de la Capitale-Nationale, besoins: 400 heures }',
    positive: [
      'La participation des membres du regroupement est facultative.',
      "Les organismes participants ne sont pas tenus de requérir les services de l'adjudicataire.",
      'Chaque établissement demeure libre de recourir à un autre prestataire.',
      'Un établissement participant pourra se retirer du regroupement avant la signature de son contrat.',
      'Participation in the grouping is optional for each school board.',
    ],
    negative: [
      "Toute partie au regroupement est tenue de requérir les services du prestataire retenu, aux conditions prévues aux documents d'appel d'offres.",
      'Les besoins de chaque organisme sont décrits au tableau ci-dessous.',
      // The obligation stated by denying the option (the health network's models): not optional participation.
      "Chacun des établissements participants est tenu de conclure un contrat avec l'adjudicataire; aucun établissement ne peut se retirer du regroupement après l'ouverture des soumissions.",
      "La participation au regroupement n'est pas facultative : chaque membre commande auprès de l'adjudicataire.",
      "Aucun organisme n'est libre de recourir à un autre prestataire pendant la durée du contrat.",
      'No member may withdraw from the grouping once the contract is awarded.',
    ],
  },
];
