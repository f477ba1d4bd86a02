import { ruleTester } from '../ruleTester.js';
import { tender } from './tenderDocument.js';

const lineOf = (code: string, needle: string) => code.split('\n').findIndex((line) => line.includes(needle)) + 1;
const PRESENTATION = (text: string) => `## Présentation des soumissions\n\nLe prix et la démonstration de la qualité sont présentés séparément.\n\n${text}`;
const SECURITY = { 'garantie-soumission': '{ nature: cautionnement, montant: "5 000 $" }' };

const securityIn = (text: string) => tender(SECURITY, { presentation: PRESENTATION(text) });
const securityTwice = securityIn(
  'La soumission comprend le formulaire signé, le bordereau et le cautionnement de soumission de 10 000,00 $ émis par une société autorisée.',
);
const bondInWords = securityIn('Each tender includes a bid bond in the amount of seven thousand five hundred dollars, issued by a surety.');
const noKey = tender(
  {},
  {
    presentation: PRESENTATION(
      'Une garantie de soumission de 2 000 $ est exigée (avis).\n\nLe soumissionnaire joint une garantie de soumission de 3 000 $ à sa soumission.',
    ),
  },
);

ruleTester('bid-security-amount-mismatch', {
  valid: [
    {
      name: 'the front-matter’s amount restated in words and figures',
      code: securityIn('Chaque soumission est accompagnée d’un cautionnement de soumission de cinq mille dollars (5 000 $).'),
    },
    { name: 'a percentage with a ceiling', code: securityIn('La garantie de soumission correspond à 10 % du prix soumis, jusqu’à concurrence de 20 000 $.') },
    { name: 'a lot’s security', code: securityIn('Pour le lot 2, la garantie de soumission est de 3 000 $.') },
    { name: 'a performance bond after the bid security', code: securityIn('The bid bond is returned once the performance bond of $50,000 is delivered.') },
    { name: 'no security amount anywhere', code: tender({}, { presentation: PRESENTATION('Le soumissionnaire joint une garantie de soumission.') }) },
  ],
  invalid: [
    {
      name: 'another amount in an enumeration of the bid’s contents (French)',
      code: securityTwice,
      errors: [{ column: 1, line: lineOf(securityTwice, '10 000,00 $'), messageId: 'amountDiffers', message: /10\s000 \$.*5\s000 \$.*art\. 4, al\. 2, 3°/ }],
      output: null,
    },
    {
      name: 'another amount in words (English)',
      code: bondInWords,
      errors: [{ column: 1, line: lineOf(bondInWords, 'seven thousand'), messageId: 'amountDiffers', message: /7\s500 \$/ }],
      output: null,
    },
    {
      name: 'no key: the second passage against the first',
      code: noKey,
      errors: [{ column: 1, line: lineOf(noKey, '3 000 $'), messageId: 'amountDiffers', message: /3\s000 \$.*un autre passage.*2\s000 \$/ }],
      output: null,
    },
  ],
});

const ON_DEMAND = { contrat: '{ nature: services-professionnels, execution-sur-demande: true, valeur-approximative: 150000 }' };
const valueIn = (text: string) => tender(ON_DEMAND, { presentation: PRESENTATION(text) });
const otherTotal = valueIn(
  'La valeur approximative des services est de 100 000 $ pour la durée ferme et de 80 000 $ pour l’option, pour un total de 180 000 $.',
);
const otherSingle = tender({}, { presentation: PRESENTATION('The estimated value of the contract is $175,000, taxes excluded.') });
const scaledFrench = tender({}, { presentation: PRESENTATION('La valeur estimée du contrat est de 1,2 M$ avant taxes.') });
const scaledEnglish = valueIn('The approximate value of the services is $1.5 million.');

