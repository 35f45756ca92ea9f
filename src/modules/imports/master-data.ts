import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { labelKey } from './domain/po-mapping';
import {
  MASTER_TABLES,
  planMasterRecords,
  type MasterFacts,
  type MasterImportPlan,
  type MasterKind,
  type PlannedRecord,
  type StoredRecord,
} from './domain/master-import';
import type { Sheet } from './domain/sheet';
import { readTable, type TableMapping } from './domain/table';

/**
 * Master data against the database: the records the sheet names (by code,
 * a style by its number within its customer), the customers and suppliers it
 * refers to; the commit writes each record through the document service, so
 * the master data guards (unique codes, ISO markets, size scales) hold, and a
 * style's sizes become the size scale that has them or a new one.
 */

type Party = { id: number; documentId: string; code: string; name: string };

const byCodeAndName = (rows: Party[]) => {
  const map = new Map<string, { id: number; documentId: string; name: string }>();
  for (const row of rows) map.set(labelKey(row.name), row);
  for (const row of rows) map.set(labelKey(row.code), row);
  return map;
};

const FIELDS: Record<MasterKind, string[]> = {
  customers: [
    'code',
    'name',
    'market',
    'channel',
    'sampleFeePolicy',
    'documentLanguage',
    'toleranceUnderPct',
    'toleranceOverPct',
    'notes',
  ],
  suppliers: ['code', 'name', 'leadTimeDays'],
  materials: ['code', 'name', 'kind', 'construction', 'unit', 'widthCm', 'leadTimeDays'],
  styles: ['styleNo', 'description', 'category'],
};
const UIDS: Record<MasterKind, string> = {
  customers: UID.customer,
  suppliers: UID.supplier,
  materials: UID.material,
  styles: UID.style,
};

async function existingOf(strapi: Core.Strapi, kind: MasterKind, customerIds: number[]) {
  const populate: Record<string, unknown> =
    kind === 'suppliers'
      ? { kinds: true }
      : kind === 'materials'
        ? { defaultSupplier: { select: ['documentId'] } }
        : kind === 'styles'
          ? {
              customer: { select: ['documentId'] },
              sizeScale: { select: ['id'], populate: { sizes: { select: ['code'] } } },
            }
          : {};
  const rows = (await strapi.db.query(UIDS[kind] as never).findMany({
    where: kind === 'styles' ? { customer: { id: { $in: customerIds } } } : {},
    select: ['documentId', ...FIELDS[kind]],
    populate,
  })) as Array<Record<string, unknown> & { documentId: string }>;
  const existing = new Map<string, StoredRecord>();
  for (const row of rows) {
    const values: Record<string, unknown> = { ...row };
    if (kind === 'suppliers') values.kinds = ((row.kinds as Array<{ kind: string }> | null) ?? []).map((k) => k.kind);
    if (kind === 'materials') values.supplier = (row.defaultSupplier as { documentId: string } | null)?.documentId;
    if (kind === 'styles') {
      values.customer = (row.customer as { documentId: string } | null)?.documentId;
      values.sizes = ((row.sizeScale as { sizes: Array<{ code: string }> | null } | null)?.sizes ?? []).map(
        (size) => size.code
      );
    }
    const key =
      kind === 'styles'
        ? `${labelKey(String(row.styleNo))}|${String(values.customer ?? '')}`
        : labelKey(String(row.code));
    existing.set(key, { documentId: row.documentId, values });
  }
  return existing;
}

export async function dryRunMaster(
  strapi: Core.Strapi,
  kind: MasterKind,
  sheets: readonly Sheet[],
  mapping: TableMapping
): Promise<MasterImportPlan> {
  const read = readTable(sheets, MASTER_TABLES[kind], mapping);
  const parties = (uid: string) =>
    strapi.db.query(uid as never).findMany({ select: ['id', 'documentId', 'code', 'name'] }) as Promise<Party[]>;
  const facts: { -readonly [K in keyof MasterFacts]: MasterFacts[K] } = { existing: new Map() };
  if (kind === 'styles') facts.customers = byCodeAndName(await parties(UID.customer));
  if (kind === 'materials') facts.suppliers = byCodeAndName(await parties(UID.supplier));
  const customerIds = [...new Set([...(facts.customers?.values() ?? [])].map((c) => c.id))];
  facts.existing = await existingOf(strapi, kind, customerIds);
  const plan = planMasterRecords(kind, read.rows, facts);
  return { ...plan, findings: [...read.findings, ...plan.findings] };
}

