import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../../platform/constants';
import { isCommitted } from '../changes/guards';
import type { Channel } from '../orders/domain/order-header';
import { planPurchaseOrders, type OrderFact, type PoFacts, type PoImportPlan, type StyleFact } from './domain/po-plan';
import type { PoMapping } from './domain/po-mapping';
import { readPurchaseOrders } from './domain/po-sheet';
import type { Sheet } from './domain/sheet';
import type { CommittedOrder } from './contracts';

/**
 * The buyer's PO sheet against the database: the facts the dry run reads
 * (the customer's styles and scales, the orders the sheet names) and the
 * commit that writes the plan through the same services as the API — the
 * order guards, the size-breakdown endpoint's service and the change engine.
 */

export interface CustomerRef {
  id: number;
  documentId: string;
  name: string;
  market: string | null;
  channel: Channel | null;
}

const day = (value: unknown) => (value ? String(value).slice(0, 10) : null);

/** Every size of every size scale: how a grid's size header row is recognised. */
export async function knownSizes(strapi: Core.Strapi): Promise<string[]> {
  const scales = (await strapi.db.query(UID.sizeScale).findMany({
    select: ['id'],
    populate: { sizes: { select: ['code'] } },
  })) as Array<{ sizes: Array<{ code: string }> | null }>;
  return [...new Set(scales.flatMap((scale) => (scale.sizes ?? []).map((size) => size.code)))];
}

export async function loadCustomer(strapi: Core.Strapi, documentId: unknown): Promise<CustomerRef> {
  const customer =
    typeof documentId === 'string' && documentId
      ? ((await strapi.db.query(UID.customer).findOne({
          where: { documentId },
          select: ['id', 'documentId', 'name', 'market', 'channel'],
        })) as CustomerRef | null)
      : null;
  if (!customer)
    throw new errors.ValidationError('customer: the customer whose sheet this is is required (its documentId)', {
      errors: [
        {
          path: ['customer'],
          message: 'the customer whose sheet this is is required (its documentId)',
          name: 'ValidationError',
          value: documentId ?? null,
        },
      ],
    });
  return customer;
}

async function loadFacts(strapi: Core.Strapi, customer: CustomerRef, poNumbers: string[]): Promise<PoFacts> {
  const styles = (await strapi.db.query(UID.style).findMany({
    where: { customer: { id: customer.id } },
    select: ['documentId', 'styleNo'],
    populate: { sizeScale: { select: ['id'], populate: { sizes: { select: ['code'] } } } },
  })) as Array<{ documentId: string; styleNo: string; sizeScale: { sizes: Array<{ code: string }> | null } | null }>;
  const wanted = [...new Set(poNumbers.map((po) => po.trim()).filter(Boolean))];
  const rows = wanted.length
    ? ((await strapi.db.query(UID.order).findMany({
        where: { customer: { id: customer.id }, $or: wanted.map((po) => ({ poNumber: { $eqi: po } })) },
        select: [
          'documentId',
          'poNumber',
          'stage',
          'orderDate',
          'exFactoryDate',
          'fobPrice',
          'currency',
          'market',
          'shipMode',
        ],
        populate: { style: { select: ['styleNo'] }, lines: { select: ['colour', 'size', 'quantity'] } },
      })) as Array<
        Record<string, unknown> & {
          documentId: string;
          poNumber: string;
          stage: string | null;
          style: { styleNo: string } | null;
          lines: OrderFact['lines'];
        }
      >)
    : [];
  const orders: OrderFact[] = [];
  for (const row of rows)
    orders.push({
      documentId: row.documentId,
      poNumber: row.poNumber,
      committed: await isCommitted(strapi, row.stage),
      styleNo: row.style?.styleNo ?? null,
      fields: {
        orderDate: day(row.orderDate),
        exFactoryDate: day(row.exFactoryDate),
        fobPrice: row.fobPrice === null || row.fobPrice === undefined ? null : String(Number(row.fobPrice)),
        currency: row.currency,
        market: row.market,
        shipMode: row.shipMode,
      },
      lines: row.lines.map(({ colour, size, quantity }) => ({ colour, size, quantity })),
    });
  return {
    customer,
    styles: styles.map<StyleFact>((style) => {
      const sizes = style.sizeScale?.sizes?.map((size) => size.code) ?? [];
      return { documentId: style.documentId, styleNo: style.styleNo, sizes: sizes.length ? sizes : null };
    }),
    orders,
    today: new Date().toISOString().slice(0, 10),
  };
}

