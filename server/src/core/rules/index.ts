import type { Rule } from './rule.js';
import { publicBodyName } from './notice/publicBodyName.js';
import { servicesDescription } from './notice/servicesDescription.js';
import { optionsDescription } from './notice/optionsDescription.js';
import { bidSecurity } from './notice/bidSecurity.js';
import { intergovernmentalAgreements } from './notice/agreements.js';
import { information } from './notice/information.js';
import { seaoOnly } from './notice/seaoOnly.js';
import { receipt, opening } from './notice/receiptAndOpening.js';
import { noObligationToAccept } from './notice/noObligationToAccept.js';

/** Every rule of the product, in the order of the regulation. */
export const RULES: readonly Rule[] = [
  publicBodyName,
  servicesDescription,
  optionsDescription,
  bidSecurity,
  intergovernmentalAgreements,
  information,
  seaoOnly,
  receipt,
  opening,
  noObligationToAccept,
];