/** The size scale holding exactly these sizes in this order, or a new one named by them. */
async function scaleFor(strapi: Core.Strapi, sizes: string[], made: Map<string, string>) {
  const signature = sizes.map(labelKey).join('/');
  if (made.has(signature)) return made.get(signature)!;
  const scales = (await strapi.db.query(UID.sizeScale).findMany({
    select: ['documentId', 'name'],
    populate: { sizes: { select: ['code'] } },
  })) as Array<{ documentId: string; name: string; sizes: Array<{ code: string }> | null }>;
  const found = scales.find((scale) => (scale.sizes ?? []).map((s) => labelKey(s.code)).join('/') === signature);
  let documentId = found?.documentId;
  if (!documentId) {
    const names = new Set(scales.map((scale) => labelKey(scale.name)));
    let name = sizes.join('/').slice(0, 120);
    for (let n = 2; names.has(labelKey(name)); n += 1) name = `${sizes.join('/').slice(0, 110)} (${n})`;
    const created = (await strapi.documents(UID.sizeScale).create({
      data: { name, sizes: sizes.map((code) => ({ code })) } as never,
    })) as { documentId: string };
    documentId = created.documentId;
  }
  made.set(signature, documentId);
  return documentId;
}

/** A record's data as its content type takes it: lists as components, names as relations. */
async function writable(
  strapi: Core.Strapi,
  kind: MasterKind,
  record: PlannedRecord,
  made: Map<string, string>
): Promise<Record<string, unknown>> {
  const { contactName, contactEmail, contactPhone, kinds, supplier, sizes, ...data } = record.data;
  const fields =
    record.action === 'create'
      ? data
      : Object.fromEntries(record.changes.filter((c) => c.field in data).map((c) => [c.field, data[c.field]]));
  if (record.action === 'create' && contactName)
    fields.contacts = [{ name: contactName, email: contactEmail ?? null, phone: contactPhone ?? null }];
  if (kinds !== undefined && (record.action === 'create' || record.changes.some((c) => c.field === 'kinds')))
    fields.kinds = (kinds as string[]).map((kind) => ({ kind }));
  if (supplier !== undefined && (record.action === 'create' || record.changes.some((c) => c.field === 'supplier')))
    fields.defaultSupplier = supplier;
  if (
    kind === 'styles' &&
    sizes !== undefined &&
    (record.action === 'create' || record.changes.some((c) => c.field === 'sizes'))
  )
    fields.sizeScale = await scaleFor(strapi, sizes as string[], made);
  return fields;
}

/** Writes the records in the caller's transaction; a refused record names its row. */
export async function commitMaster(
  strapi: Core.Strapi,
  kind: MasterKind,
  plan: MasterImportPlan,
  onProgress: (done: number) => void = () => undefined
): Promise<{ created: number; updated: number; unchanged: number }> {
  const documents = strapi.documents(UIDS[kind] as never);
  const made = new Map<string, string>();
  for (const record of plan.records) {
    if (record.action === 'unchanged') continue;
    try {
      const data = await writable(strapi, kind, record, made);
      if (record.action === 'create') await documents.create({ data: data as never });
      else await documents.update({ documentId: record.documentId!, data: data as never });
    } catch (error) {
      if (error instanceof Error) error.message = `row ${record.row} (${record.key}): ${error.message}`;
      throw error;
    }
    onProgress(1);
  }
  return { created: plan.summary.create, updated: plan.summary.update, unchanged: plan.summary.unchanged };
}
