import type { Core } from '@strapi/strapi';
import {
  COMPLAINT_FILTERABLE,
  complaintView,
  JOB_FILTERABLE,
  ORDER_FILTERABLE,
  orderView,
  PO_FILTERABLE,
  PO_LINE_FILTERABLE,
  purchaseOrderLineView,
  purchaseOrderView,
  SAMPLE_FILTERABLE,
  sampleView,
  subcontractJobView,
} from './domain/views';

type Row = Record<string, unknown> & { id: number };

/** One portal resource: what it populates, what may be filtered, how it is shown. */
export interface PortalResource {
  uid: string;
  filterable: readonly string[];
  populate: Record<string, unknown>;
  project: (strapi: Core.Strapi, rows: Row[]) => Promise<unknown[]>;
}

const each = (view: (row: Row) => unknown) => async (_strapi: Core.Strapi, rows: Row[]) => rows.map(view);

/** Orders also show their booking dates and final inspection results, read for the orders already in scope. */
async function projectOrders(strapi: Core.Strapi, rows: Row[]) {
  const ids = rows.map((row) => row.id);
  const [bookings, inspections] = (await Promise.all([
    strapi.db
      .query('api::booking.booking')
      .findMany({ where: { order: { id: { $in: ids } } }, populate: { order: { select: ['id'] } } }),
    strapi.db.query('api::final-inspection.final-inspection').findMany({
      where: { order: { id: { $in: ids } } },
      populate: { order: { select: ['id'] } },
      orderBy: [{ inspectedAt: 'asc' }, { id: 'asc' }],
    }),
  ])) as [Array<Row & { order: { id: number } | null }>, Array<Row & { order: { id: number } | null }>];
  return rows.map((row) =>
    orderView(row, {
      booking: bookings.find((booking) => booking.order?.id === row.id) ?? null,
      finalInspections: inspections.filter((inspection) => inspection.order?.id === row.id),
    })
  );
}

export const PORTAL_RESOURCES: Record<string, PortalResource> = {
  'api::order.order': {
    uid: 'api::order.order',
    filterable: ORDER_FILTERABLE,
    populate: { style: { fields: ['styleNo', 'description'] }, lines: { fields: ['colour', 'size', 'quantity'] } },
    project: projectOrders,
  },
  'api::sample.sample': {
    uid: 'api::sample.sample',
    filterable: SAMPLE_FILTERABLE,
    populate: { style: { fields: ['styleNo', 'description'] }, order: { fields: ['poNumber'] }, photos: true },
    project: each(sampleView),
  },
  'api::complaint.complaint': {
    uid: 'api::complaint.complaint',
    filterable: COMPLAINT_FILTERABLE,
    populate: { order: { fields: ['poNumber'] } },
    project: each(complaintView),
  },
  'api::purchase-order.purchase-order': {
    uid: 'api::purchase-order.purchase-order',
    filterable: PO_FILTERABLE,
    populate: { lines: { populate: { material: { fields: ['code', 'name', 'unit'] } } } },
    project: each(purchaseOrderView),
  },
  'api::purchase-order-line.purchase-order-line': {
    uid: 'api::purchase-order-line.purchase-order-line',
    filterable: PO_LINE_FILTERABLE,
    populate: { material: { fields: ['code', 'name', 'unit'] }, purchaseOrder: { fields: ['poNumber', 'status'] } },
    project: each(purchaseOrderLineView),
  },
  'api::subcontract-job.subcontract-job': {
    uid: 'api::subcontract-job.subcontract-job',
    filterable: JOB_FILTERABLE,
    populate: { order: { fields: ['poNumber'] } },
    project: each(subcontractJobView),
  },
};
