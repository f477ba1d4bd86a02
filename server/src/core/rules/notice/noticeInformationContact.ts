import { NOTICE_ITEMS_IN_FRONT_MATTER } from './frontMatterItems.js';
import { requiredNoticeItem } from './requiredItem.js';

export const noticeInformationContact = requiredNoticeItem({
  id: 'notice-information-contact',
  citation: '4.5°',
  description: { fr: "L'avis indique l'endroit où obtenir des renseignements.", en: 'The notice states where information can be obtained.' },
  missing: {
    fr: "L'avis n'indique pas l'endroit où obtenir des renseignements (clé renseignements ou mention dans le texte).",
    en: 'The notice does not state where information can be obtained (key renseignements or a mention in the text).',
  },
  item: 'information',
  clause: 'information',
  frontMatter: { key: ['renseignements'], states: NOTICE_ITEMS_IN_FRONT_MATTER.information },
});
