import { receiptPeriodRule } from './minimumPeriod.js';

export const deadlineQualificationPeriod = receiptPeriodRule({
  id: 'deadline-qualification-period',
  citation: '43.1°',
  minimumDays: 25,
  appliesTo: ['avis-qualification'],
  relaxedBelowThreshold: false,
  what: { fr: 'des demandes de qualification', en: 'for qualification requests' },
});
