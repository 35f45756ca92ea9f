import type { Core } from '@strapi/strapi';
import { loadOrderRisks } from '../../../../../modules/orders/risk';
import type { AtRiskOrder } from '../../../shared/contracts/dashboard';
import { onlyFilteredOrders } from './filters';
import { schemaOf } from './schema';
import type { Filters } from './types';

/**
 * Orders that will not make their ex-factory date, by the one risk answer
 * (production run rate and T&A slip combined) the reminders, the T&A
 * calendar and the workflow panel give too — kept to the dashboard filters.
 */
export async function atRiskOrders(strapi: Core.Strapi, filters: Filters, now: Date): Promise<AtRiskOrder[]> {
  const s = schemaOf(strapi);
  const rows = await loadOrderRisks(strapi, now, (column) => onlyFilteredOrders(s, filters, column));
  return rows
    .filter((row) => row.risk.atRisk)
    .map((row): AtRiskOrder => ({
      documentId: row.documentId,
      poNumber: row.poNumber,
      customer: row.customer,
      stage: row.stage,
      ordered: row.ordered,
      sewn: row.production.done,
      runRate: row.production.runRate,
      projectedReady: row.risk.projectedReady,
      exFactoryDate: row.exFactoryDate,
      daysLate: row.risk.daysLate,
      risk: row.risk.cause ?? 'too-slow',
      milestone: row.risk.milestone,
      idleDays: row.production.idleDays,
      cause: row.exception?.cause ?? null,
      action: row.exception?.action ?? null,
      owner: row.exception?.owner ?? null,
    }))
    .sort((a, b) => b.daysLate - a.daysLate || a.exFactoryDate.localeCompare(b.exFactoryDate));
}
