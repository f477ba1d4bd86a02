import { ruleTester } from '../ruleTester.js';

/** A notice complete in its front-matter except the keys a test removes; the body is the test's. */
function avis(
  body: string,
  frontMatter = 'organisme: { nom: Ministère de la Culture }\ntitre: Services de restauration\naccords: aucun\nrenseignements: Mme Lise Côté\nreception: { date: 2026-09-14, heure: "11:00", lieu: Québec }\nouverture: { date: 2026-09-14, heure: "11:00", lieu: Québec }',
): string {
  return `---\ntype: avis\n${frontMatter}\n---\n\n# Avis\n\n${body}\n`;
}
const SEAO = 'Les documents d’appel d’offres ne peuvent être obtenus que par l’intermédiaire du SEAO.';
const NO_OBLIGATION = 'Le Ministère ne s’engage à accepter aucune des soumissions reçues.';
const complete = (extra = '') => avis(`${SEAO}\n\n${NO_OBLIGATION}${extra}`);

ruleTester('notice-no-obligation-to-accept', {
  valid: [
    { name: 'regulation wording', code: complete() },
    { name: 'SEAO notice wording, capitals', code: avis(`${SEAO}\n\nLE MINISTÈRE NE S'ENGAGE À ACCEPTER NI LA PLUS BASSE NI AUCUNE DES SOUMISSIONS REÇUES.`) },
    { name: 'not bound to accept', code: avis(`${SEAO}\n\nL'organisme n'est pas tenu d'accepter la soumission la plus basse ni aucune autre.`) },
    { name: 'across a line break', code: avis(`${SEAO}\n\nLe Ministère ne s’engage\nà accepter aucune des soumissions reçues.`) },
    { name: 'English', code: avis(`${SEAO}\n\nThe Ministry does not undertake to accept any of the bids received.`) },
    // The informal register's verb of accepting, the bid chosen as its object.
    {
      name: '« prendre » the lowest bid, the body as « on »',
      code: avis(`${SEAO}\n\nOn n'est pas obligé de prendre la soumission la plus basse, ni aucune autre.`),
    },
    { name: 'not a notice type: addenda', code: '---\ntype: addenda\n---\n\nAddenda no 1.\n' },
  ],
  invalid: [
    {
      name: 'missing: error on the notice heading, fix inserts the clause at the end of the notice',
      code: avis(SEAO),
      errors: [{ line: 11, column: 1, messageId: 'missing', severity: 'error' as const, message: /ne s'engage à accepter aucune/ }],
      output: avis(`${SEAO}\n\nL’organisme public ne s’engage à accepter aucune des soumissions reçues.`),
    },
    {
      name: 'English locale: message and clause in English',
      code: avis(SEAO),
      settings: { locale: 'en' },
      errors: [{ message: /does not undertake to accept/ }],
      output: avis(`${SEAO}\n\nThe public body does not undertake to accept any of the bids received.`),
    },
  ],
});

ruleTester('notice-documents-only-through-seao', {
  valid: [
    { name: 'regulation wording', code: complete() },
    {
      name: 'SEAO notice wording',
      code: avis(`Les Documents d'appel d'offres sont disponibles uniquement par le système électronique SÉAO.\n\n${NO_OBLIGATION}`),
    },
    // Which copy prevails said beside the item, in the same passage: the item stands.
    {
      name: 'the item and which copy prevails in one passage',
      code: avis(`Les documents ne peuvent être obtenus que par le SEAO. Seuls les documents obtenus par le SEAO font foi.\n\n${NO_OBLIGATION}`),
    },
    { name: 'exclusively on SEAO', code: avis(`Les documents sont disponibles exclusivement sur le site du SEAO (www.seao.ca).\n\n${NO_OBLIGATION}`) },
    // The documents as the body makes them available (offered, posted, published, distributed) only through SEAO.
    ...[
      "Les documents d'appel d'offres, et tout addenda, sont offerts uniquement par l'intermédiaire du SEAO, à l'adresse www.seao.gouv.qc.ca.",
      "Les documents d'appel d'offres sont diffusés exclusivement dans le SEAO.",
      "Les documents d'appel d'offres sont publiés seulement dans le système électronique d'appel d'offres.",
      'The tender documents are posted only on SEAO.',
      'Tender documents are offered solely through the electronic tendering system (SEAO).',
    ].map((text) => ({ name: `made available only through SEAO: ${text.slice(0, 50)}`, code: avis(`${text}\n\n${NO_OBLIGATION}`) })),
    // The system as the subject that alone gives the documents, however long its name, and every other way denied
    // (« d'aucune autre façon »): the e-mail thread of the twenty-fifth audit round.
    ...[
      "Seul le Système électronique d'appel d'offres du gouvernement du Québec (SEAO, www.seao.ca) donne accès au devis.",
      "Seul le site du Système électronique d'appel d'offres du gouvernement du Québec (SEAO) permet de télécharger le cahier des charges.",
      'SEAO alone provides the tender documents.',
      "Les documents d'appel d'offres sont publiés dans le SEAO; le soumissionnaire ne peut se les procurer par aucun autre moyen.",
      "Les documents d'appel d'offres sont offerts dans le SEAO, et nulle part ailleurs.",
      'Tender documents are posted on SEAO and cannot be obtained by any other means.',
    ].map((text) => ({ name: `SEAO the only way, as its subject or every other way denied: ${text.slice(0, 50)}`, code: avis(`${text}\n\n${NO_OBLIGATION}`) })),
    // The documents named with the addenda or the results, in one sentence, as what SEAO alone gives: the item stands.
    ...[
      'Les addenda et les documents d’appel d’offres ne peuvent être obtenus que par l’intermédiaire du SEAO.',
      'Tout addenda, comme les documents d’appel d’offres, est offert uniquement dans le SEAO.',
      'Addenda and tender documents may only be obtained through SEAO.',
    ].map((text) => ({ name: `the documents named beside the addenda: « ${text.slice(0, 40)}… »`, code: avis(`${text}\n\n${NO_OBLIGATION}`) })),
    // A heading that is a field, its value in the title with nothing under it.
    { name: 'the value in a heading', code: avis(`## Accès aux documents : exclusivement par l'entremise du SEAO\n\n${NO_OBLIGATION}`) },
    { name: 'the value in a setext heading, English', code: avis(`Tender documents: available only through SEAO\n---\n\n${NO_OBLIGATION}`) },
    // Numbered as drafters number titles: the field is read without its number, as a passage's is.
    { name: 'the value in a numbered heading', code: avis(`## 1.3 Documents d'appel d'offres : uniquement par le SEAO\n\n${NO_OBLIGATION}`) },
    {
      name: 'the value in a heading numbered as an article',
      code: avis(`### ARTICLE 4 — Obtention des documents : exclusivement sur le SEAO\n\n${NO_OBLIGATION}`),
    },
    { name: 'the value in a numbered title in capitals', code: avis(`SECTION C — DOCUMENTS : UNIQUEMENT PAR LE SEAO\n\n${NO_OBLIGATION}`) },
    // A field whose value says « only » before the system, with no verb: a table row, a line of a list of fields.
    {
      name: 'a table row « Obtention des documents | Exclusivement sur le SEAO »',
      code: avis(`| Élément | Détail |\n| --- | --- |\n| Obtention des documents | Exclusivement sur le SEAO (www.seao.gouv.qc.ca) |\n\n${NO_OBLIGATION}`),
    },
    {
      name: 'a line of a list of fields',
      code: avis(`Numéro : AO-2026-14\nAccès aux documents : uniquement par l'entremise du Système électronique d'appel d'offres\n\n${NO_OBLIGATION}`),
    },
    // A label that asks where or how to reach the documents, its value « only » before the system (a wiki page's emoji
    // before it): asked of the documents, finding or reaching them is getting them.
    ...[
      '📥 **Où trouver les documents :** uniquement dans le SEAO (www.seao.ca). Nulle part ailleurs.',
      "**Où se trouvent les documents d'appel d'offres?** Uniquement dans le SEAO.",
      '- Comment accéder aux documents : exclusivement par le SEAO (www.seao.ca)',
      "| Où trouver le dossier d'appel d'offres | Seulement dans le système électronique d'appel d'offres |",
      "### Où trouver les documents d'appel d'offres?\n\nUniquement dans le SEAO.",
    ].map((text) => ({
      name: `a label asking where or how to reach the documents: ${text.slice(0, 40)}`,
      code: avis(`${text.startsWith('|') ? `| Élément | Détail |\n| --- | --- |\n${text}` : text}\n\n${NO_OBLIGATION}`),
    })),
    // An answer whose subject is only in its question: read with its question's words, as a field under its label.
    ...[
      ['a question in bold', "**Q. 6. Comment obtenir les documents d'appel d'offres?**\n\nR. Uniquement par l'intermédiaire du SEAO."],
      ['a question as a heading', "### Où se procurer les documents d'appel d'offres?\n\nExclusivement dans le SEAO (www.seao.ca)."],
      ['a question in English', 'Q: How do I obtain the tender documents?\n\nA: Solely through SEAO.'],
      ['a question whose answer is a list', "**Comment obtenir les documents d'appel d'offres?**\n\n- uniquement par l'intermédiaire du SEAO;\n- sans frais."],
      ['a question and its answer in one passage', "Q. Comment obtenir les documents d'appel d'offres? R. Uniquement par l'intermédiaire du SEAO."],
      ['a short answer set in bold', "**Comment obtenir les documents d'appel d'offres?**\n\n**Uniquement par l'intermédiaire du SEAO.**"],
    ].map(([name, qa]) => ({ name: `an answer read with its question: ${name}`, code: avis(`${qa}\n\n${NO_OBLIGATION}`) })),
  ],
  invalid: [
    // Alone about something else, or another way not denied: no statement that SEAO is the only way.
    ...[
      "Seul le SEAO diffuse l'avis d'appel d'offres.",
      "Les documents d'appel d'offres sont dans le SEAO. Les soumissions ne peuvent être transmises d'aucune autre façon que sous pli scellé.",
    ].map((text) => ({
      name: `no SEAO-only statement: ${text.slice(0, 40)}`,
      code: avis(`${text}\n\n${NO_OBLIGATION}`),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    })),
    // Another thing than the documents as what SEAO alone gives (the addenda, the opening's results, the answers): how it
    // comes is not how the documents are obtained, beside a sentence that names the documents in SEAO without « only ».
    ...[
      'Tout addenda ne peut être obtenu que par l’intermédiaire du SEAO.',
      'Les addenda sont publiés exclusivement dans le SEAO.',
      'Les résultats de l’ouverture ne sont disponibles que dans le SEAO.',
      'Addenda may only be obtained through SEAO.',
      'Answers to questions will be posted on SEAO only.',
    ].map((text) => ({
      name: `another thing than the documents obtained only through SEAO: « ${text.slice(0, 40)}… »`,
      code: avis(`Les documents d'appel d'offres font partie du dossier. ${text}\n\n${NO_OBLIGATION}`),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    })),
    // Where the bidder's own documents go is no way of getting the tender documents.
    ...['Où déposer les documents : uniquement par le SEAO.', 'Où trouver vos documents : uniquement dans le SEAO.'].map((text) => ({
      name: `a label asking where to send documents: ${text.slice(0, 30)}`,
      code: avis(`${text}\n\n${NO_OBLIGATION}`),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    })),
    {
      name: 'an answer that does not say SEAO is the only way, under its question: missing',
      code: avis(`**Comment obtenir les documents d'appel d'offres?**\n\nAuprès du SEAO ou au comptoir de la réception.\n\n${NO_OBLIGATION}`),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    },
    {
      name: 'a question lends its words to its answer only: an answer under another title states nothing',
      code: avis(
        `**Comment obtenir les documents d'appel d'offres?**\n\nVoir ci-dessous.\n\n## Modalités\n\nUniquement par l'intermédiaire du SEAO.\n\n${NO_OBLIGATION}`,
      ),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    },
    // Which copy prevails, the documents obtained through SEAO its subject: no word on how they are obtained, a rule that
    // presumes copies obtained otherwise.
    ...[
      'Seuls les documents obtenus par le SEAO font foi.',
      "En cas de divergence, les documents d'appel d'offres téléchargés du SEAO prévalent sur toute autre copie.",
      'Only the tender documents obtained through SEAO are official.',
      'The tender documents downloaded from SEAO prevail over any other copy.',
    ].map((text) => ({
      name: `which copy prevails is no evidence: « ${text.slice(0, 40)}… »`,
      code: avis(`${text}\n\n${NO_OBLIGATION}`),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    })),
    {
      name: 'SEAO named but not as the only channel: a warning on that passage, to confirm',
      code: avis(`Les documents sont disponibles sur le SEAO.\n\n${NO_OBLIGATION}`),
      errors: [{ line: 13, column: 1, messageId: 'toConfirm', severity: 'warning', message: /^À confirmer : .*le seul moyen/ }],
      output: avis(
        `Les documents sont disponibles sur le SEAO.\n\n${NO_OBLIGATION}\n\nLes documents d’appel d’offres ne peuvent être obtenus que par l’intermédiaire du système électronique d’appel d’offres (SEAO).`,
      ),
    },
  ],
});

ruleTester('notice-placeholder-left', {
  valid: [
    { name: 'every item stated', code: complete() },
    { name: 'blanks for the bidder are not a template’s mark', code: complete('\n\nSigné à ____________, le __________.') },
    { name: 'a word in capitals in parentheses is no fill-in mark', code: complete('\n\nLes prix excluent la taxe (TPS ET TVQ).') },
    // Every title typed in bold, at one depth: the notice runs past its sections' titles, but not into the contract to
    // be signed, whose blanks are its signatories'.
    ...[
      '**Le contrat (à signer par l’adjudicataire)**',
      '**Modèle de contrat**',
      '**Form of Agreement**',
      '**Clauses du contrat subséquent**',
      '**Conditions of Contract**',
      '**Terms and Conditions of the Agreement**',
      // The contract named by the relative clause of its signing, as plain language titles it.
      '**Le contrat que vous signerez**',
      '**The Contract You Will Sign**',
      // Closed by a period, as Word's titles are: a noun after its article is no sentence.
      '**Le contrat (à signer par l’adjudicataire).**',
    ].map((title) => ({
      name: `a notice typed in bold ends at the contract to be signed: ${title}`,
      code: `---\ntype: appel-offres\n---\n\n**Avis d’appel d’offres**\n\n${SEAO}\n\n${NO_OBLIGATION}\n\n**Ce qu’on achète**\n\nL’entretien des lève-personnes.\n\n${title}\n\nPrestataire : ______________________ Date : __________\n`,
    })),
    // Titles in capitals after a list's number (« 1. AVIS », « 2. BESOINS »), which CommonMark reads as one-entry lists: the
    // notice ends at the next title numbered as it is, not at the file's end.
    ...[
      ['1. AVIS', '2. BESOINS', '3. CONTRAT'],
      ['1) AVIS PUBLIC', '2) DEVIS', '3) SIGNATURES'],
    ].map(([notice, next, last]) => ({
      name: `a notice titled after a list's number ends at the next title so numbered: ${notice}, ${next}`,
      code: `---\ntype: appel-offres\n---\n\n${notice}\n\n${SEAO}\n\n${NO_OBLIGATION}\n\n${next}\n\nL’entretien des génératrices.\n\n${last}\n\nPrestataire : ______________________ Date : __________\n`,
    })),
    // Titles typed between decorations, as a plain-text export, an e-mail or a wiki sets them apart: the notice ends at the
    // next title numbered as it is, the decoration being none of its words (the others: see the invalid cases).
    ...[
      ['***** PARTIE 1 — AVIS D’APPEL D’OFFRES *****', '***** PARTIE 2 — DEVIS *****', '***** PARTIE 3 — FORMULAIRE *****'],
      ['---- SECTION 1 — AVIS D’APPEL D’OFFRES ----', '---- SECTION 2 — DEVIS ----', '---- SECTION 3 — FORMULAIRE ----'],
      ['[ SECTION 1 — AVIS D’APPEL D’OFFRES ]', '[ SECTION 2 — DEVIS ]', '[ SECTION 3 — FORMULAIRE ]'],
    ].map(([notice, next, last]) => ({
      name: `a notice titled between decorations ends at the next title so numbered: ${notice}, ${next}`,
      code: `---\ntype: appel-offres\n---\n\n${notice}\n\n${SEAO}\n\n${NO_OBLIGATION}\n\n${next}\n\nL’entretien des génératrices.\n\n${last}\n\nPrestataire : ______________________ Date : __________\n`,
    })),
  ],
  invalid: [
    // A notice titled between decorations in lower case, or between runs that would open a fence or a quote: its title is
    // read as the notice's, and it ends at the next title so numbered (a fill-in mark in it is seen, the bidder's blanks after it are not).
    ...[
      ['== Section 1 — Avis d’appel d’offres ==', '== Section 2 — Besoins ==', '== Section 3 — Formulaire =='],
      ['~~~ Section 1 — Avis d’appel d’offres ~~~', '~~~ Section 2 — Besoins ~~~', '~~~ Section 3 — Formulaire ~~~'],
      ['>>> Section 1 — Avis d’appel d’offres <<<', '>>> Section 2 — Besoins <<<', '>>> Section 3 — Formulaire <<<'],
    ].map(([notice, next, last]) => ({
      name: `a notice titled between decorations holds its fill-in mark, not the blanks after it: ${notice}`,
      code: `---\ntype: appel-offres\n---\n\n${notice}\n\n${SEAO}\n\n${NO_OBLIGATION}\n\nOrganisme public : (NOM DE L'ORGANISME PUBLIC)\n\n${next}\n\nL’entretien des génératrices.\n\n${last}\n\nPrestataire : ______________________ Date : __________\n`,
      errors: [{ line: 11, messageId: 'placeholderLeft' }],
    })),
    {
      name: 'a template’s mark in capitals, the product’s own mark, X runs and a mail-merge field',
      code: complete("\n\nOrganisme public : (NOM DE L'ORGANISME PUBLIC)\n\nDate limite : [à compléter : date], XXXX $.\n\nResponsable : «Nom_responsable»"),
      errors: [
        { line: 17, column: 20, messageId: 'placeholderLeft', severity: 'warning', message: /« \(NOM DE L'ORGANISME PUBLIC\) »/ },
        { line: 19, message: /\[à compléter : date\]/ },
        { line: 19, message: /XXXX/ },
        { line: 21, message: /«Nom_responsable»/ },
      ],
    },
    // A draft under review: the mark left is the one kept, not the one struck before it.
    {
      name: 'a fill-in mark struck, the same one left after it: at the one left',
      code: complete('\n\nResponsable : ~~[à compléter : nom]~~ Me Tremblay, ou à défaut [à compléter : nom].'),
      errors: [{ line: 17, column: 64, messageId: 'placeholderLeft' }],
    },
    // Words in angle brackets read as an HTML tag by Markdown are the author's text: the mark is seen.
    {
      name: 'a fill-in mark in angle brackets that Markdown reads as a tag, inline and in a table cell',
      code: complete('\n\nResponsable : <nom du responsable>\n\n| Lieu | <adresse du lieu> |\n| --- | --- |'),
      errors: [
        { line: 17, column: 15, messageId: 'placeholderLeft', message: /« <nom du responsable> »/ },
        { line: 19, column: 10, message: /« <adresse du lieu> »/ },
      ],
    },
    // A blank field beside a template's filled ones, as an exporter escapes them both: the blank is still no value.
    {
      name: "a template's blank field among filled ones, escaped",
      code: complete('\n\n' + String.raw`Date limite : \_\_2027-03-04\_\_ à \_\_14 h\_\_` + '\n\n' + String.raw`Lieu : \_\_\_\_\_\_\_\_`),
      errors: [{ line: 19, messageId: 'placeholderLeft', message: /« ________ »/ }],
    },
    {
      name: 'a front-matter value that is a mark',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'organisme: { nom: "[NOM DE L\'ORGANISME]" }\ntitre: x\naccords: aucun\nrenseignements: Mme Roy'),
      errors: [{ line: 3 }],
    },
  ],
});

ruleTester('notice-public-body-name', {
  valid: [
    { name: 'front-matter', code: complete() },
    {
      name: 'named in the text',
      code: avis(
        `Le Centre intégré de santé et de services sociaux de Laval demande des soumissions.\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x\naccords: aucun',
      ),
    },
  ],
  invalid: [
    {
      name: 'absent',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 6, column: 1, messageId: 'missing' }],
      output: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n**Organisme public :** [à compléter : nom de l’organisme public]`, 'titre: x'),
    },
    // A template's fill-in mark is never evidence (issue 13): in the text or in the front-matter.
    {
      name: 'a label whose value is a fill-in mark: a warning on the field, the value left to fill',
      code: avis(`Organisme public : (NOM DE L'ORGANISME PUBLIC)\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 8, column: 1, messageId: 'toConfirm', severity: 'warning', message: /« \(NOM DE L'ORGANISME PUBLIC\) »/ }],
      output: null,
    },
    { name: 'a mail-merge field', code: avis(`**Organisme :** «Nom_organisme»\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'), errors: [{ line: 6 }] },
    {
      name: 'a front-matter name that is a mark',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'organisme: { nom: "[à compléter : nom]" }\ntitre: x'),
      errors: [{ line: 7 }],
    },
  ],
});

/** The notice's front-matter without a title, the key that states the services in a line. */
const UNTITLED = 'organisme: { nom: Ministère de la Culture }\naccords: aucun\nrenseignements: Mme Lise Côté';
const SERVICES_CLAUSE =
  '**Description sommaire des services :** le présent appel d’offres a pour objet [à compléter : description sommaire des services requis].';

ruleTester('notice-services-description', {
  valid: [
    { name: 'the title in the front-matter', code: complete() },
    {
      name: 'described in the text',
      code: avis(
        `Le Ministère de la Culture demande des soumissions pour des services d’entretien ménager de ses bureaux de Québec.\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        UNTITLED,
      ),
    },
    {
      name: 'an « Objet » label',
      code: avis(`**Objet :** services de déneigement des stationnements du siège social.\n\n${SEAO}\n\n${NO_OBLIGATION}`, UNTITLED),
    },
  ],
  invalid: [
    {
      name: 'no title and no description: the fix adds the clause to complete',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, UNTITLED),
      errors: [{ line: 8, column: 1, messageId: 'missing', severity: 'error' as const, message: /description sommaire des services requis/ }],
      output: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${SERVICES_CLAUSE}`, UNTITLED),
    },
    {
      name: 'a title that is a fill-in mark',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, `titre: "[à compléter : titre]"\n${UNTITLED}`),
      errors: [{ line: 9, column: 1, messageId: 'missing' }],
    },
    {
      name: 'a call for tenders that names no service',
      code: avis(`Le Ministère lance un appel d’offres public.\n\n${SEAO}\n\n${NO_OBLIGATION}`, UNTITLED),
      settings: { locale: 'en' },
      errors: [{ line: 8, column: 1, messageId: 'missing', message: /^The notice gives no summary description of the services required\.$/ }],
    },
  ],
});

ruleTester('notice-intergovernmental-agreements', {
  valid: [
    { name: 'front-matter list', code: complete() },
    {
      name: 'not subject, in the text',
      code: avis(`Le présent appel d'offres n'est assujetti à aucun accord intergouvernemental.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    },
    { name: 'agreements named by acronym', code: avis(`Cet appel d'offres est visé par l'ACCQO et l'AQNB.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') },
    // The call subject to them, the provinces and territories they cover named after.
    ...[
      "Le présent appel d'offres est assujetti aux accords intergouvernementaux applicables au Québec et aux provinces qu'ils visent.",
      'This call for tenders is subject to the trade agreements that apply to Québec and to the provinces they cover.',
    ].map((text) => ({ name: `the call subject to agreements: « ${text.slice(0, 40)}… »`, code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') })),
    // The item is whether an agreement applies: a field saying none does states it.
    ...['| Accords de libéralisation | Non applicable |', 'Accords intergouvernementaux : S.O.'].map((field) => ({
      name: `a field saying no agreement applies: ${field}`,
      code: avis(`${field.startsWith('|') ? `| Champ | Valeur |\n|---|---|\n${field}` : field}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    })),
  ],
  invalid: [
    // An agreement that qualifies a place (the establishment's condition of art. 6 par. 2°, a bid form's field) says where a
    // bidder may be established, not whether an agreement applies to the call.
    ...[
      'Le soumissionnaire doit avoir un établissement au Québec ou dans une province ou un territoire visé par un accord intergouvernemental applicable.',
      "Adresse de l'établissement (au Québec ou dans un territoire couvert par un accord) : ______",
      'The bidder must have an establishment in Québec or in a province or territory covered by an applicable intergovernmental agreement.',
    ].map((text) => ({
      name: `a place qualified by an agreement: « ${text.slice(0, 40)}… »`,
      code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    })),
    // A value still to come gives none: the agreements are not stated (error, not a field left to fill).
    {
      name: 'a field whose value is to come: « Accords intergouvernementaux : À déterminer »',
      code: avis(`Accords intergouvernementaux : À déterminer\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    },
    {
      name: 'silent',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 6, column: 1, messageId: 'missing' }],
      output: avis(
        `${SEAO}\n\n${NO_OBLIGATION}\n\n**Accords intergouvernementaux :** le présent appel d’offres est assujetti aux accords intergouvernementaux suivants : [à compléter : accords applicables, ou « n’est assujetti à aucun accord »].`,
        'titre: x',
      ),
    },
  ],
});

ruleTester('notice-information-contact', {
  valid: [
    { name: 'front-matter', code: complete() },
    {
      name: 'questions by e-mail',
      code: avis(`Toute question doit être transmise par courriel à approvisionnement@sepaq.com.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    },
    { name: 'contact person', code: avis(`Personne-ressource : M. Luc Gagnon, 418 555-0101.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') },
    // A field labelled by the role of the person to reach, with a phone or an e-mail: where the information is obtained.
    ...[
      '| Champ | Valeur |\n|---|---|\n| Répondante | Mme Julie Roy, conseillère en approvisionnement, 418 555-0101 |',
      'Chargée de dossier : Mme Julie Roy, julie.roy@exemple.qc.ca',
      '- **Procurement officer** — Ms. Jane Doe, jdoe@board.qc.ca',
      '| Field | Value |\n|---|---|\n| Contact | Mr. Paul Kim, Purchasing, 514 555-1234 |',
    ].map((field) => ({ name: `a field labelled by a role: ${field.split('\n').at(-1)}`, code: avis(`${field}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') })),
    // Fields typed as sentences of one paragraph, a telegraphic list's lines joined: each sentence opens with its label.
    {
      name: 'a field among others run together in one paragraph',
      code: avis(`Dépôt : enveloppe scellée. Renseignements : M. Luc Gagnon, 418 555-0101. Prix : en chiffres.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    },
    // A numbered label (issue 13): the label starts the passage once its number is set aside.
    { name: 'numbered label « IS-4 »', code: avis(`IS-4 Renseignements : Mme Julie Roy, 418 555-0101.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') },
    { name: 'numbered label « ARTICLE 3 – »', code: avis(`ARTICLE 3 – Questions : julie.roy@exemple.qc.ca\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') },
    // A question heads its answer (a tender written as questions and answers): the asking named by its verb before
    // what is asked, in either number, the answer giving only the contact.
    ...[
      '**Q. 7 — À qui puis-je poser une question sur l’appel d’offres?**\n\nR. À Mme Julie Roy, par courriel à julie.roy@exemple.qc.ca.',
      '**Où obtenir un renseignement?**\n\nAuprès de Mme Julie Roy, 418 555-0101.',
      '**Where do I send a question about this call for tenders?**\n\nTo Ms. Julie Roy, at julie.roy@example.qc.ca.',
    ].map((qa) => ({ name: `a question over its answer: « ${qa.slice(0, 40)}… »`, code: avis(`${qa}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') })),
    // The contact named as where the information is obtained from, the person, e-mail or phone after the verb.
    ...[
      'Further information is available from the procurement officer, Mr. Paul Roy, between 9 a.m. and 4 p.m., at 514 555-1234.',
      'Any additional information may be obtained from the person in charge of this call for tenders, Ms. Julie Roy, at julie.roy@example.qc.ca.',
      'Des renseignements supplémentaires peuvent être obtenus de la responsable du processus d’acquisition, Mme Julie Roy, conseillère, au 418 555-0101.',
    ].map((text) => ({
      name: `the contact as where information is obtained: « ${text.slice(0, 40)}… »`,
      code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    })),
    // A title typed in capitals (a Word document without its styles, a notice printed in a newspaper) heads the contact under it.
    {
      name: 'a title in capitals over the contact',
      code: avis(
        `RENSEIGNEMENTS ADMINISTRATIFS\n\nMme Julie Roy, coordonnatrice, 418 555-0101, julie.roy@exemple.qc.ca\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
    },
  ],
  invalid: [
    // A role with neither phone nor e-mail names no way to reach anyone; a value that says there is none gives none.
    ...[
      '| Champ | Valeur |\n|---|---|\n| Responsable | Service des ressources matérielles |',
      '| Champ | Valeur |\n|---|---|\n| Renseignements | Non applicable |',
      // A value cell left empty, or « Non applicable », beside a column of references to the regulation (a workbook's fields).
      '| Rubrique | Renseignement | Référence |\n|---|---|---|\n| Renseignements | | art. 4, 5° |',
      '| Champ | Valeur | Source |\n|---|---|---|\n| Personne-ressource | Non applicable | art. 4, al. 2, par. 5° |',
      'Personne-ressource : À venir',
      'Contact: TBD',
    ].map((field) => ({
      name: `no contact: ${field.split('\n').at(-1)}`,
      code: avis(`${field}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    })),
    // A template's field whose value is left to fill names the item: a warning on the field saying which value is
    // missing, not the item reported missing; no clause inserted beside it (the value is the drafter's to write).
    {
      name: 'a field left to fill: « Renseignements : [Indiquer …] »',
      code: avis(`Renseignements : [Indiquer le nom et le courriel du responsable]\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 8, column: 1, messageId: 'toConfirm', severity: 'warning', message: /laissée à compléter \(« \[Indiquer le nom/ }],
      output: null,
    },
    {
      name: 'a table row left to fill: « Personne-ressource | ___ »',
      code: avis(`| Élément | Détail |\n| --- | --- |\n| Personne-ressource | ___ |\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 10, column: 1, messageId: 'toConfirm', severity: 'warning', message: /« ___ »/ }],
      output: null,
    },
    {
      name: 'a field whose label a dash closes, left to fill: « **Renseignements** — [Indiquer …] »',
      code: avis(`**Numéro** — AO-2026-14\n**Renseignements** — [Indiquer le nom et le courriel du responsable]\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 8, column: 1, messageId: 'toConfirm', severity: 'warning', message: /laissée à compléter \(« \[Indiquer le nom/ }],
      output: null,
    },
    {
      name: 'a line of a list of fields left to fill, a mail-merge field',
      code: avis(`Numéro : AO-2026-14\nRenseignements : «Nom_responsable»\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 8, column: 1, messageId: 'toConfirm', severity: 'warning', message: /« «Nom_responsable» »/ }],
      output: null,
    },
    {
      name: 'English field left to fill',
      code: avis(`Information: [insert the name and e-mail of the contact person]\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      settings: { locale: 'en' },
      errors: [{ line: 8, messageId: 'toConfirm', severity: 'warning', message: /its value is left to fill in \(“\[insert the name/ }],
      output: null,
    },
    {
      name: 'absent',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 6, column: 1, messageId: 'missing' }],
      output: avis(
        `${SEAO}\n\n${NO_OBLIGATION}\n\n**Renseignements :** toute demande de renseignements doit être adressée par écrit à [à compléter : personne-ressource], à l’adresse [à compléter : courriel].`,
        'titre: x',
      ),
    },
  ],
});

ruleTester('notice-bid-security', {
  valid: [
    { name: 'none required (front-matter)', code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'garantie-soumission: aucune') },
    { name: 'nature and amount in front-matter', code: avis(`${SEAO}`, 'garantie-soumission: { nature: cautionnement, montant: 10000 }') },
    { name: 'not mentioned: none required', code: complete() },
    { name: 'nature and amount in the text', code: complete('\n\nUne garantie de soumission sous forme de chèque visé de 5 000 $ est exigée.') },
    { name: 'percentage amount', code: complete('\n\nGarantie de soumission : cautionnement équivalant à 10 % du prix soumis.') },
    // The amount in words, as a clerk writes it without its figures.
    ...[
      'Une garantie de soumission de cinq mille dollars, sous forme de chèque visé, est exigée.',
      'A bid bond of ten thousand dollars is required with each tender.',
    ].map((text) => ({ name: `amount in words: ${text.slice(0, 50)}`, code: complete(`\n\n${text}`) })),
    { name: 'explicitly none', code: complete('\n\nAucune garantie de soumission n’est exigée.') },
    // The security taken up by « en » in the denial.
    { name: 'a field « Garantie de soumission : nous n’en exigeons aucune »', code: complete('\n\n- **Garantie de soumission :** nous n’en exigeons aucune.') },
    { name: '« il n’en est pas exigé » after the security is named', code: complete('\n\nQuant à la garantie de soumission, il n’en est pas exigé.') },
    // A field whose label, in bold, a dash closes (« **Garantie de soumission** – … »): its label names the item as a colon's does.
    {
      name: 'a field « **Garantie de soumission** – aucune », among others',
      code: complete('\n\n**Numéro** — 1024\n**Garantie de soumission** – aucune\n**Accords applicables** — ALEC'),
    },
  ],
  invalid: [
    {
      name: 'amount missing (front-matter)',
      code: avis(SEAO, 'garantie-soumission: { nature: cautionnement }'),
      errors: [{ line: 3, column: 1, messageId: 'detailMissing', message: /le montant/ }],
      output: null,
    },
    {
      name: 'nature and amount missing (text)',
      code: complete('\n\nUne garantie de soumission est exigée.'),
      errors: [{ line: 17, message: /la nature et le montant/ }],
    },
  ],
});

ruleTester('notice-receipt-place-date-time', {
  valid: [
    { name: 'front-matter', code: complete() },
    {
      name: 'text with the address in the next paragraph',
      code: avis(
        `Les soumissions doivent être reçues avant 15 h, le 2 octobre 2026, à l'adresse suivante :\n\n875, Grande Allée Est, Québec\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
    },
    // A notice printed in a newspaper puts the envelope, its marking or the pieces joined between the bids and their verb.
    {
      name: 'an incise between the bids and their verb: the envelope and its marking',
      code: avis(
        `Les offres, sous pli cacheté portant l'inscription « Appel d'offres 2027-118 — Services de traduction » et adressé au secrétaire général, devront être déposées au 240, rue Hôtel-de-Ville, Québec, au plus tard le mardi 14 septembre 2027 à 11 h.\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
    },
    {
      name: 'an incise between the bids and their verb: the pieces joined, in English',
      code: avis(
        `Tenders, together with the bid form, the price schedule and every document required by the instructions to bidders, must be received at 1200 Sherbrooke Street West, Montréal, no later than 2 p.m. on September 14, 2027.\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
    },
    // A terse notice: a title that names the receipt without its noun (« Réception », « Dépôt », "Submission"), its
    // section the date, the time and the place, in fragments.
    ...[
      '## Dates et lieux\n\n### Réception\n\nMardi 14 septembre 2027, 14 h.\n\nCentre administratif, 400, boulevard des Trois-Lacs, Ville-des-Lacs (Québec).',
      '## Dates et lieux\n\n### Lieu et heure de dépôt\n\nAu 875, Grande Allée Est, Québec, le 14 septembre 2027, 11 h.',
      '## Key dates\n\n### Submission\n\nSeptember 14, 2027, 11:00 a.m., at 875 Grande Allée East, Québec.',
    ].map((text) => ({
      name: `a title without its noun: ${text.slice(text.indexOf('###') + 4).split('\n')[0]}`,
      code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    })),
    // A run-in title heads the paragraphs after its own, up to the next label or heading, as a heading would.
    ...[
      '**Dépôt des soumissions.** Au plus tard le mardi 14 septembre 2027, à 11 h.\n\nAdresse : 875, Grande Allée Est, Québec (bureau 200).\n\n**Ouverture.** Publique, même jour, 11 h 05.',
      '**3.4 Submission of tenders.** No later than 11:00 a.m. on September 14, 2027.\n\n- Office of the Secretary General\n- 1200 Sherbrooke Street West, Montréal',
    ].map((text) => ({
      name: `a run-in title over the next paragraphs: ${text.split('.**')[0]}`,
      code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    })),
    // A Word template's filled fields, their underscores kept around the values and escaped by the exporter.
    ...[
      String.raw`Les soumissions doivent être reçues au \_\_875, boulevard Charest Est, Québec\_\_ au plus tard le \_\_4 mars 2027\_\_ à \_\_14 h\_\_.`,
      String.raw`| Closing | \_\_March 4, 2027\_\_, \_\_2:00 p.m.\_\_, at \_\_Room 310, 2400 Sources Blvd, Pointe-Claire\_\_ |` + '\n| --- | --- |',
    ].map((text) => ({ name: `a template's filled fields, escaped: ${text.slice(0, 50)}`, code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') })),
    // The date and time in words, as a notary writes them: the year, the day and the hours read as their figures.
    ...[
      'Les soumissions doivent être reçues au bureau 200 du 875, Grande Allée Est, Québec, au plus tard le jeudi quatorze octobre deux mille vingt-sept, à onze heures trente.',
      'Tenders must be received at 1200 Sherbrooke Street West, Montréal, no later than two p.m. on the fourteenth day of October, two thousand and twenty-seven.',
    ].map((text) => ({ name: `the date and time in words: ${text.slice(0, 40)}`, code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') })),
    // The receipt required in the subjunctive, as legalese words it: read as « doit être reçue », "must be received".
    ...[
      'It is required that any tender be received at the reception desk, 455 rue Labelle, Saint-Jérôme, not later than 11:00 a.m. on Thursday, May 5, 2016.',
      'Il est exigé que toute soumission soit reçue au bureau 200 du 875, Grande Allée Est, Québec, au plus tard le jeudi 14 octobre 2027 à 11 h.',
      'Il faut que les offres soient déposées au bureau 200 du 875, Grande Allée Est, Québec, avant 11 h le 14 octobre 2027.',
    ].map((text) => ({
      name: `the receipt required in the subjunctive: ${text.slice(0, 40)}`,
      code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    })),
    // The date and its time in two fields of one table or list, the time's field labelled by the time alone.
    ...[
      '| Champ | Valeur |\n|---|---|\n| Date limite de dépôt | 2026-10-02 |\n| Heure limite | 11 h |\n| Lieu de dépôt | 875, Grande Allée Est, Québec |',
      '- Date limite de réception des soumissions : 2 octobre 2026\n- Heure : 11 h 00\n- Lieu de réception : bureau 200, 875, Grande Allée Est, Québec',
      '| Field | Value |\n|---|---|\n| Closing date for receipt of tenders | October 2, 2026 |\n| Time | 11:00 a.m. |\n| Place of receipt | Room 310, 2400 Sources Blvd, Pointe-Claire |',
    ].map((text) => ({ name: `the time in the next field: ${text.split('\n').at(-2)}`, code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x') })),
  ],
  invalid: [
    // A time in the next field that names a moment of its own is not the receipt's.
    {
      name: 'the next field gives the time of another moment',
      code: avis(
        `| Champ | Valeur |\n|---|---|\n| Date limite de dépôt | 2026-10-02 |\n| Heure de la visite | 11 h |\n| Lieu de dépôt | 875, Grande Allée Est, Québec |\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
      errors: [{ messageId: 'missing', message: /^L'avis n'indique pas l'heure de la réception/ }],
      output: null,
    },
    {
      name: "a run-in title's scope ends at the next paragraph opening with a label of its own",
      code: avis(
        `**Dépôt des soumissions.** Au plus tard le mardi 14 septembre 2027, à 11 h.\n\n**Plaintes.** Au 875, Grande Allée Est, Québec.\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
      errors: [{ line: 8, messageId: 'missing', message: /le lieu de la réception/ }],
    },
    {
      name: "a template's field left blank beside filled ones: its time is not stated",
      code: avis(
        String.raw`Les soumissions doivent être reçues au \_\_875, boulevard Charest Est, Québec\_\_ au plus tard le \_\_4 mars 2027\_\_ à \_\_\_\_\_\_.` +
          `\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
      errors: [{ line: 8, messageId: 'missing', message: /^L'avis n'indique pas l'heure de la réception/ }],
      output: null,
    },
    {
      name: 'a title without its noun under a title that names something else received (complaints)',
      code: avis(
        `## Plaintes\n\n### Réception\n\nAu plus tard le 20 août 2027, 14 h, au 875, Grande Allée Est, Québec.\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
      errors: [{ line: 6, messageId: 'missing', message: /le lieu, la date et l'heure/ }],
    },
    {
      name: 'place missing from the text',
      code: avis(`Les soumissions doivent être déposées au plus tard le 10 avril 2026 à 11 h.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 8, column: 1, messageId: 'missing', message: /le lieu de la réception/ }],
      output: null,
    },
    {
      name: 'nothing at all: the clause is offered',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 6, message: /le lieu, la date et l'heure/ }],
      output: avis(
        `${SEAO}\n\n${NO_OBLIGATION}\n\n**Réception des soumissions :** les soumissions doivent être reçues au plus tard le [à compléter : date] à [à compléter : heure], à l’adresse suivante : [à compléter : lieu de réception].`,
        'titre: x',
      ),
    },
  ],
});

ruleTester('notice-opening-place-date-time', {
  valid: [
    { name: 'front-matter', code: complete() },
    // Coordinated clauses whose place is the opening's, or said to be the receipt's.
    ...[
      'Les soumissions seront reçues et ouvertes publiquement au 425, rue Jacques-Parizeau, Québec, le 14 septembre 2026 à 11 h.',
      'Les soumissions seront reçues au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h, et ouvertes publiquement le même jour, à 11 h, au même endroit.',
      'Tenders will be received until 11:00 a.m. on September 14, 2026 and opened in public at that time in Room 200, 100 Main Street, Québec.',
    ].map((passage) => ({
      name: `the opening's own place in a coordinated clause: ${passage.slice(0, 40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${passage}`, 'titre: x'),
    })),
    // A place with its number, or a sentence that holds the opening somewhere of its own, states the place whatever follows.
    ...[
      "L'ouverture publique a lieu à la salle 200, à la date et à l'heure prévues à l'article 1.",
      'Les soumissions doivent être reçues au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h. Elles seront ouvertes publiquement le même jour à 11 h. La séance se tient dans la salle 200 du même immeuble.',
    ].map((passage) => ({
      name: `the opening's place named: ${passage.slice(0, 40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${passage}`, 'titre: x\nouverture: { date: 2026-09-14, heure: "11:00" }'),
    })),
    // A bilingual notice's language tag before the passage (« **FR** — », « [EN] », "English:", a table cell's « FR : »):
    // the label after it is read as if it opened the line; a question over its answer, read in a statement's order.
    ...[
      '**FR** — *Ouverture.* Le 14 septembre 2026 à 11 h, salle 2, 225, Grande Allée Est, Québec.',
      '- [EN] *Opening.* September 14, 2026 at 11:00 a.m., Room 2, 225 Grande Allée East, Québec.',
      'English: **Bid opening** — September 14, 2026 at 11:00 a.m., Room 2, 225 Grande Allée East, Québec.',
      '| | |\n|---|---|\n| FR : Ouverture : le 14 septembre 2026 à 11 h, salle 2, Québec. | EN: Opening: September 14, 2026 at 11:00 a.m., Room 2, Québec. |',
      // A question in bold over its answer in one paragraph, the subject after the verb.
      '**Quand les soumissions sont-elles ouvertes?**\nLe lundi 14 septembre 2026 à 11 h, en public, à la salle 2, 225, Grande Allée Est, Québec.',
      '**Où et quand les offres seront-elles ouvertes ?**\nÀ 11 h le lundi 14 septembre 2026, salle 2, 225, Grande Allée Est, Québec.',
      '**When will the tenders be opened?**\nOn Monday, September 14, 2026 at 11:00 a.m., in public, in Room 2, 225 Grande Allée East, Québec.',
    ].map((opening) => ({
      name: `the opening after a language tag or a question: ${opening.replaceAll('\n', ' ').slice(0, 24)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${opening}`, 'titre: x\nreception: { date: 2026-09-14, heure: "11:00", lieu: Québec }'),
    })),
    // The date and time in words, in a passage of their own.
    ...[
      'Les soumissions seront ouvertes publiquement le mercredi vingt-deux septembre deux mille vingt-sept, à dix heures, en la salle 2 du 225, Grande Allée Est, Québec.',
      'The tenders will be opened in public at eleven o’clock in the morning on Wednesday, the twenty-second day of September, two thousand and twenty-seven, in Room 2, 225 Grande Allée East, Québec.',
    ].map((opening) => ({
      name: `the opening's date and time in words: ${opening.slice(0, 40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${opening}`, 'titre: x\nreception: { date: 2027-09-22, heure: "10:00", lieu: Québec }'),
    })),
    {
      name: 'same time and place as receipt',
      code: avis(`Les soumissions seront ouvertes publiquement le même jour, à la même heure et au même endroit.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    },
    {
      name: 'the same day, at a time of its own',
      code: avis(`Les soumissions seront ouvertes publiquement au même endroit, le même jour, à 11 h 05.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    },
    {
      name: 'right after the limit',
      code: avis(`L'ouverture publique a lieu au même endroit, immédiatement après l'heure limite.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    },
    // A SEAO notice's fields as one paragraph of « Libellé : valeur » lines (issue 13).
    {
      name: 'fields of a SEAO notice, one per line',
      code: avis(
        `**Numéro :** 1024\n**Heure d'ouverture :** 11 h 15\n**Date d'ouverture :** 2026-09-14\n**Lieu d'ouverture :** salle 2.10, 875, Grande Allée Ouest, Québec\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
    },
    // The same fields, their labels closed by a dash, or a field of a list.
    {
      name: 'fields of a SEAO notice, their labels closed by a dash',
      code: avis(
        `**Numéro** — 1024\n**Heure d'ouverture** – 11 h 15\n**Date d'ouverture** - 2026-09-14\n**Lieu d'ouverture** — salle 2.10, 875, Grande Allée Ouest, Québec\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x',
      ),
    },
    {
      name: 'a list item « **Ouverture** — publique, … » gives the place the front-matter does not',
      code: avis(
        `- **Dépôt** — au plus tard le 14 septembre 2026 à 11 h, salle 2.10\n- **Ouverture** — publique, aux mêmes date, heure et adresse\n\n${SEAO}\n\n${NO_OBLIGATION}`,
        'titre: x\nouverture: { date: 2026-09-14, heure: "11:00" }',
      ),
    },
    // A place named after the idiom: « a lieu à la salle 4.10 », "takes place in Room B-115".
    ...[
      "L'ouverture publique a lieu le 14 septembre 2026 à 11 h, à la salle 4.10 du 425, rue Jacques-Parizeau.",
      'The public opening of tenders takes place on September 14, 2026 at 11:00 a.m. in Room B-115, 1875 Riverbend Avenue.',
    ].map((opening) => ({
      name: `an opening that takes place somewhere: ${opening.slice(0, 40)}`,
      code: avis(`${opening}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x\nreception: { date: 2026-09-14, heure: "11:00", lieu: Québec }'),
    })),
    // A section naming both moments: the opening's own passage gives its place by the receipt's, or the section has no
    // passage of its own on the opening, its title saying the receipt's place, date and time hold for both.
    ...[
      '## Dépôt et ouverture des soumissions\n\nLes soumissions doivent être déposées au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h.\n\nElles sont ouvertes publiquement au lieu de réception, à la même heure.',
      '## Dépôt et ouverture des soumissions\n\nLes soumissions doivent être déposées au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h.',
    ].map((section) => ({
      name: `a section naming both moments: ${section.slice(-40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${section}`, 'titre: x\nouverture: { date: 2026-09-14, heure: "11:00" }'),
    })),
    // A passage on both moments whose sentence on the opening gives its place by the receipt's (« au même endroit », « à
    // l'adresse de réception », "at the same address"), or whose sentences all speak of the opening.
    ...[
      'Les offres doivent être déposées au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h. Elles seront ouvertes publiquement au même endroit, le même jour, à 11 h.',
      'Les offres doivent être déposées au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h. Elles seront ouvertes publiquement à l’adresse de réception, le même jour, à 11 h.',
      'Tenders must be delivered to Room 200, 100 Main Street, Québec, no later than 11:00 a.m. on September 14, 2026. They will be opened in public at the same address on the same day at 11:00 a.m.',
      'L’ouverture publique des soumissions a lieu le 14 septembre 2026 à 11 h. Elle se tient à la salle 2.10, 875, Grande Allée Ouest, Québec, devant au moins deux témoins.',
    ].map((passage) => ({
      name: `a passage on both moments, the opening's sentence placed: ${passage.slice(-40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${passage}`, 'titre: x'),
    })),
    // SEAO as the place where bids are sent and opened: a place of the opening.
    ...[
      'Les soumissions transmises par voie électronique seront ouvertes publiquement dans le SEAO le 14 septembre 2026 à 11 h.',
      'Tenders will be opened in public through SEAO on September 14, 2026 at 11:00 a.m.',
    ].map((opening) => ({
      name: `opened in SEAO: ${opening.slice(0, 40)}`,
      code: avis(`${opening}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x\nreception: { date: 2026-09-14, heure: "11:00", lieu: Québec }'),
    })),
  ],
  invalid: [
    // A field whose value gives none (not applicable, to come) states nothing: its label names the place, its value none.
    ...[
      "| Champ | Valeur |\n|---|---|\n| Lieu d'ouverture | Sans objet |\n| Date et heure d'ouverture | 2026-09-14 11 h 00 |",
      "- **Lieu d'ouverture :** À déterminer\n- **Date et heure d'ouverture :** 2026-09-14 11 h 00",
      '| Field | Value |\n|---|---|\n| Opening location | N/A |\n| Opening date and time | September 14, 2026, 11:00 a.m. |',
    ].map((fields) => ({
      name: `the opening's place given as no value: ${fields.split('\n').at(-2)}`,
      code: avis(`${fields}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x\nreception: { date: 2026-09-14, heure: "11:00", lieu: Québec }'),
      errors: [{ messageId: 'missing', severity: 'error' as const, message: /n'indique pas le lieu de l'ouverture/ }],
      output: null,
    })),
    // SEAO where the opening's result is made public is no place of the opening.
    ...[
      "L'ouverture des soumissions se fait le 14 septembre 2026 à 11 h; le résultat est publié sur le site Web du SEAO dans les quatre jours ouvrables.",
      "Les soumissions seront ouvertes publiquement le 14 septembre 2026 à 11 h. Leur résultat est rendu disponible dans le système électronique d'appel d'offres (SEAO).",
      'Tenders will be opened in public on September 14, 2026 at 11:00 a.m.; the results will be posted on the SEAO website within four working days.',
      'Bids will be opened publicly on September 14, 2026 at 11:00 a.m., and the results published electronically.',
      // The result pointed to SEAO by an arrow, in a compact register.
      'Ouverture publique le 14 septembre 2026 à 11 h. Résultats ➜ SEAO dans les 4 jours ouvrables.',
      'Public opening on September 14, 2026 at 11:00 a.m. Opening results -> SEAO within 4 working days.',
    ].map((opening) => ({
      name: `the result published in SEAO is not the opening's place: ${opening.slice(0, 40)}`,
      code: avis(`${opening}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x\nreception: { date: 2026-09-14, heure: "11:00", lieu: Québec }'),
      errors: [{ line: 9, messageId: 'missing', message: /n'indique pas le lieu de l'ouverture/ }],
      output: null,
    })),
    // « Avoir lieu », "take place": when, not where.
    ...[
      "L'ouverture publique des soumissions a lieu le 14 septembre 2026 à 11 h, devant au moins un témoin.",
      "L'ouverture des soumissions aura lieu le 14 septembre 2026 à 11 h et donnera lieu à un procès-verbal.",
      'The public opening of tenders will take place on September 14, 2026 at 11:00 a.m.',
    ].map((opening) => ({
      name: `an opening that takes place, nowhere said: ${opening.slice(0, 40)}`,
      code: avis(`${opening}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x\nreception: { date: 2026-09-14, heure: "11:00", lieu: Québec }'),
      errors: [{ line: 9, messageId: 'missing', message: /n'indique pas le lieu de l'ouverture/ }],
      output: null,
    })),
    {
      name: 'absent',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 6, column: 1, messageId: 'missing' }],
      output: avis(
        `${SEAO}\n\n${NO_OBLIGATION}\n\n**Ouverture des soumissions :** les soumissions seront ouvertes publiquement à la date et à l’heure limites de réception, à l’endroit suivant : [à compléter : lieu de l’ouverture].`,
        'titre: x',
      ),
    },
    {
      name: '"le même jour" gives the date, not the time',
      code: avis(`Les soumissions seront ouvertes publiquement au même endroit, le même jour.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 8, message: /n'indique pas l'heure de l'ouverture/ }],
      output: null,
    },
    // A section that names both moments, its passage on the receipt giving a place and its own on the opening none: the
    // receipt's place is not lent to the opening (under a heading or a run-in title, in French or English).
    ...[
      "## Dépôt et ouverture des soumissions\n\nLes soumissions doivent être déposées au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h.\n\nL'ouverture a lieu à la même date et à la même heure.",
      '## Submission and opening of proposals\n\nProposals must be delivered to Room 200, 100 Main Street, Québec, no later than 11:00 a.m. on September 14, 2026.\n\nProposals will be opened in public at the time stated in section 8.',
      '**Remise et ouverture des offres.** Les offres sont remises au local MG-0140, 2100, boulevard des Écluses, au plus tard le 14 septembre 2026 à 11 h.\n\nLes offres sont ouvertes publiquement le même jour, à 11 h.',
    ].map((section) => ({
      name: `the receipt's place in a section naming both is not the opening's: ${section.slice(0, 40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${section}`, 'titre: x\nouverture: { date: 2026-09-14, heure: "11:00" }'),
      errors: [{ line: 4, messageId: 'missing', message: /n'indique pas le lieu de l'ouverture/ }],
      output: null,
    })),
    // A passage whose place is only in its sentence on the receipt, its sentence on the opening giving none (after it or
    // before it, in French or English): the pronoun ties the bids to the address, not the opening to it; a warning on
    // the opening's sentence.
    ...[
      {
        passage:
          'Les offres doivent être déposées au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h. Elles seront ouvertes publiquement le même jour, à 11 h.',
        column: 114,
      },
      {
        passage:
          'Tenders must be delivered to Room 200, 100 Main Street, Québec, no later than 11:00 a.m. on September 14, 2026. They will be opened in public on the same day at 11:00 a.m.',
        column: 113,
      },
      {
        passage:
          'Les soumissions seront ouvertes publiquement le 14 septembre 2026 à 11 h 05. Les soumissions doivent parvenir au 425, rue Jacques-Parizeau, Québec, au plus tard le même jour à 11 h.',
        column: 1,
      },
    ].map(({ passage, column }) => ({
      name: `the receipt's place in its own sentence is not surely the opening's: ${passage.slice(0, 40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${passage}`, 'titre: x'),
      errors: [
        {
          line: 12,
          column,
          messageId: 'toConfirm',
          severity: 'warning' as const,
          message: /^À confirmer.*n'indique pas le lieu de l'ouverture des soumissions : celui de la réception/,
        },
      ],
      output: null,
    })),
    // The same in one sentence, the opening a clause coordinated with the receipt's (« reçues à …, et ouvertes le même
    // jour »): the clause on the opening names no place; a warning on the passage.
    ...[
      'Les soumissions seront reçues au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h, et ouvertes publiquement le même jour, à 11 h.',
      'Tenders will be received at Room 200, 100 Main Street, Québec, until 11:00 a.m. on September 14, 2026, and opened in public on the same day at 11:00 a.m.',
    ].map((passage) => ({
      name: `the receipt's place in its own clause is not surely the opening's: ${passage.slice(0, 40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${passage}`, 'titre: x'),
      errors: [{ line: 12, column: 1, messageId: 'toConfirm', severity: 'warning' as const, message: /^À confirmer.*n'indique pas le lieu de l'ouverture/ }],
      output: null,
    })),
    // A sentence on neither moment that names a place only as another noun's complement (the counter's clock) gives the
    // opening no place: the receipt's place stays the only one, not surely the opening's.
    ...[
      "Les soumissions doivent être reçues au 425, rue Jacques-Parizeau, Québec, au plus tard le 14 septembre 2026 à 11 h. Elles seront ouvertes publiquement le même jour à 11 h. L'horloge du bureau de l'approvisionnement fait foi.",
      'Tenders must be delivered to Room 200, 100 Main Street, Québec, no later than 11:00 a.m. on September 14, 2026. They will be opened in public on the same day at 11:00 a.m. The clock of the room is the official time.',
    ].map((passage) => ({
      name: `a place named as a noun's complement gives the opening none: ${passage.slice(-40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${passage}`, 'titre: x'),
      errors: [{ line: 12, messageId: 'toConfirm', severity: 'warning' as const, message: /^À confirmer.*n'indique pas le lieu de l'ouverture/ }],
      output: null,
    })),
    // The documents refer to the notice's place, or to another part's: where that part gives none, they give none.
    ...[
      "L'ouverture a lieu publiquement, à la date, à l'heure et au lieu prévus à l'avis.",
      'Bids are opened in public at the date, time and place specified in the notice.',
      "Ouverture publique, en présence d'un témoin, au lieu, à la date et à l'heure indiqués à l'art. 1.",
      "Les soumissions sont ouvertes publiquement à l'endroit et au lieu mentionnés ci-dessus.",
      'Tenders are opened in public at the place and time stated in Section 1.',
      'The opening is public, at the address given above.',
    ].map((passage) => ({
      name: `a reference to the notice's place gives none: ${passage.slice(0, 40)}`,
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}\n\n${passage}`, 'titre: x\nouverture: { date: 2026-09-14, heure: "11:00" }'),
      errors: [{ line: 4, messageId: 'missing', message: /n'indique pas le lieu de l'ouverture/ }],
      output: null,
    })),
    {
      name: "the receipt's place in its own sentence, English locale",
      code: avis(
        `${SEAO}\n\n${NO_OBLIGATION}\n\nTenders must be delivered to Room 200, 100 Main Street, Québec, no later than 11:00 a.m. on September 14, 2026. They will be opened in public on the same day at 11:00 a.m.`,
        'titre: x',
      ),
      settings: { locale: 'en' },
      errors: [{ messageId: 'toConfirm', message: /^To confirm.*does not state the place of the opening of bids: .*"at the same place"/ }],
      output: null,
    },
    {
      name: '"au même endroit" gives the place only',
      code: avis(`Les soumissions seront ouvertes publiquement au même endroit.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ line: 8, message: /n'indique pas la date et l'heure de l'ouverture/ }],
      output: null,
    },
  ],
});

/** A call in one file whose parts and their topics are titled alike, in bold or in capitals (`part`, `topic`). */
const typedTitles = (part: (title: string) => string, topic: (title: string) => string) =>
  [
    '---\ntype: appel-offres\noptions: [{ type: renouvellement }]\n---\n',
    part('PREMIÈRE PARTIE — AVIS D’APPEL D’OFFRES'),
    'Le Ministère sollicite des soumissions pour des services de traduction.',
    topic('RECONDUCTION'),
    'Le Ministère peut reconduire le contrat une fois, pour douze mois, aux mêmes tarifs.',
    `${SEAO}\n\n${NO_OBLIGATION}`,
    part('DEUXIÈME PARTIE — INSTRUCTIONS AUX SOUMISSIONNAIRES'),
    'Le soumissionnaire remplit le bordereau.\n',
  ].join('\n\n');

ruleTester('notice-options-description', {
  valid: [
    { name: 'no options', code: complete() },
    // A part's title and its topics' titles typed alike: the topics belong to the part, whose title says it is one.
    {
      name: 'a topic of the notice titled in capitals as the notice is',
      code: typedTitles(
        (title) => title,
        (title) => title,
      ),
    },
    {
      name: 'a topic of the notice titled in bold as the notice is',
      code: typedTitles(
        (title) => `**${title}**`,
        (title) => `**${title[0]}${title.slice(1).toLowerCase()}**`,
      ),
    },
    {
      name: 'options described in front-matter',
      code: avis(`${SEAO}\n\n${NO_OBLIGATION}`, 'options: [{ type: renouvellement, description: Une année de plus }]'),
    },
    {
      name: 'options described in text',
      code: complete('\n\nLe contrat comporte deux options de renouvellement d’un an chacune.').replace(
        'type: avis',
        'type: avis\noptions: [{ type: renouvellement }]',
      ),
    },
    // A bilingual notice's language tag before the passage: a run-in label after it, a label in bold, a plain label after
    // it, in a list item, in a table cell.
    ...[
      "**FR** — *Option.* Le Ministère pourra requérir jusqu'à 150 heures additionnelles, aux mêmes taux.",
      "FR : **Option :** le Ministère pourra requérir jusqu'à 150 heures additionnelles, aux mêmes taux.",
      "Français : *Option.* Le Ministère pourra requérir jusqu'à 150 heures additionnelles, aux mêmes taux.",
      '(EN) **Option** — at its sole discretion, the Ministry may also retain the successful Tenderer for 150 more hours.',
      '- **EN** – *Option.* At its sole discretion, the Ministry may also retain the successful Tenderer for 150 more hours.\n- Other services.',
      "| | |\n|---|---|\n| FR : **Option :** Le Ministère pourra requérir jusqu'à 150 heures additionnelles. | EN: **Option:** The Ministry may require up to 150 more hours. |",
    ].map((option) => ({
      name: `options described after a language tag: ${option.replaceAll('\n', ' ').slice(0, 24)}`,
      code: complete(`\n\n${option}`).replace('type: avis', 'type: avis\noptions: [{ type: services-supplementaires }]'),
    })),
    {
      name: 'options described in a field whose label a dash closes (« **Option** — … »)',
      code: complete('\n\n**Option** — at its sole discretion, the College may also retain the successful Tenderer for a review in 2029.').replace(
        'type: avis',
        'type: avis\noptions: [{ type: services-supplementaires }]',
      ),
    },
  ],
  invalid: [
    {
      name: 'options without description',
      code: complete().replace('type: avis', 'type: avis\noptions: [{ type: renouvellement }]'),
      errors: [{ line: 12, column: 1, messageId: 'missing' }],
      output: complete(
        '\n\n**Options :** le contrat comporte [à compléter : nombre] option(s) de renouvellement de [à compléter : durée] chacune, aux mêmes prix : [à compléter : description sommaire des options].',
      ).replace('type: avis', 'type: avis\noptions: [{ type: renouvellement }]'),
    },
  ],
});

/**
 * A call whose notice is titled in bold, as in Word, with sub-titles in bold too: the notice runs to the
 * title that opens the next part, not to its own first sub-title (titles in bold have no level).
 */
const boldNotice = (underSubTitle: string, nextPart: string) => `---
type: appel-offres
numero: AO-1
titre: Entretien ménager
organisme: Cégep de Lévis
options: [{ type: renouvellement }]
---

**AVIS D'APPEL D'OFFRES PUBLIC**

Le Cégep demande des soumissions pour l'entretien ménager de ses pavillons.

**Durée du contrat**

${underSubTitle}

**${nextPart}**

Le contrat comporte deux options de renouvellement d'un an chacune, aux mêmes prix.
`;
const OPTIONS_STATED = "Le contrat, d'une durée de deux ans, comporte deux options de renouvellement d'un an chacune.";

ruleTester('notice-options-description', {
  valid: ["Régie de l'appel d'offres", 'Instructions aux soumissionnaires', 'PARTIE 2 – DEVIS TECHNIQUE', 'ANNEXE A – BORDEREAU DE PRIX'].map((nextPart) => ({
    name: `options under a sub-title of a notice in bold, before « ${nextPart} »`,
    code: boldNotice(OPTIONS_STATED, nextPart),
  })),
  invalid: ["Régie de l'appel d'offres", 'CHAPITRE II – BESOINS ET MODALITÉS'].map((nextPart) => ({
    name: `options stated only after « ${nextPart} », the next part`,
    code: boldNotice('Le contrat dure deux ans.', nextPart),
    errors: [{ line: 9, messageId: 'missing' }],
  })),
});

/** A notice whose sub-title is stacked right under its title, every heading at one level (`##` only). */
const flatNotice = (underNotice: string) => `---
type: appel-offres
numero: AO-1
titre: Évaluation de programme
organisme: Ministère de la Famille
options: [{ type: renouvellement }]
---

## AVIS D'APPEL D'OFFRES PUBLIC

## SERVICES PROFESSIONNELS — ÉVALUATION DU PROGRAMME

${underNotice}

## DOCUMENTS D'APPEL D'OFFRES

Le contrat comporte deux options de renouvellement d'un an chacune, aux mêmes prix.
`;

ruleTester('notice-options-description', {
  valid: [{ name: 'options under the sub-title stacked right under the notice title, at its level', code: flatNotice(OPTIONS_STATED) }],
  invalid: [
    {
      name: 'options stated only in the tender documents after a notice with a stacked sub-title',
      code: flatNotice('Le contrat dure deux ans.'),
      errors: [{ line: 9, messageId: 'missing' }],
    },
  ],
});

/** A notice numbered as a part, its topics numbered otherwise at its level (`##` only), up to the next part. */
const partNotice = (notice: string, topic: string, nextPart: string, inNotice: string) => `---
type: appel-offres
numero: AO-1
titre: Entretien des ascenseurs
organisme: Cégep de Lévis
options: [{ type: renouvellement }]
---

## ${notice}

## ${topic} 1 – Objet

Le Cégep demande des offres pour l'entretien de ses ascenseurs.

## ${topic} 2 – Durée

${inNotice}

## ${nextPart}

Le contrat comporte deux options de renouvellement d'un an chacune, aux mêmes prix.
`;

ruleTester('notice-options-description', {
  valid: [
    ["TITRE I – AVIS D'APPEL D'OFFRES", 'Article', 'TITRE II – CLAUSES ADMINISTRATIVES'],
    ["PARTIE 1 – AVIS D'APPEL D'OFFRES PUBLIC", 'Section', 'PARTIE 2 – INSTRUCTIONS'],
  ].map(([notice, topic, nextPart]) => ({
    name: `options under a topic of a notice numbered as a part, every heading at one level: ${notice}`,
    code: partNotice(notice, topic, nextPart, OPTIONS_STATED),
  })),
  invalid: [
    {
      name: 'options stated only after the next part, every heading at one level',
      code: partNotice("TITRE I – AVIS D'APPEL D'OFFRES", 'Article', 'TITRE II – CLAUSES ADMINISTRATIVES', 'Le contrat dure deux ans.'),
      errors: [{ line: 9, messageId: 'missing' }],
    },
  ],
});

/**
 * An English call whose notice is titled by its kind before « notice » (« Public notice », "Tender notice"), as « Avis
 * public » is: its options are described in it, not in the documents after it, whatever the front-matter says.
 */
const englishNotice = (title: string, inNotice: string) => `---
type: appel-offres
numero: AO-1
titre: Consultation tour
organisme: Commission des territoires
options: [{ type: services-supplementaires, description: Four more sessions }]
---

## ${title}

The Commission is requesting tenders for a regional consultation tour.

${inNotice}

## Tender documents

Option: the Commission may ask for up to four additional sessions, at the same price per session.
`;

ruleTester('notice-options-description', {
  valid: ['Public notice', 'TENDER NOTICE (TEXT PUBLISHED ON SEAO)'].map((title) => ({
    name: `options described in a notice titled « ${title} »`,
    code: englishNotice(title, 'Option: the Commission may ask for up to four additional sessions.'),
  })),
  invalid: ['Public notice', 'TENDER NOTICE (TEXT PUBLISHED ON SEAO)'].map((title) => ({
    name: `options described only after a notice titled « ${title} »`,
    code: englishNotice(title, 'The tour runs from September to November.'),
    errors: [{ line: 9, messageId: 'missing' }],
  })),
});

/**
 * A cover page's line naming the notice (« AVIS PUBLIÉ… », "NOTICE PUBLISHED…"), read as a title in capitals or in bold,
 * with nothing under it but the heading of the notice's own summary, which does not name the notice: that line is not
 * the notice's part, and the notice's summary after it states the options.
 */
const coverLine = (line: string, summary: string, underSummary: string, later = '') => `---
type: appel-offres
numero: AO-1
titre: Veille médiatique
organisme: Société des sites patrimoniaux
options: [{ type: renouvellement, description: Une année de plus }]
---

# Veille médiatique et analyse de presse

${line}

<!-- Notes de l'orateur : le texte qui suit tient lieu d'avis. -->

## ${summary}

${underSummary}
${later}`;

ruleTester('notice-options-description', {
  valid: [
    ['AVIS PUBLIÉ DANS LE SEAO LE MARDI 4 AVRIL 2023', 'Le contrat en bref', "- **Option :** une prolongation d'un an, au gré de la Société."],
    ['**Avis publié le mardi 4 avril 2023**', 'Le contrat en bref', "- **Option :** une prolongation d'un an, au gré de la Société."],
    ['NOTICE PUBLISHED ON SEAO ON TUESDAY, APRIL 4, 2023', 'The call at a glance', '- **Option:** one more year, at the Corporation’s discretion.'],
  ].map(([line, summary, underSummary]) => ({
    name: `options described under the summary after a cover line naming the notice: « ${line} »`,
    code: coverLine(line, summary, underSummary),
  })),
  invalid: [
    {
      // The notice's part is the later title naming it that holds a passage: the options stated only after it are the documents'.
      name: 'options described only after the notice that follows a cover line naming it',
      code: coverLine(
        'AVIS PUBLIÉ DANS LE SEAO LE MARDI 4 AVRIL 2023',
        "Avis d'appel d'offres",
        'La Société demande des soumissions pour la veille médiatique.',
        "\n## Documents d'appel d'offres\n\nLe contrat comporte une option de renouvellement d'un an.\n",
      ),
      errors: [{ line: 15, messageId: 'missing' }],
    },
  ],
});

// The contact (art. 4 par. 5°) is whom to ask: a heading's word as the complement of an event or a deadline names when
// something happens, and the contact person by role, named nowhere, names no one.
ruleTester('notice-information-contact', {
  valid: [
    {
      name: 'the contact person pointed to where the text names it',
      code: avis(`Questions : par écrit à la personne-ressource nommée à la section I.\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
    },
  ],
  invalid: [
    ...[
      "| Étape | Date |\n|---|---|\n| Séance d'information | 18 octobre 2016, salle H-210 |",
      '| Step | Date |\n|---|---|\n| Information session | October 18, 2016, Room H-210 |',
      '**Date limite pour les questions** : 31 octobre 2016.',
      'Une visite a lieu le 29 août. Inscription requise auprès de la personne-ressource.',
    ].map((text) => ({
      name: `no contact: « ${text.split('\n').at(-1)!.slice(0, 40)}… »`,
      code: avis(`${text}\n\n${SEAO}\n\n${NO_OBLIGATION}`, 'titre: x'),
      errors: [{ messageId: 'missing', severity: 'error' as const }],
    })),
  ],
});
