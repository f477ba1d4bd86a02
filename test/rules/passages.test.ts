import { CLAUSES, renderClause } from '../../server/src/core/legal/clauses.js';
import { ruleTester } from '../ruleTester.js';
import { FRONT_MATTER, PARTS, tender } from './documentParts.js';

const option = (description: string) => [...FRONT_MATTER, `options:\n  - { type: renouvellement, description: "${description}" }`];
const withOptions = (description: string, body: string) => tender({ frontMatter: option(description), needs: `${PARTS.needs}\n\n### Options\n\n${body}` });

ruleTester('options-same-price-and-nature', {
  valid: [
    { name: 'renewal at the same prices', code: withOptions('Un an aux mêmes prix', 'Le contrat est renouvelable une fois, aux mêmes prix.') },
    { name: 'a price change refused', code: withOptions('Un an, sans indexation', 'Les prix ne seront pas indexés lors du renouvellement.') },
    // Annexe 2's adjusted price is the evaluation's term, not a change of the option's price.
    {
      name: 'the option left out of the adjusted price',
      code: withOptions('Un an aux mêmes prix', 'L’option, aux mêmes prix, n’entre pas dans le calcul du prix ajusté de la soumission.'),
    },
    {
      name: 'the option left out of the adjusted price, in English',
      code: withOptions(
        'One year at the same prices',
        'Each extra session is paid at the same price; it is not counted in the price used to compute the adjusted price.',
      ),
    },
    {
      name: 'a notice alone is checked too, and compliant',
      code: '---\ntype: avis\noptions: [ { type: renouvellement, description: Un an aux mêmes prix } ]\n---\n\n# Avis\n',
    },
  ],
  invalid: [
    {
      name: 'the front-matter description indexes the price',
      code: withOptions('Un an, prix indexés selon l’IPC', 'Le contrat est renouvelable une fois, aux mêmes prix.'),
      errors: [{ line: 12, column: 42, messageId: 'price', severity: 'warning', message: /même prix|same price/ }],
      output: null,
    },
    {
      name: 'an option whose prices are adjusted, beside the adjusted price of the evaluation',
      code: withOptions('Un an', 'Les prix de l’option seront ajustés selon l’IPC; l’option n’entre pas dans le prix ajusté.'),
      errors: [{ line: 29, messageId: 'price' }],
      output: null,
    },
    {
      name: 'the options section provides for other services',
      code: withOptions('Un an', "L'option vise des services supplémentaires de nature différente, soit la formation du personnel."),
      errors: [{ line: 29, message: /même nature|same nature/ }],
      output: null,
    },
    {
      name: 'in a notice (avis) too',
      code: '---\ntype: avis\noptions: [ { type: renouvellement, description: Un an à un prix à négocier } ]\n---\n\n# Avis\n',
      errors: [{ line: 3 }],
      output: null,
    },
  ],
});

/** A call by a body of that name, its needs' section opening with `needs`, its contract's section holding `clause`. */
const named = (name: string, needs: string, clause: string) =>
  tender({
    frontMatter: FRONT_MATTER.map((line) => (line.startsWith('organisme:') ? `organisme: { nom: "${name}" }` : line)),
    needs: `${PARTS.needs}\n\n${needs}`,
    contract: `${PARTS.contract}\n\n${clause}`,
  });

