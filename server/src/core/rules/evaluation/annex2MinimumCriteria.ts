import { minimumCriteria } from './minimumCriteria.js';

export const annex2MinimumCriteria = minimumCriteria(2);
