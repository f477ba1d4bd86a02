import type { Rule } from './rule.js';
import { dossierEstimatedAmountMismatch } from './dossier/dossierEstimatedAmountMismatch.js';
import { dossierNumberMismatch } from './dossier/dossierNumberMismatch.js';
import { noticePublicBodyName } from './notice/noticePublicBodyName.js';
import { noticeServicesDescription } from './notice/noticeServicesDescription.js';
import { dossierTitleMismatch } from './dossier/dossierTitleMismatch.js';
import { noticeOptionsDescription } from './notice/noticeOptionsDescription.js';
import { noticeBidSecurity } from './notice/noticeBidSecurity.js';
import { noticeIntergovernmentalAgreements } from './notice/noticeIntergovernmentalAgreements.js';
import { noticeInformationContact } from './notice/noticeInformationContact.js';
import { noticeDocumentsOnlyThroughSeao } from './notice/noticeDocumentsOnlyThroughSeao.js';
import { noticeReceiptPlaceDateTime } from './notice/noticeReceiptPlaceDateTime.js';
import { noticeOpeningPlaceDateTime } from './notice/noticeOpeningPlaceDateTime.js';
import { deadlineReceiptPeriod } from './deadlines/deadlineReceiptPeriod.js';
import { deadlineClosingOnWorkingDay } from './deadlines/deadlineClosingOnWorkingDay.js';
import { dateWeekdayMismatch } from './dates/dateWeekdayMismatch.js';
import { dateContradictsFrontMatter } from './dates/dateContradictsFrontMatter.js';
import { dateAmbiguous } from './dates/dateAmbiguous.js';
import { dossierReceiptMismatch } from './dossier/dossierReceiptMismatch.js';
import { dossierOpeningMismatch } from './dossier/dossierOpeningMismatch.js';
import { noticeNoObligationToAccept } from './notice/noticeNoObligationToAccept.js';
import { noticePlaceholderLeft } from './notice/noticePlaceholderLeft.js';
import { optionsSamePriceAndNature } from './notice/optionsSamePriceAndNature.js';
import { documentsNeedsDescription } from './documents/documentsNeedsDescription.js';
import { dossierContractDurationMismatch } from './dossier/dossierContractDurationMismatch.js';
import { documentsOptionsDescription } from './documents/documentsOptionsDescription.js';
import { dossierRenewalsMismatch } from './dossier/dossierRenewalsMismatch.js';
import { documentsGroupingParties } from './documents/documentsGroupingParties.js';
import { documentsAdmissibilityConditions } from './documents/documentsAdmissibilityConditions.js';
import { documentsConformityConditions } from './documents/documentsConformityConditions.js';
import { documentsRequiredDocumentsList } from './documents/documentsRequiredDocumentsList.js';
import { documentsOpeningProcedure } from './documents/documentsOpeningProcedure.js';
import { documentsEvaluationRules } from './documents/documentsEvaluationRules.js';
import { evaluationGridConsistency } from './evaluation/evaluationGridConsistency.js';
import { dossierGridMismatch } from './dossier/dossierGridMismatch.js';
import { documentsAwardRule } from './documents/documentsAwardRule.js';
import { documentsContractToSign } from './documents/documentsContractToSign.js';
import { documentsGroupingParticipationMandatory } from './documents/documentsGroupingParticipationMandatory.js';
import { admissibilityQualifications } from './admissibility/admissibilityQualifications.js';
import { admissibilityEstablishment } from './admissibility/admissibilityEstablishment.js';
import { admissibilityOutsideAgreementsMention } from './admissibility/admissibilityOutsideAgreementsMention.js';
import { rejectionLateReceipt } from './conformity/rejectionLateReceipt.js';
import { rejectionMissingDocument } from './conformity/rejectionMissingDocument.js';
import { rejectionMissingSignature } from './conformity/rejectionMissingSignature.js';
import { rejectionUninitialledPriceCorrection } from './conformity/rejectionUninitialledPriceCorrection.js';
import { rejectionConditionalBid } from './conformity/rejectionConditionalBid.js';
import { rejectionPriceQualityNotSeparate } from './conformity/rejectionPriceQualityNotSeparate.js';
import { rejectionOtherDesignatedConditions } from './conformity/rejectionOtherDesignatedConditions.js';
import { rejectionMultipleBids } from './conformity/rejectionMultipleBids.js';
import { rejectionAbnormallyLowPrice } from './conformity/rejectionAbnormallyLowPrice.js';
import { rejectionAbnormallyLowPriceDiscretionary } from './conformity/rejectionAbnormallyLowPriceDiscretionary.js';
import { tieBreakDrawingLots } from './award/tieBreakDrawingLots.js';
import { negotiationBeyondArticle15 } from './award/negotiationBeyondArticle15.js';
import { refusalClauseScope } from './refusal/refusalClauseScope.js';
import { addendumSevenDays } from './deadlines/addendumSevenDays.js';
import { documentsOnlyThroughSeao } from './distribution/documentsOnlyThroughSeao.js';
import { addendumOnlyThroughSeao } from './distribution/addendumOnlyThroughSeao.js';
import { technicalServicesPriceOnly } from './award/technicalServicesPriceOnly.js';
import { deadlineOpeningAtReceiptLimit } from './deadlines/deadlineOpeningAtReceiptLimit.js';
import { professionalServicesQualityCriteria } from './award/professionalServicesQualityCriteria.js';
import { professionalServicesSeparatePrice } from './award/professionalServicesSeparatePrice.js';
import { minimumQualityAwardRule } from './award/minimumQualityAwardRule.js';
import { qualityPriceAwardRule } from './award/qualityPriceAwardRule.js';
import { qualityOnlyAwardRule } from './award/qualityOnlyAwardRule.js';
import { qualityOnlyTariff } from './award/qualityOnlyTariff.js';
import { architectureEngineeringQualityOnly } from './award/architectureEngineeringQualityOnly.js';
import { regionalisedProjectManager } from './award/regionalisedProjectManager.js';
import { twoStepSecondStepInvitees } from './award/twoStepSecondStepInvitees.js';
import { committeeEvaluatesWithoutPrice } from './evaluation/committeeEvaluatesWithoutPrice.js';
import { selectionCommittee } from './evaluation/selectionCommittee.js';
import { bidValidityPeriod } from './amounts/bidValidityPeriod.js';
import { bidValidityMismatch } from './amounts/bidValidityMismatch.js';
import { bidSecurityAmountMismatch } from './amounts/bidSecurityAmountMismatch.js';
import { estimatedValueMismatch } from './amounts/estimatedValueMismatch.js';
import { onDemandApproximateValue } from './amounts/onDemandApproximateValue.js';
import { technicalServicesQualitySectionIv } from './award/technicalServicesQualitySectionIv.js';
import { professionalServicesPriceOnly } from './award/professionalServicesPriceOnly.js';
import { advertisingPredeterminedAmount } from './award/advertisingPredeterminedAmount.js';
import { deadlineQualificationPeriod } from './deadlines/deadlineQualificationPeriod.js';
import { qualificationNoticeItems } from './qualification/qualificationNoticeItems.js';
import { qualificationListValidity } from './qualification/qualificationListValidity.js';
import { qualificationYearlyRepublication } from './qualification/qualificationYearlyRepublication.js';
import { contractDurationAuthorisation } from './contract/contractDurationAuthorisation.js';
import { contractOnDemandDuration } from './contract/contractOnDemandDuration.js';
import { contractTermConsistency } from './contract/contractTermConsistency.js';
import { equalityProgrammeAttestation } from './amounts/equalityProgrammeAttestation.js';
import { preferentialMarginMaximum } from './amounts/preferentialMarginMaximum.js';
import { preferentialMarginStated } from './amounts/preferentialMarginStated.js';
import { revenuQuebecAttestation } from './amounts/revenuQuebecAttestation.js';
import { revenuQuebecAttestationValidity } from './amounts/revenuQuebecAttestationValidity.js';
import { annex1MinimumCriteria } from './evaluation/annex1MinimumCriteria.js';
import { annex1AcceptableLevel } from './evaluation/annex1AcceptableLevel.js';
import { annex1NoCompensation } from './evaluation/annex1NoCompensation.js';
import { annex2MinimumCriteria } from './evaluation/annex2MinimumCriteria.js';
import { annex2AcceptableLevel } from './evaluation/annex2AcceptableLevel.js';
import { annex2WeightsTotal } from './evaluation/annex2WeightsTotal.js';
import { annex2Scale } from './evaluation/annex2Scale.js';
import { annex2CriterionMinimum } from './evaluation/annex2CriterionMinimum.js';
import { annex2FinalScoreThreshold } from './evaluation/annex2FinalScoreThreshold.js';
import { annex2AdjustedPriceFormula } from './evaluation/annex2AdjustedPriceFormula.js';
import { annex2KParameter } from './evaluation/annex2KParameter.js';

