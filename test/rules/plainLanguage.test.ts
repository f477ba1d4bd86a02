import { ruleTester } from '../ruleTester.js';
import { ABNORMALLY_LOW, tender } from './documentParts.js';

/**
 * A call in plain language: the public body speaks in the first person (« nous rejetons », "we reject"), the bidder is
 * « vous » / "you", and headings name an item by what the reader does or gets, without a question mark.
 */
const CONFORMITY_FR = [
  '## 3. Quand nous écartons une soumission',
  '',
  'Nous écartons d’office votre soumission dans les cas suivants :',
  '',
  '- elle est reçue après la date et l’heure limites ou à un autre endroit;',
  '- un document exigé est manquant;',
  '- la signature d’une personne autorisée est absente;',
  '- vous avez raturé ou corrigé un prix sans parapher la correction;',
  '- votre soumission comporte des conditions ou des restrictions;',
  '- toute autre condition indiquée comme entraînant le rejet automatique n’est pas respectée.',
  '',
  'Si vous déposez plus d’une soumission, nous les rejetons toutes.',
  '',
  ABNORMALLY_LOW,
].join('\n');
const CONFORMITY_EN = [
  '## 3. Bids We Reject',
  '',
  'We will reject your tender, without evaluating it, if:',
  '',
  '- it is received after the closing date and time or at another place;',
  '- a required document is missing;',
  '- it is not signed by an authorised person;',
  '- you erased or corrected a price without initialling the correction;',
  '- your tender contains conditions or restrictions;',
  '- any other condition designated as causing automatic rejection is not met.',
  '',
  'If you send more than one tender, we reject all your tenders.',
  '',
  ABNORMALLY_LOW,
].join('\n');
const CASES = [
  'rejection-late-receipt',
  'rejection-missing-document',
  'rejection-missing-signature',
  'rejection-uninitialled-price-correction',
  'rejection-conditional-bid',
  'rejection-multiple-bids',
] as const;

for (const rule of CASES) {
  ruleTester(rule, {
    valid: [
      { name: 'the body rejects in the first person, French', code: tender({ conformity: CONFORMITY_FR }) },
      { name: 'the body rejects in the first person, English', code: tender({ conformity: CONFORMITY_EN }) },
    ],
    invalid: [],
  });
}

ruleTester('documents-conformity-conditions', {
  valid: [
    {
      name: 'the rejection stated by the body in the active voice, under a plain heading',
      code: tender({
        conformity: '## 3. Ce qui arrive à une soumission incomplète\n\nNous rejetons automatiquement votre soumission si un document exigé manque.',
      }),
    },
    {
      name: 'the rejection stated by a named body in the active voice, English',
      code: tender({ conformity: '## 3. Late Or Incomplete Bids\n\nThe Ministry will reject any tender that does not hold every required document.' }),
    },
  ],
  invalid: [
    {
      // "We, the undersigned bidder" is the bidder writing its form, not the body stating a rejection.
      name: "the bidder's own « we » in a tender form",
      code: tender({
        conformity: '## 3. Formulaire de soumission\n\nWe, the undersigned bidder, reject no clause of the tender documents.',
      }),
      errors: [{ messageId: 'missing' }],
    },
  ],
});

ruleTester('documents-needs-description', {
  valid: [
    {
      name: 'a plain heading: « Ce dont nous avons besoin »',
      code: tender({ needs: '## 1. Ce dont nous avons besoin\n\n- Auditer les systèmes comptables.\n- Remettre un rapport.' }),
    },
    {
      name: 'a plain heading: "What We Are Seeking"',
      code: tender({ needs: '## 1. What We Are Seeking\n\n- Audit the accounting systems.\n- Send us a report.' }),
    },
  ],
  invalid: [],
});

ruleTester('documents-required-documents-list', {
  valid: [
    {
      name: 'a plain heading: « Ce que vous devez joindre »',
      code: tender({ documents: '## 4. Ce que vous devez joindre\n\n- Le formulaire signé.\n- Le bordereau de prix.' }),
    },
    {
      name: 'a plain heading: "What To Put In Your Envelope"',
      code: tender({ documents: '## 4. What To Put In Your Envelope\n\n- The signed tender form.\n- The price schedule.' }),
    },
  ],
  invalid: [],
});

ruleTester('documents-award-rule', {
  valid: [
    {
      name: 'a plain heading: "How We Choose"',
      code: tender({ award: '## 6. How We Choose\n\nOnly price counts. The lowest conforming tender wins the contract.' }),
    },
    {
      name: 'a plain heading: « Comment nous choisissons le prestataire »',
      code: tender({ award: '## 6. Comment nous choisissons le prestataire\n\nSeul le prix compte : la soumission conforme la moins chère l’emporte.' }),
    },
  ],
  invalid: [],
});

ruleTester('documents-opening-procedure', {
  valid: [
    {
      name: 'the body opens the bids, first person, French',
      code: tender({ opening: '## 5.\n\nNous ouvrons les soumissions en public, devant un témoin, à l’heure limite.' }),
    },
    {
      name: 'the body opens the bids, first person, English',
      code: tender({ opening: '## 5.\n\nWe will open the tenders in public, in front of a witness, at the closing time.' }),
    },
    { name: 'a named body opens the bids, English', code: tender({ opening: '## 5.\n\nThe Ministry opens all tenders in public at the closing time.' }) },
  ],
  invalid: [],
});
