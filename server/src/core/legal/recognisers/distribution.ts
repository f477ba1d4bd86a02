/**
 * Art. 9.1: the tender documents and addenda can be obtained only through SEAO. A sentence that
 * names the documents, a way of getting them, and another channel (offices, a room, e-mail, mail, paper,
 * a USB key or a disc, the body's own web site) offers a second channel. Matched sentence by sentence on normalized text.
 */
const SUBJECT = String.raw`(?:documents? (?:d'appel d'offres|de l'appel d'offres|d'appels d'offres|contractuels)|dossiers? d'appel d'offres|devis|cahiers? des charges|addendas?|addendum|plans et devis|(?:tender|bid) documents)`;
const GETTING = String.raw`(?:obten\w*|obtien\w*|disponibles?|procur\w*|telecharg\w*|achet\w*|consult\w*|remise?s?|transmise?s?|transmet\w*|envoy\w*|envoie\w*|enverr\w*|distribu\w*|vendus?|fourni\w*|offert(?:e|s|es)?|accessibles?|demander|demandee?s?|requests?|requested|available|obtain\w*|download\w*|recevoir|receive|sent|purchased|picked up|collected|offered|provided)`;
const CHANNEL = String.raw`(?:(?:a|dans|en) nos (?:bureaux|locaux)|a notre (?:bureau|comptoir|reception)|au (?:bureau|comptoir|secretariat|service) (?:de|du|d')|au (?:comptoir|secretariat)\b|sur (?:simple )?demande|par (?:courriel|la poste|courrier|telecopieur|telecopie|fax|messagerie)|(?:en|sur) (?:format|version|support) papier|(?:copies?|exemplaires?) papier|sur (?:notre|le) site (?:web|internet)(?! (?:du |de )?(?:seao|systeme electronique))|(?:sur|par) (?:une? )?(?:cle usb|cd|dvd|cd-rom)\b|cd-rom|au local \w|(?:on|by) (?:a )?(?:usb (?:key|stick|drive)|cd|dvd|cd-rom)\b|in room \w|en personne|at our offices?|at the (?:[a-z]+ ){0,2}(?:department|office|offices|counter|reception|secretariat)\b|by (?:e-?mail|mail|post|courier|fax)|(?:up)?on request|in person|in paper)`;

/**
 * A channel said by its verb, after a modal, « to » or an adverb ("can also e-mail", "to fax", « peut courrieller »): « e-mail »
 * alone is also the noun ("the e-mail address"). Its participle ("e-mailed", « courriellés ») is the verb's only.
 */
const CHANNEL_VERB = String.raw`(?:(?:can|may|will|shall|could|would|to|also|then) (?:also )?(?:e-?mail|fax)|courriell(?:er|e|ent|era|eront))`;
const CHANNEL_PARTICIPLE = String.raw`(?:e-?mailed|faxed|mailed|courriellee?s?)`;

/**
 * A paper copy named without a complement, after the documents were named ("… sur le SEAO; une copie
 * papier peut aussi être remise au secrétariat"); "une copie papier du contrat" is about something else.
 */
const COPY = String.raw`(?:copies?|exemplaires?) (?:papier|imprimee?s?)(?! (?:de|du|des|d')\b)`;

/**
 * The verb before its subject (« Peut être transmise par courriel, à l'entreprise qui en fait la demande, une copie des
 * documents d'appel d'offres », « Sont également remis sur demande les documents », "Available on request by e-mail is a copy
 * of the tender documents"): the clause opens with the way (after a complement and its comma, if any), the channel follows, and
 * the documents come last, named with their determiner after no preposition (« … par courriel conformément aux documents »
 * names them as a reference, not as the subject).
 */
