import type { Core } from '@strapi/strapi';
import { refuseChangedDerived } from '../../platform/invariants/after-write';
import type { DocumentCall, GuardContext } from '../../platform/invariants/guard';
import { UID } from '../../platform/constants';
import { RECORD_TITLES, TITLED_TYPES, isTitledType, type TitleFacts, type TitledType } from './domain/record-titles';

type Row = { id: number; documentId: string } & Record<string, unknown>;

const ORDER = { order: { fields: ['poNumber'] } } as const;

/** What each title reads beyond the record itself. */
const POPULATE: Record<TitledType, Record<string, unknown>> = {
  'order-line': ORDER,
  'purchase-order-line': {
    ...ORDER,
    purchaseOrder: { fields: ['poNumber'] },
    material: { fields: ['code'] },
  },
  'material-receipt': {
    material: { fields: ['code'] },
    purchaseOrderLine: {
      fields: ['id'],
      populate: { purchaseOrder: { fields: ['poNumber'] }, material: { fields: ['code'] } },
    },
  },
  'material-issue': ORDER,
  'supplement-request': { ...ORDER, material: { fields: ['code'] } },
  'production-report': { ...ORDER, line: { fields: ['name'] } },
  'production-exception': ORDER,
  'subcontract-job': { ...ORDER, supplier: { fields: ['name'] } },
  'order-revision': ORDER,
  'packing-list': ORDER,
  booking: ORDER,
  'final-inspection': ORDER,
  'completion-report': ORDER,
  'order-document': ORDER,
  complaint: { ...ORDER, customer: { fields: ['name'] } },
  signoff: { ...ORDER, department: { fields: ['name'] } },
  'order-history': ORDER,
  'rule-waiver': ORDER,
  'backend-trim': ORDER,
  'order-milestone': ORDER,
};

const uidOf = (type: TitledType) => `api::${type}.${type}`;
const field = (value: unknown, name: string): string | null => {
  const inner = value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : null;
  return inner === null || inner === undefined ? null : String(inner);
};

/** Loads what one record's title reads and computes it. */
async function titleOf(strapi: Core.Strapi, type: TitledType, record: Row): Promise<string> {
  const line = record.purchaseOrderLine as Record<string, unknown> | null | undefined;
  const facts: TitleFacts = {
    record,
    orderPo: field(record.order, 'poNumber'),
    purchasePo: field(record.purchaseOrder, 'poNumber') ?? field(line?.purchaseOrder, 'poNumber'),
    materialCode: field(record.material, 'code') ?? field(line?.material, 'code'),
    supplierName: field(record.supplier, 'name'),
    customerName: field(record.customer, 'name'),
    lineName: field(record.line, 'name'),
    departmentName: field(record.department, 'name'),
  };
  if (type === 'signoff' || type === 'order-history') {
    const key = (record.toStage ?? record.stage) as string | null | undefined;
    if (key) {
      const stage = (await strapi.db
        .query(UID.workflowStage as never)
        .findOne({ where: { key }, select: ['name'] })) as { name?: string } | null;
      facts.stageName = stage?.name ?? null;
    }
  }
  if (type === 'packing-list') {
    // Every save of a packing list issues it again (the shipping guard): its title names the version.
    const orderId = (record.order as { id?: number } | null)?.id;
    const issued = orderId
      ? ((await strapi.db.query(UID.orderDocument as never).findMany({
          where: { order: { id: orderId }, kind: `${String(record.kind)}-packing-list` },
          select: ['version'],
          orderBy: { version: 'desc' },
          limit: 1,
        })) as Array<{ version: number }>)
      : [];
    facts.documentVersion = issued[0]?.version ?? null;
  }
  return RECORD_TITLES[type](facts);
}

/** Writes a record's title where it differs from the stored one (never through the document service: no guard, no audit). */
async function retitle(strapi: Core.Strapi, type: TitledType, where: Record<string, unknown>): Promise<string | null> {
  const uid = uidOf(type);
  const record = (await strapi.db.query(uid as never).findOne({ where, populate: POPULATE[type] })) as Row | null;
  if (!record) return null;
  const title = await titleOf(strapi, type, record);
  if (record.title !== title) await strapi.db.query(uid as never).update({ where: { id: record.id }, data: { title } });
  return title;
}

const typeOf = (uid: string) => uid.replace(/^api::[^.]+\./, '');

/**
 * Keeps every titled record's `title` (its main field in the Content Manager)
 * in step with its facts on every write path. Registered outside the guards, so
 * the title reads what the guards derived (a final inspection's result); in the
 * same transaction, so a refused write leaves no title behind.
 */