ruleTester('refusal-clause-scope', {
  valid: [
    { name: 'no refusal clause (it is optional)', code: tender() },
    { name: 'the clause of the catalogue', code: tender({ contract: `${PARTS.contract}\n\n${renderClause(CLAUSES.refusalClause, 'fr')}` }) },
    // Entries typed with bullets that a converter wrote on one line: the term of the entry before is not the clause's period.
    {
      name: 'the clause in an entry after one stating a 36-month term, on one line',
      code: tender({ contract: `${PARTS.contract}\n\n✓ Durée du contrat : 36 mois, renouvellement inclus. ✓ ${renderClause(CLAUSES.refusalClause, 'fr')}` }),
    },
    {
      name: 'in English, the entries marked with arrowheads, on one line',
      code: tender({
        contract: `${PARTS.contract}\n\n➢ The total price covers 48 months, renewal included ➢ ${renderClause(CLAUSES.refusalClause, 'en')} ➢ Ties are broken by lot.`,
      }),
    },
    {
      name: 'grounds listed under the clause, within art. 8',
      code: tender({
        contract: `${PARTS.contract}\n\nLe Ministère se réserve la possibilité de refuser tout prestataire qui, au cours des deux années précédant l'ouverture des soumissions :\n\n- a fait l'objet de sa part d'une évaluation de rendement insatisfaisant;\n- a omis de donner suite à une soumission.`,
      }),
    },
    // This body's evaluation, another's excluded in words: no other body's evaluation.
    ...[
      "Le CIUSSS se réserve le droit de refuser tout soumissionnaire qui, au cours des deux ans précédant la date d'ouverture des soumissions, a fait l'objet de la part du CIUSSS d'une évaluation de rendement insatisfaisant.",
      "Le Ministère peut refuser tout prestataire qui a fait l'objet de sa part, et non de celle d'un autre organisme, d'une évaluation de rendement insatisfaisant au cours des deux années précédant l'ouverture.",
      'The Board may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation from the Board, and failed to follow up on another bid.',
      "Le Ministère peut refuser tout prestataire qui, au cours des deux ans précédant l'ouverture, a obtenu du Ministère une évaluation de rendement insatisfaisant ou a omis de donner suite à une autre soumission.",
      // A comma before the conjunction, then another ground: no other body.
      "Le CISSS peut refuser tout prestataire qui, au cours des deux années précédant l'ouverture, a fait l'objet d'une évaluation de rendement insatisfaisant de la part du CISSS, ou a omis de donner suite à une autre soumission.",
      'The Corporation may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation on the part of the Corporation, or of its Board of Directors.',
    ].map((clause) => ({ name: `this body's evaluation: « ${clause} »`, code: tender({ contract: `${PARTS.contract}\n\n${clause}` }) })),
    // The body by its own names: its short name defined after its name, its acronym, its name (organisme.nom).
    {
      name: 'the evaluation by the short name the documents define',
      code: named(
        'Ville de Laval',
        'La Ville de Laval (ci-après « la Ville ») requiert des services de déneigement.',
        "La Ville peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part de la Ville au cours des deux années précédant l'ouverture.",
      ),
    },
    {
      name: 'the evaluation by the acronym of its name',
      code: named(
        "Société de l'assurance automobile du Québec",
        'La Société requiert des services de traduction.',
        "La Société peut refuser tout prestataire ayant fait l'objet, dans les deux années précédant l'ouverture, d'une évaluation de rendement insatisfaisant par la SAAQ.",
      ),
    },
    {
      name: 'in English, by the name defined after its name',
      code: named(
        'Concordia University',
        'Concordia University (hereinafter "Concordia") requires translation services.',
        'Concordia may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation by Concordia.',
      ),
    },
    // The body by a term its definitions say stands for it, wherever and however they are written, in chains.
    {
      name: 'a quoted term defined as the short name defined after the body’s name',
      code: named(
        'Centre intégré de santé et de services sociaux des Laurentides',
        'The Centre intégré de santé et de services sociaux des Laurentides (the "CISSS") requires translation services.\n\nIn these documents, "Purchaser" shall mean the CISSS.',
        'The Purchaser may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation from the Purchaser.',
      ),
    },
    {
      name: 'a term defined in a definitions table, unquoted',
      code: named(
        'Collège de Maisonneuve',
        '### Définitions\n\n| Terme | Sens |\n|---|---|\n| Acheteur | le Collège de Maisonneuve |\n| Soumissionnaire | toute personne qui dépose une soumission |',
        "Le Collège peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part de l'Acheteur au cours des deux années précédant l'ouverture.",
      ),
    },
    {
      name: 'a term defined in a definitions list set in bold, then another term defined as that one',
      code: named(
        'Société québécoise des infrastructures',
        '### Terminologie\n\n- **Mandant** : la Société québécoise des infrastructures;\n- **Client** — le Mandant.',
        "La Société peut refuser tout prestataire ayant fait l'objet, dans les deux années précédant l'ouverture, d'une évaluation de rendement insatisfaisant par le Client.",
      ),
    },
    {
      name: 'a French definition by « désigne », the article before the quoted term',
      code: named(
        'Office municipal d’habitation de Longueuil',
        "Dans le présent document, le « Propriétaire » désigne l'Office municipal d’habitation de Longueuil.",
        "L'Office peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part du Propriétaire au cours des deux années précédant l'ouverture.",
      ),
    },
    // A ministry by its minister, and a minister by its ministry.
    {
      name: 'a ministry’s call naming the body « la ministre »',
      code: named(
        'Ministère des Transports',
        'Le Ministère requiert des services de relevés.',
        "La ministre peut refuser tout prestataire qui a fait l'objet de la part de la ministre d'une évaluation de rendement insatisfaisant au cours des deux années précédant l'ouverture.",
      ),
    },
    {
      name: 'in English, a ministry’s call naming the body "the Minister"',
      code: named(
        "Ministère de l'Éducation",
        'The Ministère requires translation services.',
        'The Minister may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation by the Minister.',
      ),
    },
    {
      name: 'a minister’s call naming its ministry by the short name defined after it',
      code: named(
        'Ministre de la Culture et des Communications',
        'Le ministère de la Culture et des Communications (ci-après « le Client ») requiert des services de numérisation.',
        "Le Client peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part du Client au cours des deux années précédant l'ouverture.",
      ),
    },
    // The period through a defined term: within art. 8, or a term defining no look-back (the contract's own term).
    {
      name: 'the period by a defined term, two years',
      code: named(
        'Ministère de la Culture et des Communications',
        "« Période de référence » : les deux (2) années précédant la date d'ouverture des soumissions;\n\n« Contrat » : le contrat d'une durée de trois (3) ans conclu avec l'adjudicataire.",
        "Le Ministère peut refuser tout prestataire qui, au cours de la Période de référence, a fait l'objet de sa part d'une évaluation de rendement insatisfaisant ou a omis de donner suite à un Contrat.",
      ),
    },
  ],
  invalid: [
    // The period beyond art. 8's 2 years through a defined term, in French and English.
    ...[
      {
        definition: "« Période visée » désigne les 36 mois précédant l'ouverture des soumissions.",
        clause:
          "Le Ministère peut refuser tout prestataire qui, pendant la Période visée, a fait l'objet de sa part d'une évaluation de rendement insatisfaisant.",
      },
      {
        definition: '"Look-back Period" means the three years prior to the bid opening date.',
        clause: 'The Ministry may refuse any provider that, during the Look-back Period, received an unsatisfactory performance evaluation from the Ministry.',
      },
    ].map(({ definition, clause }) => ({
      name: `the period by a defined term, beyond 2 years: « ${definition} »`,
      code: named('Ministère de la Culture et des Communications', definition, clause),
      errors: [{ line: 65, messageId: 'beyondArticle8', message: /définition/ }],
      output: null,
    })),
    {
      name: 'a term defined as another body',
      code: named(
        'Ville de Laval',
        '« Partenaire » désigne la Société de transport de Laval.',
        "La Ville peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part du Partenaire au cours des deux années précédant l'ouverture.",
      ),
      errors: [{ line: 65, messageId: 'evaluatingBodyNotStated', severity: 'warning' }],
      output: null,
    },
    {
      name: 'a term defined as the body’s representative, not the body',
      code: named(
        'Centre intégré de santé et de services sociaux des Laurentides',
        'The Centre intégré de santé et de services sociaux des Laurentides (the "CISSS") requires translation services. "Coordinator" means the CISSS\'s representative.',
        'The CISSS may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation from the Coordinator.',
      ),
      errors: [{ line: 65, messageId: 'evaluatingBodyNotStated', severity: 'warning' }],
      output: null,
    },
    {
      name: 'another minister, in a ministry’s call',
      code: named(
        "Ministère de l'Éducation",
        'Le Ministère requiert des services de traduction.',
        "Le Ministère peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part du ministre des Finances au cours des deux années précédant l'ouverture.",
      ),
      errors: [{ line: 65, messageId: 'evaluatingBodyNotStated', severity: 'warning' }],
      output: null,
    },
    {
      name: 'the minister in a call by a body that is no ministry',
      code: named(
        'Société québécoise des infrastructures',
        'La Société requiert des services de traduction.',
        "La Société peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part du ministre au cours des deux années précédant l'ouverture.",
      ),
      errors: [{ line: 65, messageId: 'evaluatingBodyNotStated', severity: 'warning' }],
      output: null,
    },
    {
      name: 'another body whose name begins as the body’s short name',
      code: named(
        'Ville de Laval',
        'La Ville de Laval (ci-après « la Ville ») requiert des services de déneigement.',
        "La Ville peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part de la Ville de Montréal au cours des deux années précédant l'ouverture.",
      ),
      errors: [{ line: 65, messageId: 'evaluatingBodyNotStated', severity: 'warning' }],
      output: null,
    },
    {
      name: 'the body’s dirigeant: not the body art. 8 names (it only maintains the body’s evaluation, art. 58)',
      code: named(
        'Société québécoise des infrastructures',
        'La Société requiert des services de traduction.',
        "La Société peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part du dirigeant de l'organisme au cours des deux années précédant l'ouverture.",
      ),
      errors: [{ line: 65, messageId: 'evaluatingBodyNotStated', severity: 'warning' }],
      output: null,
    },
    {
      name: 'another body named: a warning still',
      code: named(
        'Ville de Laval',
        'La Ville de Laval (ci-après « la Ville ») requiert des services de déneigement.',
        "La Ville peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part de la STL au cours des deux années précédant l'ouverture.",
      ),
      errors: [{ line: 65, messageId: 'evaluatingBodyNotStated', severity: 'warning' }],
      output: null,
    },
    {
      name: 'another public body, whatever the names it defines',
      code: named(
        'Ville de Laval',
        'La Ville de Laval (ci-après « la Ville ») requiert des services de déneigement.',
        "La Ville peut refuser tout prestataire qui a fait l'objet d'une évaluation de rendement insatisfaisant de la part d'un autre organisme public au cours des deux années précédant l'ouverture.",
      ),
      errors: [{ line: 65, messageId: 'beyondArticle8' }],
      output: null,
    },
    // Another body's evaluation however named, alone or after this body's own.
    ...[
      "Le Ministère peut refuser tout prestataire qui a fait l'objet, au cours des deux années précédant l'ouverture, d'une évaluation de rendement insatisfaisant de la part du Ministère ou de tout autre ministère.",
      "Le Cégep se réserve le droit de refuser tout prestataire qui, au cours des deux années précédant l'ouverture, a fait l'objet de la part du Cégep ou d'un autre cégep du réseau collégial d'une évaluation de rendement insatisfaisant.",
      "Le Centre de services scolaire peut refuser tout prestataire ayant fait l'objet d'une évaluation de rendement insatisfaisant de la part de tout centre de services scolaire au cours des deux dernières années.",
      "L'Établissement peut refuser tout prestataire qui a fait l'objet de sa part ou de celle d'une autre institution publique d'une évaluation de rendement insatisfaisant au cours des deux années précédant l'ouverture.",
      "La Société peut refuser tout prestataire ayant fait l'objet, dans les deux années précédant l'ouverture, d'une évaluation de rendement insatisfaisant par la Société ou par tout autre client public.",
      'The Board may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation from the Board or from any other institution.',
      'The College may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation from another public body.',
      'The Ministry may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation by the Ministry or by other government departments.',
      // The author as the complement of a verb that obtains the evaluation (« a obtenu du Ministère »).
      "La Société peut refuser tout prestataire qui, au cours des deux années précédant l'ouverture, a reçu de la Société ou d'une autre société d'État une évaluation de rendement insatisfaisant.",
      "Le Cégep peut refuser tout prestataire qui, dans les deux ans précédant l'ouverture, a obtenu d'un autre cégep une évaluation de rendement insatisfaisant.",
      "Le CISSS peut refuser tout prestataire qui, au cours des deux années précédant l'ouverture, a obtenu de tout CIUSSS une évaluation de rendement insatisfaisant.",
      "La Ville peut refuser tout prestataire qui, au cours des deux années précédant l'ouverture, aura reçu de la Ville ou d'une municipalité voisine une évaluation de rendement insatisfaisant.",
      'The Board may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation from a school board.',
      // The conjunction after a comma; the author's preposition said again after it (the dossier and the legalese twins of
      // the twenty-eighth audit round).
      "Le Ministère peut refuser tout prestataire qui, au cours des deux années précédant l'ouverture, a fait l'objet par le Ministère, ou tout autre ministère, d'une évaluation de rendement insatisfaisant.",
      "La Ville peut refuser tout prestataire qui, dans les deux ans précédant l'ouverture, a reçu de la Ville, ou d'une autre municipalité, une évaluation de rendement insatisfaisant.",
      'The University may refuse any provider that, in the two years before the opening, was the subject of an unsatisfactory performance evaluation on the part of the University or of another university.',
      'The Board may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation by the Board, or any other school board.',
      'The Commission may refuse any provider that, in the two years before the opening, received an unsatisfactory performance evaluation on the part of the Commission or of any public body.',
    ].map((clause) => ({
      name: `another body's evaluation: « ${clause} »`,
      code: tender({ contract: `${PARTS.contract}\n\n${clause}` }),
      errors: [{ line: 63, messageId: 'beyondArticle8', message: /cet organisme, non d’un autre|this body, not another/ }],
      output: null,
    })),
    {
      name: 'silent on who made the evaluation: a warning',
      code: tender({
        contract: `${PARTS.contract}\n\nLe Ministère pourra refuser tout prestataire ayant fait l'objet d'une évaluation de rendement insatisfaisant au cours des deux dernières années.`,
      }),
      errors: [{ line: 63, column: 1, messageId: 'evaluatingBodyNotStated', severity: 'warning', message: /cet organisme|this body/ }],
      output: null,
    },
    {
      name: 'three years',
      code: tender({
        contract: `${PARTS.contract}\n\nL'organisme se réserve le droit de refuser tout prestataire qui, au cours des 3 dernières années, a fait l'objet d'une évaluation de rendement insatisfaisant.`,
      }),
      errors: [{ line: 63, message: /2 années|2 years/ }],
      output: null,
    },
    // A look-back without limit, however written.
    ...[
      "Le Ministère se réserve le droit de refuser tout prestataire qui, en tout temps avant l'ouverture des soumissions, a fait l'objet de sa part d'une évaluation de rendement insatisfaisant.",
      "Le Ministère peut refuser tout prestataire qui a fait l'objet de sa part, à quelque moment que ce soit, d'une évaluation de rendement insatisfaisant.",
      'The Ministry may refuse any provider that has ever received an unsatisfactory performance evaluation from the Ministry.',
    ].map((clause) => ({
      name: `a look-back without limit: « ${clause} »`,
      code: tender({ contract: `${PARTS.contract}\n\n${clause}` }),
      errors: [{ line: 63, messageId: 'beyondArticle8', message: /pas de limite|no limit/ }],
      output: null,
    })),
    {
      name: 'another body’s evaluation and an extra ground, in the list it introduces',
      code: tender({
        contract: `${PARTS.contract}\n\nLe Ministère pourra refuser tout prestataire qui, au cours des deux années précédant l'ouverture :\n\n- a fait l'objet, de la part de tout organisme public, d'une évaluation de rendement insatisfaisant;\n- fait l'objet d'un litige avec le Ministère.`,
      }),
      errors: [{ line: 63, message: /cet organisme.*trois motifs/ }],
      output: null,
    },
    {
      name: 'an extra ground lettered by hand under a clause left open without a colon',
      code: tender({
        contract: `${PARTS.contract}\n\nThe Ministry may refuse any provider that, in the two years before the opening,\n\n(a) received an unsatisfactory performance evaluation from the Ministry; or\n\n(b) is in litigation with the Ministry.`,
      }),
      errors: [{ line: 63, message: /trois motifs|three grounds/ }],
      output: null,
    },
  ],
});

