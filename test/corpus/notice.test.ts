import { strict as assert } from 'node:assert';
import { RECOGNISERS, matchesHeading, matchesPhrase, type ItemName } from '../../server/src/core/legal/recognisers.js';
import type { Examples } from '../../server/src/core/legal/templates.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';

/**
 * Wordings drafters actually use for each art. 4 item (government models, SEAO notices, paraphrases),
 * and near-misses that must not count. Each line is one passage as it appears in a notice.
 */
const CORPUS: Partial<Record<ItemName, Examples>> = {
  // A request for bids is a summary description of the services only when it names them (issue 13).
  servicesDescription: {
    positive: [
      "Le Cégep demande des soumissions pour l'entretien ménager de ses trois pavillons.",
      'La Société sollicite des offres visant la collecte des matières résiduelles de ses installations.',
      'Le Ministère invite les firmes intéressées à présenter une soumission en vue de la refonte de son site Web.',
      'Le présent appel d’offres a pour objet des services de gardiennage.',
      // The bidders by another of their names.
      'La Société invite les proposants à soumettre une offre pour la refonte de son site Web.',
      // A request for bids in English, saying for what (gathered, paraphrased).
      // http://legisquebec.gouv.qc.ca/en/showversion/cr/I-13.3,%20r.%2012?code=se:25&pointInTime=20200924
      'The Board is seeking tenders for snow removal services at its schools.',
      'The College invites proposals for the maintenance of its elevators.',
      'The Ministry is soliciting bids relating to the translation of its publications.',
    ],
    negative: [
      'The Board invites tenders for this call in accordance with its procurement policy.',
      'Le Centre de services scolaire demande des soumissions dans le cadre du dossier mentionné ci-dessus.',
      "La Commission scolaire invite les entreprises intéressées à soumissionner pour le présent appel d'offres.",
    ],
  },
  noObligationToAccept: {
    positive: [
      "L'organisme public ne s'engage à accepter aucune des soumissions reçues.",
      'Le Ministère ne s’engage à accepter aucune des soumissions reçues, notamment la plus basse.',
      'La Société ne s’engage à accepter ni la plus basse ni aucune des soumissions reçues.',
      "LE CENTRE DE SERVICES SCOLAIRE NE S'ENGAGE À ACCEPTER AUCUNE DES SOUMISSIONS.",
      "Le CISSS n'est pas tenu d'accepter la plus basse ni aucune des soumissions reçues.",
      'Le Ministère ne s’oblige à accepter ni la plus basse ni aucune des soumissions.',
      "L'Université n'est pas liée à accepter la soumission la plus basse.",
      // The government's model documents and the health network's (a ninth audit).
      "Le Ministère n'est pas tenu d'accepter l'une ou l'autre des soumissions reçues.",
      "L'établissement mandataire et les établissements participants ne s'engagent à accepter aucune des soumissions reçues.",
      'The Ministry does not undertake to accept any of the tenders received.',
      'The public body is not bound to accept the lowest or any bid.',
      'Le Ministère ne s’engage ni à accepter la plus basse ni aucune des soumissions reçues.',
      'Le Cégep se réserve le droit de n’accepter ni la plus basse ni aucune des soumissions reçues.',
      'Le CISSS n’est nullement tenu d’accepter la plus basse ou toute autre soumission.',
      'La Société ne s’engage à accorder le contrat à aucun des soumissionnaires.',
      // The body speaking in the first person, its verb reflexive (a plain-language call).
      'Nous ne nous engageons à retenir ni la plus basse ni aucune des offres reçues.',
      'Nous nous réservons le droit de n’accepter aucune des propositions reçues.',
      'Nous ne nous engageons pas à adjuger le contrat à aucun des soumissionnaires.',
      // Inflection and gaps (issue 13): a participle, an adverb between, "commit", "bound… either".
      'La Commission scolaire, ne s’engageant nullement à retenir quelque soumission que ce soit, peut annuler l’appel.',
      'The School Service Centre does not commit itself to accepting any of the bids.',
      'The Board is not bound to accept either the lowest or any tender.',
      // The reservation in English, as the French « se réserve le droit de n'accepter aucune ».
      'The College reserves the right not to accept the lowest or any proposal received.',
      'The Board reserves the right to reject any or all tenders.',
      // Wordings gathered from public sources (paraphrased): the clause as municipal and school bodies write it.
      // https://www.mamot.gouv.qc.ca/publications/bulletin-muni-express/2012/n-2-15-mars-2012/
      "L'organisme ne s'engage à accepter aucune des soumissions reçues, pas même la plus basse.",
      // http://illico.ca/recherche.php?id=MU-1298
      'La Ville ne s’engage à accepter ni la plus basse, ni aucune des soumissions reçues.',
      // http://legisquebec.gouv.qc.ca/en/showversion/cr/I-13.3,%20r.%207?code=se:5&pointInTime=20191021
      'The school board is not bound to accept any of the tenders submitted.',
      // https://www.legisquebec.gouv.qc.ca/en/version/cr/C-29,%20r.%203%20?code=se:4&history=20240520
      'The College does not undertake to accept any tender received.',
      // A verb of several words for « accepter » (the ACCEPT notion's phrases): « donner suite à », "proceed with".
      // https://www.mamot.gouv.qc.ca/publications/bulletin-muni-express/2012/n-2-15-mars-2012/ (paraphrased)
      "Le Ministère ne sera pas tenu de donner suite à l'une ou l'autre des soumissions.",
      'La Société ne s’engage nullement à donner suite à la plus basse des soumissions reçues.',
      'The Board does not undertake to proceed with any of the tenders received.',
      'The Ministry is not obliged to proceed with the lowest or any tender.',
      // The negation on the obligation, a noun (« aucune obligation n'incombe … »).
      'Aucune obligation n’incombe au Centre de retenir l’une ou l’autre des offres reçues.',
      'Le Collège n’a aucune obligation de donner suite à la plus basse soumission.',
      // https://www.legisquebec.gouv.qc.ca/en/version/cr/R-7,%20r.%201%20?code=se:8&history=20240227
      'The Board does not bind itself to accept either the highest or any other tender.',
      // The informal register's verbs of accepting, « prendre », « garder », the bid chosen as their object (a twelfth audit).
      "Le Cégep ne s'engage pas à prendre la soumission la plus basse ni aucune autre.",
      'On n’est pas tenu de garder ni la plus basse ni aucune des soumissions.',
      // Not required to accept, the body speaking in the first person (a plain-language call).
      'We are not required to accept any of the proposals we receive.',
      'Il ne nous est pas exigé de retenir la plus basse ni aucune des offres reçues.',
    ],
    negative: [
      // « prendre », « garder » of something else than the bid chosen.
      'Le Ministère ne s’engage pas à prendre en considération les soumissions reçues en retard.',
      'On ne s’engage pas à garder les soumissions des firmes non retenues après l’adjudication.',
      "Le Ministère s'engage à prendre la plus basse soumission conforme.",
      // « donner suite », "proceed" said of something else, or without the denial.
      'Le Ministère donnera suite aux soumissions conformes dans les trente jours.',
      'The Board will not proceed to the opening of any tender received late.',
      'L’obligation d’accepter la soumission la plus basse incombe au Conseil.',
      'Le Cégep ne s’engage à accepter que les soumissions conformes.',
      'The Board reserves the right to reject any tender that does not meet the requirements.',
      'Le Ministère s’engage à adjuger le contrat à l’un des soumissionnaires conformes.',
      'Le Ministère accepte toutes les soumissions conformes.',
      "Les soumissions reçues après l'heure limite sont rejetées.",
      "Le Ministère s'engage à accepter la plus basse soumission conforme.",
      // A requirement on the bidder, "you", not on the body.
      'You are not required to accept the changes the addendum makes to the contract.',
    ],
  },
  seaoOnly: {
    positive: [
      'Le soumissionnaire obtient les documents uniquement par le SEAO.',
      "Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du système électronique d'appel d'offres.",
      "Les Documents d'appel d'offres sont disponibles uniquement par le système électronique SÉAO.",
      'Les documents sont disponibles exclusivement sur le site du SEAO (www.seao.ca).',
      'Seul le SEAO permet d’obtenir les documents; ils sont offerts uniquement par SE@O.',
      "Les documents d'appel d'offres ne peuvent être obtenus qu'auprès du SEAO.",
      'The tender documents are available only through the electronic tendering system (SEAO).',
      "Seules les personnes ayant obtenu les documents d'appel d'offres par le biais du SEAO peuvent déposer une soumission.",
      'Les documents sont offerts sur le SEAO; ils ne peuvent être obtenus que par l’intermédiaire de ce système.',
      // Word order (issue 13): the system named first, « ne … que », "only" before the verb.
      'Seul le Système électronique d’appel d’offres permet de télécharger ces documents.',
      'Ces documents ne sont disponibles que sur le site du SEAO.',
      'Tender documents may only be downloaded from SEAO.',
      // Other words for getting the documents (seventh audit): accessible, sold or distributed only through SEAO.
      "Les documents de qualification sont accessibles exclusivement par le Système électronique d'appel d'offres (SEAO).",
      "Les documents d'appel d'offres sont vendus uniquement par l'entremise du SEAO.",
      'Les plans et devis sont distribués seulement par le SEAO.',
      'The tender documents are accessible solely on SEAO (www.seao.ca).',
      // The documents to be obtained through SEAO: an obligation of the means, no other way allowed (gathered, paraphrased).
      // http://www.ville.boisbriand.qc.ca/portrait-municipal/achats-et-gestion-contractuelle/appels-doffres-et-ouverture-de-soumissions.html
      "Les fournisseurs intéressés devront se procurer les documents d'appel d'offres par l'intermédiaire du SEAO.",
      "Le soumissionnaire doit télécharger les documents d'appel d'offres sur le site du SEAO.",
      "Les documents d'appel d'offres doivent être obtenus auprès du système électronique d'appel d'offres.",
      'Tender documents shall be obtained from SEAO.',
      // A field whose value says « only » before the system, with no verb (in a table or a list of fields:
      // test/rules/notice.test.ts).
      "Documents d'appel d'offres : uniquement par le SEAO.",
      'Obtention des documents : exclusivement sur le SEAO (www.seao.gouv.qc.ca).',
      "Accès aux documents : uniquement par l'entremise du Système électronique d'appel d'offres",
      // The label with its article, as a plain-language call writes it (a twelfth audit).
      "L'obtention des documents : exclusivement sur le SEAO.",
      "Le dossier d'appel d'offres : uniquement par le SEAO.",
    ],
    negative: [
      'Les documents sont disponibles sur le SEAO.',
      'Les documents sont accessibles sur le SEAO.',
      'Les documents exigés sont transmis uniquement par le SEAO.',
      'Les résultats seront publiés dans le SEAO.',
      'Les soumissions ne peuvent être transmises que par le SEAO.',
      // The documents a bid holds are no tender documents.
      'Documents à fournir : uniquement ceux exigés au SEAO.',
      'Dépôt des soumissions : uniquement par le SEAO.',
      'Les documents à fournir : uniquement ceux qui sont exigés au SEAO.',
    ],
  },
  // Art. 43 par. 3°: the qualification notice published again at least once a year (seventh audit: a verb of
  // publishing with its object between it and "again", « un nouvel avis », a frequency written first).
  yearlyRepublication: {
    positive: [
      "Un avis public de qualification est publié à nouveau au moins une fois l'an.",
      'The College will publish this notice again at least once a year during that period.',
      'A new notice of qualification is posted in SEAO every year while the list is valid.',
      'Un nouvel avis de qualification est diffusé dans le SEAO chaque année pendant la validité de la liste.',
      'Au moins une fois par année, le Ministère fait paraître de nouveau l’avis dans le SEAO.',
      'This notice will be reissued in SEAO annually.',
      'Le CIUSSS publiera le présent avis une nouvelle fois tous les douze mois, soit aux 12 mois.',
    ],
    negative: [
      'La liste des prestataires qualifiés est publiée dans le SEAO.',
      "L'avis demeure accessible dans le SEAO pendant toute la durée de validité de la liste.",
      'The list is valid for two years and is published in SEAO.',
      'Le Ministère publiera de nouveau l’avis s’il le juge utile pendant la période de validité de la liste.',
    ],
  },
  intergovernmentalAgreements: {
    positive: [
      "Le présent appel d'offres est assujetti à l'Accord de libre-échange canadien (ALEC).",
      "Cet appel d'offres n'est assujetti à aucun accord intergouvernemental.",
      "L'appel d'offres est visé par l'ACCQO et l'AQNB.",
      'Accords de libéralisation des marchés publics applicables : ACI, AQNB.',
      'This call for tenders is subject to the Canadian Free Trade Agreement (CFTA).',
    ],
    negative: [
      "L'accord du dirigeant est requis.",
      'Le contrat est conclu de gré à gré.',
      "Les soumissionnaires doivent consulter le SEAO afin d'obtenir les addenda.",
      "Il n'est pas obligatoire de se procurer les documents d'appel d'offres auprès du SEAO pour consulter l'avis.",
      'Le soumissionnaire doit obtenir les documents exigés à la section 3 avant de déposer sa soumission sur le SEAO.',
    ],
  },
  information: {
    positive: [
      // A field labelled by the role of the person to reach, with a phone or an e-mail (SEAO's « Responsable »).
      'Responsable : Mme Nathalie Gervais, agente d’approvisionnement — 819 555-0148 — approvisionnement@csshb.qc.ca',
      'Répondant : M. Luc Roy, 418 555-0199.',
      'Pour obtenir des renseignements, communiquer avec M. Paul Roy.',
      'Toute question relative au présent appel d’offres doit être adressée par écrit à la personne responsable.',
      'Personne-ressource : Mme Annie Tremblay, 418 555-0101.',
      'Les demandes de précisions doivent être transmises par courriel à ao@mcn.gouv.qc.ca.',
      'For any information, contact Ms. Tremblay at ao@example.qc.ca.',
      'Renseignements : Mme Nathalie Bourassa, coordonnatrice des approvisionnements, approvisionnement@cegeptr.qc.ca.',
      // The verb, the bidder addressed as « vous » (a plain-language call).
      'Pour vous renseigner, écrivez à Mme Annie Tremblay.',
      "Demandes d'information : M. Jean Roy, Service des achats, 819 555-0142, poste 2210.",
      'Les proposants communiquent uniquement avec la responsable de l’appel d’offres.',
      'Pour tout renseignement : Direction des ressources matérielles, bureau 3.20.',
      "Responsable de l'appel d'offres : Mme Nathalie Bourassa, approvisionnement@cegeptr.qc.ca.",
      "Communications — Pendant l'appel d'offres, les soumissionnaires communiquent uniquement avec Mme Geneviève Ouellet, par courriel à contrats@sqi.gouv.qc.ca.",
      'Les firmes intéressées s’adressent exclusivement à M. Luc Roy, au 418 555-0199.',
      'Communications : contrats@sqi.gouv.qc.ca, en rappelant le numéro de l’appel d’offres.',
      // The verbs in any person and mood (plain-language calls address the bidder).
      'Pour toute question, contactez Mme Hélène Gagnon au 819 555-0199.',
      'Adressez vos demandes de renseignements à approvisionnement@cssrs.gouv.qc.ca.',
      'Pour obtenir de l’information, écrivez à la responsable de l’appel d’offres.',
      // The contact named before what is asked of it.
      'M. Luc Caron (luc.caron@cegep.qc.ca) répond aux questions des soumissionnaires.',
      // English verbs of sending a question, the address further on (gathered, paraphrased).
      // https://economie.gouv.qc.ca/bibliotheques/guides-et-outils/marches-publics/les-etapes-dun-appel-au-marche-public
      'All questions must be directed in writing to the designated representative, Ms. Jane Doe (jdoe@board.qc.ca).',
      'Any inquiries concerning this call for tenders shall be forwarded to the Purchasing Department.',
      'Questions are to be submitted in writing to Mr. Paul Smith, Procurement Officer.',
      // Or what is asked of it in the passive voice.
      'Mme Julie Côté, agente d’approvisionnement, julie.cote@cssmi.qc.ca. Les questions seront traitées dans les deux jours ouvrables.',
      'Mr. Paul Kim, Purchasing, at tenders@board.qc.ca; enquiries are answered within two working days.',
      // British spellings (« enquiry »), folded as every English spelling of a word is; and the question sent to a person named.
      'Any enquiry about this call for tenders must be sent by e-mail to achats@cslaurentiennes.qc.ca.',
      'Enquiries should be made in writing to Ms. Lise Arsenault, Procurement Officer, Finance Department, at approvisionnement@exemple.qc.ca.',
      // An aside between what is asked and whom to ask, between dashes, brackets or commas: not counted in the words between.
      'Toute question — qu’elle touche les exigences techniques, le calendrier des travaux ou les modalités de paiement du contrat — sera adressée au bureau des achats.',
      'Les demandes de précisions (y compris celles qui concernent les addenda déjà publiés, les formulaires à remplir ou les échéances) devront être acheminées au responsable désigné.',
      'Any question — whether it concerns the technical requirements, the work schedule or the payment terms of the contract — must be directed in writing to Mr. Luc Roy.',
    ],
    negative: [
      // A role named with no way to reach anyone.
      'Responsable : Direction des ressources matérielles.',
      'Le prestataire communique avec le chargé de projet de la Société chaque semaine.',
      'Les prestataires communiquent avec la direction de chaque école pour planifier les visites.',
      'Communications — le prestataire produit un plan de communication pour le chantier.',
      'Communications : le prestataire transmet ses rapports au bureau de projet.',
      'Les soumissions sont ouvertes publiquement.',
      'Renseignements généraux : le présent document décrit les besoins du Ministère.',
      "Questions d'évaluation : le prestataire répond à chacune des questions du devis.",
      'Questions : aucune réponse ne sera donnée après le 10 octobre 2026.',
      'Le prestataire communique les résultats du sondage au comité de suivi.',
      'Les questions du sondage sont traitées par le prestataire.',
    ],
  },
  receipt: {
    positive: [
      'Les soumissions doivent être reçues au plus tard le 19 mars 2026 à 14 h.',
      'Les offres devront être déposées avant 11 h, le 2 octobre 2026.',
      'Date et heure limites de réception des soumissions : 2026-03-19, 14:00.',
      'Les soumissionnaires doivent faire parvenir leur soumission au 875, Grande Allée Est.',
      'Bids must be received no later than March 19, 2026 at 2:00 p.m.',
      'Lieu de réception : Direction des ressources matérielles, local A-120, 3500, rue De Courval, Trois-Rivières.',
      'Adresse de dépôt : 1050, boulevard René-Lévesque Est, 2e étage, Québec.',
      'Les soumissionnaires déposent leur soumission sous pli cacheté au plus tard à 13 h 30, au 210, rue Notre-Dame.',
      'Les entreprises remettent leur offre en main propre au comptoir de la réception, avant 11 h.',
      'Dépôt : au plus tard le mardi 27 octobre 2026 à 11 h, réception du 10e étage, 600, boulevard René-Lévesque Ouest.',
      'Réception : jusqu’au 27 octobre 2026, 11 h, au 600, boulevard René-Lévesque Ouest.',
      'Tenders are due at the Purchasing Office no later than 2:00 p.m. on February 11, 2026.',
      // The bid by its other English names.
      'Proposals are due at the reception desk no later than 11 a.m. on May 6, 2027.',
      // The handing in by its verb in any person or mood, or the receipt by the body, then the time limit; the deadline's Québec name.
      'Veuillez transmettre votre offre avant 11 h le 4 avril 2027.',
      'Le Cégep recevra les propositions jusqu’à 14 h le 4 avril 2027.',
      'Heure de tombée : 4 avril 2027, 11 h.',
      // Received by its other English verbs: the bid reaches the body, arrives there, is in its hands.
      'Proposals must reach the Secretary General’s office no later than 2 p.m. on May 4, 2027.',
      'Tenders must arrive at the reception desk of the administrative centre before 11 a.m. on June 3, 2027.',
      'Bids shall be in the hands of the Purchasing Department no later than 2:00 p.m. on April 14, 2027.',
      'Submissions must be in the possession of the Procurement Office by 11:00 a.m. on March 2, 2027.',
      'Les soumissions doivent nous parvenir au plus tard le 4 avril 2027 à 11 h, au 600, rue Principale.',
      // The domain's nouns abbreviated as drafters write them (« soum. », « AO »): read as their words.
      'Les soum. sont reçues au 210, rue Notre-Dame, jusqu’au 14 mars 2017, 11 h.',
      'Dépôt des soum. : au plus tard le 14 mars 2017 à 11 h, au 210, rue Notre-Dame.',
    ],
    negative: [
      'Dépôt : site de la rue Principale, pour la neige usée.',
      'Les soumissionnaires présentent leur soumission sur les formulaires fournis.',
      "Le Ministère ne s'engage à accepter aucune des soumissions reçues.",
      'Les soumissions reçues seront évaluées par un comité.',
      'Lieu de réalisation des travaux : 3500, rue De Courval, Trois-Rivières.',
      'Lieu de réception des marchandises : quai de chargement, 200, rue Principale.',
      'Tenders received late due to courier delays are returned unopened.',
      'Le soumissionnaire ne peut transmettre qu’une seule offre avant l’heure limite.',
      'The contractor’s crew must arrive at the site before 7 a.m. each day.',
    ],
  },
  opening: {
    positive: [
      'Les soumissions seront ouvertes publiquement le 19 mars 2026 à 14 h 15.',
      "L'ouverture publique des soumissions aura lieu immédiatement après l'heure limite.",
      'Ouverture des offres : même jour, même heure.',
      'Bids will be opened publicly at the closing time.',
      'Public opening: tenders will be opened in public immediately after the closing time, at the same location.',
      'Proposals shall be opened publicly at 2:05 p.m.',
      'Ouverture : ouverture publique au local A-120, le même jour, à 14 h 05.',
      "L'ouverture se fera en séance publique au local A-120, tout de suite après l'heure limite.",
      'Date, heure et lieu d’ouverture : 20 octobre 2026, 14 h, salle 2.14.',
      'Les plis seront décachetés en public, au même endroit et à la même heure.',
      "L'ouverture des plis se fera à 11 h 05, salle du conseil.",
      'Les plis seront ouverts publiquement à 11 h 05.',
      // Opened « en public » or « en séance publique », as « publiquement » (the noun's and the English forms read both),
      // the bids named by a pronoun after the sentence that names them.
      'Elles sont ouvertes en séance publique le 20 octobre 2026, à 14 h, salle 2.14.',
      'Celles-ci seront ouvertes en public à 11 h 05, au local A-120.',
    ],
    negative: [
      'Les salles de conférence sont ouvertes au public de 8 h à 17 h.',
      'Le courrier est décacheté et distribué chaque matin par le secrétariat.',
      "La Société peut refuser toute firme qui, au cours des deux années précédant la date d'ouverture des offres, a fait l'objet d'une évaluation de rendement insatisfaisant.",
      'Les soumissions doivent être reçues au plus tard à 14 h.',
      'Le prestataire assure l’ouverture et la fermeture des locaux chaque jour.',
      "Heure d'ouverture du bureau : 8 h 30.",
      'The Purchasing Department is opened to the public from 9 a.m. to 4 p.m.',
    ],
  },
  optionsDescription: {
    positive: [
      "Le Centre de services peut le prolonger d'une troisième année, aux prix unitaires soumis.",
      // The body in the first person (a plain-language call).
      'Nous pourrons le prolonger d’une année, aux prix unitaires de votre soumission.',
      // An option of additional services described by what it lets the body order, in a long sentence.
      'Le Ministère demande des soumissions pour la traduction de ses publications, lequel mandat comprend une option qui permet au Ministère d’obtenir, aux mêmes tarifs au mot que ceux de la soumission, la traduction d’au plus deux cents pages supplémentaires.',
      'The contract includes an option allowing the Board to add, at the unit rate tendered, a maximum of twelve (12) extra inspections.',
      'Le contrat pourra être reconduit pour deux périodes de douze mois.',
      // The count agrees with a masculine noun, or is written in English.
      'Option : un renouvellement de 12 mois, aux mêmes prix et conditions',
      'Un renouvellement d’une année est possible, aux mêmes conditions.',
      'Durée : 24 mois, plus une reconduction de 12 mois au choix du Cégep',
      'Term: 24 months, plus one 12-month renewal at the same prices',
      'The contract includes two optional extensions of one year each.',
    ],
    negative: [
      'Le contrat ne peut être prolongé au-delà de trois ans.',
      'Le contrat est d’une durée de deux ans.',
      'Le délai de livraison peut être prolongé de deux mois en cas de force majeure.',
      'The contract may not be extended beyond one year.',
    ],
  },
  bidSecurityNotRequired: {
    positive: [
      'Tenderers are not required to provide a bid bond or any other tender security.',
      'No tender security is required.',
      'A bid bond is not required for this call for tenders.',
      'Tender security is not mandatory.',
      "La garantie de soumission n'est pas obligatoire pour le présent appel d'offres.",
      // Said to the bidder (a plain-language call).
      "Vous n'êtes pas tenu de déposer une garantie de soumission.",
      "Vous n'aurez pas à présenter de garantie de soumission.",
      // The obligation denied before the noun.
      'Le prestataire n’est pas tenu de déposer une garantie de soumission.',
      'Il n’est pas exigé de garantie de soumission pour le présent appel d’offres.',
      'Les soumissionnaires n’ont pas à joindre de garantie.',
      // Exempt from it.
      'Les soumissionnaires sont exemptés de fournir une garantie de soumission.',
      'Bidders are exempt from providing a bid bond.',
      // The security named, then taken up by a pronoun in the denial (a twelfth audit).
      'Garantie de soumission : on n’en demande pas.',
      'Une garantie de soumission? Le Ministère n’en exigera pas pour ce contrat.',
      'Garantie de soumission : vous n’avez pas à en fournir.',
      'Tender security: the Board does not require one.',
    ],
    negative: [
      'Garantie de soumission : le Centre en exige une de 5 % du prix soumis.',
      'Garantie de soumission : nous n’en exigeons qu’une, par chèque visé.',
      'Bid security: we will require one of 10 % of the bid price.',
      'Le soumissionnaire qui ne joint pas la garantie de soumission exigée voit sa soumission rejetée.',
      'Tenderers are required to provide a bid bond of 10 % of the tendered price.',
      'A performance bond is not required.',
    ],
  },
  place: {
    positive: ['Tenders will be opened at the same location.', 'The opening takes place at the same premises.'],
    negative: ['Tenders will be opened at the closing time.'],
  },
  openingSameAsReceipt: {
    positive: [
      'Les offres sont ouvertes à la même heure, au même endroit.',
      'Ouverture des offres : même jour, même heure.',
      "L'ouverture publique a lieu immédiatement après l'heure limite de réception.",
      'Les soumissions sont ouvertes à la même date et heure, salle 2.14.',
    ],
    negative: [
      'Les soumissions sont ouvertes publiquement le 21 octobre 2026 à 10 h.',
      // The date only, and the place only: the time is still to be stated.
      'Ouverture : ouverture publique au local A-120, le même jour, à 14 h 05.',
      'Les soumissions seront ouvertes publiquement au même endroit.',
    ],
  },
  openingSameDate: {
    positive: ['Ouverture : ouverture publique au local A-120, le même jour, à 14 h 05.', 'Les soumissions sont ouvertes en public la même journée, à 15 h.'],
    negative: ['Les soumissions sont ouvertes publiquement le 21 octobre 2026 à 10 h.', 'Les soumissions seront ouvertes publiquement au même endroit.'],
  },
  // Art. 4 par. 6°'s date and time, in every style calendar/prose.ts reads.
  date: {
    positive: [
      'Les soumissions doivent être reçues au plus tard le 14/10/2026 à 11 h.',
      'Dépôt : 14-10-2026, 11:00.',
      'Date limite : 14.10.2026',
      'Tenders are due by 2026/10/14 at 2 p.m.',
      'Tenders must be received by March 3rd, 2026.',
      'no later than the 3rd of March, 2026',
    ],
    negative: ['Appel d’offres AO 2026/10/14-B', 'une demi-journée (1/2) de formation', 'gabarit version 1.2.2026'],
  },
  time: {
    positive: ['Tenders are due by 2 p.m. on the closing date.', 'no later than 11 am'],
    negative: ['Trois amendements au devis.'],
  },
  bidSecurityNature: {
    positive: [
      'Le cautionnement de soumission est émis par une compagnie d’assurances.',
      // Any English spelling of the cheque (« certified check »), folded as every spelling of a word is.
      'A certified check for 10% of the tender price must accompany each tender.',
    ],
    negative: ['The Contractor must check the lifts every month.'],
  },
  publicBodyName: {
    positive: [
      'Le ministère des Transports et de la Mobilité durable demande des soumissions.',
      'Organisme public : Société québécoise des infrastructures',
      "Le Centre intégré universitaire de santé et de services sociaux de l'Estrie lance un appel d'offres.",
      'Le Cégep de Sainte-Foy sollicite des propositions.',
      'Santé Québec invite les prestataires à présenter une soumission.',
      // The English names of public bodies (gathered, paraphrased).
      // http://legisquebec.gouv.qc.ca/en/showversion/cr/I-13.3,%20r.%207?code=se:5&pointInTime=20191021
      'The Lester B. Pearson School Board invites tenders for janitorial services.',
      'The English Montreal School Service Centre is issuing this call for tenders.',
      'Concordia University requests proposals for security services.',
    ],
    negative: ['Nous sollicitons des soumissions.', 'We are seeking proposals from qualified firms.'],
  },
};

