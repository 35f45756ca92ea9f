import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { ZodType } from 'zod';
import { violation, type Violation } from '../../platform/domain/violation';
import type { Actor } from '../workflow/domain/actor';
import type { ImportKind, ImportResult, ImportSummary } from './contracts';
import type { ImportFinding } from './domain/findings';
import { MASTER_TABLES, type MasterKind } from './domain/master-import';
import { PACKING_TABLE } from './domain/packing-import';
import { commitMaster, dryRunMaster } from './master-data';
import { poMappingSchema } from './domain/po-mapping';
import { proposePoMapping } from './domain/po-proposal';
import { REPORT_TABLE } from './domain/report-import';
import type { Sheet } from './domain/sheet';
import { headingsFit, proposeTableMapping, tableMappingSchema, withHeadings, type TableMapping } from './domain/table';
import { commitPackingLists, dryRunPackingLists } from './packing-lists';
import { commitReports, dryRunReports, reportLocks } from './production-reports';
import { commitPurchaseOrders, dryRunPurchaseOrders, knownSizes, type CustomerRef } from './purchase-orders';
import type { PoMapping } from './domain/po-mapping';
import type { PoImportPlan } from './domain/po-plan';

/**
 * What each kind of sheet brings to the one import engine: its mapping's
 * shape, the mapping it proposes for a layout never seen, its dry run (the
 * kind's rules against the database) and the write of what the dry run
 * planned. The engine does the rest the same for every kind: the file, its
 * limits and hash, the saved mapping, the import record, the transaction,
 * the background run and its progress.
 */

export interface WriteContext {
  strapi: Core.Strapi;
  trx: Knex.Transaction;
  customer: CustomerRef | null;
  reason: string | null;
  actor: Actor;
  onProgress: (done: number) => void;
}

export interface CheckedImport {
  findings: ImportFinding[];
  /** The kind's part of the summary the preview shows. */
  summary: Partial<ImportSummary>;
  /** Records the commit writes: above IMPORT_BACKGROUND_LINES it runs in the background. */
  work: number;
  /** Why the commit needs a reason (stored orders revised, filed reports corrected, a final list replaced), if it does. */
  reasonNeeded: Violation | null;
  /** Advisory locks the commit takes before checking again (the ones the kind's own API writes take). */
  locks: string[];
  write: (context: WriteContext) => Promise<ImportResult>;
}

export interface ImportKindHandler {
  kind: ImportKind;
  title: { en: string; zh: string };
  /** The sheet is a customer's (PO sheets): the import names the customer, and its mapping is saved per customer. */
  needsCustomer: boolean;
  schema: ZodType<unknown>;
  propose: (
    strapi: Core.Strapi,
    sheets: Sheet[]
  ) => Promise<{ mapping: unknown; found: Record<string, string>; missing: string[] }>;
  check: (
    strapi: Core.Strapi,
    sheets: Sheet[],
    mapping: unknown,
    customer: CustomerRef | null
  ) => Promise<CheckedImport>;
  /** Whether a saved mapping is for this workbook's layout (else Gendan proposes one); every saved one is, by default. */
  fits?: (sheets: Sheet[], mapping: unknown) => boolean;
  /** The mapping as it is saved after a commit (with what recognises the layout next time). */
  remember?: (sheets: Sheet[], mapping: unknown) => unknown;
}

/** Sheets under a heading row: a factory has several layouts (one per line supervisor), known by their headings. */
const tableLayout = {
  fits: (sheets: Sheet[], mapping: unknown) => headingsFit(sheets, mapping as TableMapping),
  remember: (sheets: Sheet[], mapping: unknown) => withHeadings(sheets, mapping as TableMapping),
};

const reasonFor = (count: number, rule: string, message: string, messageZh: string) =>
  count > 0 ? violation(['reason'], rule, message, messageZh) : null;

function poPreview(plan: PoImportPlan): ImportSummary['orders'] {
  return plan.orders.map((order) => ({
    action: order.action,
    sheet: order.sheet,
    at: order.at,
    poNumber: order.poNumber,
    documentId: order.documentId,
    styleNo: order.style.styleNo,
    exFactoryDate: order.data.exFactoryDate,
    pieces: order.pieces,
    lines: order.lines.length,
    revision: order.revision,
    fieldChanges: order.fieldChanges,
    lineChanges: order.lineChanges,
    ratio: order.ratio,
    cells: order.cells,
  }));
}

const purchaseOrders: ImportKindHandler = {
  kind: 'purchase-orders',
  title: { en: 'PO sheet', zh: '客户订单表' },
  needsCustomer: true,
  schema: poMappingSchema,
  propose: async (strapi, sheets) => {
    const proposed = proposePoMapping(sheets, await knownSizes(strapi));
    return { mapping: proposed.mapping, found: proposed.found as Record<string, string>, missing: proposed.missing };
  },
  check: async (strapi, sheets, mapping, customer) => {
    const plan = await dryRunPurchaseOrders(strapi, sheets, mapping as PoMapping, customer!, await knownSizes(strapi));
    return {
      findings: plan.findings,
      summary: { ...plan.summary, orders: poPreview(plan) },
      work: plan.summary.lines,
      reasonNeeded: reasonFor(
        plan.summary.revisions,
        'revision-reason',
        `${plan.summary.revisions} of the POs are past received: their change is an order revision and needs a reason (e.g. "buyer revised PO sheet")`,
        `其中 ${plan.summary.revisions} 个订单已过接单阶段:修改即为改单,须填写原因(如"客户修改了订单表")`
      ),
      locks: [],
      write: async ({ customer: owner, reason, onProgress }) => ({
        orders: await commitPurchaseOrders(strapi, plan, owner!, reason, onProgress),
      }),
    };
  },
};

