import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';
import { linkedTo } from '../../../platform/db/links';
import { isoDay } from '../../calendar/domain/calendar-date';
import type { GetReconciliation } from '../../shipping/contracts';
import { packingTotals } from '../../shipping/domain/packing';
import type { CommercialInvoiceFacts } from '../domain/commercial-invoice-document';
import type { InspectionFact, InspectionReportFacts } from '../domain/inspection-report-document';
import type { ReconciliationFacts } from '../domain/reconciliation-document';
import { loadCartons, missingFacts } from './packing-list';
import type { OrderFacts } from './order';
import { issuedVersion } from './versions';
import { loadCompany } from './company';

const reconcile = async (strapi: Core.Strapi, order: OrderFacts) =>
  ((await strapi.service('api::order.order-shipping').reconciliation(order.documentId)) as GetReconciliation.Response)
    .data;

/** The invoice prints the final packing list's latest version at the FOB price, less what is over the ceiling. */
export async function loadInvoiceFacts(strapi: Core.Strapi, order: OrderFacts): Promise<CommercialInvoiceFacts> {
  const cartons = await loadCartons(strapi, order, 'final');
  const [reconciliation, { printed }, company] = await Promise.all([
    reconcile(strapi, order),
    issuedVersion(strapi, order.id, 'final-packing-list'),
    loadCompany(strapi),
  ]);
  const totals = packingTotals(cartons);
  return {
    order: { ...order.header, fobPrice: order.row.fobPrice, currency: order.row.currency },
    seller: company,
    version: printed?.version ?? 1,
    issuedOn: printed?.issuedOn ?? isoDay(new Date()),
    packed: reconciliation.lines
      .filter((line) => line.packed > 0)
      .map((line) => ({ colour: line.colour, size: line.size, quantity: line.packed })),
    cartons: totals.cartons,
    grossKg: totals.grossKg,
    netKg: totals.netKg,
    cbm: totals.cbm,
    excess: reconciliation.excessQuantity ?? 0,
  };
}

/** The statement prints once the goods shipped (the final packing list or the completion report says how many). */
export async function loadReconciliationFacts(strapi: Core.Strapi, order: OrderFacts): Promise<ReconciliationFacts> {
  const data = await reconcile(strapi, order);
  if (data.shipped === null)
    throw missingFacts(
      { en: `${order.header.poNumber} has not shipped yet`, zh: `${order.header.poNumber} 尚未出货` },
      ['the final packing list or the completion report']
    );
  const report = (await strapi.db.query(UID.completionReport as never).findOne({
    where: { ...linkedTo(strapi, UID.completionReport, 'order', order.id) },
    select: ['shippedAt', 'reportDate', 'planningSignedBy', 'tradeSignedBy', 'factoryManagerSignedBy'],
  })) as Record<string, string | null> | null;
  return {
    order: order.header,
    issuedOn: report?.reportDate ?? report?.shippedAt ?? isoDay(new Date()),
    currency: data.currency,
    fobPrice: data.fobPrice,
    ordered: data.ordered,
    shipped: data.shipped,
    shortOver: data.shortOver,
    shortOverPct: data.shortOverPct,
    within: data.within,
    tolerance: data.tolerance,
    orderedAmount: data.orderedAmount,
    payableQuantity: data.payableQuantity,
    excessQuantity: data.excessQuantity,
    invoiceAmount: data.invoiceAmount,
    excessValue: data.excessValue,
    shortShipmentValue: data.shortShipmentValue,
    lines: data.lines,
    completion: report
      ? {
          shippedAt: report.shippedAt,
          reportDate: report.reportDate,
          signedBy: [report.planningSignedBy, report.tradeSignedBy, report.factoryManagerSignedBy].filter(
            (name): name is string => Boolean(name)
          ),
        }
      : null,
  };
}

type Row = Record<string, unknown>;
const int = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The order's final inspections, oldest first; 409 before the first. */
export async function loadInspectionFacts(strapi: Core.Strapi, order: OrderFacts): Promise<InspectionReportFacts> {
  const rows = (await strapi.db.query(UID.finalInspection as never).findMany({
    where: { ...linkedTo(strapi, UID.finalInspection, 'order', order.id) },
    orderBy: [{ inspectedAt: 'asc' }, { id: 'asc' }],
    populate: { reinspectionOf: { select: ['id'] } },
  })) as Row[];
  if (rows.length === 0)
    throw missingFacts(
      { en: `${order.header.poNumber} has no final inspection yet`, zh: `${order.header.poNumber} 还没有尾查` },
      ['the final inspection']
    );
  const classOf = (row: Row, name: 'critical' | 'major' | 'minor') => ({
    aql: Number(row[`aql${name[0].toUpperCase()}${name.slice(1)}`] ?? 0),
    sampleSize: int(row[`${name}SampleSize`] ?? row.sampleSize),
    accept: int(row[`${name}Accept`]),
    reject: int(row[`${name}Reject`]),
    found: int(row[`${name}Found`]),
  });
  return {
    order: order.header,
    inspections: rows.map((row): InspectionFact => ({
      inspectedAt: (row.inspectedAt as string | null) ?? null,
      inspector: (row.inspector as string | null) ?? null,
      lotSize: Number(row.lotSize ?? 0),
      level: String(row.level ?? ''),
      severity: String(row.severity ?? 'normal'),
      codeLetter: (row.codeLetter as string | null) ?? null,
      cartonsPulled: int(row.cartonsPulled),
      result: (row.result as 'pass' | 'fail' | null) ?? null,
      reinspection: Boolean(row.reinspectionOf),
      classes: { critical: classOf(row, 'critical'), major: classOf(row, 'major'), minor: classOf(row, 'minor') },
      notes: (row.notes as string | null) ?? null,
    })),
  };
}