/** Headings of the receipt's section, however drafters word them: a noun phrase, a question, another name for the limit. */
const RECEIPT_HEADINGS: Examples = {
  positive: [
    'Dépôt des soumissions',
    'Dépôt de votre soumission',
    'Quand et où déposer la soumission?',
    'Où et quand remettre votre offre',
    'Date et heure limites',
    'Heure limite',
    'Date de clôture',
    'When and where are tenders due?',
    '3. When are bids due?',
    'Where and when to submit your proposal',
    'Submission of tenders',
    'Submission deadline',
    'Deadline for submissions',
    // The bid named with any determiner: « chaque », "each", "your".
    'Dépôt de chaque soumission',
    'Remettre chaque offre',
    'Submission of each tender',
    'Deadline for your submission',
    'Due date and time',
    'Tender closing',
    'Closing',
    // Québec English names the receipt « reception », as French does, and calques « date limite » (paraphrased from
    // unseen calls of the twelfth audit round).
    'Reception deadline',
    'Deadline for reception of tenders',
    'Date limit of reception',
    'Limit date and time',
  ],
  negative: [
    'Présentation de la soumission',
    'Reception of the services',
    'Date limit for questions',
    'Documents à déposer avec la soumission',
    'Garantie de soumission',
    'Deadline for questions',
    'Closing remarks',
    'How to prepare a tender',
    'Ouverture des soumissions',
    'Deadlines',
  ],
};

