import { NOTICE_ITEMS_IN_FRONT_MATTER } from './frontMatterItems.js';
import { requiredNoticeItem } from './requiredItem.js';

export const noticeServicesDescription = requiredNoticeItem({
  id: 'notice-services-description',
  citation: '4.2°',
  description: { fr: "L'avis donne la description sommaire des services requis.", en: 'The notice gives a summary description of the services required.' },
  missing: {
    fr: "L'avis ne donne pas de description sommaire des services requis.",
    en: 'The notice gives no summary description of the services required.',
  },
  item: 'servicesDescription',
  clause: 'servicesDescription',
  frontMatter: { key: ['titre'], states: NOTICE_ITEMS_IN_FRONT_MATTER.servicesDescription },
});
