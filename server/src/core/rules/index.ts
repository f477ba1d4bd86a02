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
import { receiptPeriod, qualificationPeriod } from './deadlines/receiptPeriod.js';
import { closingDay } from './deadlines/closingDay.js';
import { openingAtLimit } from './deadlines/openingAtLimit.js';
import { addendumNotice } from './deadlines/addendumNotice.js';
import { weekdayMismatch } from './dates/weekdayMismatch.js';
import { contradictsFrontMatter } from './dates/contradictsFrontMatter.js';
import { qualificationNoticeItems } from './qualification/noticeItems.js';
import { listValidity, yearlyRepublication } from './qualification/listValidity.js';
import { repetitiveAuthorisation, onDemandDuration } from './contract/duration.js';

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
  receiptPeriod,
  closingDay,
  weekdayMismatch,
  contradictsFrontMatter,
  noObligationToAccept,
  addendumNotice,
  openingAtLimit,
  qualificationPeriod,
  qualificationNoticeItems,
  listValidity,
  yearlyRepublication,
  repetitiveAuthorisation,
  onDemandDuration,
];
