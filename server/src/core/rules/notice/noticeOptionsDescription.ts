import { withOptions } from '../applicability.js';
import { requiredNoticeItem } from './requiredItem.js';

export const noticeOptionsDescription = requiredNoticeItem({
  id: 'notice-options-description',
  citation: '4.2.1°',
  description: {
    fr: "Lorsque le contrat comporte des options, l'avis en donne la description sommaire.",
    en: 'When the contract includes options, the notice gives their summary description.',
  },
  missing: {
    fr: "Le contrat comporte des options (clé options), mais l'avis n'en donne pas la description sommaire.",
    en: 'The contract includes options (key options), but the notice does not describe them.',
  },
  item: 'optionsDescription',
  clause: 'optionsDescription',
  notApplicable: withOptions,
  // The tender documents describe the options too (art. 5 par. 1.1°): that description is not the notice's.
  noticeOnly: true,
  frontMatter: { key: ['options'], states: (data) => data.options.every((option) => option.description !== undefined) },
});