ruleTester('documents-only-through-seao', {
  valid: [
    { name: 'SEAO only', code: tender() },
    // A draft under legal review: the other means struck, or deleted by CriticMarkup, is no text of the tender (document/reviewMarks.ts).
    {
      name: 'the offices struck, SEAO after it',
      code: tender({
        needs: `${PARTS.needs}\n\n~~Les documents d'appel d'offres sont aussi disponibles à nos bureaux, sur demande.~~ Les documents s'obtiennent par le SEAO.`,
      }),
    },
    {
      name: 'addenda by e-mail deleted',
      code: tender({ needs: `${PARTS.needs}\n\nModalités :\n\n- les addenda seront transmis{-- par courriel aux preneurs de documents et --} par le SEAO;` }),
    },
    // The compliant answers: SEAO only, the other channel refused, or a question about something else (questions by e-mail).
    ...[
      [
        '**Q. A-6. Comment obtenir les documents d’appel d’offres?**',
        'R. Uniquement par l’intermédiaire du SEAO (www.seao.ca). Le CISSS ne les transmet par aucun autre moyen.',
      ],
      ['Q: How can the tender documents be obtained?', 'A: Only through SEAO; they are not sent by e-mail.'],
      ['**Q. A-7. À qui adresser une question sur les documents d’appel d’offres?**', 'R. À M. Gagnon, par courriel, sur demande écrite.'],
    ].map(([question, answer]) => ({
      name: `an answer under its question: ${answer.slice(0, 50)}`,
      code: tender({ needs: `${PARTS.needs}\n\n${question}\n\n${answer}` }),
    })),
    // A legal office's sentence: the channel refused in the main clause, whatever its incises and appended understanding say.
    ...[
      "Sous réserve de la clause 1.6, à laquelle la présente clause ne déroge en rien, le Ministère ne distribue les documents d'appel d'offres par aucun autre moyen que le SEAO, de sorte qu'aucun document obtenu autrement ne peut être opposé au Ministère.",
      "Sous réserve de la clause 1.6, à laquelle la présente clause ne déroge pas, aucun exemplaire papier des documents d'appel d'offres n'est remis au bureau de la Direction.",
      "Les documents d'appel d'offres ne peuvent être obtenus par courriel, étant entendu que le SEAO demeure le seul moyen de les obtenir.",
    ].map((sentence) => ({ name: `the channel refused: « ${sentence} »`, code: tender({ needs: `${PARTS.needs}\n\n${sentence}` }) })),
    // A « ne … que » that restricts the channel to SEAO refuses the others.
    ...[
      "Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO, jamais par courriel.",
      'Le devis ne sera transmis que par le SEAO; aucune copie papier ne sera remise au comptoir.',
    ].map((sentence) => ({ name: `restricted to SEAO: ${sentence.slice(0, 50)}`, code: tender({ needs: `${PARTS.needs}\n\n${sentence}` }) })),
    // A copy named after the documents that is refused, the bid's, or another thing's; a channel for questions only.
    ...[
      "Les documents d'appel d'offres sont dans le SEAO. Aucun exemplaire papier n'est remis au comptoir de la réception.",
      'The tender documents are available in SEAO only; no paper copy is provided.',
      "Les documents d'appel d'offres sont dans le SEAO. Le soumissionnaire remet sa soumission en un original et une copie au comptoir de la réception.",
      'The tender documents are on SEAO. A printed copy of the signed contract will be sent by mail to the successful bidder.',
      'The tender documents are on SEAO; questions may be sent by e-mail to the contact person, who answers them by addendum.',
      "Les addenda sont aussi publiés dans le SEAO. Sont transmis par courriel, avec les documents d'appel d'offres, les avis de visite.",
    ].map((passage) => ({ name: `no copy of the documents offered: ${passage.slice(-50)}`, code: tender({ needs: `${PARTS.needs}\n\n${passage}` }) })),
  ],
  invalid: [
    // A copy of the documents named by its form in a later clause or sentence, subject or object, in any word order (the
    // filled template and the notarial twin of the thirtieth audit round); the documents as the object after the channel.
    ...[
      'Le devis est publié dans le SEAO; un exemplaire peut aussi être envoyé par la poste, sur demande.',
      "Les documents d'appel d'offres sont dans le SEAO. Pourra cependant l'entreprise qui le souhaite recevoir, par la poste, une copie des documents sur CD.",
      'The tender documents are published on SEAO. A paper version can also be picked up at the reception desk upon request.',
      'The bid documents are posted on SEAO; bidders may nevertheless obtain, at the counter of the Finance Department, one copy of the documents on a USB key.',
      "Le soumissionnaire peut obtenir par courriel, auprès de la personne responsable, les documents d'appel d'offres.",
      'Bidders may also obtain by e-mail the tender documents from the contact person.',
    ].map((passage) => ({
      name: `a copy of the documents, or the documents after the channel: ${passage.slice(-50)}`,
      code: tender({ needs: `${PARTS.needs}\n\n${passage}` }),
      errors: [{ line: 25, column: 1, messageId: 'otherMeans' }],
      output: null,
    })),
    // A « ne … que » that restricts something else (the means, the recipients; the sentence in the future in a defect twin of
    // the twenty-sixth audit round) refuses no channel the sentence offers after it.
    ...[
      'Le devis ne peut être modifié que par addenda, lesquels sont envoyés par courriel aux soumissionnaires.',
      "Les documents d'appel d'offres ne pourront être modifiés que par addenda, transmis par la poste aux preneurs.",
      'Les addenda ne seront transmis par courriel qu’aux soumissionnaires inscrits.',
    ].map((sentence) => ({
      name: `a restriction on something else: ${sentence.slice(0, 50)}`,
      code: tender({ needs: `${PARTS.needs}\n\n${sentence}` }),
      errors: [{ line: 25, column: 1, messageId: 'otherMeans' }],
      output: null,
    })),
    {
      name: 'the documents also at the offices',
      code: tender({ needs: `${PARTS.needs}\n\nLes documents d'appel d'offres sont aussi disponibles à nos bureaux, sur demande.` }),
      errors: [{ line: 25, column: 1, messageId: 'otherMeans' }],
      output: null,
    },
    // The verb before its subject, in a paragraph of other sentences (the impersonal twin of the twenty-sixth audit round).
    ...[
      "Sont adressées par écrit les questions. Pourront être remis en personne, au comptoir de la réception et sur rendez-vous, les documents d'appel d'offres.",
      'Questions are answered in writing only. Also available by mail, to any firm that asks, are the bid documents.',
    ].map((passage) => ({
      name: `the documents as the subject after the channel: ${passage.slice(-50)}`,
      code: tender({ needs: `${PARTS.needs}\n\n${passage}` }),
      errors: [{ line: 25, column: 1, messageId: 'otherMeans' }],
      output: null,
    })),
    // A negation about something else than the channel: a clause's denied derogation from another, an appended understanding
    // about documents obtained elsewhere; the documents' paper copy named « exemplaire papier ».
    ...[
      "Sous réserve de la clause 2.1, à laquelle le présent article ne déroge pas, le Centre peut aussi transmettre les documents d'appel d'offres par courriel, sur demande.",
      'Subject to section 2.1, from which this section does not derogate, the Board may also make the tender documents available by e-mail upon request.',
      "Le Collège remet aussi un exemplaire papier des documents d'appel d'offres à quiconque le demande, étant entendu qu'aucun document obtenu d'un tiers ne lui est opposable.",
      'The tender documents may also be requested by e-mail, it being understood that no document obtained from a third party is binding on the Board.',
    ].map((sentence) => ({
      name: `another channel beside a negation about something else: « ${sentence} »`,
      code: tender({ needs: `${PARTS.needs}\n\n${sentence}` }),
      errors: [{ line: 25, messageId: 'otherMeans' }],
      output: null,
    })),
    {
      name: 'addenda by e-mail, in a list entry',
      code: tender({ needs: `${PARTS.needs}\n\nModalités :\n\n- les addenda seront transmis par courriel aux preneurs de documents;` }),
      errors: [{ line: 27 }],
      output: null,
    },
    // An answer read with its question (the question-and-answer twin of the twenty-fourth audit round): the documents are named
    // only by the question over it, a bold paragraph, a heading, or a « Q: » line.
    ...[
      ['**Q. 4. Où se procurer le devis?**', 'R. Dans le SEAO, ou en version papier au comptoir de la réception.'],
      ['### Comment obtenir les documents d’appel d’offres?', 'Réponse : par le SEAO; ils peuvent aussi être transmis par la poste, sur demande.'],
      ['Q: How can the tender documents be obtained?', 'A: From SEAO, or by e-mail from the contact person upon request.'],
      ['#### Where are the bid documents available?', 'On SEAO and at our offices, 3040 Sherbrooke Street West.'],
      // A bilingual document's answer opened by its language tag.
      ['**Q. 4. Où se procurer le devis?**', 'FR : R. Dans le SEAO, ou en version papier au comptoir de la réception.'],
      ['Q: How can the tender documents be obtained?', '[EN] A: From SEAO, or by e-mail from the contact person upon request.'],
    ].map(([question, answer]) => ({
      name: `an answer under its question: ${answer.slice(0, 50)}`,
      code: tender({ needs: `${PARTS.needs}\n\n${question}\n\n${answer}` }),
      errors: [{ line: 27, column: 1, messageId: 'otherMeans' }],
      output: null,
    })),
  ],
});

