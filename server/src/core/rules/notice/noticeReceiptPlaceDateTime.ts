import { placeDateTimeRule } from './placeDateTime.js';

export const noticeReceiptPlaceDateTime = placeDateTimeRule(
  'notice-receipt-place-date-time',
  { key: 'reception', item: 'receipt', clause: 'receipt', what: { fr: 'de la réception des soumissions', en: 'for the receipt of bids' } },
  {
    fr: "L'avis indique le lieu ainsi que la date et l'heure limites de réception des soumissions.",
    en: 'The notice states the place, date and time limit for the receipt of bids.',
  },
);
