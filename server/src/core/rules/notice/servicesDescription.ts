import { requiredNoticeItem } from './requiredItem.js';

export const servicesDescription = requiredNoticeItem({
  id: 'notice-services-description',
  citation: '4.2°',
  description: { fr: "L'avis donne la description sommaire des services requis.", en: 'The notice gives a summary description of the services required.' },
  missing: {
    fr: "L'avis ne donne pas de description sommaire des services requis.",
    en: 'The notice gives no summary description of the services required.',
  },
  item: 'servicesDescription',
  clause: 'servicesDescription',
  // The title of a notice names the services in a line ("Services professionnels d'ingénierie — …").
  inFrontMatter: (data) => data.titre !== undefined,
});
