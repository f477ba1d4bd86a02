import { momentRule } from './moments.js';

export const dossierOpeningMismatch = momentRule('opening', 'dossier-opening-mismatch');