/** Every rule of the product, in the order of the regulation. */
export const RULES: readonly Rule[] = [
  dossierEstimatedAmountMismatch,
  dossierNumberMismatch,
  noticePublicBodyName,
  noticeServicesDescription,
  dossierTitleMismatch,
  noticeOptionsDescription,
  noticeBidSecurity,
  bidSecurityAmountMismatch,
  noticeIntergovernmentalAgreements,
  noticeInformationContact,
  noticeDocumentsOnlyThroughSeao,
  noticeReceiptPlaceDateTime,
  noticeOpeningPlaceDateTime,
  deadlineReceiptPeriod,
  deadlineClosingOnWorkingDay,
  dateWeekdayMismatch,
  dateContradictsFrontMatter,
  dateAmbiguous,
  dossierReceiptMismatch,
  dossierOpeningMismatch,
  noticeNoObligationToAccept,
  noticePlaceholderLeft,
  optionsSamePriceAndNature,
  documentsNeedsDescription,
  dossierContractDurationMismatch,
  documentsOptionsDescription,
  dossierRenewalsMismatch,
  documentsGroupingParties,
  documentsAdmissibilityConditions,
  documentsConformityConditions,
  documentsRequiredDocumentsList,
  documentsOpeningProcedure,
  documentsEvaluationRules,
  evaluationGridConsistency,
  dossierGridMismatch,
  documentsAwardRule,
  documentsContractToSign,
  contractTermConsistency,
  documentsGroupingParticipationMandatory,
  admissibilityQualifications,
  admissibilityEstablishment,
  admissibilityOutsideAgreementsMention,
  rejectionLateReceipt,
  rejectionMissingDocument,
  rejectionMissingSignature,
  rejectionUninitialledPriceCorrection,
  rejectionConditionalBid,
  rejectionPriceQualityNotSeparate,
  rejectionOtherDesignatedConditions,
  rejectionMultipleBids,
  rejectionAbnormallyLowPrice,
  rejectionAbnormallyLowPriceDiscretionary,
  tieBreakDrawingLots,
  negotiationBeyondArticle15,
  refusalClauseScope,
  addendumSevenDays,
  documentsOnlyThroughSeao,
  addendumOnlyThroughSeao,
  technicalServicesPriceOnly,
  deadlineOpeningAtReceiptLimit,
  professionalServicesQualityCriteria,
  professionalServicesSeparatePrice,
  minimumQualityAwardRule,
  qualityPriceAwardRule,
  qualityOnlyAwardRule,
  qualityOnlyTariff,
  architectureEngineeringQualityOnly,
  regionalisedProjectManager,
  twoStepSecondStepInvitees,
  committeeEvaluatesWithoutPrice,
  selectionCommittee,
  bidValidityPeriod,
  bidValidityMismatch,
  onDemandApproximateValue,
  estimatedValueMismatch,
  technicalServicesQualitySectionIv,
  professionalServicesPriceOnly,
  advertisingPredeterminedAmount,
  deadlineQualificationPeriod,
  qualificationNoticeItems,
  qualificationListValidity,
  qualificationYearlyRepublication,
  contractDurationAuthorisation,
  contractOnDemandDuration,
  equalityProgrammeAttestation,
  preferentialMarginMaximum,
  preferentialMarginStated,
  revenuQuebecAttestation,
  revenuQuebecAttestationValidity,
  annex1MinimumCriteria,
  annex1AcceptableLevel,
  annex1NoCompensation,
  annex2MinimumCriteria,
  annex2AcceptableLevel,
  annex2WeightsTotal,
  annex2Scale,
  annex2CriterionMinimum,
  annex2FinalScoreThreshold,
  annex2AdjustedPriceFormula,
  annex2KParameter,
];