/** The dry run: the sheets read with the mapping and checked against what Gendan holds; nothing is written. */
export async function dryRunPurchaseOrders(
  strapi: Core.Strapi,
  sheets: readonly Sheet[],
  mapping: PoMapping,
  customer: CustomerRef,
  sizes: readonly string[]
): Promise<PoImportPlan> {
  const read = readPurchaseOrders(sheets, mapping, sizes);
  const facts = await loadFacts(
    strapi,
    customer,
    read.drafts.map((draft) => draft.poNumber?.value ?? '')
  );
  const plan = planPurchaseOrders(read.drafts, facts);
  return { ...plan, findings: [...read.findings, ...plan.findings] };
}

/**
 * Writes the plan, inside the caller's transaction: a new PO is created with
 * its lines; a stored one gets its changed header fields and its breakdown
 * through the same services as the API, so a committed order changes by
 * revision with the reason given.
 */
export async function commitPurchaseOrders(
  strapi: Core.Strapi,
  plan: PoImportPlan,
  customer: CustomerRef,
  reason: string | null,
  onProgress: (lines: number) => void = () => undefined
): Promise<CommittedOrder[]> {
  const lines = strapi.service('api::order.order-lines') as unknown as {
    replace: (
      documentId: string,
      wanted: PoImportPlan['orders'][number]['lines'],
      reason?: string | null
    ) => Promise<unknown>;
  };
  const revisionsOf = async (documentId: string) =>
    (
      (await strapi.db.query(UID.orderRevision).findMany({
        where: { order: { documentId } },
        select: ['number'],
      })) as Array<{ number: number }>
    ).map((r) => r.number);
  const done: CommittedOrder[] = [];
  for (const order of plan.orders) {
    if (order.action === 'unchanged') {
      if (order.ratio) await keepRatio(strapi, order.documentId!, order.ratio);
      done.push({
        poNumber: order.poNumber,
        documentId: order.documentId!,
        action: 'unchanged',
        revisions: [],
        pieces: order.pieces,
      });
      continue;
    }
    let documentId = order.documentId;
    const before = documentId ? await revisionsOf(documentId) : [];
    if (order.action === 'create') {
      const created = (await strapi.documents(UID.order).create({
        data: {
          poNumber: order.poNumber,
          customer: customer.documentId,
          style: order.style.documentId,
          ...order.data,
          ...(order.ratio ? { prepackRatio: order.ratio } : {}),
        } as never,
      })) as { documentId: string };
      documentId = created.documentId;
      await lines.replace(documentId, order.lines);
    } else {
      const fields = Object.fromEntries(
        order.fieldChanges.map((change) =>
          change.field === 'style'
            ? ['style', order.style.documentId]
            : [change.field, (order.data as Record<string, unknown>)[change.field]]
        )
      );
      if (order.fieldChanges.length > 0)
        await strapi.documents(UID.order).update({
          documentId: documentId!,
          data: { ...fields, ...(order.revision ? { revisionReason: reason } : {}) } as never,
        });
      if (order.lineChanges.length > 0) await lines.replace(documentId!, order.lines, order.revision ? reason : null);
    }
    if (order.ratio && order.action !== 'create') await keepRatio(strapi, documentId!, order.ratio);
    const after = await revisionsOf(documentId!);
    done.push({
      poNumber: order.poNumber,
      documentId: documentId!,
      action: order.action === 'create' ? 'created' : 'changed',
      revisions: after.filter((n) => !before.includes(n)).sort((a, b) => a - b),
      pieces: order.pieces,
    });
    onProgress(order.lines.length);
  }
  return done;
}

/** The buyer's prepack set on the order, for ratio packing: written when the sheet's Ratio row says otherwise. */
async function keepRatio(strapi: Core.Strapi, documentId: string, ratio: Record<string, number>) {
  const stored = (await strapi.db.query(UID.order).findOne({ where: { documentId }, select: ['prepackRatio'] })) as {
    prepackRatio: unknown;
  } | null;
  if (JSON.stringify(stored?.prepackRatio ?? null) === JSON.stringify(ratio)) return;
  await strapi.documents(UID.order).update({ documentId, data: { prepackRatio: ratio } as never });
}
