import { NOTICE_ITEMS_IN_FRONT_MATTER } from './frontMatterItems.js';
import { requiredNoticeItem } from './requiredItem.js';

export const noticeIntergovernmentalAgreements = requiredNoticeItem({
  id: 'notice-intergovernmental-agreements',
  citation: '4.4°',
  description: {
    fr: "L'avis indique si un accord intergouvernemental s'applique ou non.",
    en: 'The notice states whether an intergovernmental agreement applies or not.',
  },
  missing: {
    fr: "L'avis n'indique pas si un accord intergouvernemental s'applique ou non (clé accords, ou « aucun »).",
    en: 'The notice does not state whether an intergovernmental agreement applies (key accords, or "aucun").',
  },
  item: 'intergovernmentalAgreements',
  clause: 'intergovernmentalAgreements',
  frontMatter: { key: ['accords'], states: NOTICE_ITEMS_IN_FRONT_MATTER.intergovernmentalAgreements },
});
