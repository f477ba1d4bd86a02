import { requiredNoticeItem } from './requiredItem.js';

export const noticeDocumentsOnlyThroughSeao = requiredNoticeItem({
  id: 'notice-documents-only-through-seao',
  citation: '4.5.1°',
  description: {
    fr: "L'avis mentionne que les documents d'appel d'offres ne peuvent être obtenus que par le SEAO.",
    en: 'The notice states that the tender documents can be obtained only through SEAO.',
  },
  missing: {
    fr: "L'avis ne mentionne pas que les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.",
    en: 'The notice does not state that the tender documents can be obtained only through SEAO.',
  },
  item: 'seaoOnly',
  clause: 'seaoOnly',
});
