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
import { placeholderLeft } from './notice/placeholderLeft.js';
import { optionsSamePrice } from './notice/optionsSamePrice.js';
import { needsDescription } from './documents/needsDescription.js';
import { optionsDetail } from './documents/optionsDetail.js';
import { groupingParties } from './documents/grouping.js';
import { groupingMandatory } from './documents/groupingMandatory.js';
import { admissibilityConditions } from './documents/admissibilityConditions.js';
import { conformityConditions } from './documents/conformityConditions.js';
import { requiredDocuments } from './documents/requiredDocuments.js';
import { openingProcedure } from './documents/openingProcedure.js';
import { evaluationRules } from './documents/evaluationRules.js';
import { awardRule } from './documents/awardRule.js';
import { contractToSign } from './documents/contractToSign.js';
import { qualifications } from './admissibility/qualifications.js';
import { establishment } from './admissibility/establishment.js';
import { outsideAgreements } from './admissibility/outsideAgreements.js';
import { lateReceipt } from './conformity/lateReceipt.js';
import { missingDocument } from './conformity/missingDocument.js';
import { missingSignature } from './conformity/missingSignature.js';
import { uninitialledCorrection } from './conformity/uninitialledCorrection.js';
import { conditionalBid } from './conformity/conditionalBid.js';
import { priceQualityTogether } from './conformity/priceQualityTogether.js';
import { otherDesignatedCondition } from './conformity/otherDesignatedCondition.js';
import { multipleBids } from './conformity/multipleBids.js';
import { abnormallyLowPrice } from './conformity/abnormallyLowPrice.js';
import { tieBreak } from './award/tieBreak.js';
import { negotiation } from './award/negotiation.js';
import { abnormallyLowPriceMandatory } from './conformity/abnormallyLowPriceMandatory.js';
import { refusalClause } from './refusal/refusalClause.js';
import { seaoExclusive } from './distribution/seaoExclusive.js';
import { gridConsistency } from './evaluation/gridConsistency.js';
import { technicalPriceOnly, technicalQualitySectionIv } from './award/technicalServices.js';
import {
  architectureEngineeringQualityOnly,
  professionalPriceOnly,
  professionalQualityCriteria,
  separatePriceAndQuality,
} from './award/professionalServices.js';
import { minimumQualityAward, qualityPriceAward, qualityOnlyAward } from './award/awardRule.js';
import { qualityOnlyTariff } from './award/qualityOnlyTariff.js';
import { advertisingAmount, regionalisedProjectManager, secondStepInvitees } from './award/specialCalls.js';
import { committee } from './evaluation/committee.js';
import { committeeBlindToPrice } from './evaluation/committeeBlindToPrice.js';
import { bidValidity } from './amounts/bidValidity.js';
import { onDemandValue } from './amounts/onDemandValue.js';
import { equalityProgramme } from './amounts/equalityProgramme.js';
import { preferentialMarginMaximum, preferentialMarginStated } from './amounts/preferentialMargin.js';
import { revenuQuebecAttestation, revenuQuebecValidity } from './amounts/revenuQuebec.js';
import { annex1MinimumCriteria, annex2MinimumCriteria } from './evaluation/minimumCriteria.js';
import { annex1AcceptableLevel, annex2AcceptableLevel } from './evaluation/acceptableLevel.js';
import { annex1NoCompensation } from './evaluation/annex1Compensation.js';
import { weightsTotal } from './evaluation/weightsTotal.js';
import { scale } from './evaluation/scale.js';
import { criterionMinimum } from './evaluation/criterionMinimum.js';
import { finalScore } from './evaluation/finalScore.js';
import { adjustedPriceFormula } from './evaluation/adjustedPriceFormula.js';
import { kParameter } from './evaluation/kParameter.js';
import { receiptPeriod, qualificationPeriod } from './deadlines/receiptPeriod.js';
import { closingDay } from './deadlines/closingDay.js';
import { openingAtLimit } from './deadlines/openingAtLimit.js';
import { addendumNotice } from './deadlines/addendumNotice.js';
import { weekdayMismatch } from './dates/weekdayMismatch.js';
import { contradictsFrontMatter } from './dates/contradictsFrontMatter.js';
import { qualificationNoticeItems } from './qualification/noticeItems.js';
import { listValidity, yearlyRepublication } from './qualification/listValidity.js';
import { repetitiveAuthorisation, onDemandDuration } from './contract/duration.js';
import { receiptMismatch, openingMismatch } from './dossier/moments.js';
import { durationMismatch, renewalsMismatch } from './dossier/term.js';
import { numberMismatch, titleMismatch } from './dossier/identity.js';
import { amountMismatch, gridMismatch } from './dossier/consistency.js';

/** Every rule of the product, in the order of the regulation. */
export const RULES: readonly Rule[] = [
  amountMismatch,
  numberMismatch,
  publicBodyName,
  servicesDescription,
  titleMismatch,
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
  receiptMismatch,
  openingMismatch,
  noObligationToAccept,
  placeholderLeft,
  optionsSamePrice,
  needsDescription,
  durationMismatch,
  optionsDetail,
  renewalsMismatch,
  groupingParties,
  admissibilityConditions,
  conformityConditions,
  requiredDocuments,
  openingProcedure,
  evaluationRules,
  gridConsistency,
  gridMismatch,
  awardRule,
  contractToSign,
  groupingMandatory,
  qualifications,
  establishment,
  outsideAgreements,
  lateReceipt,
  missingDocument,
  missingSignature,
  uninitialledCorrection,
  conditionalBid,
  priceQualityTogether,
  otherDesignatedCondition,
  multipleBids,
  abnormallyLowPrice,
  abnormallyLowPriceMandatory,
  tieBreak,
  negotiation,
  refusalClause,
  addendumNotice,
  seaoExclusive,
  technicalPriceOnly,
  openingAtLimit,
  professionalQualityCriteria,
  separatePriceAndQuality,
  minimumQualityAward,
  qualityPriceAward,
  qualityOnlyAward,
  qualityOnlyTariff,
  architectureEngineeringQualityOnly,
  regionalisedProjectManager,
  secondStepInvitees,
  committeeBlindToPrice,
  committee,
  bidValidity,
  onDemandValue,
  technicalQualitySectionIv,
  professionalPriceOnly,
  advertisingAmount,
  qualificationPeriod,
  qualificationNoticeItems,
  listValidity,
  yearlyRepublication,
  repetitiveAuthorisation,
  onDemandDuration,
  equalityProgramme,
  preferentialMarginMaximum,
  preferentialMarginStated,
  revenuQuebecAttestation,
  revenuQuebecValidity,
  annex1MinimumCriteria,
  annex1AcceptableLevel,
  annex1NoCompensation,
  annex2MinimumCriteria,
  annex2AcceptableLevel,
  weightsTotal,
  scale,
  criterionMinimum,
  finalScore,
  adjustedPriceFormula,
  kParameter,
];
