import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { isWrite, type DocumentCall, type Guard } from './guard';
import { orderGuard } from './order';
import { orderLineGuard } from './order-line';
import { customerGuard, sizeScaleGuard, styleGuard, supplierGuard } from './parties';
import {
  bomLineGuard,
  materialGuard,
  materialIssueGuard,
  materialReceiptGuard,
  purchaseOrderGuard,
  purchaseOrderLineGuard,
  supplementRequestGuard,
} from './materials';
import {
  productionExceptionGuard,
  productionLineGuard,
  productionReportGuard,
  subcontractJobGuard,
} from './production';
import {
  backendTrimGuard,
  bookingGuard,
  completionReportGuard,
  finalInspectionGuard,
  packingListGuard,
  toleranceRuleGuard,
} from './shipping';
import { appendOnlyGuard, departmentGuard, workflowStageGuard } from './workflow';
import { complaintGuard, sampleGuard } from './after-sales';
import { notificationGuard, orderMilestoneGuard, productionSettingGuard, taTemplateGuard } from './time-and-action';

const GUARDS: Record<string, Guard> = {
  [UID.customer]: customerGuard,
  [UID.supplier]: supplierGuard,
  [UID.sizeScale]: sizeScaleGuard,
  [UID.style]: styleGuard,
  [UID.order]: orderGuard,
  [UID.orderLine]: orderLineGuard,
  [UID.workflowStage]: workflowStageGuard,
  [UID.department]: departmentGuard,
  [UID.orderHistory]: appendOnlyGuard,
  [UID.signoff]: appendOnlyGuard,
  [UID.material]: materialGuard,
  [UID.bomLine]: bomLineGuard,
  [UID.purchaseOrder]: purchaseOrderGuard,
  [UID.purchaseOrderLine]: purchaseOrderLineGuard,
  [UID.materialReceipt]: materialReceiptGuard,
  [UID.materialIssue]: materialIssueGuard,
  [UID.supplementRequest]: supplementRequestGuard,
  [UID.productionLine]: productionLineGuard,
  [UID.productionReport]: productionReportGuard,
  [UID.productionException]: productionExceptionGuard,
  [UID.subcontractJob]: subcontractJobGuard,
  [UID.orderRevision]: appendOnlyGuard,
  [UID.toleranceRule]: toleranceRuleGuard,
  [UID.packingList]: packingListGuard,
  [UID.backendTrim]: backendTrimGuard,
  [UID.booking]: bookingGuard,
  [UID.finalInspection]: finalInspectionGuard,
  [UID.completionReport]: completionReportGuard,
  [UID.sample]: sampleGuard,
  [UID.complaint]: complaintGuard,
  [UID.orderDocument]: appendOnlyGuard,
  [UID.taTemplate]: taTemplateGuard,
  [UID.productionSetting]: productionSettingGuard,
  [UID.orderMilestone]: orderMilestoneGuard,
  [UID.notification]: notificationGuard,
  [UID.auditEntry]: appendOnlyGuard,
  [UID.ruleWaiver]: appendOnlyGuard,
};

/**
 * Registers the invariants as one document-service middleware, so they hold for
 * REST, the admin content manager and any code calling `strapi.documents()`.
 * Each guarded write runs in one transaction: a broken rule rolls it back whole.
 */
export function registerInvariants(strapi: Core.Strapi): void {
  strapi.documents.use((async (call: DocumentCall, next: () => Promise<unknown>) => {
    const guard = GUARDS[call.uid];
    if (!guard || !isWrite(call.action)) return next();
    return strapi.db.transaction(({ trx }) => guard({ strapi, call, trx, next }));
  }) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}
