import { receiptPeriodRule } from './minimumPeriod.js';

export const deadlineReceiptPeriod = receiptPeriodRule({
  id: 'deadline-receipt-period',
  citation: '4.6°',
  minimumDays: 15,
  appliesTo: ['appel-offres', 'avis'],
  relaxedBelowThreshold: true,
  what: { fr: 'des soumissions', en: 'for bids' },
});
