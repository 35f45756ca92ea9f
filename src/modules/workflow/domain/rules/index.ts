import {
  cuttingApproved,
  fabricInspectedInTime,
  materialsInHouse,
  materialsIssued,
  permitOrPreIssue,
} from '../../../materials/domain/rules';
import { productionComplete, subcontractReturned } from '../../../production/domain/rules';
import {
  bookingDocumentsComplete,
  completionSigned,
  finalInspectionPassed,
  shipmentWithinTolerance,
  simulatedPackingList,
  trimsReady,
} from '../../../shipping/domain/rules';
import { documentsCurrent } from '../../../changes/domain/rules';
import { noticeLeadTime, requiredFields, signoffsComplete, sizeBreakdownComplete } from './core-rules';
import { RuleRegistry } from './registry';

export * from './registry';

/** The registry of every rule Gendan knows. Capabilities add theirs here. */
export const createRuleRegistry = (): RuleRegistry =>
  new RuleRegistry()
    .register(sizeBreakdownComplete)
    .register(requiredFields)
    .register(noticeLeadTime)
    .register(signoffsComplete)
    .register(materialsInHouse)
    .register(fabricInspectedInTime)
    .register(cuttingApproved)
    .register(permitOrPreIssue)
    .register(materialsIssued)
    .register(productionComplete)
    .register(subcontractReturned)
    .register(simulatedPackingList)
    .register(trimsReady)
    .register(bookingDocumentsComplete)
    .register(finalInspectionPassed)
    .register(shipmentWithinTolerance)
    .register(completionSigned)
    .register(documentsCurrent);

export const SIGNOFFS_RULE = signoffsComplete.key;
