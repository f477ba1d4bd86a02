import { momentRule } from './moments.js';

export const dossierReceiptMismatch = momentRule('receipt', 'dossier-receipt-mismatch');