/** A preview of at most this many rows is kept with the import (the summary counts them all). */
const PREVIEW_ROWS = 200;

const productionReports: ImportKindHandler = {
  kind: 'production-reports',
  title: { en: 'Daily output', zh: '生产日报' },
  needsCustomer: false,
  schema: tableMappingSchema,
  ...tableLayout,
  propose: async (_strapi, sheets) => proposeTableMapping(sheets, REPORT_TABLE),
  check: async (strapi, sheets, mapping, customer) => {
    const plan = await dryRunReports(strapi, sheets, mapping as TableMapping, customer?.id ?? null);
    const shown = [
      ...plan.reports.filter((report) => report.action === 'correct'),
      ...plan.reports.filter((report) => report.action === 'create'),
    ].slice(0, PREVIEW_ROWS);
    return {
      findings: plan.findings,
      summary: {
        reports: {
          ...plan.summary,
          preview: shown.map((report) => ({
            action: report.action,
            sheet: report.sheet,
            row: report.row,
            line: report.line.name,
            poNumber: report.order.poNumber,
            order: report.order.documentId,
            date: report.date,
            operation: report.operation,
            goodQty: report.goodQty,
            defectQty: report.defectQty,
            workers: report.workers,
            before: report.filed
              ? { goodQty: report.filed.goodQty, defectQty: report.filed.defectQty, workers: report.filed.workers }
              : null,
          })),
        },
      },
      work: plan.summary.create + plan.summary.corrections,
      reasonNeeded: reasonFor(
        plan.summary.correctionsWithoutReason,
        'correction-reason',
        `${plan.summary.correctionsWithoutReason} row(s) change reports already filed: a correction keeps the old figures and needs a reason (a Correction reason column, or the reason of the commit)`,
        `有 ${plan.summary.correctionsWithoutReason} 行修改了已提交的日报:更正会保留原数据,须填写原因(在"更正原因"列,或提交时填写)`
      ),
      locks: reportLocks(plan),
      write: async ({ trx, reason, actor, onProgress }) => ({
        reports: await commitReports(
          strapi,
          trx,
          plan,
          reason,
          actor.type === 'admin' && actor.id ? Number(actor.id) : null,
          onProgress
        ),
      }),
    };
  },
};

const packingLists: ImportKindHandler = {
  kind: 'packing-lists',
  title: { en: 'Final packing list', zh: '最终箱单' },
  needsCustomer: false,
  schema: tableMappingSchema,
  ...tableLayout,
  propose: async (strapi, sheets) => proposeTableMapping(sheets, PACKING_TABLE, await knownSizes(strapi)),
  check: async (strapi, sheets, mapping, customer) => {
    const plan = await dryRunPackingLists(strapi, sheets, mapping as TableMapping, customer?.id ?? null);
    return {
      findings: plan.findings,
      summary: {
        packing: {
          ...plan.summary,
          lists: plan.lists.map((list) => ({
            action: list.action,
            poNumber: list.order.poNumber,
            order: list.order.documentId,
            replaces: list.replaces,
            at: list.at,
            totals: list.totals,
            comparison: list.comparison,
          })),
        },
      },
      work: plan.lists.reduce((sum, list) => sum + list.cartons.length, 0),
      reasonNeeded: reasonFor(
        plan.summary.replacements,
        'replacement-reason',
        `${plan.summary.replacements} PO(s) have a final packing list already: replacing it issues a new version and needs a reason`,
        `有 ${plan.summary.replacements} 个订单已有最终箱单:替换会生成新版本,须填写原因`
      ),
      locks: [],
      write: async ({ reason, onProgress }) => ({
        packingLists: await commitPackingLists(strapi, plan, reason, onProgress),
      }),
    };
  },
};

/** Master data for a new factory's first day: one kind per record type, in the order they refer to each other. */
function masterData(kind: MasterKind, title: { en: string; zh: string }): ImportKindHandler {
  return {
    kind,
    title,
    needsCustomer: false,
    schema: tableMappingSchema,
    ...tableLayout,
    propose: async (_strapi, sheets) => proposeTableMapping(sheets, MASTER_TABLES[kind]),
    check: async (strapi, sheets, mapping) => {
      const plan = await dryRunMaster(strapi, kind, sheets, mapping as TableMapping);
      const shown = [
        ...plan.records.filter((record) => record.action !== 'unchanged'),
        ...plan.records.filter((record) => record.action === 'unchanged'),
      ].slice(0, PREVIEW_ROWS);
      return {
        findings: plan.findings,
        summary: {
          records: {
            ...plan.summary,
            preview: shown.map(({ action, sheet, row, key, documentId, changes }) => ({
              action,
              sheet,
              row,
              key,
              documentId,
              changes,
            })),
          },
        },
        work: plan.summary.create + plan.summary.update,
        reasonNeeded: null,
        locks: [],
        write: async ({ onProgress }) => ({ records: await commitMaster(strapi, kind, plan, onProgress) }),
      };
    },
  };
}

export const IMPORT_KIND_HANDLERS: Readonly<Record<ImportKind, ImportKindHandler>> = {
  'purchase-orders': purchaseOrders,
  'production-reports': productionReports,
  'packing-lists': packingLists,
  customers: masterData('customers', { en: 'Customers', zh: '客户' }),
  suppliers: masterData('suppliers', { en: 'Suppliers', zh: '供应商' }),
  materials: masterData('materials', { en: 'Materials', zh: '物料' }),
  styles: masterData('styles', { en: 'Styles', zh: '款式' }),
};
export const IMPORT_KINDS = Object.keys(IMPORT_KIND_HANDLERS) as ImportKind[];
