import { ruleTester } from '../ruleTester.js';
import { PARTS, tender } from './documentParts.js';

const withAward = (...paragraphs: string[]) => tender({ award: [PARTS.award, ...paragraphs].join('\n\n') });
/** 1-based line of the first line holding `text`. */
const lineOf = (code: string, text: string) => code.split('\n').findIndex((line) => line.includes(text)) + 1;
/** A case whose paragraph is flagged where it stands, with the rule's message id. */
const invalidCase = (messageId: string) => (name: string, paragraph: string, output?: string | null) => {
  const code = withAward(paragraph);
  return { name, code, errors: [{ line: lineOf(code, paragraph), column: 1, messageId }], ...(output === undefined ? {} : { output }) };
};

const LOTS = "En cas d'égalité des résultats, le contrat est adjugé par tirage au sort.";
const invalid = invalidCase('otherTieBreak');
ruleTester('tie-break-drawing-lots', {
  valid: [
    { name: 'no tie-break stated (art. 14 applies by law)', code: tender() },
    { name: 'drawing lots', code: withAward(LOTS) },
    {
      name: 'drawing lots, other words',
      code: withAward('Si deux soumissions obtiennent le même pointage, l’adjudicataire est tiré au sort en présence d’un témoin.'),
    },
    { name: 'a draw (English)', code: withAward('In the event of a tie, the successful Tenderer is determined by a draw.') },
    // A title typed in capitals names the tie; the drawing of lots is in the paragraph under it.
    {
      name: 'a title in capitals over the drawing of lots',
      code: withAward('EN CAS D’ÉGALITÉ', 'Le comité désigne l’adjudicataire par tirage au sort, devant témoin.'),
    },
    { name: 'a random draw (English)', code: withAward('Should two tenders obtain the same adjusted price, the contract is awarded through a random draw.') },
    // A title in italics or a label names the tie; what follows settles it by lot.
    { name: 'a title in italics over the drawing of lots', code: withAward('*Égalité des prix*', 'Le contrat est alors adjugé par tirage au sort.') },
    { name: 'a label over a list that draws lots', code: withAward("En cas d'égalité :", '- le contrat est adjugé par tirage au sort, devant témoin.') },
    { name: 'an English label over the drawing of lots', code: withAward('In the event of a tie:', 'The successful tenderer is determined by drawing lots.') },
    {
      name: 'employment equity is not a tie',
      code: withAward("Le prestataire s'engage à respecter le programme d'accès à l'égalité en emploi, en cas d'égalité en emploi visée par la Charte."),
    },
  ],
  invalid: [
    invalid(
      'the first bid received wins a tie',
      "En cas d'égalité, le contrat est adjugé au soumissionnaire dont la soumission a été reçue la première.",
      withAward(LOTS),
    ),
    invalid(
      'the best quality score wins a tie',
      'Lorsque deux prestataires obtiennent le même prix ajusté, le contrat est adjugé à celui dont la note de qualité est la plus élevée.',
      withAward(LOTS),
    ),
    invalid(
      'the higher quality score wins a tie (English)',
      'In the event of a tie, the contract is awarded to the Tenderer with the higher final quality score, as drawn up by the committee.',
    ),
    invalid('ex aequo settled by the Ministère', 'Les soumissionnaires ex aequo sont départagés selon la proportion de contenu québécois.', withAward(LOTS)),
    (() => {
      const code = withAward("En cas d'égalité :", '- le contrat est adjugé au soumissionnaire dont la soumission a été reçue la première.');
      return {
        name: 'a label over a list that settles the tie otherwise',
        code,
        errors: [{ line: lineOf(code, "En cas d'égalité :"), column: 1, messageId: 'otherTieBreak' }],
      };
    })(),
  ],
});

const beyond = invalidCase('beyondArticle15');
ruleTester('negotiation-beyond-article-15', {
  valid: [
    { name: 'no negotiation stated', code: tender() },
    {
      name: 'limited to a single conforming bid',
      code: withAward("Lorsqu'un seul prestataire a présenté une soumission conforme, le Ministère peut négocier le prix soumis, à la baisse seulement."),
    },
    { name: 'deferring to the article', code: withAward('Le Ministère pourra négocier le prix conformément à l’article 15 du Règlement.') },
    // The limit as a restriction (« ne … que »), and a negotiation refused.
    {
      name: 'a single conforming bid as « ne … qu’une »',
      code: withAward('S’il n’y a qu’une soumission conforme, le Centre peut négocier le seul prix, à la baisse, le soumissionnaire y consentant.'),
    },
    { name: 'no negotiation (future)', code: withAward('Le Ministère ne négociera pas le prix soumis.') },
    { name: 'no negotiation (modal)', code: withAward('La Société ne pourra négocier aucune modalité du contrat.') },
    // The bid or its bidder by any of their names.
    { name: 'a single acceptable proposal', code: withAward('If only one proposal is acceptable, the Board may negotiate its price downward only.') },
    {
      name: 'a single compliant respondent',
      code: withAward('Where only one compliant respondent remains, the College may negotiate the price, downward only.'),
    },
    { name: 'a single tenderer', code: withAward('Where a single tenderer has submitted a conforming tender, the Board may negotiate the price downward.') },
    // The conditions listed under the right to negotiate, its sentence left open for them, with or without a colon.
    {
      name: 'conditions in list items under « pourvu que »',
      code: withAward(
        'Le Ministère peut négocier le prix soumis, pourvu que',
        '- un seul prestataire ait présenté une soumission conforme;\n- ce prestataire consente à un prix moindre;\n- le prix soit la seule modification.',
      ),
    },
    {
      name: 'conditions lettered by hand, one paragraph each, under a colon',
      code: withAward(
        'Le Ministère pourra négocier le prix à la baisse aux conditions suivantes :',
        'a) une seule soumission conforme a été reçue;',
        'b) le prix est la seule modification apportée.',
      ),
    },
    {
      name: 'conditions numbered by hand under "where", after a numbered subsection',
      code: withAward(
        '(2) The Board may negotiate the tendered price downward where',
        '(i) a single conforming tender has been received; and',
        '(ii) the price is the only change.',
        '(3) The Board informs every tenderer of the result.',
      ),
    },
    {
      name: 'the condition in the introduction, the right to negotiate in an entry',
      code: withAward(
        'Where only one compliant tender is received:',
        '(a) the Board may negotiate its price, downward only;',
        '(b) the price is the only change.',
      ),
    },
  ],
  invalid: [
    beyond(
      'a general right to negotiate',
      'Le Ministère se réserve le droit de négocier avec le soumissionnaire retenu les modalités du contrat et le prix.',
      null,
    ),
    beyond('negotiating with the lowest bidders', 'Le Ministère pourra entreprendre des négociations avec les deux plus bas soumissionnaires.', null),
    // The entries under the next subsection do not complete this one.
    (() => {
      const code = withAward(
        '(4) The Board may negotiate the price with the Tenderer, provided that',
        '(a) the Tenderer agrees; and',
        '(b) the new price is lower.',
        '(5) Where only one tender is conforming, the Board shall say so in its report.',
      );
      return {
        name: 'conditions that do not limit it, the next subsection aside',
        code,
        errors: [{ line: lineOf(code, '(4) The Board'), column: 1, messageId: 'beyondArticle15' }],
        output: null,
      };
    })(),
  ],
});
