import { requiredNoticeItem } from './requiredItem.js';

export const noticeNoObligationToAccept = requiredNoticeItem({
  id: 'notice-no-obligation-to-accept',
  citation: '4.7°',
  description: {
    fr: "L'avis indique que l'organisme public ne s'engage à accepter aucune des soumissions reçues.",
    en: 'The notice states that the public body does not undertake to accept any of the bids received.',
  },
  missing: {
    fr: "L'avis n'indique pas que l'organisme public ne s'engage à accepter aucune des soumissions reçues.",
    en: 'The notice does not state that the public body does not undertake to accept any of the bids received.',
  },
  item: 'noObligationToAccept',
  clause: 'noObligationToAccept',
});