/**
 * Titles and field labels that name the opening of bids (art. 4 par. 6°, 5 par. 5°), and the openings of other
 * things a notice names: a trade agreement's « ouverture des marchés », the offices' opening hours.
 */
const OPENING_HEADINGS: Examples = {
  positive: [
    'Ouverture',
    'Ouverture des soumissions',
    'OUVERTURE PUBLIQUE DES PLIS',
    "Ouverture de l'enveloppe de prix",
    "Date et heure d'ouverture",
    "Lieu d'ouverture",
    'Décachetage',
    'Bid opening',
    'Opening of tenders',
  ],
  negative: ['Ouverture du marché', 'Ouverture des marchés publics', "Heures d'ouverture des bureaux", 'Agreement on the Opening of Public Procurement'],
};

describe('recogniser corpus: art. 4 notice items', () => {
  for (const [item, { positive, negative }] of Object.entries(CORPUS)) {
    const recogniser = RECOGNISERS[item as ItemName];
    describe(item, () => {
      for (const passage of positive) it(`recognises: ${passage}`, () => assert.ok(matchesPhrase(recogniser, normalizeForMatching(passage))));
      for (const passage of negative ?? []) it(`does not take for it: ${passage}`, () => assert.ok(!matchesPhrase(recogniser, normalizeForMatching(passage))));
    });
  }
});

describe('recogniser corpus: receipt headings', () => {
  for (const heading of RECEIPT_HEADINGS.positive)
    it(`names the receipt: ${heading}`, () => assert.ok(matchesHeading(RECOGNISERS.receipt, normalizeForMatching(heading))));
  for (const heading of RECEIPT_HEADINGS.negative ?? [])
    it(`does not: ${heading}`, () => assert.ok(!matchesHeading(RECOGNISERS.receipt, normalizeForMatching(heading))));
});

describe('recogniser corpus: opening headings and labels', () => {
  for (const item of ['opening', 'openingProcedure'] as const) {
    for (const heading of OPENING_HEADINGS.positive)
      it(`${item} named: ${heading}`, () => assert.ok(matchesHeading(RECOGNISERS[item], normalizeForMatching(heading))));
    for (const heading of OPENING_HEADINGS.negative ?? [])
      it(`${item} not named: ${heading}`, () => assert.ok(!matchesHeading(RECOGNISERS[item], normalizeForMatching(heading))));
  }
});
