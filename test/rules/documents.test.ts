import { CLAUSES, renderClause, type Clause } from '../../server/src/core/legal/clauses.js';
import { ruleTester } from '../ruleTester.js';
import { FRONT_MATTER, PARTS, tender } from './documentParts.js';

const fr = (name: keyof typeof CLAUSES) => renderClause(CLAUSES[name], 'fr');
const section = (name: keyof typeof CLAUSES, depth = 2) => `${'#'.repeat(depth)} ${(CLAUSES[name] as Clause).heading!.fr}\n\n${fr(name)}`;
/** The tender's parts titled in bold, as drafters who write in Word title them. */
const bold = (markdown: string) => markdown.replace(/^## (.+)$/gm, '**$1**');
const avis = (body: string) => `---\ntype: avis\norganisme: { nom: Ministère des Finances }\n---\n\n# Avis\n\n${body}\n`;

ruleTester('documents-needs-description', {
  valid: [
    { name: 'a section describes the needs', code: tender() },
    {
      name: 'the specifications are an annex the documents refer to',
      code: tender({ needs: "## 1. Mandat\n\nLe devis technique joint à l'annexe B décrit les besoins." }),
    },
    { name: 'a notice alone (avis) is checked for art. 4 only', code: avis('Texte.') },
    // A title in bold with a gloss in brackets after it, over the list it heads (a Q&A call's question, a Word title).
    ...[
      '**Que comprend exactement le mandat?** (devis technique)',
      '**Le travail** (cahier des charges)',
      '**What is included?** (scope of work)',
      // The gloss wrapped over a line end, as a text wrapped at 40 columns has it.
      '**What exactly is included?** (technical\nspecifications)',
    ].map((title) => ({
      name: `a title in bold with a gloss in brackets: ${title}`,
      code: tender({ needs: `## 1. Le travail\n\n${title}\n\n1. Une inspection mensuelle de chaque édifice.\n2. Un rapport annuel par édifice.` }),
    })),
    // A section headed by its number alone: its body says what the provider does.
    {
      name: "a section headed by its number: the provider's work in the present",
      code: tender({ needs: '## 1.\n\nLe prestataire vérifie les extincteurs des douze édifices et remplace ceux qui sont périmés.' }),
    },
    {
      name: 'a section headed by its number: the list a modal opens',
      code: tender({ needs: "## Article 1\n\nL'entrepreneur doit :\n\n1. calibrer les balances;\n2. tenir un registre des calibrations." }),
    },
    {
      name: 'a section headed by its number: what the public body seeks',
      code: tender({ needs: "## Section A\n\nLe Ministère souhaite retenir les services d'une firme pour la vérification de ses systèmes comptables." }),
    },
    // English prose that keeps the French legal term for the provider (« adjudicataire », « prestataire »).
    ...[
      'The prestataire inspects the fire extinguishers of the twelve buildings and replaces the expired ones.',
      'The adjudicataire shall calibrate the scales of each site and keep a register of calibrations.',
    ].map((text) => ({
      name: `a section headed by its number, the provider named in French: « ${text.slice(0, 30)}… »`,
      code: tender({ needs: `## 1.\n\n${text}` }),
    })),
    // A section headed by its number alone, its passage labelled by the services' extent named bare (the label read as a title).
    ...[
      'Portée : entretien de 14 ascenseurs et de 3 monte-charges, une visite par mois.',
      '- Scope: monthly inspection of 12 elevators;\n- Reports: one per visit.',
    ].map((text) => ({
      name: `a section headed by its number, a passage labelled by the services' extent: « ${text.slice(0, 30)}… »`,
      code: tender({ needs: `## 1.\n\n${text}` }),
    })),
    // A section headed by its number alone over fragments: the contract's object names it as the services' description.
    {
      name: 'a section headed by its number, named by the contract as describing the services',
      code: tender({
        needs: '## 1.\n\n- inspection mensuelle des extincteurs\n- remplacement des extincteurs périmés',
        contract: '## 7. Contrat à signer\n\nLe prestataire exécute les travaux prévus à la section 1, aux prix de sa soumission.',
      }),
    },
    // The services compared with those the section describes, as an option's clause or a contract's object says it (the
    // defect twin of the twenty-sixth audit round whose contract is to be drafted, its sections headed by their numbers alone).
    ...[
      'Le contrat peut être renouvelé une fois pour douze mois, pour les mêmes services que la section 1.2 et aux mêmes taux.',
      'Le Ministère paie les services tels que décrits à la section 1.2, aux prix de la soumission.',
      'The contract may be renewed once for twelve months, for the same services as in section 1.2, at the same rates.',
      'The Ministry pays for the work as described in section 1.2, at the prices of the tender.',
    ].map((clause) => ({
      name: `a section headed by its number, compared by a clause as the services': « ${clause.slice(0, 40)}… »`,
      code: tender({
        needs: `## 1.\n\n### 1.2\n\n- inspection mensuelle des extincteurs\n- remplacement des extincteurs périmés\n\n### 1.3\n\n${clause}`,
      }),
    })),
  ],
  invalid: [
    {
      name: "the provider's work said only in a section about another item",
      code: tender({
        needs: undefined,
        award:
          "## 6. Règle d'adjudication\n\nLe contrat est adjugé au prestataire de services qui a soumis le prix le plus bas. Le prestataire vérifie ensuite les extincteurs des édifices.",
      }),
      errors: [{ line: 19, column: 1, messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'the contract names as describing the services a section the documents do not have',
      code: tender({
        needs: '## 1.\n\n- inspection mensuelle des extincteurs\n- remplacement des extincteurs périmés',
        contract: '## 7. Contrat à signer\n\nLe prestataire exécute les travaux prévus à la section 12, aux prix de sa soumission.',
      }),
      errors: [{ line: 19, column: 1, messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'a section headed by its number that says no work of the provider',
      code: tender({ needs: "## 1.\n\nLe contrat est d'une durée de 12 mois." }),
      errors: [{ line: 19, column: 1, messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'no description: a new section before the admissibility conditions',
      code: tender({ needs: undefined }),
      errors: [{ line: 19, column: 1, messageId: 'missing' }],
      output: tender({ needs: section('needsDescription') }),
    },
    {
      name: "the notice's summary description does not count",
      code: tender({ needs: undefined }).replace(
        "# Avis d'appel d'offres\n\n",
        "# Avis d'appel d'offres\n\nLe présent appel d'offres a pour objet l'audit des systèmes comptables.\n\n",
      ),
      errors: [{}],
    },
  ],
});

ruleTester('documents-options-description', {
  valid: [
    { name: 'no option', code: tender() },
    {
      name: 'an options sub-section',
      code: tender({
        frontMatter: [...FRONT_MATTER, 'options: [ { type: renouvellement, description: Un an } ]'],
        needs: `${PARTS.needs}\n\n### Options\n\nLe contrat est renouvelable une fois, aux mêmes prix.`,
      }),
    },
  ],
  invalid: [
    {
      name: 'options declared but not described: a section after the needs',
      code: tender({ frontMatter: [...FRONT_MATTER, 'options: [ { type: renouvellement, description: Un an } ]'] }),
      errors: [{ line: 20, column: 1, messageId: 'missing' }],
      output: tender({
        frontMatter: [...FRONT_MATTER, 'options: [ { type: renouvellement, description: Un an } ]'],
        needs: `${PARTS.needs}\n\n${section('optionsDetail')}`,
      }),
    },
  ],
});

const grouping =
  'regroupement:\n  - { organisme: CIUSSS de la Capitale-Nationale, besoins: 400 heures }\n  - { organisme: CISSS de Laval, besoins: 250 heures }';
ruleTester('documents-grouping-parties', {
  valid: [
    { name: 'no grouping', code: tender() },
    { name: 'parties and needs in the front-matter', code: tender({ frontMatter: [...FRONT_MATTER, grouping] }) },
    {
      name: 'parties and needs in a table',
      code: tender({
        needs: `${PARTS.needs}\n\n## Regroupement d'achats\n\nOrganismes participants :\n\n| Organisme | Besoins estimés |\n|---|---|\n| CISSS de Laval | 250 heures |`,
      }),
    },
    // A grouping denied is no grouping: in a passage, or by a title over the first passage under it.
    ...[
      "Le présent appel d'offres n'est pas lancé pour le compte d'un regroupement d'organismes publics.",
      "Aucun regroupement d'achats n'est visé par le présent appel d'offres.",
      '**Regroupement d’organismes :** sans objet; le Ministère est le seul organisme visé.',
      'This call for tenders is not issued on behalf of a grouping of public bodies.',
      'No grouping of public bodies: the Board alone will use the services.',
      "## Regroupement d'organismes\n\nSans objet : le Ministère est le seul organisme qui requerra les services.",
      "## Regroupement\n\nLe présent appel d'offres ne vise pas un regroupement au sens de l'article 15 de la Loi.",
      '## Grouping of public bodies\n\nNot applicable.',
      // "Group purchase", the noun; and a title that denies one itself (a short paragraph in bold or capitals taken for one).
      '## Group purchase\n\nNo. This is not a group purchase; we alone will use the services.',
      '### This is not a group purchase',
      '### Pas de regroupement d’organismes',
    ].map((text) => ({ name: `a grouping denied: ${text.slice(0, 50)}`, code: tender({ needs: `${PARTS.needs}\n\n${text}` }) })),
  ],
  invalid: [
    {
      name: 'a grouping’s own call that says what its members may not do is no denial',
      code: tender({
        needs: `${PARTS.needs}\n\nLe présent appel d'offres est lancé au nom du regroupement d'organismes de la région; aucun membre ne peut se retirer du regroupement.`,
      }),
      errors: [{ line: 25 }],
      output: tender({
        needs: `${PARTS.needs}\n\nLe présent appel d'offres est lancé au nom du regroupement d'organismes de la région; aucun membre ne peut se retirer du regroupement.\n\n${section('grouping')}`,
      }),
    },
    {
      name: 'a party without its needs',
      code: tender({ frontMatter: [...FRONT_MATTER, 'regroupement:\n  - { organisme: CISSS de Laval }'] }),
      errors: [{ line: 12, column: 5, messageId: 'missing' }],
      output: tender({ frontMatter: [...FRONT_MATTER, 'regroupement:\n  - { organisme: CISSS de Laval }'], needs: `${PARTS.needs}\n\n${section('grouping')}` }),
    },
    {
      name: 'a grouping mentioned in the body, parties not identified: a section after the needs',
      code: tender({ needs: `${PARTS.needs}\n\nLe présent appel d'offres est lancé au nom du regroupement d'organismes de la région.` }),
      errors: [{ line: 25 }],
      output: tender({
        needs: `${PARTS.needs}\n\nLe présent appel d'offres est lancé au nom du regroupement d'organismes de la région.\n\n${section('grouping')}`,
      }),
    },
  ],
});

ruleTester('documents-grouping-participation-mandatory', {
  valid: [
    { name: 'mandatory participation', code: tender({ frontMatter: [...FRONT_MATTER, grouping], needs: `${PARTS.needs}\n\n${fr('groupingMandatory')}` }) },
  ],
  invalid: [
    {
      name: 'optional participation',
      code: tender({ frontMatter: [...FRONT_MATTER, grouping], needs: `${PARTS.needs}\n\nLa participation des membres du regroupement est facultative.` }),
      errors: [{ line: 28, column: 1, messageId: 'optional', severity: 'warning' }],
      output: null,
    },
  ],
});

ruleTester('documents-admissibility-conditions', {
  valid: [
    { name: 'an admissibility section', code: tender() },
    {
      name: 'the conditions stated without a section',
      code: tender({ admissibility: 'Pour être admissible, le soumissionnaire doit avoir un établissement au Québec et détenir les permis requis.' }),
    },
  ],
  invalid: [
    {
      name: 'none: a section after the needs, with both conditions',
      code: tender({ admissibility: undefined }),
      errors: [{ line: 19, column: 1, messageId: 'missing' }],
      output: tender({ admissibility: section('admissibility') }),
    },
  ],
});

ruleTester('documents-conformity-conditions', {
  valid: [{ name: 'a conformity section', code: tender() }],
  invalid: [
    {
      name: 'none: a section after the admissibility conditions',
      code: tender({ conformity: undefined }),
      errors: [{ line: 19, column: 1, messageId: 'missing' }],
      output: tender({
        conformity: `## ${CLAUSES.conformity.heading.fr}\n\n${fr('conformity').replace(/\n6\. le prix soumis[^\n]*\n7\./, '\n6.')}`,
      }),
    },
  ],
});

ruleTester('documents-required-documents-list', {
  valid: [
    { name: 'a section lists them', code: tender() },
    {
      name: 'a section headed by its number: a table whose header names the documents to join',
      code: tender({
        documents: '## 4.\n\n| No | Pièce requise | Enveloppe |\n|---|---|---|\n| 1 | Formulaire de soumission signé | A |\n| 2 | Bordereau de prix | B |',
      }),
    },
    {
      name: 'a section headed by its number: the bidder hands in what its list names',
      code: tender({ documents: '## 4.\n\nLe soumissionnaire remet, sous pli scellé :\n\n1. le formulaire de soumission signé;\n2. le bordereau de prix.' }),
    },
    {
      name: 'a sentence lists them',
      code: tender({ documents: 'Le soumissionnaire doit joindre à sa soumission : son attestation de Revenu Québec et le bordereau de prix.' }),
    },
    // A title typed in capitals heads the list under it as a `##` title does.
    {
      name: 'listed under a title in capitals',
      code: tender({ documents: 'PIÈCES À JOINDRE\n\n- le formulaire de soumission;\n- le bordereau de prix;\n- l’attestation de Revenu Québec.' }),
    },
    {
      name: 'listed under an English title in capitals, numbered',
      code: tender({ documents: 'III. REQUIRED DOCUMENTS\n\n1. the tender form;\n2. the price schedule;\n3. the Revenu Québec attestation.' }),
    },
  ],
  invalid: [
    {
      name: 'none: a section after the conformity conditions',
      code: tender({ documents: undefined }),
      errors: [{ line: 19, column: 1, messageId: 'missing' }],
      output: tender({ documents: section('requiredDocuments') }),
    },
  ],
});

ruleTester('documents-opening-procedure', {
  valid: [{ name: 'a section', code: tender() }],
  invalid: [
    {
      name: 'none (the front-matter gives only a place, date and time): a section before the award rule',
      code: tender({ opening: undefined }),
      errors: [{ line: 19, column: 1, messageId: 'missing' }],
      output: tender({ opening: section('openingProcedure') }),
    },
    // A field named by the opening of something else than the bids: the markets' (a trade agreement).
    ...['**Ouverture du marché :**', '**Ouverture du marché** —'].map((label) => ({
      name: `« ${label} » names a trade agreement, not the bids' opening`,
      code: tender({ opening: `${label} le présent appel d'offres est visé par l'Accord de commerce et de coopération entre le Québec et l'Ontario.` }),
      errors: [{ messageId: 'missing' }],
    })),
  ],
});

const qualityPrice = FRONT_MATTER.map((line) => (line === 'adjudication: prix' ? 'adjudication: qualite-prix' : line));
ruleTester('documents-evaluation-rules', {
  valid: [
    { name: 'award on price only', code: tender() },
    {
      name: 'criteria and weights in a grid',
      code: tender({
        frontMatter: qualityPrice,
        opening: `${PARTS.opening}\n\n## Grille d'évaluation\n\n| Critère | Poids (%) |\n|---|---|\n| Expérience | 40 |`,
      }),
    },
    {
      name: 'criteria and weights in a table under a heading that is a number alone (the grid by its columns)',
      code: tender({
        frontMatter: qualityPrice,
        opening: `${PARTS.opening}\n\n## Section C\n\nThe Committee evaluates each proposal.\n\n| No | Criterion | Weight |\n|---|---|---|\n| 1 | Experience | 40 % |\n| 2 | Approach | 60 % |`,
      }),
    },
    {
      name: 'criteria and weights in the front-matter',
      code: tender({ frontMatter: [...qualityPrice, 'evaluation: { criteres: [ { nom: Expérience, poids: 100 } ] }'] }),
    },
  ],
  invalid: [
    {
      name: 'quality evaluated, no rules: a section before the award rule',
      code: tender({ frontMatter: qualityPrice }),
      errors: [{ line: 19, column: 1, messageId: 'rulesMissing' }],
      output: tender({ frontMatter: qualityPrice, opening: `${PARTS.opening}\n\n${section('evaluation')}` }),
    },
    {
      name: 'annex 2 criteria without weights',
      code: tender({ frontMatter: qualityPrice, opening: `${PARTS.opening}\n\n## Critères d'évaluation\n\n- Expérience du soumissionnaire\n- Méthodologie` }),
      errors: [{ line: 55, message: /poids|weight/ }],
      output: null,
    },
  ],
});

ruleTester('documents-award-rule', {
  valid: [
    { name: 'a section', code: tender() },
    // The price qualified between its noun and its superlative, the superlative as a predicate, « adjuger » calqued.
    ...[
      'L’adjudicataire est le soumissionnaire ayant soumis le prix global le plus bas.',
      'The successful bidder is the one with the lowest total evaluated price.',
      'The bidder whose total bid price is the lowest gets the contract.',
      'The contract is adjudicated to the conform soumissionnaire.',
    ].map((sentence) => ({ name: `« ${sentence} »`, code: tender({ award: `## Article 9\n\n${sentence}` }) })),
  ],
  invalid: [
    {
      name: 'none: a section filled for the mode of award (price)',
      code: tender({ award: undefined }),
      errors: [{ line: 19, column: 1, messageId: 'missing' }],
      output: tender({ award: '## Règle d’adjudication\n\nLe contrat est adjugé au prestataire de services qui a soumis le prix le plus bas.' }),
    },
  ],
});

ruleTester('documents-contract-to-sign', {
  valid: [
    { name: 'a section', code: tender() },
    { name: 'an annex named as the contract', code: tender({ contract: '## Annexe A – Contrat de services\n\nTexte du contrat.' }) },
    {
      name: 'a part numbered in English over the generic word: the contract reproduced, its parties by a sentence and their places to sign',
      code: tender({
        contract:
          '## Schedule B — Agreement\n\nThis agreement is entered into between the Board and ____________ (the "Supplier").\n\n1. Term: one year.\n\nFor the Board: ________ For the Supplier: ________',
      }),
    },
    {
      name: 'a section headed by its number: the contract reproduced, its parties and their signatures',
      code: tender({
        contract:
          '## Article 7\n\nEntre le ministère des Finances et ____________ (« le Prestataire »).\n\n1. Durée : douze mois.\n\nSigné à Québec, pour le Ministère : ________ pour le Prestataire : ________',
      }),
    },
    // English prose that keeps the French legal term for the provider: its parties, or their places to sign.
    ...[
      'Between the Ministry of Finance, represented by its deputy minister, and ____________ (hereinafter the "Prestataire").',
      'For the Ministry: ________ For the adjudicataire: ________',
    ].map((text) => ({
      name: `a section headed by its number, the provider named in French: « ${text.slice(0, 30)}… »`,
      code: tender({ contract: `## Article 7\n\n${text}\n\n1. Term: twelve months.` }),
    })),
    // The contract the successful bidder signs, in the active voice as in the passive (« est signé par l'adjudicataire »).
    ...[
      "Le contrat reproduit plus bas est celui que l'adjudicataire signera, sans y rien changer.",
      "Contrat de services ci-après = contrat que l'adjudicataire signe.",
    ].map((text) => ({
      name: `a section headed by its number: « ${text.slice(0, 30)}… »`,
      code: tender({ contract: `## Article 7\n\n${text}\n\n1. Durée : douze mois.` }),
    })),
    // A title set in bold (Word's way) heads a part as `##` does.
    {
      name: 'a part titled in bold',
      code: tender({ contract: '**DEUXIÈME PARTIE — CONTRAT DE SERVICES DE NATURE TECHNIQUE**\n\nLes parties conviennent de ce qui suit.' }),
    },
    { name: 'a part titled in bold and italics', code: tender({ contract: '***Partie 3 – Conditions générales***\n\nTexte du contrat.' }) },
    { name: 'an English part titled in bold', code: tender({ contract: '**PART 3 — GENERAL CONDITIONS**\n\nText of the contract.' }) },
    // The contract the documents hold, completed or signed after the award: it exists when the bidders price the call.
    ...[
      "## Annexe C — Contrat à signer\n\nAprès l'adjudication, le Centre prépare le contrat en y inscrivant le nom de l'adjudicataire.\n\n1. Durée : douze mois.\n\n2. Paiement : mensuel.\n\n3. Résiliation : sur avis de trente jours.",
      "## Annexe C — Contrat de services\n\nLe contrat reproduit ci-dessous est signé après l'adjudication.",
      '## Schedule D — Service Agreement\n\nThe agreement set out below will be signed after the award.',
    ].map((contract) => ({ name: `the contract held, signed after the award: « ${contract.slice(3, 50)}… »`, code: tender({ contract }) })),
    // The contract named by the relative clause of its signing, as plain language titles it.
    ...['## 11. Le contrat que vous signerez', '## Part 5 — The contract you will sign'].map((title) => ({
      name: `titled « ${title.slice(3)} »`,
      code: tender({ contract: `${title}\n\nTexte.` }),
    })),
  ],
  invalid: [
    {
      name: 'a sentence in bold is not a title',
      code: tender({ contract: "**Les modalités de la relation contractuelle sont précisées à l'annexe A.**" }),
      errors: [{ messageId: 'missing' }],
    },
    // A dash after a passage's first words is an incise, not a label's end, unless the words are set apart in bold or italics.
    {
      name: 'a sentence with a dash incise is no field « Le contrat — … »',
      code: tender({ contract: "Le contrat — d'une durée de trois ans — est à prix unitaires." }),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a word in bold within a sentence with a dash incise is no field',
      code: tender({ contract: "Le **contrat** — d'une durée de trois ans — est à prix unitaires." }),
      errors: [{ messageId: 'missing' }],
    },
    // A contract written after the award does not exist when the bidders price the call: not the contract to be signed that
    // the documents hold, the contrary of it (an error on the passage), under a title naming the contract or not.
    ...[
      '## Modalités\n\nAprès l’adjudication, le Centre rédige un contrat; ce contrat est signé dans les quinze jours.',
      '## Modalités\n\nAprès l’adjudication, le Centre rédigera un contrat; ce contrat sera signé dans les quinze jours.',
      '## Annexe C — Entente de services\n\nL’entente de services sera préparée par la Direction avec l’adjudicataire, à partir de la soumission retenue.',
      '## Annexe C — Contrat de services\n\nLe contrat sera négocié et rédigé après l’adjudication.',
      '## Schedule D — Service Agreement\n\nThe agreement will be drafted with the successful bidder after the award.',
      '## Contract\n\nFollowing the award, the Board will prepare a contract with the successful bidder.',
    ].map((contract) => ({
      name: `a contract drafted after the award: « ${contract.slice(3, 50)}… »`,
      code: tender({ contract }),
      errors: [{ messageId: 'contrary', severity: 'error' as const, message: /^(?:Ce passage ne suffit pas|This passage does not suffice)/ }],
    })),
    {
      name: 'none: a section at the end',
      code: tender({ contract: undefined }),
      errors: [{ line: 19, column: 1, messageId: 'missing' }],
      output: tender({ contract: section('contractToSign') }),
    },
    {
      name: 'none, the parts titled in bold: a section titled in bold at the end',
      code: bold(tender({ contract: undefined })),
      errors: [{ messageId: 'missing' }],
      output: bold(tender({ contract: `**${CLAUSES.contractToSign.heading.fr}**\n\n${fr('contractToSign')}` })),
    },
  ],
});