ruleTester('estimated-value-mismatch', {
  valid: [
    {
      name: 'the firm term and the option adding up to the front-matter’s value',
      code: valueIn('La valeur approximative des services est de 100 000 $ pour la durée ferme et de 50 000 $ pour l’option.'),
    },
    { name: 'a yearly amount', code: valueIn('La valeur approximative annuelle des services est de 50 000 $.') },
    { name: 'the value of another thing', code: valueIn('La valeur estimée des travaux de construction est de 4 200 000 $.') },
    { name: 'taxes included', code: valueIn('La valeur estimée du contrat est de 172 462 $, taxes incluses.') },
    { name: 'a threshold compared with', code: valueIn('La valeur estimée du contrat dépasse 100 000 $.') },
    { name: 'the front-matter’s value scaled', code: valueIn('La valeur approximative des services est de 150 k$.') },
    // An amount named with an indefinite article is some amount, not the contract's value.
    {
      name: 'a price schedule’s forecast amount for parts',
      code: valueIn('| 9 | Majoration sur le prix coûtant des pièces, appliquée à un montant prévisionnel de 40 000,00 $ | % | ______ |'),
    },
    { name: 'an estimated expenditure a markup is charged on (English)', code: valueIn('A markup is charged on an estimated expenditure of $40,000.') },
    {
      name: 'the total restated',
      code: valueIn('The approximate value is $100,000 for the initial term and $50,000 for the renewal, for a total of $150,000.'),
    },
  ],
  invalid: [
    {
      name: 'another total after the parts (French)',
      code: otherTotal,
      errors: [{ column: 1, line: lineOf(otherTotal, '180 000 $'), messageId: 'valueDiffers', message: /180\s000 \$.*150\s000 \$.*art\. 31/ }],
      output: null,
    },
    {
      name: 'another single value (English)',
      code: otherSingle,
      errors: [{ column: 1, line: lineOf(otherSingle, '$175,000'), messageId: 'valueDiffers', message: /175\s000 \$.*150\s000 \$/ }],
      output: null,
    },
    {
      name: 'another value scaled in millions (« M$ »)',
      code: scaledFrench,
      errors: [{ column: 1, line: lineOf(scaledFrench, '1,2 M$'), messageId: 'valueDiffers', message: /1\s200\s000 \$.*150\s000 \$/ }],
      output: null,
    },
    {
      name: 'another value scaled in words (English "million")',
      code: scaledEnglish,
      errors: [{ column: 1, line: lineOf(scaledEnglish, '$1.5 million'), messageId: 'valueDiffers', message: /1\s500\s000 \$.*150\s000 \$/ }],
      output: null,
    },
  ],
});

const validityIn = (text: string, frontMatter: Record<string, string | null> = {}) => tender(frontMatter, { presentation: PRESENTATION(text) });
const formSixty = validityIn('5. La soumission demeure valide pendant soixante (60) jours à compter de la date limite de réception.');
const englishMonths = validityIn('Tenders shall remain open for acceptance for four months after the closing date.');
const noKeyValidity = validityIn(
  'Les soumissions demeurent valides 90 jours.\n\nLe soumissionnaire s’engage : sa soumission demeure irrévocable pendant 120 jours.',
  {
    'validite-soumissions-jours': null,
  },
);

ruleTester('bid-validity-mismatch', {
  valid: [
    { name: 'the front-matter’s period in words and figures', code: validityIn('La soumission demeure valide pendant quatre-vingt-dix (90) jours.') },
    { name: 'three months for 90 days', code: validityIn('Tenders remain valid for three (3) months after the closing date.') },
    {
      name: 'a default set aside by the particular instructions',
      code: validityIn('Sauf indication contraire, les soumissions demeurent valides pendant 45 jours.'),
    },
    { name: 'the security’s validity', code: validityIn('La garantie de soumission demeure valide 120 jours après l’ouverture des soumissions.') },
    { name: 'an extension asked for', code: validityIn('The Ministry may ask bidders to extend the validity of their tenders by 30 days.') },
  ],
  invalid: [
    {
      name: 'the bid form signed for another period (French, in words)',
      code: formSixty,
      errors: [{ column: 1, line: lineOf(formSixty, 'soixante'), messageId: 'periodDiffers', message: /60 jours.*90 jours.*art\. 29\.7/ }],
      output: null,
    },
    {
      name: 'another period in months (English)',
      code: englishMonths,
      errors: [{ column: 1, line: lineOf(englishMonths, 'four months'), messageId: 'periodDiffers', message: /4 mois.*90 jours/ }],
      output: null,
    },
    {
      name: 'no key: the second passage against the first',
      code: noKeyValidity,
      errors: [{ column: 1, line: lineOf(noKeyValidity, '120 jours'), messageId: 'periodDiffers', message: /120 jours.*un autre passage.*90 jours/ }],
      output: null,
    },
  ],
});