const INVERTED_VERB = String.raw`(?:peut|peuvent|pourra|pourront|pourrait|pourraient|sont|est|sera|seront)(?: (?:aussi|egalement|en outre|de plus))? (?:etre )?(?:(?:aussi|egalement) )?`;
const INVERTED_OPENING = String.raw`^(?:[^,]{1,40}, )?${INVERTED_VERB}${GETTING}\b`;
const INVERTED_SUBJECT = String.raw`(?<!\b(?:a|au|aux|avec|de|des|du|dans|par|pour|selon|sur|sans|entre|chez|vers|que)) (?:(?:une?|la|l'|des|les) ?(?:copies?|exemplaires?)(?: (?:papier|imprimee?s?))? (?:des|du|de l'|d') ?|(?:les|le|l'|la|tous les|tout|toute|ces) ?)${SUBJECT}\b`;
const INVERTED_SUBJECT_EN = String.raw`\b(?:is|are|will be)(?: also)? (?:(?:a|one|the) (?:paper |printed )?cop(?:y|ies) of |copies of )?(?:the|all the|all|these) (?:[\w-]+ )?${SUBJECT}\b`;
/** The documents as an English object after the verb's complement ("obtain by e-mail the tender documents"), after no preposition. */
const OBJECT_AFTER_EN = String.raw`(?<!\b(?:to|with|of|in|on|from|for|by|at|under|per|than)) (?:(?:a|one|the) (?:paper |printed )?cop(?:y|ies) of )?(?:the|all the|these) (?:[\w-]+ )?${SUBJECT}\b`;
/** A clause that opens with its verb (INVERTED_VERB): its subject is still to come, the documents named after a comma among them. */
export const INVERTED_CLAUSE = new RegExp(INVERTED_OPENING);

export const OTHER_CHANNEL: readonly RegExp[] = [
  new RegExp(String.raw`${INVERTED_OPENING}.{1,80}?${CHANNEL}.{0,100}?${INVERTED_SUBJECT}`),
  new RegExp(String.raw`^(?:also )?${GETTING}\b.{1,60}?${CHANNEL}.{0,60}?${INVERTED_SUBJECT_EN}`),
  new RegExp(String.raw`\b${SUBJECT}\b.{1,30}\b${GETTING}\b.{1,100}${CHANNEL}`),
  new RegExp(String.raw`\b${COPY}.{1,40}\b${GETTING}\b.{1,60}${CHANNEL}`),
  // A notice field "Documents : disponibles sur le SEAO ou au bureau…" (not "Documents : le formulaire est remis au bureau").
  new RegExp(
    String.raw`^(?:obtention des )?documents? ?(?::| -) ?.{0,40}\b(?:disponibles?|obten\w*|procur\w*|telecharg\w*|offerts?|vendus?|en vente)\b.{1,100}${CHANNEL}`,
  ),
  new RegExp(String.raw`\b${GETTING}\b.{1,60}\b${SUBJECT}\b.{1,100}${CHANNEL}`),
  // The channel between the way and its object (« obtenir, au comptoir de la Direction, les documents », "obtain by e-mail
  // the tender documents"): the documents with their determiner after no preposition, as an inverted subject is named.
  new RegExp(String.raw`\b${GETTING}\b.{1,60}?${CHANNEL}.{0,100}?(?:${INVERTED_SUBJECT}|${OBJECT_AFTER_EN})`),
  new RegExp(String.raw`${CHANNEL}.{0,60}\b${SUBJECT}\b.{1,40}\b${GETTING}\b`),
  // The channel as the verb (« les courrieller », "e-mail the tender documents", "they can be e-mailed"): both the way and the channel.
  new RegExp(String.raw`\b${CHANNEL_VERB}\b.{1,30}\b${SUBJECT}\b|\b${SUBJECT}\b.{1,40}\b${CHANNEL_PARTICIPLE}\b`),
];

/**
 * In an addendum, the parts of the documents it replaces or revises are what it distributes (« la page B-2
 * révisée », « le bordereau de remplacement », "the revised Price Schedule"): offered through another
 * channel, they break art. 9.1 as the documents would. Named revised only: a bid's own form handed in at the
 * office is the bid, not the documents.
 */
