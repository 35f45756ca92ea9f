import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import type { ProductionFacts } from './domain/rule-inputs';
import { outputByOperation, type Operation } from './domain/progress';
import { piecesOut } from './domain/subcontract';
import { checkShipment } from '../shipping/domain/tolerance';
import { toleranceOf } from '../shipping/tolerance';
import { linkedTo } from '../../platform/db/links';

export interface ReportRow {
  id: number;
  date: string;
  operation: Operation;
  goodQty: number;
  defectQty: number | null;
  line: { id: number; documentId: string; name: string } | null;
}

export interface JobRow {
  documentId: string;
  process: string;
  qtySent: number | null;
  qtyReceived: number | null;
  defects: number | null;
  sentAt: string | null;
  receivedAt: string | null;
  dueDate: string | null;
  status: string;
  supplier: { code: string; name: string } | null;
}

export const loadReports = (strapi: Core.Strapi, orderId: number) =>
  strapi.db.query(UID.productionReport).findMany({
    where: { ...linkedTo(strapi, UID.productionReport, 'order', orderId) },
    select: ['id', 'date', 'operation', 'goodQty', 'defectQty'],
    populate: { line: { select: ['id', 'documentId', 'name'] } },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  }) as Promise<ReportRow[]>;

export const loadJobs = (strapi: Core.Strapi, orderId: number) =>
  strapi.db.query(UID.subcontractJob).findMany({
    where: { ...linkedTo(strapi, UID.subcontractJob, 'order', orderId) },
    select: ['documentId', 'process', 'qtySent', 'qtyReceived', 'defects', 'sentAt', 'receivedAt', 'dueDate', 'status'],
    populate: { supplier: { select: ['code', 'name'] } },
    orderBy: [{ id: 'asc' }],
  }) as Promise<JobRow[]>;

/** What the production rules read: output per operation and pieces still out at subcontractors. */
export async function loadProductionFacts(
  strapi: Core.Strapi,
  orderId: number,
  ordered: number
): Promise<ProductionFacts> {
  const [reports, jobs, tolerance] = await Promise.all([
    loadReports(strapi, orderId),
    loadJobs(strapi, orderId),
    toleranceOf(strapi, orderId),
  ]);
  return {
    ordered,
    // The least that may ship: the order less its under-tolerance (短装).
    minimumToShip: checkShipment(ordered, tolerance, null).allowedMin,
    output: outputByOperation(reports),
    jobsOut: jobs.map((job) => ({
      supplier: job.supplier?.name ?? 'unknown subcontractor',
      process: job.process,
      out: piecesOut(job),
      dueDate: job.dueDate,
    })),
  };
}
