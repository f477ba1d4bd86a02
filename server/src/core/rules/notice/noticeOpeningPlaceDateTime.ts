import { placeDateTimeRule } from './placeDateTime.js';

export const noticeOpeningPlaceDateTime = placeDateTimeRule(
  'notice-opening-place-date-time',
  {
    key: 'ouverture',
    item: 'opening',
    clause: 'opening',
    what: { fr: "de l'ouverture des soumissions", en: 'of the opening of bids' },
    sameAsReceipt: 'openingSameAsReceipt',
    sameDateAsReceipt: 'openingSameDate',
    besides: { item: 'receipt', what: { fr: 'de la réception des soumissions', en: 'for the receipt of bids' } },
  },
  {
    fr: "L'avis indique le lieu, la date et l'heure de l'ouverture des soumissions.",
    en: 'The notice states the place, date and time of the opening of bids.',
  },
);