const REVISED_PART = String.raw`(?:pages?|bordereaux?|formulaires?|annexes?|plans?|sections?|schedules?|forms?)(?: [\w-]{1,12}){0,4} (?:revisee?s?|de remplacement|modifiee?s?|corrigee?s?|revised|amended|replacement)`;
const REVISED_PART_EN = String.raw`(?:revised|replacement|amended) (?:pages?|price schedules?|schedules?|forms?)`;
export const ADDENDUM_OTHER_CHANNEL: readonly RegExp[] = [
  ...OTHER_CHANNEL,
  new RegExp(String.raw`\b${REVISED_PART}.{1,40}\b${GETTING}\b.{1,100}${CHANNEL}`),
  new RegExp(String.raw`\b${REVISED_PART_EN}\b.{1,40}\b${GETTING}\b.{1,100}${CHANNEL}`),
  // The verb first ("obtain the revised pages at our offices", « demander la page révisée par courriel »).
  new RegExp(String.raw`\b${GETTING}\b.{1,30}\b(?:${REVISED_PART}|${REVISED_PART_EN})\b.{1,100}${CHANNEL}`),
];

/**
 * A part of the tender documents named by itself (the plans, the drawings, an annex, the price schedule, the forms)
 * handed out another way: given by the body (« les plans de déneigement y seront remis en format papier », "the drawings
 * will be available at the Purchasing Department") or got by the bidder (« obtenir les plans par courriel »). A lone
 * « plan » (of a room, of work) is not one of them, nor a part the bidder returns (PART_RETURNED).
 */
const PART = String.raw`(?:plans|dessins|drawings|annexes?|bordereaux?|formulaires?|forms)`;
const HANDED_OUT = String.raw`(?:y )?(?:(?:seront|sera|sont|est|peuvent|peut|pourront|pourra)(?: aussi| egalement)? (?:etre )?(?:remise?s?|distribuee?s?|fournie?s?|offerte?s?|disponibles?|accessibles?|obtenue?s?|vendue?s?|transmise?s?|envoyee?s?)|(?:will|can|may|are|is)(?: also)? (?:be )?(?:handed out|distributed|provided|available|obtained|sent|given))`;
const PART_GOT = String.raw`(?:obtenir|obtien(?:t|nent|dra|dront)|procurer|telecharger|demander|retirer|recuperer|obtain|download|request|pick up|collect)`;
export const PART_OTHER_CHANNEL: readonly RegExp[] = [
  new RegExp(String.raw`\b${PART}\b.{1,60}\b${HANDED_OUT}\b.{1,100}${CHANNEL}`),
  new RegExp(String.raw`\b${PART_GOT}\b.{1,40}\b${PART}\b.{1,100}${CHANNEL}`),
];
/** A part the bidder fills in, signs or returns is its bid, whatever channel it travels by. */
export const PART_RETURNED =
  /\b(?:remplie?s?|completee?s?|signee?s?|dument|paraphee?s?|avec (?:la|sa|leur|votre) soumission|par (?:le|les) soumissionnaires?|filled|completed|signed|with (?:the|its|your) (?:bid|tender)|by the bidders?)\b|\b(?:doit|doivent|devra|devront|must|shall) (?:etre |be )?(?:remise?s?|transmise?s?|deposee?s?|retournee?s?|jointe?s?|returned|submitted|delivered|included)\b/;

/**
 * A clause of its own inside a sentence: after a comma, the documents named again as a new subject (« …, les documents et
 * les addenda étant aussi remis sur clé USB », "…, and the tender documents may also be…"). A negation before it (« ne
 * peuvent être modifiés que par addenda ») is about the first clause and refuses no channel the second offers. Without a verb
 * of its own, the documents are the object the sentence ends with (« obtenir par courriel, auprès de la personne responsable,
 * les documents d'appel d'offres »), not a clause.
 */
const CLAUSE_VERB = String.raw`(?:etant|est|sont|sera|seront|soit|soient|peut|peuvent|pourra|pourront|doit|doivent|demeur\w*|rest\w*|being|is|are|will|may|can|must|shall|remain\w*)`;
export const DOCUMENTS_CLAUSE_OPENING = new RegExp(
  String.raw`, (?=(?:(?:et|mais|or|and|but|while) )?(?:les|le|ces|tous les|the|these|all(?: the)?) (?:documents\b|(?:[\w'-]+ ){0,3}${SUBJECT}\b).{1,200}?(?:\b${CLAUSE_VERB}\b|\b${GETTING}\b))`,
);

