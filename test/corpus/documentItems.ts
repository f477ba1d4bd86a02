import type { Examples } from '../../server/src/core/legal/templates.js';

/**
 * How drafters write each art. 5–7.1 item: the government's model documents (Secrétariat du Conseil
 * du trésor), real SEAO notices and instructions to bidders, paraphrases, capitals, English. Each
 * entry is Markdown; `positive` wordings must be recognised, `negative` ones must not.
 */

export const DOCUMENT_ITEM_WORDINGS: Record<string, Examples> = {
  notice: {
    positive: [
      '## SECTION A — AVIS AUX SOUMISSIONNAIRES\n\nLe Centre de services requiert…',
      '## Partie 1 : Avis aux prestataires de services\n\nTexte.',
      // The bidders by any of the BIDDER notion's names.
      '## Section A — Avis aux proposants\n\nTexte.',
    ],
    negative: ['## Section 3 — Avis écrits au prestataire\n\nTexte.'],
  },
  // The notice's 4.5.1° mention read in a document, where an obligation written otherwise is read in its plain form
  // (lexicon/obligation.ts): impersonal, « il est obligatoire de », « il faut », "it is mandatory to". Gathered, paraphrased:
  // http://www.ville.boisbriand.qc.ca/portrait-municipal/achats-et-gestion-contractuelle/appels-doffres-et-ouverture-de-soumissions.html
  seaoOnly: {
    positive: [
      "Il est obligatoire de se procurer les documents d'appel d'offres auprès du SEAO.",
      "Il faut télécharger les documents d'appel d'offres sur le SEAO.",
      'It is mandatory to obtain the tender documents from SEAO.',
      // In the subjunctive of any verb after the bidder, impersonal or a party's "requires that".
      'It is required that each bidder obtain the tender documents from SEAO.',
      'The Board requires that each bidder obtain the tender documents through SEAO.',
      "Les fournisseurs doivent obligatoirement se procurer les documents d'appel d'offres par l'intermédiaire du SEAO.",
    ],
    negative: [
      "Il n'est pas obligatoire de se procurer les documents d'appel d'offres auprès du SEAO pour consulter l'avis.",
      "Il faut consulter le SEAO pour connaître la date d'ouverture des soumissions.",
      'The Board does not require that the bidder obtain the tender documents from SEAO.',
    ],
  },
  // The part that holds the instructions, addressed to the bidders by any of their names.
  tenderDocuments: {
    positive: ['## Instructions aux proposants\n\nTexte.', '## PART B — INSTRUCTIONS TO PROPONENTS\n\nText.', '## Régie\n\nTexte.'],
    negative: ['## Instructions de nettoyage des locaux\n\nTexte.'],
  },
  needsDescription: {
    positive: [
      "## 1. Description des besoins et modalités d'exécution\n\nLe Ministère requiert…",
      '## DESCRIPTION DU MANDAT\n\nLe mandat consiste à…',
      '## Devis technique\n\nVoir ci-après.',
      "## Portée des services\n\nLes services comprennent l'analyse…",
      '### Étendue du mandat\n\nLe consultant…',
      '## Cahier des charges\n\nLes exigences…',
      '## Termes de référence\n\nLe présent document…',
      '## Nature des services requis\n\nTexte.',
      "## Modalités d'exécution\n\nLes travaux s'exécutent…",
      '## Scope of work\n\nThe contractor shall…',
      '## Énoncé des travaux\n\nTexte.',
      '## Exigences techniques\n\nTexte.',
      "Le devis technique joint à l'annexe B décrit les besoins du Ministère et les modalités d'exécution.",
      "Le prestataire retenu devra réaliser l'inventaire des actifs et produire un rapport trimestriel.",
      'Les besoins du Centre sont décrits au cahier des charges (annexe 2).',
      'The service provider shall provide on-site support during business hours.',
      '### 1. Objet et modalités de réalisation\n\nTexte.',
      "#### 1.1 Nature des travaux d'entretien\n\nTexte.",
      "L'entreprise retenue doit effectuer une visite d'entretien préventif de chaque appareil.",
      "L'adjudicataire devra assurer la réparation des appareils dans les deux jours ouvrables.",
      '### A.2 Terms of performance\n\nWorkshops take place at the College.',
      '## Description of the mandate\n\nThe Consultant will lead the consultation.',
      'The successful Tenderer shall facilitate three workshops with the Board of Governors.',
      // Headings asked as questions (a plain-language call) and in other word orders.
      '## Quels services recherchons-nous?\n\nL’entretien préventif des équipements.',
      '## Comment le travail doit-il être fait?\n\nVous planifiez les visites.',
      '### Quelles prestations le Cégep demande-t-il?\n\nTexte.',
      '## How will the work be carried out?\n\nVisits take place monthly.',
      // A part numbered in words (the government's model documents).
      '## DEUXIÈME PARTIE — BESOINS\n\nTexte.',
      '## Section deux : mandat\n\nTexte.',
      // What the mandate is.
      'Les services requis consistent à numériser 40 000 dossiers et à les indexer.',
      'The assignment consists of reviewing the College’s enrolment data.',
      // The obligation written with a periphrasis, its subject after the verb, or words between the modal and its verb.
      "Le prestataire retenu est tenu d'assurer l'entretien préventif des appareils chaque trimestre.",
      "L'adjudicataire aura l'obligation de produire un rapport mensuel d'activités.",
      "Il incombe à l'adjudicataire de réaliser l'inventaire complet des actifs.",
      'Le consultant devra, dans les trente jours suivant l’octroi du contrat, livrer un plan de travail détaillé.',
      "La firme retenue doit notamment effectuer deux visites d'inspection par année.",
      'Le prestataire de services se doit de fournir un service de dépannage en tout temps.',
      'Le fournisseur retenu est requis de livrer le matériel au plus tard le vendredi de chaque semaine.',
      "L'adjudicataire est dans l'obligation d'exécuter les travaux de nuit.",
      'The contractor is required to perform monthly inspections of every elevator.',
      'The successful bidder will also deliver a final report to the Board.',
      'The consultant has to facilitate two workshops with the staff.',
      'The consultant shall, within thirty days of the award, deliver a detailed work plan.',
      // The bidder once chosen, whatever names it.
      "Le proposant retenu doit effectuer l'inventaire des équipements chaque trimestre.",
      'The successful Respondent shall deliver a monthly activity report.',
      // What the mandate comprises.
      'Les travaux comprennent le nettoyage des conduits et le remplacement des filtres de chaque unité.',
      'The mandate includes the review of twelve policies and the training of the staff.',
      // A field labelled by the item's one word.
      '**Prestations :** collecte, transport et élimination des déchets dangereux.',
      '## 2. Prestation\n\nTexte.',
    ],
    negative: [
      // Denied or negated, the obligation states no need.
      "Le prestataire retenu n'est pas tenu d'assurer l'entretien des appareils.",
      "L'adjudicataire n'a pas l'obligation de produire un rapport mensuel.",
      "Il n'incombe pas à l'adjudicataire de réaliser l'inventaire des actifs.",
      "L'adjudicataire ne doit nullement réaliser l'inventaire des actifs.",
      'The contractor is not required to perform monthly inspections.',
      'The consultant does not have to facilitate the workshops.',
      "L'entreprise doit fournir les documents suivants avec sa soumission.",
      '## Nature des pièces à joindre\n\nTexte.',
      "## Conditions d'admissibilité\n\nPour présenter une soumission…",
      'Les soumissions doivent être reçues au plus tard le 3 mars 2026 à 14 h.',
      'Le Ministère ne s’engage à accepter aucune des soumissions reçues.',
      'Le soumissionnaire doit fournir les documents suivants : le bordereau de prix.',
      '## Performance evaluation of the service provider\n\nText.',
      '## Conditions de conformité\n\nTexte.',
      'Le prix consiste en un montant forfaitaire.',
      'Le prix comprend les taxes et les frais de déplacement.',
    ],
  },
  // The services named with the section of the documents that describes them, as a contract's object clause says it.
  servicesReferred: {
    positive: [
      'Le prestataire exécute les travaux prévus à la section 4 du devis.',
      "L'adjudicataire rend les prestations énoncées dans la partie 3 des documents d'appel d'offres.",
      'Objet : services définis à l’article 5.',
      'The Supplier performs the work specified in Part 2 of the tender documents.',
    ],
    negative: [
      'Les services prévus à l’article 15 de la Loi sur les contrats des organismes publics sont exclus.',
      'The services set out in section 4 of the Act are excluded.',
      'Le prestataire respecte la section 4 du devis.',
    ],
  },
  // The provider's work said by a section's body alone, whatever its verb (documents-needs-description reads it where
  // its section states no other item).
  workDescribed: {
    positive: [
      // The descriptive present.
      'Le prestataire entretient les ascenseurs des six édifices et tient un registre des interventions.',
      'La firme retenue anime les ateliers de consultation et rédige le rapport final.',
      "L'adjudicataire déneige les stationnements dès une accumulation de cinq centimètres.",
      'The contractor cleans the ventilation ducts of each building twice a year.',
      'The consultant interviews the members of the Board and writes a summary.',
      // An aside between the verb and its object, between commas, dashes or brackets.
      'Le prestataire inspecte, chaque printemps et après chaque tempête importante, les toitures des quatre pavillons.',
      'La firme retenue numérise — dans ses propres locaux et selon la norme du Ministère — les dossiers des élèves.',
      'Le consultant analyse (avec le concours du service des finances) les écarts budgétaires de chaque direction.',
      // A modal and any verb, or the list its colon opens.
      'Le prestataire de services doit recenser les actifs informatiques de chaque établissement.',
      "L'entrepreneur devra : déboucher les drains, nettoyer les puisards et vider les fosses.",
      'Le fournisseur retenu doit :',
      'The service provider shall calibrate the instruments of the laboratory every quarter.',
      'The successful proponent will:',
      // A plain-language call's second person.
      'Vous nettoyez les hottes des cuisines chaque trimestre et vous consignez chaque visite.',
      'Vous devez vérifier chaque extincteur une fois par année.',
      // The same second person in English (a plain-language call).
      'You will carry out an independent evaluation of our home care services.',
      'You meet with our project team at least once a month.',
      'You must:',
      // What the body seeks.
      "Le Centre souhaite retenir les services d'une firme pour l'audit de ses processus d'approvisionnement.",
      "Le présent appel d'offres vise à confier l'entretien des espaces verts à un prestataire.",
      'The Board is seeking a qualified firm to review its transportation routes.',
    ],
    negative: [
      // The bid, the provider's admissibility and the procedure are not the work.
      'Le prestataire doit joindre à sa soumission une copie de son permis.',
      'Le prestataire de services transmet sa soumission dans une enveloppe scellée.',
      'Le prestataire doit être inscrit au registre des entreprises.',
      'Le prestataire doit détenir une licence de la Régie du bâtiment.',
      "L'adjudicataire signe le contrat dans les dix jours.",
      'Le prestataire retenu sera avisé par écrit.',
      // An aside does not make the bid the work.
      'Le prestataire transmet, dans une enveloppe scellée, la liste des documents de sa soumission.',
      'Le prestataire externe doit communiquer avec le responsable.',
      'Le soumissionnaire remet le formulaire signé.',
      'The contractor is responsible for its employees.',
      'The successful bidder shall submit the insurance certificate with its tender.',
      'The contractor shall be registered with the CNESST.',
      'Vous pouvez poser vos questions par courriel.',
      'Vous déposez votre soumission au bureau de la réception.',
      'You must hold every licence the law requires.',
      'You put your price in a separate sealed envelope with your bid.',
      'You may ask your questions by email.',
      "Le contrat est d'une durée de 12 mois.",
      'Le Ministère souhaite recevoir les questions par écrit.',
      // The provider as a complement is not the one who works.
      "L'expérience de la firme démontre une bonne connaissance du milieu scolaire.",
      'The experience of the contractor covers the three projects described.',
    ],
  },
  // A notice's fields in a table (« Tableau des renseignements »): a row is a « Libellé : valeur » field.
  bidSecurityNotRequired: {
    positive: [
      '| Rubrique | Renseignement |\n|---|---|\n| Garantie de soumission | Aucune |',
      '| Élément | Précision | Référence |\n|---|---|---|\n| Garantie de soumission | Non exigée pour le présent appel d’offres | IS-4 |',
      '| Item | Details |\n|---|---|\n| Tender security | None required |',
      '**Bid bond:** not applicable',
    ],
    negative: [
      '| Rubrique | Renseignement |\n|---|---|\n| Garantie de soumission | Chèque visé de 5 000 $ |',
      '| Item | Details |\n|---|---|\n| Tender security | Bid bond of 10 % of the total price; none other accepted |',
    ],
  },
  optionsDescription: {
    // A cell's lines broken by `<br>` (they were glued: « 24 moisrenouvelable »).
    positive: ['| Rubrique | Renseignement |\n|---|---|\n| Durée | 24 mois<br>renouvelable une fois pour 12 mois, aux mêmes prix |'],
  },
  optionsDetail: {
    positive: [
      '### 1.1 Options\n\nLe Ministère peut renouveler le contrat.',
      '## OPTIONS DE RENOUVELLEMENT\n\nDeux périodes additionnelles.',
      "Le contrat comporte deux options de renouvellement d'une année chacune, aux mêmes prix.",
      "L'organisme peut, à sa discrétion, prolonger le contrat pour une période de douze mois.",
      'Le contrat est renouvelable pour deux périodes successives de 12 mois.',
      'Le Centre pourra requérir des services supplémentaires de même nature, aux mêmes taux.',
      'The contract includes two renewal options of one year each.',
      '### A.3 Optional services\n\nThe College may retain the Consultant for a mid-term review.',
      'The contract provides for an optional renewal of twelve months at the same rates.',
      '## Prolongation du contrat\n\nTexte.',
      'Au terme de la deuxième année, le contrat pourra être reconduit pour une année additionnelle.',
      "Le Cégep peut, à son gré, le reconduire d'une saison supplémentaire.",
      // Where no title names the option: the renewal with its length, more work ordered at the bid's rates.
      "Le renouvellement d'un an est prévu à l'article 3 de la convention.",
      // An adjective that says it is optional between the renewal and its length, as a contract's term clause writes it.
      "Le contrat court trois ans, avec un renouvellement éventuel d'une année aux mêmes conditions.",
      'La durée peut être augmentée par une prolongation facultative de six (6) mois, sur avis écrit du Ministère.',
      'One extension of twelve months is provided for in the service agreement.',
      'Le Ministère pourra, par avis écrit, requérir du prestataire une mise à jour du rapport, aux taux horaires de la soumission.',
      'The Board may order up to 200 further hours from the contractor at the unit prices tendered.',
      // The rate or price in the singular, its kind in a word or two; the body asking for the work.
      'At any time before the end of the term, the Board may, by written notice, ask the Consultant to inspect two more schools at the per-school unit price quoted in the Price Form.',
      'La Société pourra demander au prestataire une tournée additionnelle des sites, au prix unitaire inscrit au bordereau.',
      // An option of additional services described by what it lets the body order, in a long sentence.
      'Ladite convention prévoit en outre une option, laquelle permet au Centre de commander, au tarif horaire inscrit au bordereau de prix, un maximum de quarante (40) heures de formation additionnelles.',
      'The agreement includes an option enabling the College to request, at the hourly rate quoted in the bid, up to 60 hours of supplementary coaching.',
    ],
    negative: [
      'An optional information session will be held on October 14.',
      'Le contrat est d’une durée de trois ans, sans reconduction.',
      'Les soumissions demeurent valides 90 jours.',
      'Le contrat ne peut être prolongé au-delà de trois ans.',
      'Une prolongation de 10 jours du délai de réception a été accordée.',
      'Le Ministère peut retenir sur le paiement les sommes dues.',
      'The Board may ask the Consultant to explain the unit price quoted in the Price Form.',
      'The renewal of your registration is your responsibility.',
    ],
  },
  admissibility: {
    positive: [
      // The government's model documents (SCT, the health network's group-buying models), as a ninth audit's tenders word them.
      "Le non-respect de l'une de ces conditions rend le prestataire de services inadmissible.",
      "Le défaut de satisfaire à l'une de ces conditions rend le prestataire de services inadmissible.",
      "## 2. Conditions d'admissibilité\n\nTexte.",
      '## ADMISSIBILITÉ DES SOUMISSIONNAIRES\n\nTexte.',
      '## Qui peut soumissionner\n\nTexte.',
      'Pour être admissible, le soumissionnaire doit détenir une attestation de Revenu Québec valide.',
      'Seuls sont admissibles les prestataires de services qui ont un établissement au Québec.',
      'Le défaut de respecter l’une de ces conditions rend le prestataire de services inadmissible.',
      '## Eligibility\n\nBidders must…',
      '## ARTICLE 2 — QUI PEUT PRÉSENTER UNE OFFRE\n\nTexte.',
      "Peut présenter une offre la société d'architectes dont au moins un associé est membre de l'Ordre.",
      "Toute firme qui ne remplit pas l'une de ces conditions est inadmissible.",
      "Le défaut de fournir l'attestation exigée rend le proposant inadmissible.",
    ],
    negative: [
      'Les soumissions doivent être reçues au plus tard le 3 mars 2026 à 14 h.',
      'Le contrat est adjugé au prestataire qui a soumis le prix le plus bas.',
      'Les frais de déplacement des soumissionnaires sont inadmissibles au remboursement.',
    ],
  },
  conformity: {
    positive: [
      // The government's model documents (SCT, the health network's group-buying models), as a ninth audit's tenders word them.
      "Le non-respect de l'une ou l'autre des conditions de conformité suivantes entraîne le rejet automatique de la soumission :",
      '## 1.7 Clauses de rejet automatique\n\nEst automatiquement rejetée la soumission :',
      '## 3. Conditions de conformité\n\nTexte.',
      '## MOTIFS DE REJET\n\nTexte.',
      '## Non-conformité des soumissions\n\nTexte.',
      '## Rejet automatique\n\nTexte.',
      'Toute soumission non signée sera automatiquement rejetée.',
      // Rejected with the plain modal of obligation, or with words between it and its verb.
      'Toute soumission non signée doit être rejetée.',
      'Toute soumission non signée doit, sans autre avis, être rejetée.',
      'Any tender that is not signed must be rejected.',
      'Les cas suivants entraînent le rejet automatique de la soumission :\n\n- soumission reçue en retard.',
      '## Compliance requirements\n\nText.',
      // The rejection by its other verbs and nouns: « exclue » of a bid, « écartée », « disqualifiée », « motifs d'exclusion ».
      "Est exclue d'office toute offre de services qui n'est pas accompagnée du formulaire d'engagement.",
      'Les propositions qui ne respectent pas le format prescrit seront écartées.',
      "## Motifs d'exclusion\n\nTexte.",
      "Le défaut de joindre l'attestation de Revenu Québec entraîne l'exclusion de l'offre.",
      'Any proposal that does not include the signed tender form will be excluded from the evaluation.',
      'Proposals that fail to meet a mandatory requirement will be declared non-responsive.',
    ],
    negative: [
      'Le contrat est adjugé au prestataire qui a soumis le prix le plus bas.',
      'Les soumissions seront ouvertes publiquement à 14 h.',
      'Le prestataire se conforme aux lois en vigueur.',
      // « Exclure » of a price or of the services, not of a bid.
      'Les prix soumis excluent les taxes.',
      'Le prix soumis est en dollars canadiens, taxes exclues.',
      'La soumission comprend tous les frais, mais les taxes sont exclues.',
      "Le prix de l'offre comprend tous les frais, à l'exclusion des taxes.",
      "## Exclusions\n\nSont exclus du mandat l'entretien des toitures et le déneigement.",
      'All prices in the bid are firm and applicable taxes are excluded.',
    ],
  },
  requiredDocuments: {
    positive: [
      // The bidder handing in what a list names, in the descriptive present; an envelope by its number over its contents.
      'Le soumissionnaire produit, en un seul exemplaire :',
      'Chaque soumissionnaire fournit, dans l’ordre ci-après :',
      'Each bidder provides, in this order:',
      '**Enveloppe A :** la démonstration de la qualité et la résolution autorisant le signataire.',
      '### Envelope 2 — Price proposal\n\nThe price schedule, signed.',
      "L'enveloppe A contient l'offre de services et l'enveloppe B, le bordereau de prix.",
      'Envelope 2 contains the price schedule, signed by an authorized person.',
      // In the future or with « shall », as English calls state what a tender holds.
      'Each tender shall be made up of two separate sealed envelopes.',
      'Every proposal will comprise the signed form and the price schedule.',
      '### What documents will be submitted?\n\nText.',
      // The bid called « offre » or « proposition », its article elided (« de l'offre »).
      "## 4. Présentation de l'offre\n\nL'offre est présentée dans deux enveloppes.",
      "## Composition de l'offre\n\nTexte.",
      "## Pièces de l'offre\n\nTexte.",
      // Asked as a question, and the bid named with a possessive (a plain-language call, second person).
      '## Que doit contenir ma soumission?\n\nTexte.',
      '## What must your tender include?\n\nText.',
      'Votre soumission doit comprendre :\n\n1. le formulaire de soumission signé;',
      'Chaque offre doit contenir les pièces énumérées ci-après.',
      // The bid and the bidder named with any determiner: possessive, demonstrative, "any", "this", "your".
      'Votre entreprise remet, en un seul exemplaire :',
      'Ce soumissionnaire fournit, dans l’ordre ci-après :',
      'Any bidder encloses, in this order:',
      '## Form of your bid\n\nText.',
      '## Composition of this tender\n\nText.',
      '## PART D — PREPARATION AND SUBMISSION OF TENDERS\n\nText.',
      'Each tender is made up of two separate sealed envelopes.',
      '## 4. Documents exigés\n\nTexte.',
      '## Contenu de la soumission\n\nTexte.',
      '## PRÉSENTATION DE LA SOUMISSION\n\nTexte.',
      '## Liste de contrôle des documents\n\nTexte.',
      '## Formulaires à remplir\n\nTexte.',
      'La soumission doit comprendre les documents suivants :\n\n- le formulaire de soumission signé;',
      'Le soumissionnaire doit joindre à sa soumission : une copie de son attestation de Revenu Québec.',
      'Les documents exigés sont les suivants : le bordereau de prix et la lettre de présentation.',
      'The bid must include the signed bid form and the price schedule.',
      "## ARTICLE 3 — CONTENU DE L'OFFRE DE SERVICES\n\nTexte.",
      "L'offre de services comprend, dans l'ordre : la lettre de présentation, la démonstration de la qualité et les curriculum vitae.",
      // The bid and its verb on either side of an incise between commas.
      'La proposition, sous pli cacheté portant le nom du proposant, comporte :',
      "L'offre de services, présentée en trois exemplaires, contient :",
      'Each proposal, sealed and marked with the call number, comprises:',
      // Headings asked as questions (a Q&A layout of the instructions).
      '## 4. What must a tender contain?\n\nTwo sealed envelopes bearing the call number.',
      '### What documents must be submitted?\n\nText.',
      '## Que doit contenir la soumission?\n\nTexte.',
      '## 5. Quels documents faut-il joindre?\n\nTexte.',
      // The obligation written with a periphrasis, its subject after the verb, or words between the modal and its verb.
      'Le soumissionnaire est tenu de joindre à sa soumission une copie de sa licence de la Régie du bâtiment du Québec.',
      'Il appartient au soumissionnaire de joindre à son offre le bordereau de prix signé.',
      "Le soumissionnaire a l'obligation de fournir, avec sa soumission, une attestation de Revenu Québec.",
      'Le soumissionnaire doit obligatoirement joindre à sa soumission le bordereau de prix signé.',
      "Le prestataire de services devra, en outre, fournir une copie de son certificat d'assurance.",
      "L'offre doit, sous peine de rejet, contenir la grille tarifaire dûment remplie.",
      'Each tender is required to contain the signed form of tender and the price schedule.',
      "The proposal needs to include a copy of the firm's insurance certificate.",
      'Bidders have to provide the signed bid form with their tender.',
      'It is the responsibility of the bidder to include the signed form and the price schedule in the tender.',
      'The bidder must, together with its tender, provide the signed bid form.',
      '### What documents have to be submitted?\n\nText.',
      // The bid named with a complement or its bidder's.
      'Every submission for professional services consists of two separate sealed envelopes.',
      'Proposals shall consist of a technical envelope and a price envelope.',
      "The Proponent's submission shall consist of two separate sealed envelopes.",
      'Le fournisseur de services doit joindre à sa proposition une copie de son permis.',
      // The bidder by its English names told to enclose documents, and the obligation in the possessive or the conditional
      // (gathered from public sources, paraphrased). https://bsdq.org/en/learning-center/project-registration/ (K-1)
      "It is the tenderer's responsibility to include with its tender every document listed in section 3.",
      // The obligation as a label naming its subject (« Obligation du soumissionnaire : joindre … »), or « a pour obligation de ».
      "Obligation du soumissionnaire : joindre à sa soumission l'attestation de Revenu Québec et le formulaire de prix.",
      'Obligations du proposant : fournir avec son offre les documents énumérés à la section 3.',
      'Responsibility of the bidder: include with its tender the documents listed in Schedule A.',
      'Le soumissionnaire a pour obligation de joindre à sa soumission les documents exigés.',
      'It is the responsibility of the bidder to enclose all required documents with its bid.',
      'The tenderer must enclose with its tender the documents listed in Schedule A.',
      'Proponents shall attach to their proposal the documents described in section 2.4.',
      "It will be each supplier's sole responsibility to provide the documents requested in the tender form.",
      'Le soumissionnaire serait tenu de joindre à sa soumission les documents énumérés à l’annexe 2.',
      "L'entreprise aurait l'obligation de joindre à son offre les documents requis à la section 4.",
    ],
    negative: [
      // An incise that is no part of the bid's contents: the verb after it is not « comprend ».
      'La soumission, si elle comprend un prix anormalement bas, est rejetée.',
      "Le soumissionnaire remet sa soumission à l'adresse suivante :",
      'Le soumissionnaire dépose sa soumission au plus tard à la date suivante :',
      'Le prestataire fournit les services suivants :',
      'The supplier provides the following services:',
      'Une enveloppe scellée est remise à chaque membre du comité.',
      "L'enveloppe doit porter la mention du numéro de l'appel d'offres.",
      // Denied or negated, the obligation lists no document.
      "It is not the tenderer's responsibility to include the Board's documents with its tender.",
      'Le soumissionnaire ne serait pas tenu de joindre à sa soumission une copie de sa licence.',
      'The tenderer must submit its tender before the closing time.',
      "Obligations du prestataire : voir l'article 12 du contrat.",
      "Le soumissionnaire n'est pas tenu de joindre à sa soumission une copie de sa licence.",
      "Le soumissionnaire n'a pas l'obligation de joindre le bordereau de prix.",
      'Le soumissionnaire ne doit, en aucun cas, joindre de documents publicitaires à sa soumission.',
      'Bidders are not required to provide the signed bid form with their tender.',
      'The bid need not include the price schedule.',
      'The bidder must not, under any circumstances, include promotional material in its tender.',
      'The tender documents consist of this notice, the instructions to tenderers and the contract.',
      'Each proposal for services is evaluated by a selection committee.',
      "L'offre de services est évaluée par le comité de sélection.",
      "L'absence d'un document requis entraîne le rejet automatique de la soumission.",
      'Les documents d’appel d’offres ne peuvent être obtenus que par le SEAO.',
      'Bids with missing required documents will be rejected.',
      'Toute soumission non accompagnée des documents exigés à la section 4 sera rejetée.',
      'Le soumissionnaire qui ne fournit pas les documents demandés voit sa soumission rejetée.',
      "## Non-conformité\n\n- Une soumission qui n'inclut pas l'un des documents requis.",
    ],
  },
  openingProcedure: {
    positive: [
      'Tenders are opened in public, in the presence of a witness.',
      'Proposals will be opened publicly at 2:05 p.m.',
      '## Ouverture des soumissions\n\nTexte.',
      "Les soumissions seront ouvertes publiquement, en présence d'un témoin, immédiatement après l'heure limite.",
      "L'ouverture publique des soumissions aura lieu le même jour à 14 h 01.",
      'OUVERTURE PUBLIQUE : les noms des soumissionnaires seront divulgués.',
      'Bids will be opened publicly at the closing time.',
      '## Modalités d’ouverture\n\nTexte.',
      "Les offres seront ouvertes en séance publique, en présence d'au moins deux témoins.",
      '#### 5.1 Décachetage\n\nTexte.',
      "Les plis sont décachetés en public, en présence d'un témoin.",
      "L'ouverture des plis a lieu en séance publique.",
      'Le décachetage des soumissions se fait publiquement à 11 h.',
      "L'ouverture a lieu en public à 10 h le même jour, salle 4.205.",
      // The bids by their envelopes, the participle agreeing (« les plis sont ouverts »).
      'Les plis sont ouverts en présence de deux témoins.',
      // The opening told by what is made known at it (gathered, paraphrased).
      // http://www.ville.boisbriand.qc.ca/portrait-municipal/achats-et-gestion-contractuelle/appels-doffres-et-ouverture-de-soumissions.html
      "Lors de l'ouverture, le nom des soumissionnaires et le prix soumis sont divulgués publiquement.",
      // https://www.legisquebec.gouv.qc.ca/en/version/cr/R-7,%20r.%201%20?code=se:16&history=20240227
      'At the opening, the representative reads aloud the name of each tenderer and its price.',
      "À l'ouverture, les prix de chaque soumission seront lus à haute voix.",
    ],
    negative: [
      'The Purchasing Department is opened to the public from 9 a.m. to 4 p.m.',
      'Les soumissions doivent être reçues au plus tard le 3 mars 2026 à 14 h.',
      'Le décachetage du courrier interne est assuré chaque matin par le secrétariat.',
      "La Société peut refuser toute firme qui, au cours des deux années précédant la date d'ouverture des offres, a fait l'objet d'une évaluation de rendement insatisfaisant.",
      "Lors de l'ouverture du chantier, le calendrier des travaux est remis au chargé de projet.",
    ],
  },
  evaluation: {
    positive: [
      "## Grille d'évaluation de la qualité\n\n| Critère | Poids |",
      '## ÉVALUATION DES SOUMISSIONS\n\nTexte.',
      '## Critères de sélection\n\nTexte.',
      'Les critères d’évaluation retenus et leur pondération sont les suivants :',
      'Chaque critère est évalué sur 100 points; le niveau de performance acceptable est de 70 points.',
      '| Critère | Pondération (%) |',
      '## Evaluation criteria\n\nText.',
    ],
    negative: ['Le contrat est adjugé au prestataire qui a soumis le prix le plus bas.', 'Le comité de direction se réunit chaque mois.'],
  },
  awardRule: {
    positive: [
      "## Règle d'adjudication\n\nTexte.",
      '## ADJUDICATION DU CONTRAT\n\nTexte.',
      '## Attribution du contrat\n\nTexte.',
      'Le contrat sera adjugé au soumissionnaire conforme ayant présenté le prix le plus bas.',
      'Le contrat est octroyé au prestataire de services qui a soumis le prix ajusté le plus bas.',
      'Le mandat sera accordé au prestataire dont la soumission acceptable a obtenu la note finale la plus élevée.',
      'The contract will be awarded to the bidder with the lowest adjusted price.',
      'Le contrat sera attribué au soumissionnaire conforme dont le prix est le plus bas.',
      '## OCTROI DU CONTRAT\n\nTexte.',
      // The contract by its other names, the participle agreeing (« l'entente … octroyée »).
      "L'entente sera octroyée au soumissionnaire que retient le comité de sélection.",
      "## Octroi de l'entente\n\nTexte.",
      // The superlative as a predicate.
      'Le Centre retient la soumission conforme dont le prix soumis est le moins élevé.',
      'Le contrat est attribué au prestataire dont la note finale est la plus élevée.',
    ],
    negative: [
      'Le prix soumis est le prix total indiqué au bordereau.',
      'Le Ministère ne s’engage à accepter ni la plus basse ni aucune des soumissions reçues.',
    ],
  },
  contractToSign: {
    positive: [
      // The contract reproduced, by its form: the provider named as a party, the signatures of both parties.
      'ENTRE la Société des traversiers, ci-après « la Société », ET ____________, ci-après appelé « le Fournisseur ».',
      'Entre : le Cégep de Rimouski; et : ____________ (ci-après « le Prestataire »).',
      'Signé à Montréal, pour la Société : ____________; pour le Fournisseur : ____________.',
      'Signatures — pour l’adjudicataire : ____________ pour le Centre : ____________',
      'BETWEEN the College, and ____________ (the "Consultant").',
      'Signed for the Board: ____________ for the Contractor: ____________',
      // A section titled by a part's number in English and the generic word; the parties named by a sentence whose subject
      // is the contract; both parties' places to sign by their labels; the signing formula.
      '## PART 6 — AGREEMENT\n\nText.',
      '## Schedule C – Agreement\n\nText.',
      '## Appendix 2: The Contract\n\nText.',
      '## 9.\n\nLe présent contrat est conclu entre la Ville de Laval, représentée par sa greffière, et ____________ (ci-après « le Fournisseur »).',
      '## Section 12\n\nThis Agreement is made between the College and ____________, hereinafter called the "Service Provider".',
      '## 9.\n\nPour le Cégep : ____________ Pour l’entrepreneur : ____________',
      '## Article 14\n\nOn behalf of the Contractor: ____________ On behalf of the Ministry: ____________',
      '## 9.\n\nEN FOI DE QUOI, les parties ont signé le présent contrat à Sherbrooke, le ____________.',
      '## 9.\n\nIN WITNESS WHEREOF, the parties hereto have executed this agreement on ____________.',
      // Reproduced « below », said with « shall ».
      'The contract the Board shall sign with the successful Tenderer shall be reproduced below.',
      // The regulation's own words (art. 5 par. 8°), as a heading in every numbering style and inflected (issue 13).
      '## 7 CONTRATS À ÊTRE SIGNÉS\n\nTexte.',
      '## Section C — Contrat à être signé\n\nTexte.',
      '## TROISIÈME PARTIE : CONTRAT À ÊTRE SIGNÉ PAR L’ADJUDICATAIRE\n\nTexte.',
      'Le contrat à être signé par le prestataire retenu figure ci-après.',
      '## Contract to be signed\n\nText.',
      '## Contrat à signer\n\nTexte.',
      '## ANNEXE A – CONTRAT\n\nTexte.',
      '## Modèle de contrat\n\nTexte.',
      '## Conditions générales\n\nTexte.',
      '## 10. Contrat de services professionnels\n\nTexte.',
      "Le contrat type joint à l'annexe 4 sera signé par l'adjudicataire.",
      'Le projet de convention figure à l’annexe C.',
      "Le contrat est constitué des documents d'appel d'offres, de la soumission et de l'avis d'adjudication.",
      'The contract to be signed is attached as Schedule A.',
      '## Conditions générales du contrat\n\nTexte.',
      "Le modèle de contrat se trouve à l'annexe D.",
      "## 5. ENTENTE À INTERVENIR\n\nL'entente de services jointe à l'annexe D liera le CISSS et l'adjudicataire.",
      "Le contrat à intervenir avec l'adjudicataire est reproduit à l'annexe 3.",
      "L'entente de services professionnels jointe en annexe sera signée par le prestataire retenu.",
      "Le contrat de services professionnels d'architecture de la Société, reproduit à l'annexe C, est signé par l'adjudicataire dans les quinze jours.",
      "La convention de services d'entretien préventif des appareils audiovisuels est signée par l'adjudicataire.",
      // A part numbered in words, as the government's model documents number theirs (« DEUXIÈME PARTIE — CONTRAT
      // DE SERVICES DE NATURE TECHNIQUE »), and the contract reproduced in that part rather than in an annex.
      '## Titre deuxième — Contrat de services professionnels\n\nTexte.',
      '## 3e partie : le contrat\n\nTexte.',
      '## Chapitre troisième - Convention de services\n\nTexte.',
      '## PART TWO — CONTRACT\n\nText.',
      "Le contrat de services que le Centre conclura avec l'adjudicataire est reproduit dans la présente partie.",
      'La convention à conclure avec le prestataire retenu est reproduite ci-après.',
      'The contract the Board will sign with the successful Tenderer is reproduced below.',
      // The contract named as a model, and joined « au » document.
      'Le contrat type est remis avec les autres documents d’appel d’offres.',
      'La convention est jointe au présent document d’appel d’offres.',
      'The draft agreement the successful proponent will sign is appended to these instructions.',
      // With the plain modal of obligation, or a periphrasis of it.
      'The contract the Board will sign with the successful Tenderer must be reproduced below.',
      'The contract the Board will sign with the successful Tenderer has to be reproduced in this part.',
      // The contract called "agreement", as English calls name it.
      'The Service Agreement the College will sign with the successful Proponent is reproduced below.',
      'The agreement to be signed by the successful bidder is attached as Schedule B.',
      '## PART TWO — SERVICE AGREEMENT\n\nText.',
      // Named by its services before it, as pandoc writes a LaTeX annex's title (`---` for its dash).
      '## Annex 3 --- Professional Services Agreement\n\nText.',
      '## Schedule B: Technical Services Contract\n\nText.',
      // Attached, in English as in French (« ci-joint »). Gathered, paraphrased:
      // https://www.tresor.gouv.qc.ca/faire-affaire-avec-letat/publications/info-marches-publics/bulletins/volume-6-numero-3-avril-2004
      'A copy of the agreement the successful bidder will be required to sign is attached as Appendix D.',
      'The service contract is appended to these tender documents.',
      'The contract that will bind the parties is attached hereto as Schedule 5.',
      // The contract named by its clauses or its terms, as federal and Commonwealth calls title the part that reproduces it,
      // and its clauses said to make it up.
      '## Schedule D – Terms and Conditions of the Agreement\n\nText.',
      '## SECTION 5 — CONDITIONS OF CONTRACT\n\nText.',
      '## Contract Clauses\n\nText.',
      '## Partie 6 — Clauses du contrat subséquent\n\nTexte.',
      '## 8. Conditions du contrat\n\nTexte.',
      'The clauses below apply to and form an integral part of any contract resulting from this call for tenders.',
      'Les clauses et conditions qui suivent font partie intégrante du contrat conclu avec l’adjudicataire.',
    ],
    negative: [
      'The insurance certificate required by the contract is attached to the tender.',
      'The trade agreement that applies to this call is attached as Appendix A.',
      'Entre 8 h et 17 h, le prestataire (ou son représentant) répond aux appels.',
      'Signature du soumissionnaire : ____________',
      'Signé pour le prestataire de services : ____________',
      'Between 8 a.m. and 5 p.m., the contractor answers calls.',
      // Under a heading that is a number alone, a body that states the contract's terms or a bid form's signature only.
      "## 9.\n\nLe contrat est d'une durée de trois ans; le prix est forfaitaire et payé en douze versements.",
      '## 9.\n\nThis contract is for a term of two years between July 1, 2026 and June 30, 2028, at the prices tendered.',
      '## 9.\n\nSigné à Gatineau, le ____________.',
      '## 9.\n\nPour le soumissionnaire : ____________ Titre : ____________',
      '## 9.\n\nEN FOI DE QUOI, le soumissionnaire a signé à ____________, le ____________.',
      '## Part 3 — Price\n\nThe price schedule.',
      '## Deuxième partie — Durée du contrat\n\nTrois ans.',
      'Le calendrier du contrat est reproduit ci-dessous.',
      'The schedule of the contract is set out below.',
      'The trade agreement that applies to this call is set out below.',
      '## Conditions of contract award\n\nText.',
      'The Contractor must comply with the terms and conditions of the contract at all times.',
      'Le prestataire respecte les conditions du contrat en tout temps.',
      '## Intergovernmental agreement\n\nText.',
      // Signed later, not included: weak evidence at most (a warning to confirm), never the item.
      "Après l'adjudication, le Centre rédige un contrat, qui est signé dans les dix jours.",
      '## Durée du contrat\n\nTrois ans.',
      'Le contrat débute le 1er avril 2026.',
      "L'entente de confidentialité jointe à l'annexe F est signée par chaque membre de l'équipe.",
      "## Entente de regroupement\n\nLes établissements ont signé une entente de regroupement d'achats.",
      "Le contrat débute à la signature par l'adjudicataire des documents de l'annexe C.",
    ],
  },
  qualifications: {
    positive: [
      'posséder les qualifications, les autorisations, les permis, les licences, les enregistrements, les certificats, les accréditations et les attestations nécessaires;',
      'Le soumissionnaire doit détenir tous les permis et licences requis par les lois en vigueur.',
      "Être titulaire des autorisations et des certificats exigés pour exercer l'activité visée.",
      'POSSÉDER LES QUALIFICATIONS, AUTORISATIONS, PERMIS ET LICENCES NÉCESSAIRES.',
      'The bidder must hold the permits, licences and accreditations required by law.',
      "Le chargé de projet doit être membre en règle de l'Ordre des ingénieurs du Québec.",
      "Est admissible l'entreprise qui est titulaire des autorisations, licences et attestations que la loi ou les fabricants des appareils exigent.",
      'Le prestataire détient les permis que la réglementation impose pour le transport de documents confidentiels.',
      // Any inflection and number, in English as in French.
      'A service provider that holds every qualification, authorization, permit, licence, registration, certificate, accreditation and attestation required to perform the contract.',
      'The Contractor has obtained each licence and permit required by the municipality.',
      "Le soumissionnaire possède l'autorisation nécessaire de l'Autorité des marchés publics.",
      'Le prestataire doit détenir les permis que la réglementation municipale requiert.',
      // Required by any word of the REQUIRED notion (« demandées »).
      'Être titulaire des licences demandées par la Régie du bâtiment du Québec.',
    ],
    negative: [
      'Le soumissionnaire doit avoir un établissement au Québec.',
      'Les soumissions doivent être signées.',
      'Le prestataire remet une copie de ses certificats d’assurance au début du contrat.',
      'Le prestataire doit avoir les certificats de formation de ses employés à jour, sans quoi le Centre impose une pénalité.',
    ],
  },
  establishment: {
    positive: [
      'have an establishment in Québec, or in a territory covered by an applicable intergovernmental agreement, where it carries on its activities on a permanent basis;',
      'avoir au Québec ou dans un territoire visé par un accord intergouvernemental applicable un établissement où il exerce ses activités de façon permanente, clairement identifié à son nom et accessible durant les heures normales de bureau;',
      "Le soumissionnaire doit avoir un établissement au Québec ou dans une province visée par l'ACCQO.",
      "Avoir une place d'affaires au Québec, accessible durant les heures normales de bureau.",
      'Posséder un établissement situé dans un territoire visé par un accord intergouvernemental applicable.',
      'The bidder must have an establishment in Québec or in a territory covered by an applicable agreement.',
      'Seules les entreprises établies au Québec ou dans une province visée par un accord applicable peuvent soumissionner.',
      // The condition stated by its breach, inadmissibility its sanction.
      'Le soumissionnaire qui ne possède aucun établissement au Québec ni dans un territoire visé par un accord applicable est inadmissible.',
      'Tenderers that do not have an establishment in Québec or in a territory covered by an applicable agreement will not be eligible.',
    ],
    negative: [
      'c) if it has an establishment in Québec, hold a valid attestation from Revenu Québec;',
      // A denied establishment naming whom another clause binds, with no inadmissibility.
      "Le prestataire qui n'a pas d'établissement au Québec doit le déclarer au formulaire; il demeure admissible.",
      'A Tenderer without an establishment in Québec must attach a sworn declaration.',
      'Le soumissionnaire qui a un établissement au Québec détient une attestation de Revenu Québec valide.',
      'Le prestataire ayant un établissement au Québec doit détenir une attestation de Revenu Québec.',
      'Le soumissionnaire doit détenir tous les permis requis.',
      'La réunion aura lieu dans nos bureaux à Québec.',
      'Le Ministère a ses bureaux à Québec.',
      "- s'ils ont un établissement au Québec, détiennent une attestation de Revenu Québec valide.",
      "Le prestataire qui n'a pas d'établissement au Québec n'est pas tenu de détenir l'attestation de Revenu Québec.",
      // An exception to another condition, whose breach is the inadmissibility the passage names.
      "Est inadmissible le prestataire qui ne détient pas d'attestation de Revenu Québec valide, à l'exception de celui qui n'a pas d'établissement au Québec.",
      'A bidder that does not hold a valid attestation from Revenu Québec, except a bidder without an establishment in Québec, is not eligible.',
    ],
  },
  outsideAgreements: {
    positive: [
      'La concurrence étant insuffisante, est admissible tout prestataire qui a un établissement dans un territoire non visé par un accord intergouvernemental applicable.',
      'En raison d’une concurrence jugée insuffisante, les entreprises établies hors des territoires visés sont admissibles.',
      'Given insufficient competition, bidders from a territory not covered by an applicable agreement are eligible.',
    ],
    negative: ['avoir au Québec ou dans un territoire visé par un accord intergouvernemental applicable un établissement'],
  },
  abnormallyLowPrice: {
    positive: [
      // The government's model documents (SCT, the health network's group-buying models), as a ninth audit's tenders word them.
      'Une soumission qui présente un prix anormalement bas est jugée non conforme et est rejetée, après autorisation de la sous-ministre, selon la procédure prévue aux articles 29.1 à 29.8 du Règlement.',
      'Any tender with an unusually low price must be rejected, after authorization of the chief executive officer.',
      "Une soumission qui comporte un prix anormalement bas est non conforme et doit être rejetée, après autorisation du dirigeant de l'organisme.",
      '## PRIX ANORMALEMENT BAS\n\nLa section IV.1 du Règlement s’applique.',
      "L'organisme pourra rejeter toute offre anormalement basse, conformément à la section IV.1 du chapitre II du Règlement.",
      'A bid with an abnormally low price is non-compliant and will be rejected.',
    ],
    negative: ['Le contrat est adjugé au prestataire qui a soumis le prix le plus bas.'],
  },
  tieBreak: {
    positive: ['In the event of a tie, the contract is awarded by a draw.', 'Tied proposals are settled by a draw.'],
    negative: ["Le prestataire s'engage à respecter le programme d'accès à l'égalité en emploi."],
  },
  dirigeantAuthorisation: {
    positive: [
      // The government's model documents (SCT, the health network's group-buying models), as a ninth audit's tenders word them.
      "La durée totale de quarante-huit (48) mois, renouvellement compris, a été autorisée par le président-directeur général de chacun des établissements participants, conformément à l'article 46 du Règlement.",
      "Sa durée prévue, incluant les renouvellements, étant supérieure à trois ans, le contrat a été autorisé par le dirigeant de l'organisme conformément à l'article 46.",
      'Le président-directeur général a autorisé la conclusion de ce contrat d’une durée de plus de trois ans.',
      'La durée du contrat, renouvellements compris, a été autorisée par la directrice générale du Cégep.',
      // The dirigeant named by its role, in the active voice after the duration, as a row of a table of provisions or in English.
      '| Article | Disposition |\n|---|---|\n| 12. Durée | Le contrat est de 36 mois.<br>Sa durée, renouvellements compris, dépassant trois ans, le sous-ministre en a autorisé la conclusion. |',
      'Given a planned term of six years, including renewals, the Council of Commissioners approved the contract on March 3, 2026.',
      'The term of the contract, renewals included, exceeds three years and has received the authorization of the Board of Governors.',
    ],
    negative: [
      'Le contrat est d’une durée de cinq ans, renouvellements compris.',
      'Le directeur général signe le contrat d’une durée de cinq ans au nom du Cégep.',
      'Pendant toute la durée du contrat, le prestataire maintient les permis exigés par le ministre.',
      "The bidder's Board of Directors resolution authorizing the signatory to bind the company to the terms of the tender must be enclosed.",
    ],
  },
};