export function registerRecordTitles(strapi: Core.Strapi): void {
  strapi.documents.use((async (call: DocumentCall, next: () => Promise<unknown>) => {
    if (
      !call.uid.startsWith('api::') ||
      !(call.action === 'create' || call.action === 'update' || call.action === 'clone')
    )
      return next();
    if (call.uid in RENAMES) return retitleOnRename(strapi, call, next);
    const type = typeOf(call.uid);
    if (!isTitledType(type)) return next();
    return strapi.db.transaction(async ({ trx }) => {
      const context: GuardContext = { strapi, call, trx, next };
      await refuseChangedDerived(
        context,
        call.uid,
        ['title'],
        ['the title is made from the record and the records it points to', '标题由记录及其关联记录生成']
      );
      const result = (await next()) as Row | null;
      if (result?.documentId) {
        const title = await retitle(strapi, type, { documentId: result.documentId });
        if (title !== null) result.title = title;
      }
      return result;
    });
  }) as unknown as Parameters<Core.Strapi['documents']['use']>[0]);
}

/** A name other records carry in their titles, and the records that carry it (where: which point at the renamed one). */
interface Rename {
  field: string;
  dependents: ReadonlyArray<{ type: TitledType; where: (id: number) => Record<string, unknown> }>;
}
const via =
  (...path: string[]) =>
  (id: number): Record<string, unknown> =>
    path.reduceRight<Record<string, unknown>>((inner, step) => ({ [step]: inner }), { id });

const RENAMES: Readonly<Record<string, Rename>> = {
  [UID.order]: {
    field: 'poNumber',
    dependents: TITLED_TYPES.filter((type) => 'order' in POPULATE[type]).map((type) => ({ type, where: via('order') })),
  },
  [UID.purchaseOrder]: {
    field: 'poNumber',
    dependents: [
      { type: 'purchase-order-line', where: via('purchaseOrder') },
      { type: 'material-receipt', where: via('purchaseOrderLine', 'purchaseOrder') },
    ],
  },
  [UID.material]: {
    field: 'code',
    dependents: [
      { type: 'purchase-order-line', where: via('material') },
      { type: 'material-receipt', where: via('material') },
      { type: 'material-receipt', where: via('purchaseOrderLine', 'material') },
      { type: 'supplement-request', where: via('material') },
    ],
  },
  [UID.productionLine]: { field: 'name', dependents: [{ type: 'production-report', where: via('line') }] },
  [UID.supplier]: { field: 'name', dependents: [{ type: 'subcontract-job', where: via('supplier') }] },
  [UID.customer]: { field: 'name', dependents: [{ type: 'complaint', where: via('customer') }] },
  [UID.department]: { field: 'name', dependents: [{ type: 'signoff', where: via('department') }] },
};

/**
 * A renamed record's name follows into the titles that carry it: a corrected
 * PO number, material code, line, supplier, customer or department name
 * retitles its records, in the rename's transaction. (A renamed workflow
 * stage is left out: at scale it would retitle every order's history.)
 */
async function retitleOnRename(strapi: Core.Strapi, call: DocumentCall, next: () => Promise<unknown>) {
  const rename = RENAMES[call.uid];
  const { documentId, data } = call.params;
  if (!rename || call.action !== 'update' || !documentId || data?.[rename.field] === undefined) return next();
  return strapi.db.transaction(async () => {
    const read = () =>
      strapi.db
        .query(call.uid as never)
        .findOne({ where: { documentId }, select: ['id', rename.field] }) as Promise<Record<string, unknown> | null>;
    const before = await read();
    const result = await next();
    const after = await read();
    if (before && after && before[rename.field] !== after[rename.field]) {
      for (const { type, where } of rename.dependents) {
        const rows = (await strapi.db
          .query(uidOf(type) as never)
          .findMany({ where: where(Number(before.id)), select: ['id'] })) as Array<{ id: number }>;
        for (const row of rows) await retitle(strapi, type, { id: row.id });
      }
    }
    return result;
  });
}

/**
 * Gives every record without a title one — a database from before titles, or
 * records written around the document service. Batched; a no-op once done.
 */
export async function fillMissingTitles(strapi: Core.Strapi): Promise<number> {
  let written = 0;
  for (const type of TITLED_TYPES) {
    for (;;) {
      const rows = (await strapi.db
        .query(uidOf(type) as never)
        .findMany({ where: { title: { $null: true } }, select: ['id'], limit: 500 })) as Array<{ id: number }>;
      if (rows.length === 0) break;
      await strapi.db.transaction(async () => {
        for (const row of rows) if ((await retitle(strapi, type, { id: row.id })) !== null) written += 1;
      });
    }
  }
  if (written > 0) strapi.log.info(`[gendan] titled ${written} records`);
  return written;
}

/** Raised when the titles' wording changes, so the next start fills what the new version titles. */
const TITLES_VERSION = 1;
const TITLES_DONE = { type: 'core', name: 'gendan', key: 'record-titles-version' } as const;

/**
 * At start-up, once per titles version: a database from before titles gets
 * them in its first start; later starts skip the scan (at 100,000 orders the
 * daily reports alone are two million rows).
 */
export async function ensureRecordTitles(strapi: Core.Strapi): Promise<number> {
  if ((await strapi.store.get(TITLES_DONE)) === TITLES_VERSION) return 0;
  const written = await fillMissingTitles(strapi);
  await strapi.store.set({ ...TITLES_DONE, value: TITLES_VERSION });
  return written;
}