/**
 * The system named at length, with its acronym or its address (« système électronique d'appel d'offres du gouvernement du
 * Québec (SEAO, www.seao.ca) », « SEAO, à l'adresse www.seao.ca »): one name, read as « seao », so that the words between a
 * way of getting the documents and another channel offered after it are counted without it.
 */
export const SEAO_NAMED_AT_LENGTH =
  /(?:\b(?:systeme electronique d'appel d'offres(?: du gouvernement du quebec)?|electronic tendering system)(?: \((?:seao|se@o)\b[^)]{0,40}\))?|\bseao(?: \([^)]{0,40}\))?)(?:,? (?:a l'adresse|at) (?:https?:\/\/)?(?:www\.)?seao\.(?:gouv\.qc\.)?ca\b)?/g;

/** Another channel named (CHANNEL_NAMED), or its verb (CHANNEL_VERB_NAMED): every pattern of OTHER_CHANNEL and PART_OTHER_CHANNEL needs one, so a passage that names none offers none. */
export const CHANNEL_NAMED = new RegExp(CHANNEL);
export const CHANNEL_VERB_NAMED = new RegExp(String.raw`\b${CHANNEL_VERB}\b|\b${CHANNEL_PARTICIPLE}\b`);

/**
 * A sentence whose subject is a pronoun standing for the documents named just before (« Les documents
 * sont sur le SEAO. Ils peuvent aussi être transmis par courriel »): read with its antecedent. The
 * documents are masculine: « elles » stands for something else (the bids).
 */
export const PRONOUN_SUBJECT = /^(?:ils?|ceux-ci|celui-ci|ces derniers|ces documents|they|these|those|it)\b/;
export const DOCUMENTS_NAMED = new RegExp(String.raw`\b${SUBJECT}\b`, 'g');
/** In an addendum, the parts it revises are named as the documents are (« le bordereau révisé … peut le demander »). */
export const ADDENDUM_DOCUMENTS_NAMED = new RegExp(String.raw`\b${SUBJECT}\b|\b${REVISED_PART}\b|\b${REVISED_PART_EN}\b`, 'g');

/**
 * The verbs that take the documents as object when a pronoun stands for them, in the forms a pronoun comes
 * before (infinitive, present, future; « demande », « remise », « envoi » are also nouns, so not those).
 */
const OBJECT_VERB_WORDS = String.raw`obtenir|obtien(?:t|nent|dra|dront)|procurer|procure(?:nt|ra|ront)|demander|demande(?:nt|ra|ront)|commander|recevoir|re(?:coi|coive)(?:t|nt)?|recevr(?:a|ont)|retirer|recuperer|telecharger|consulter|acheter|transmettre|transmet(?:tent|tra|tront)?|envoyer|envoie(?:nt)?|enverr(?:a|ont)|expedier|fournir|fourni(?:t|ssent|ra|ront)|remettre|remet(?:tent|tra|tront)?|faire parvenir|fai(?:t|ra) parvenir|font parvenir|feront parvenir`;
const OBJECT_VERB = `(?:${OBJECT_VERB_WORDS})`;
/**
 * The verbs an English object pronoun, or a noun for the documents' form, follows ("request them", "e-mail the PDF").
 */
const OBJECT_VERB_EN_WORDS = String.raw`obtain|request|order|get|receive|download|purchase|buy|pick up|collect|consult|e-?mail|send|mail|fax|forward|provide`;
/**
 * The documents named by their form rather than their title, without a complement (« le PDF », « une copie », « le fichier »,
 * "the PDF", "a copy", "the file", "an electronic version"): after a verb that takes the documents, it stands for the
 * documents named before it as a pronoun does. With a complement it names something else (« une copie du contrat », "the
 * file of its bid").
 */
const DOCUMENTS_FORM = String.raw`(?:(?:le|la|un|une|l') ?(?:pdf|fichier|copie|exemplaire|version (?:pdf|electronique|imprimee|papier|numerique))|(?:the|a|an) (?:pdf|file|copy|(?:electronic|paper|printed|hard|digital) (?:copy|version)))(?! (?:de|du|des|d'|of)\b)`;
/**
 * A copy of the documents named by its form in a later clause, subject or object, in any word order (« Peut toutefois le
 * soumissionnaire … obtenir, au comptoir, un exemplaire des documents sur clé USB », "…; a printed copy may also be requested
 * by e-mail"): it stands for the documents the passage named before it. Without a complement, or with the documents as its
 * complement (« des documents », "of them"); with another one it names something else (« une copie du contrat »). Group
 * `fr` or `en` is the wording's language.
 */
const COPY_QUALIFIER = String.raw`(?:papier|imprimee?s?|electroniques?|numeriques?|pdf|sur papier)`;
const COPY_OF_DOCUMENTS = String.raw`(?: (?:des|de ces) documents| de ceux-ci| of (?:the|these) documents| of them| thereof)`;
export const DOCUMENTS_COPY = new RegExp(
  String.raw`(?<![\w'])(?:(?<fr>(?:une?|la|l'|les|des) ?(?:(?:copies?|exemplaires?)(?: ${COPY_QUALIFIER})?|versions? ${COPY_QUALIFIER}))|(?<en>(?:(?:the|an?|one) )?(?:paper|printed|hard|electronic|digital) (?:cop(?:y|ies)|versions?)|(?:the|an?|one) cop(?:y|ies)))${COPY_OF_DOCUMENTS}?(?! ${COPY_QUALIFIER}\b)(?! (?:de|du|des|d'|of)\b)`,
);
/**
 * A sentence that names the bid (« une copie de sa soumission », "one original and a copy of the bid"): the copy it speaks
 * of is the bid's, whatever channel it travels by. « Appel d'offres », "tender documents" name the call, not a bid.
 */
export const BID_NAMED = /(?<!d')\b(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?)\b(?! documents?\b)/;

/**
 * A French object pronoun for the documents (« le », « la », « les », « l' », « en »), before its verb and the
 * « lui » or « leur » that may stand between (« qui le lui transmet »); an English one after its verb ("request
 * them", "obtain it"), or a noun for the documents' form after its verb (DOCUMENTS_FORM). Group 1, 2 or 3 is the pronoun, read as
 * the documents it stands for.
 */
export const PRONOUN_OBJECT = new RegExp(
  String.raw`(?<![\w'])(les|le|la|l'|en) ?(?=(?:(?:lui|leur) )?${OBJECT_VERB}\b)|\b(?:(?:${OBJECT_VERB_EN_WORDS})(?: a copy of)? (them|it)|(?:${OBJECT_VERB_WORDS}|${OBJECT_VERB_EN_WORDS}) (?:(?:aussi|egalement|en outre|meme|directement|also|then|directly) )?(${DOCUMENTS_FORM}))\b`,
);
/**
 * What stands between the documents and a pronoun for them without being its antecedent: the verb's subject
 * just before the pronoun (« la Direction [peut] le transmet », « le soumissionnaire qui le souhaite »), a word
 * opening the sentence (« Le soumissionnaire peut les obtenir », "Bidders may request them").
 */
export const PRONOUN_SUBJECT_BEFORE =
  /(?:\b(?:le|la|les|un|une|ce|cet|cette|ces|the|this|these|our|its|their) |\bl' ?)(?:(?!(?:et|ou|puis|and|or|then) )[\w-]+ ){1,5}$/;
export const PRONOUN_SUBJECT_OPENING = /^(?:(?:le|la|les|un|une|des|ce|cet|cette|ces|the|a|an|this|these|any|all) |l' ?)?[\w-]+ /;
/**
 * A noun with its determiner (« le formulaire », « un rapport »): another thing the pronoun may stand for. The
 * system named as the place of the documents (« sur le SEAO », « par l'intermédiaire du SEAO ») is not.
 */
export const OTHER_ANTECEDENT =
  /(?:\b(?:le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|votre|vos|leur|leurs|the|a|an|its|their|your|this|these) |\bl' ?)(?!seao\b|systeme\b|site\b|intermediaire\b|adresse\b|reseau\b|present\b|presente\b)[a-z]/;

/**
 * A negation in a relative clause about someone (« l'entreprise qui ne peut pas assister à la visite peut en obtenir une
 * copie », « qui ne peut pas les télécharger », "a bidder who does not attend"): it refuses no channel. In the passive it is
 * about the documents (« les plans, qui ne sont pas remis en format papier », "which will not be sent"), and refuses.
 */
export const NEGATED_RELATIVE = /\b(?:qui|who|which) (?:ne |n' ?)?(?:[\w'-]+ ){0,2}(?:pas|plus|jamais|not)(?: [\w'-]+){1,2}/g;
/**
 * A clause's word that it does not derogate from another (« Sous réserve de la clause 1.6, à laquelle la présente clause ne
 * déroge pas, … », "from which this section does not derogate"): a negation about the clauses' relation, which refuses no
 * channel.
 */
export const DEROGATION_DENIED =
  /\b(?:ne|n') ?(?:[\w'-]+ ){0,2}deroge(?:nt|ra|ront)?(?: (?:en rien|nullement|aucunement|pas|plus|jamais))?\b|\b(?:does|do|shall|will) not (?:in any way )?derogate\b/g;

/**
 * A clause appended to a sentence that states an understanding of its own (« …, étant entendu qu'aucun document obtenu
 * d'un tiers ne peut être opposé au Ministère », "it being understood that …"): read by itself, so that its negation
 * refuses no channel the sentence offers before it, nor its channel is offered by the sentence's documents.
 */
export const UNDERSTANDING_CLAUSE_OPENING = /,? (?=etant entendu (?:que|qu')|it being understood that\b|on the understanding that\b)/;

export const PASSIVE_CLAUSE = /\b(?:est|sont|sera|seront|etre|soit|soient|is|are|be|been)\b/;

/**
 * A sentence that refuses the channel ("aucun document ne sera transmis par courriel", « ne peuvent être transmis »), its
 * negation by « ni » too (« ne les transmet ni par courriel ni en main propre », « transmis ni par la poste ni par
 * courriel », "neither mailed nor e-mailed", "nor"); not a single « ni » after « sans » (« sans frais ni inscription »).
 */
export const CHANNEL_REFUSED =
  /\baucune?\b|\b(?:ne|n') ?(?:\S+ ){0,3}(?:pas|plus|jamais|ni)\b|\bne (?:peuvent|peut|pourront|pourra|seront|sera)\b|\bni\b[^,;]{1,60}\bni\b|\bnot\b|\bnever\b|\b(?:neither|nor)\b|\bno (?:documents?|cop(?:y|ies)|paper)\b/;

/**
 * A restriction « ne … que » (RESTRICTION), and what it bears on when it is the channel or the system (RESTRICTED_CHANNEL,
 * read after it: « ne peuvent être obtenus que par l'intermédiaire du SEAO », « que par courriel »): the sentence's refusal.
 * One that bears on something else (« ne seront modifiés que par addenda, transmis par courriel », « ne sont transmis par
 * courriel qu'aux soumissionnaires inscrits ») limits what « que » introduces, and refuses no channel the sentence names
 * elsewhere. Group 1 is what stands between « ne » and « que », the sentence read without the two.
 */
export const RESTRICTION = /\b(?:ne|n') ?((?:(?!(?:pas|plus|jamais|ni|aucune?)\b)\S+ ){0,4})qu(?:e |' ?)/g;
export const RESTRICTED_CHANNEL = new RegExp(String.raw`^${CHANNEL}|^(?:\S+ ){0,5}seao\b`);

/** Sentences about questions, bids, complaints or deliverables, which may travel by other channels. */
export const NOT_ABOUT_DOCUMENTS =
  /\b(?:questions?|renseignements?|precisions?|demandes? (?:de precision|d'information|de renseignements?)|plaintes?|inquir(?:y|ies)|livrables?|finaux|finales|deliverables?)\b|\b(?:le prestataire|l'adjudicataire|le consultant|the (?:service provider|contractor|consultant))\b.{1,60}\b(?:remet|transmet|livre|produit|delivers?|submits?)\b|\bsoumissions?\b.{1,40}\b(?:doi\w+|sera|seront) (?:etre )?(?:deposee?s?|remise?s?|transmise?s?|recue?s?|acheminee?s?|presentee?s?)\b|\b(?:tenders?|bids?|proposals?|submissions?)\b.{1,40}\b(?:must|shall|will|are to) be (?:delivered|submitted|received|filed|deposited|sent)\b/;