/** An addendum of call X-1 (front-matter lines 1–6, its heading on line 8), its body from line 10. */
const addendum = (body: string) =>
  `---\ntype: addenda\nnumero: X-1\naddenda:\n  - { numero: 1, date: 2026-09-25, incidence-prix: true }\n---\n\n# Addenda no 1\n\n${body}\n`;

ruleTester('addendum-only-through-seao', {
  valid: [
    { name: 'questions and answers, the revised page in SEAO', code: addendum('La page B-2 révisée est jointe au présent addenda, publié dans le SEAO.') },
    { name: 'questions by e-mail', code: addendum('Les questions doivent être transmises par courriel au responsable.') },
    { name: 'the acknowledgment returned with the bid', code: addendum('Le soumissionnaire joint le présent addenda, signé, à sa soumission.') },
    { name: 'an e-mail channel refused', code: addendum('Aucun document ne sera transmis par courriel.') },
  ],
  invalid: [
    {
      name: 'the documents also sent by e-mail',
      code: addendum('Les documents d’appel d’offres modifiés peuvent aussi être obtenus par courriel, sur demande.'),
      errors: [{ line: 10, column: 1, messageId: 'otherMeans', severity: 'error', message: /autre moyen que le SEAO/ }],
      output: null,
    },
    {
      name: 'the revised page offered at the office',
      code: addendum('Le bordereau de prix révisé est également disponible au bureau de l’approvisionnement.'),
      errors: [{ line: 10, messageId: 'otherMeans' }],
      output: null,
    },
    {
      name: 'English: the revised Price Schedule by e-mail',
      code: addendum('The revised Price Schedule may also be sent by e-mail upon request.'),
      settings: { locale: 'en' },
      errors: [{ line: 10, message: /addendum offers a way other than SEAO/ }],
      output: null,
    },
  ],
});
