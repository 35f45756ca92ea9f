import type { ChaseFacts, ReminderParams } from './due';

/** The reminder settings' defaults (the seed's windows), shared by the reminder tests. */
export const params: ReminderParams = {
  milestoneDueDays: 3,
  purchaseLeadDays: 3,
  inspectionWarningDays: 1,
  inspectionSlaDays: 3,
  sampleFollowUpDays: 7,
  completionReportDays: 3,
  cutoffWarningDays: 2,
};
/** Friday 27 November 2026. */
export const today = new Date(2026, 10, 27);
export const order = { documentId: 'o1', poNumber: 'PO-1', merchandiserId: 7 };
/** No facts at all: a test adds the kind it is about. */
export const none: ChaseFacts = {
  milestones: [],
  lateOrders: [],
  purchaseLines: [],
  receiptsAwaitingInspection: [],
  shippedWithoutReport: [],
  samples: [],
  bookings: [],
};
