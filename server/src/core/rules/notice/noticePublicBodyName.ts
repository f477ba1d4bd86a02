import { NOTICE_ITEMS_IN_FRONT_MATTER } from './frontMatterItems.js';
import { requiredNoticeItem } from './requiredItem.js';

export const noticePublicBodyName = requiredNoticeItem({
  id: 'notice-public-body-name',
  citation: '4.1°',
  description: { fr: "L'avis indique le nom de l'organisme public.", en: 'The notice states the name of the public body.' },
  missing: {
    fr: "L'avis n'indique pas le nom de l'organisme public (clé organisme.nom ou mention dans le texte).",
    en: 'The notice does not state the name of the public body (key organisme.nom or a mention in the text).',
  },
  item: 'publicBodyName',
  clause: 'publicBodyName',
  frontMatter: { key: ['organisme', 'nom'], states: NOTICE_ITEMS_IN_FRONT_MATTER.publicBodyName },
});