/**
 * Rejection cases: each wording holds the case with its rejection context (own words, a list
 * introduction, or a section heading); negatives hold the case's words without any rejection.
 */
export const REJECTION_WORDINGS: Record<string, Examples> = {
  lateReceipt: {
    positive: [
      '## Compliance requirements\n\n(a) the tender is not delivered to the address, or by the date and time, stated in the notice;',
      '## Motifs de rejet\n\n1. la soumission remise après l’heure limite fixée;',
      "Entraîne le rejet automatique d'une soumission :\n\n1. le non-respect de l'endroit prévu, de la date et de l'heure limites fixées pour la réception des soumissions;",
      'Toute soumission reçue après la date et l’heure limites sera automatiquement rejetée.',
      'Les soumissions reçues en retard seront retournées sans avoir été ouvertes.',
      "## Conditions de conformité\n\n- Soumission parvenue après l'heure limite fixée.",
      'LES SOUMISSIONS TARDIVES SERONT REJETÉES.',
      'Une soumission déposée à un autre endroit que celui prévu est rejetée.',
      'Bids received after the closing time will be rejected.',
      // The regulation's noun in English (« non-respect »), as Québec bodies' translations keep it, or its synonyms.
      'The following tenders are automatically rejected:\n\n(a) non-respect of the place, date and time set for the receipt of tenders;',
      '## Grounds for automatic rejection\n\n- Non-compliance with the closing date and time.',
      'Non-observance of the deadline for the receipt of bids entails the automatic rejection of the bid.',
      // Received by another English verb: the bid arrives, reaches the body.
      'Any proposal that arrives after 11:00 a.m. on May 6, 2027 will be rejected.',
      '## Automatic rejection\n\n- A tender that reaches the Purchasing Office after the closing time.',
      'Toute soumission reçue après 14 h sera rejetée.',
      "L'organisme rejette toute soumission parvenue après la date limite de réception.",
      '## Rejet des soumissions\n\nLes soumissions déposées passé le délai fixé ne seront pas ouvertes.',
      "## 2.2 MOTIFS DE REJET AUTOMATIQUE\n\na) la soumission n'est pas reçue au lieu, à la date et à l'heure limites prévus;",
      'Est rejetée toute soumission qui ne parvient pas à l’adresse indiquée avant l’heure limite.',
      "Rejet automatique de la soumission :\n\n- dépôt tardif ou à une adresse autre que celle de l'avis;",
      "Toute offre déposée ailleurs qu'au bureau indiqué dans l'avis est rejetée.",
      // The case stated as the requirement it breaks, rejection its sanction (in the passage or its list's introduction).
      'Toute offre doit être remise au bureau du Cégep au plus tard à 11 h le jour fixé, sous peine de nullité.',
      'Sous peine de rejet, la soumission doit :\n\na) être déposée à l’adresse indiquée, au plus tard à la date et à l’heure limites;\nb) être signée.',
      'Proposals shall be delivered to the address shown in the notice no later than 2 p.m., otherwise they will be rejected.',
      // A refusal said as an acceptance denied (active voice), or as only what meets the requirement accepted.
      'Le Collège n’examinera aucune offre parvenue après la date et l’heure limites.',
      'Seules les propositions déposées à l’adresse indiquée avant 11 h le 4 avril seront ouvertes.',
      'The Board will not consider any proposal received after the closing date and time.',
      // The body in the first person, a verb of its own (a plain-language call).
      "Nous écarterons toute offre que nous ne recevons pas à l'adresse indiquée dans l'avis.",
      "Nous n'examinerons aucune offre parvenue après la date limite.",
      'Only tenders delivered to the address in the notice by the closing time shall be opened.',
      // Rejected by another verb: excluded, disqualified.
      "Est exclue d'office toute offre transmise après la date et l'heure de clôture.",
      'Any proposal delivered after the closing time will be excluded.',
      // Excluded, the bid named with a demonstrative or a possessive.
      'Ces soumissions, si elles sont reçues après l’heure limite, seront exclues.',
      'This tender, if it is received after the closing time, will be excluded.',
      'Late proposals will not be considered.',
      // A list's entry opened by the verb, its subject the introduction's bid (« qui », numbered), or the body receiving it.
      '## 8.1 Automatic rejection\n\n8.1.1 The Owner shall automatically reject any tender:\n\n8.1.1.1 received after the closing date or at a place other than the one stated in paragraph 2.3.1;',
      "Sera rejetée automatiquement toute soumission :\n\n1° qui n'aura pas été reçue au lieu, à la date et à l'heure limites fixés à l'article six;",
      "Nous rejetterons automatiquement votre soumission si :\n\n- nous ne la recevons pas à l'endroit, à la date et à l'heure limites indiqués à la section 1;",
      // « in retard », a francophone's English for « en retard ».
      'Is automatically rejected the soumission:\n\na) received in retard;',
      // The bid named by a pronoun before the verb.
      'If it is received after the closing time, the tender will be rejected.',
      "Les soumissions, si elles sont reçues après l'heure limite, seront rejetées.",
      // A verb of the vocabulary in the third person, its stem changed (« reçoit », « remet », « inclut », « requiert »).
      "Entraîne le rejet automatique :\n\n- une soumission que l'organisme ne reçoit pas à l'adresse indiquée avant l'heure limite;",
      // Returned unopened, its addressee between: gathered from public sources, paraphrased.
      // https://legisquebec.gouv.qc.ca/fr/version/lc/C-37.02?code=se%3A102_1&historique=20241014
      'Toute soumission reçue après l’heure limite est retournée à son expéditeur sans avoir été décachetée.',
      // http://legisquebec.gouv.qc.ca/en/showversion/cr/I-13.3,%20r.%207?code=se:5&pointInTime=20191021
      'Any tender received after the closing time will be returned unopened.',
      'Proposals delivered after 2 p.m. will be returned to the proponent without being opened.',
      // The requirement as the condition of the bid's consideration (gathered, paraphrased):
      // https://www.legisquebec.gouv.qc.ca/en/version/cr/R-7,%20r.%201%20?code=se:8&history=20240227
      'The tender, to be considered, must be delivered to the place indicated before the specified time.',
      'Pour être considérée, la soumission doit être reçue à l’endroit indiqué avant l’heure limite.',
      "Afin d'être jugée recevable, toute offre doit parvenir au Collège au plus tard à 11 h le 4 avril.",
      // The requirement in a table's row, its consequence in a cell of its own.
      '## Conformité\n\n| Exigence | Conséquence du non-respect |\n|---|---|\n| Dépôt de la soumission au lieu indiqué, avant l’heure limite | Soumission rejetée |',
    ],
    negative: [
      'Le paiement tardif des factures entraîne des intérêts.',
      'Les soumissions doivent être reçues au plus tard le 3 mars 2026 à 14 h, au 425, rue Jacques-Parizeau.',
      '## Conditions de conformité\n\n- Une soumission qui n’est pas reçue par télécopieur demeure recevable.',
      "## ADMISSIBILITÉ ET CONFORMITÉ\n\nc) détenir une attestation de Revenu Québec qui ne doit pas avoir été délivrée après la date et l'heure limites fixées pour la réception des soumissions.",
      'Toute offre doit être remise au bureau du Cégep au plus tard à 11 h le jour fixé.',
      'Toute offre doit être remise au bureau du Cégep au plus tard à 11 h, à défaut de quoi elle pourra être rejetée.',
      "Nous pourrons rejeter une offre que nous recevons après l'heure limite.",
      'Seules les soumissions retenues seront évaluées par le comité de sélection.',
      'The bid bonds of the unsuccessful bidders will be returned after the award of the contract.',
      'Les garanties reçues après la date limite sont retournées aux soumissionnaires non retenus.',
      // What arrives late is not the bid: the attestation of Revenu Québec (art. 50.3 al. 2), a form, whatever the verb.
      '## Automatic rejection\n\nc) hold a valid attestation of Revenu Québec, not delivered after the date and limit hour of reception of the tenders.',
      'The attestation must have been issued no later than the closing date; an attestation delivered after the closing date is not accepted.',
      'An attestation of Revenu Québec issued after the closing date is not accepted and entails the rejection of the tender.',
      "L'attestation de Revenu Québec transmise après la date limite ne sera pas acceptée.",
      "## Motifs de rejet\n\n- l'attestation de Revenu Québec remise après la date et l'heure limites;",
      'Le formulaire transmis après la date limite ne sera pas considéré.',
      'The factors to be considered in the evaluation must be received by the committee before the meeting.',
      '## Conformité\n\n| Exigence | Conséquence du non-respect |\n|---|---|\n| Dépôt de la soumission au lieu indiqué, avant l’heure limite | Correction demandée dans les 2 jours ouvrables |',
      '## Conformité\n\n| Exigence | Conséquence du non-respect |\n|---|---|\n| Dépôt de la soumission au lieu indiqué, avant l’heure limite | La soumission peut être rejetée |',
    ],
  },
  missingDocument: {
    positive: [
      "Entraîne le rejet automatique d'une soumission :\n\n- l'absence d'un document requis;",
      // A table's header row says what its rows are, as a list's introduction does.
      "## 6.\n\n| Motifs de rejet automatique | Référence |\n|---|---|\n| L'absence d'un document requis | Art. 7 |",
      'L’omission de fournir l’un des documents exigés entraîne le rejet de la soumission.',
      'Toute soumission qui ne contient pas tous les documents requis sera jugée non conforme.',
      '## Motifs de rejet\n\n1. Document requis manquant ou non fourni.',
      'Une soumission incomplète sera rejetée.',
      'Bids with missing required documents will be rejected.',
      'Toute soumission non accompagnée des documents exigés à la section 4 sera rejetée.',
      'Le soumissionnaire qui ne fournit pas les documents demandés voit sa soumission rejetée.',
      "## Non-conformité\n\n- Une soumission qui n'inclut pas l'un des documents requis.",
      "Sera rejetée toute soumission qui ne renferme pas l'un ou l'autre des documents énumérés à l'article 3.2.",
      'Est rejetée la soumission qui ne contient pas un ou plusieurs des formulaires exigés.',
      "L'offre est rejetée sans être évaluée dans chacun des cas suivants :\n\n1. l'un des documents exigés à l'article 3 fait défaut;",
      'Sera rejetée toute soumission dont une pièce requise manque.',
      // The document not attached (a ministry's lettered cases, eighth audit), other wordings.
      "Une offre est rejetée lorsque l'une des pièces requises n'y a pas été annexée.",
      'Sera rejetée toute soumission si une pièce exigée n’y est pas incluse.',
      'A tender is rejected if any required document is not attached to it.',
      // The case stated as the requirement it breaks, rejection its sanction.
      'Chaque proposition doit contenir l’ensemble des pièces énumérées à la section 4, à défaut de quoi elle sera jugée non conforme.',
      'Under penalty of rejection, each tender must:\n\n(a) contain all the documents listed in section 4;\n(b) be signed by an authorised person.',
      // A refusal said as « non recevable ».
      'Les propositions incomplètes ne sont pas recevables.',
      "L'absence de l'un des formulaires exigés entraîne l'exclusion de l'offre.",
      "Sera exclue toute proposition qui ne contient pas l'un des documents exigés.",
      // The bid however named, a complement between it and its adjective.
      'Une proposition de services incomplète est rejetée.',
      'Incomplete proposals will be rejected.',
      "## Motifs de rejet\n\n- un document exigé que le prestataire n'inclut pas dans son offre;",
      // "Failure to provide" and the document in any order, as « le défaut de fournir … ».
      // http://legisquebec.gouv.qc.ca/en/showversion/cr/S-4.2,%20r.%2016?code=sc-nb:1&pointInTime=20200214 (paraphrased)
      'Failure to provide any document required in section 3 will entail the rejection of the tender.',
      'Failure to submit any of the forms listed in section 4 will result in the rejection of the tender.',
      'A bidder’s failure to include the documents requested in Schedule B entails the rejection of its bid.',
      // The requirement as a noun phrase, in a table's row whose consequence is a cell of its own.
      '## Conformité\n\n| Exigence | Conséquence du non-respect |\n|---|---|\n| Présence de tous les documents requis | Rejet automatique |',
      '## 4.\n\n| Requirement | If not met |\n|---|---|\n| Provision of every required document | Automatic rejection |',
    ],
    negative: [
      "## 6.\n\n| Motif | Référence |\n|---|---|\n| L'absence d'un document requis | Art. 7 |",
      'La soumission doit comprendre les documents suivants :',
      "Sera rejetée toute soumission qui ne renferme pas l'un ou l'autre des prix unitaires demandés.",
      "Sera rejetée la soumission dont le prix n'est pas inclus au bordereau.",
      '## Causes de rejet\n\n- la signature requise fait défaut;',
      'Chaque proposition doit contenir l’ensemble des pièces énumérées à la section 4.',
      'Failure to provide the documents requested by the Board within ten days of the award may result in the cancellation of the contract.',
      '## Conformité\n\n| Exigence | Conséquence du non-respect |\n|---|---|\n| Présence de tous les documents requis | Correction demandée dans les 2 jours ouvrables |',
    ],
  },
  missingSignature: {
    positive: [
      "Entraîne le rejet automatique de la soumission :\n\na) l'absence d'un document requis;\n\nb) l'absence d'une signature requise d'une personne autorisée;",
      // English lettered entries under a compliance heading (issue 13), other wordings than the corpus's.
      '## Compliance requirements\n\n(c) the signature of an authorized representative is lacking;',
      '## Compliance requirements\n\n(d) the tender form has not been signed by an authorized person;',
      "Entraîne le rejet automatique d'une soumission :\n\n- l'absence d'une signature requise d'une personne autorisée;",
      'Toute soumission non signée par une personne autorisée sera rejetée.',
      "Sera rejetée toute soumission reçue après l'heure limite ou non signée.",
      "## Conditions de conformité\n\n- Le formulaire de soumission n'est pas signé par une personne autorisée.",
      'Unsigned bids will be rejected.',
      'Le formulaire de soumission doit être signé par une personne autorisée, à défaut de quoi la soumission sera rejetée.',
      'Une soumission dont la signature requise est absente est automatiquement rejetée.',
      "## 2.2 CONDITIONS DE CONFORMITÉ\n\n1. le formulaire d'engagement ou l'offre de prix ne porte pas la signature d'une personne autorisée;",
      "Est rejetée automatiquement toute soumission dont le bordereau de prix n'est pas revêtu de la signature d'un représentant autorisé.",
      'Le soumissionnaire qui omet de signer le formulaire de soumission voit sa soumission rejetée.',
      "Entraîne le rejet automatique :\n\n- une soumission qui ne comporte aucune signature d'une personne autorisée par résolution;",
      '## Causes de rejet\n\n- la signature requise fait défaut;',
      "L'offre est rejetée si la signature d'un associé autorisé manque à la lettre de présentation.",
      // « autorisé » in the plural, a stem the nouns of 6.1° (« autorisations ») share: still the authorised signatory.
      "Est rejetée la soumission qui n'est pas signée par l'un des représentants autorisés du soumissionnaire.",
      "## Conditions de conformité\n\n- Le formulaire n'est pas signé par les personnes autorisées.",
      // The case stated as the requirement it breaks, rejection its sanction.
      'Sous peine de rejet, l’offre de prix doit porter la signature d’un représentant dûment autorisé.',
      'The Price Schedule shall be signed by the bidder’s authorized representative; failing this, the bid will be rejected.',
      // A refusal said as « non recevable » in other words.
      'Toute offre qui n’est pas signée par une personne autorisée ne sera pas jugée recevable.',
      'Les offres non signées par une personne autorisée sont exclues sans être évaluées.',
      // A mark under a column whose header names the rejection.
      '## 4.\n\n| Exigence | Entraîne le rejet automatique |\n|---|---|\n| Signature d’un représentant autorisé sur le bordereau | X |',
    ],
    negative: [
      'Le formulaire de soumission doit être signé par une personne autorisée.',
      "## Conditions de conformité\n\n- La soumission porte la signature d'une personne autorisée par résolution du conseil.",
      'Sera rejetée toute soumission qui ne comporte pas le prix unitaire de chaque article.',
      'L’offre de prix doit porter la signature d’un représentant dûment autorisé, sinon elle peut être rejetée.',
      '## 4.\n\n| Exigence | Entraîne le rejet automatique |\n|---|---|\n| Signature d’un représentant autorisé sur le bordereau | Non |',
    ],
  },
  uninitialledCorrection: {
    positive: [
      // A gap inside the item: the price's complement between the correction and its initials (ministries' models).
      "## Motifs de rejet\n\n- toute correction apportée au prix unitaire ou au prix total, le cas échéant, et qui n'est pas paraphée;",
      'A tender will be automatically rejected if:\n\n- the tendered price contains an erasure or correction that has not been initialled;',
      'A tender will be automatically rejected if:\n\n- any alteration of the price, unless it is initialed by the signatory;',
      "Entraîne le rejet automatique d'une soumission :\n\n- une rature ou une correction apportée au prix soumis et non paraphée;",
      "Toute correction ou rature au bordereau de prix qui n'a pas été paraphée entraîne le rejet de la soumission.",
      '## Motifs de rejet automatique\n\n- Ratures ou corrections du prix sans les initiales du signataire.',
      'Any erasure or correction to the price that is not initialled results in rejection.',
      'Toute modification au prix soumis doit être paraphée, sous peine de rejet de la soumission.',
      'Sera rejetée toute soumission dont un prix a été raturé ou corrigé sans que la correction soit paraphée.',
      "## Motifs de rejet\n\n- un prix unitaire corrigé sans que le signataire l'ait paraphé;",
      // The price as the subject, erased or corrected without initials.
      'A tender is automatically rejected if:\n\n(d) a price has been erased or corrected without the correction being initialled;',
      'A tender will be rejected if:\n\n- the price shown has been erased and not initialled;',
      // Second person, and « sans » before the verb or the noun.
      'Votre soumission sera rejetée automatiquement si :\n\n- vous raturez ou corrigez un prix sans parapher la correction;',
      '## Motifs de rejet automatique\n\n- un prix corrigé au bordereau sans y apposer votre paraphe;',
      'Your tender will be rejected automatically if:\n\n- you correct a price on the Price Schedule without initialling the correction;',
    ],
    negative: [
      'Each page of the Tender Form must be initialled by the signatory.',
      'Toute rature ou correction au prix doit être paraphée par le signataire.',
      '## Motifs de rejet\n\n- un prix raturé ou corrigé sans que la soumission soit signée;',
    ],
  },
  conditionalBid: {
    positive: [
      // Lists written as lettered paragraphs under their introduction, without list markup (issue 13).,
      'A tender will be automatically rejected if:\n\n(a) it is received late;\n\n(e) it is conditional or restrictive;',
      'A tender will be automatically rejected if:\n\n- it is conditional or restrictive;',
      'A tender will be automatically rejected if:\n\n- the tender contains conditions or restrictions;',
      "Entraîne le rejet automatique d'une soumission :\n\n- une soumission conditionnelle ou restrictive;",
      'Une soumission conditionnelle ou restrictive sera rejetée.',
      'Toute soumission assortie de conditions ou de restrictions est jugée non conforme.',
      'Conditional or qualified bids will be rejected.',
      "## MOTIFS DE REJET AUTOMATIQUE\n\ne) la soumission est assortie d'une condition ou d'une réserve;",
      "Entraîne le rejet automatique :\n\n- toute soumission par laquelle le soumissionnaire modifie ou restreint les exigences des documents d'appel d'offres;",
      // The bid's terms named by nouns, whatever the verb (second person included).
      'Votre soumission sera rejetée automatiquement si :\n\n- vous y ajoutez une condition ou une restriction;',
      '## Motifs de rejet\n\n- le soumissionnaire formule des conditions ou des réserves dans sa lettre de présentation;',
      'Your tender will be rejected automatically if:\n\n- you attach conditions or qualifications to it;',
      // The case stated as the requirement it breaks, rejection its sanction.
      'L’offre doit être inconditionnelle : elle ne peut être assortie d’aucune condition ni réserve, sous peine de rejet.',
      'The tender shall be submitted without conditions or reservations, failing which it will be declared non-compliant.',
      // A refusal said as an acceptance denied.
      'L’Université ne retiendra pas une offre conditionnelle ou restrictive.',
      'No conditional or restrictive proposal shall be accepted.',
      "## Motifs d'exclusion\n\n- une offre conditionnelle ou restrictive;",
      // The requirement as a noun phrase, in a table's row whose consequence is a cell of its own.
      '## Conformité\n\n| Exigence | Conséquence du non-respect |\n|---|---|\n| Soumission exempte de toute condition ou réserve | Rejet automatique |',
    ],
    negative: [
      'A tender will be automatically rejected if:\n\n- the award of the contract is conditional upon the approval of the Board of Governors;',
      'Les conditions générales du contrat figurent à l’annexe A.',
      "## Conditions de conformité\n\n- Le soumissionnaire ne peut restreindre la concurrence en s'associant à un autre soumissionnaire.",
      '## Motifs de rejet\n\n- le non-respect des conditions et restrictions de la licence exigée;',
      'L’offre est présentée sans réserve quant aux quantités estimées.',
      // The requirement stated without its sanction is not the case it avoids (« sans », « absence de » take the condition away).
      '## Conditions de conformité\n\n- Soumission présentée sans condition ou restriction.',
      '## Conditions de conformité\n\n- Absence de toute condition ou restriction.',
    ],
  },
  priceQualityTogether: {
    positive: [
      '## Motifs de rejet\n\n- toute offre dont le prix n’est pas remis séparément de l’offre de qualité;',
      'A tender will be automatically rejected if:\n\n- the Financial Proposal is not submitted in an envelope separate from the Technical Proposal;',
      'A tender will be automatically rejected if:\n\n- the price schedule is placed in the same envelope as the technical proposal;',
      "Entraîne le rejet automatique d'une soumission :\n\n- le prix soumis et la démonstration de la qualité non présentés séparément;",
      "Toute soumission dont le prix figure dans l'enveloppe de la qualité sera rejetée.",
      "Entraîne le rejet automatique : f) l'offre de prix n'est pas présentée dans une enveloppe distincte de l'offre de services;",
      'Le prix et la démonstration de la qualité doivent être présentés séparément, sous peine de rejet automatique.',
      'Bids where the price and the quality demonstration are not submitted separately will be rejected.',
      // The quality demonstration named as the other offer or the rest of the bid.
      'Sont rejetées automatiquement :\n\n- la soumission dont la proposition de prix n’est pas remise séparément de la proposition technique;',
      'A tender will be automatically rejected if:\n\n- the price offer is not sealed separately from the rest of the bid;',
      "Entraîne le rejet automatique : c) le bordereau de prix qui n'est pas transmis distinctement de l'offre qualitative;",
      'A proposal in which the price and the quality demonstration are not submitted separately will be excluded.',
    ],
    negative: [
      'A tender will be automatically rejected if:\n\n- the Financial Proposal is not signed by an authorized representative;',
      'Le prix et la démonstration de la qualité sont présentés séparément.',
      // « Exclues » of the taxes: no rejection.
      'Le prix soumis, taxes exclues, est présenté séparément de la démonstration de la qualité.',
    ],
  },
  otherDesignatedCondition: {
    positive: [
      "Entraîne le rejet automatique d'une soumission :\n\n- le non-respect de toute autre condition de conformité indiquée dans les présents documents comme entraînant le rejet automatique d'une soumission.",
      'Les exigences identifiées par la mention « rejet automatique » entraînent le rejet de la soumission.',
      'Le non-respect de toute autre exigence indiquée comme entraînant le rejet automatique entraîne aussi ce rejet.',
      "## MOTIFS D'EXCLUSION\n\n- le non-respect de toute autre exigence que les présents documents désignent comme entraînant l'exclusion automatique.",
      'Failure to meet any other condition designated as causing automatic rejection results in rejection.',
      "## MOTIFS DE REJET AUTOMATIQUE\n\ng) le non-respect de toute exigence dont les présents documents précisent qu'elle entraîne le rejet automatique.",
    ],
    negative: ['Toute autre condition du contrat est précisée au devis.', 'Chaque exigence du devis est décrite à la section 4.'],
  },
  multipleBids: {
    positive: [
      // The government's model documents (SCT, the health network's group-buying models), as a ninth audit's tenders word them.
      "Le dépôt, par un même prestataire de services, de plus d'une soumission pour le présent appel d'offres entraîne le rejet de toutes ses soumissions.",
      "Lorsqu'un soumissionnaire présente plus d'une soumission pour le présent appel d'offres, toutes ses soumissions sont automatiquement rejetées.",
      "Le prestataire de services qui présente plus d'une soumission pour le présent appel d'offres voit toutes ses soumissions rejetées.",
      // The bids rejected named first (« toutes les soumissions d'un prestataire qui en dépose plus d'une »).
      "Sont rejetées toutes les offres d'une firme qui en présente plus d'une pour le présent appel.",
      '## Compliance requirements\n\nA tenderer submitting more than one tender will have all of its tenders rejected.',
      "Le dépôt par un prestataire de services de plusieurs soumissions pour le présent appel d'offres entraîne le rejet automatique de toutes ses soumissions.",
      "Un soumissionnaire ne peut présenter qu'une seule soumission; s'il en présente plusieurs, toutes ses soumissions seront rejetées.",
      '## Conditions de conformité\n\n- Le dépôt de plus d’une soumission par un même soumissionnaire.',
      'A bidder who files more than one bid will have all its bids rejected.',
      'A respondent who submits more than one proposal will have all its proposals rejected.',
      "Le prestataire qui soumet plus d'une offre verra toutes ses offres exclues.",
      "Sont rejetées toutes les soumissions d'un prestataire qui en remet plus d'une.",
      // « soum. », the bidder after a masculine determiner, the bid otherwise; « A.O. », the call.
      "Le soum. qui présente plus d'une soum. pour cet A.O. voit toutes ses soum. rejetées.",
    ],
    negative: [
      'Le contrat est adjugé au soumissionnaire dont la soumission conforme présente le prix le plus bas.',
      'Le Ministère a reçu plusieurs soumissions lors du dernier appel d’offres.',
    ],
  },
};
