import { minimumCriteria } from './minimumCriteria.js';

export const annex1MinimumCriteria = minimumCriteria(1);
