import { acceptableLevel } from './acceptableLevel.js';

export const annex1AcceptableLevel = acceptableLevel(1);
