import { acceptableLevel } from './acceptableLevel.js';

export const annex2AcceptableLevel = acceptableLevel(2);
