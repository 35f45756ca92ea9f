import type { Core } from '@strapi/strapi';
import { addDays, format } from 'date-fns';
import { UID } from '../../platform/constants';
import {
  DEMO_CUSTOMERS,
  DEMO_ORDERS,
  DEMO_SIZE_SCALES,
  DEMO_STYLES,
  DEMO_SUPPLIERS,
  spreadOverSizes,
} from './demo-data';
import { createDemoBom, ensureDemoMaterials, materialHooks, openPurchasing } from '../materials/demo';
import { demoException, ensureDemoLines, ongoingProduction, productionHooks } from '../production/demo';
import { shippingHooks } from '../shipping/demo';
import { demoComplaints, demoRevisions, loadDemoSamples } from '../after-sales/demo';
import { replayHistory } from './replay-history';
import { ensureDemoPortalUsers } from '../portal/demo';
import { demoSampleApprovals } from '../time-and-action/demo';
import { getService } from '../../platform/http/services';

export interface SeedReport {
  created: Record<'customers' | 'suppliers' | 'sizeScales' | 'styles' | 'orders' | 'portalUsers', number>;
}

type Found = { documentId: string } | null;

/**
 * Loads the demo factory through the document service (so every invariant
 * applies, as for a user's own data). Idempotent: a record whose natural key
 * already exists is left as it is — a user's edits are never overwritten.
 */
export async function loadDemoData(strapi: Core.Strapi, today = new Date()): Promise<SeedReport> {
  const report: SeedReport = {
    created: { customers: 0, suppliers: 0, sizeScales: 0, styles: 0, orders: 0, portalUsers: 0 },
  };
  const day = (offset: number) => format(addDays(today, offset), 'yyyy-MM-dd');
  const findFirst = (uid: string, filters: Record<string, unknown>) =>
    strapi.documents(uid as never).findFirst({ filters, fields: ['documentId'] } as never) as Promise<Found>;
  const create = async (uid: string, data: Record<string, unknown>) =>
    ((await strapi.documents(uid as never).create({ data } as never)) as { documentId: string }).documentId;

  const scales = new Map<string, { documentId: string; sizes: string[] }>();
  for (const scale of DEMO_SIZE_SCALES) {
    let found = await findFirst(UID.sizeScale, { name: scale.name });
    if (!found) {
      found = {
        documentId: await create(UID.sizeScale, { name: scale.name, sizes: scale.sizes.map((code) => ({ code })) }),
      };
      report.created.sizeScales += 1;
    }
    scales.set(scale.name, { documentId: found.documentId, sizes: scale.sizes });
  }

  const customers = new Map<string, string>();
  for (const customer of DEMO_CUSTOMERS) {
    let found = await findFirst(UID.customer, { code: customer.code });
    if (!found) {
      found = { documentId: await create(UID.customer, { ...customer }) };
      report.created.customers += 1;
    }
    customers.set(customer.code, found.documentId);
  }

  const suppliers = new Map<string, string>();
  for (const supplier of DEMO_SUPPLIERS) {
    let found = await findFirst(UID.supplier, { code: supplier.code });
    if (!found) {
      found = {
        documentId: await create(UID.supplier, { ...supplier, kinds: supplier.kinds.map((kind) => ({ kind })) }),
      };
      report.created.suppliers += 1;
    }
    suppliers.set(supplier.code, found.documentId);
  }
  const materials = await ensureDemoMaterials(strapi, suppliers, create);
  const productionLines = await ensureDemoLines(strapi, suppliers, create);

  const styles = new Map<string, { documentId: string; sizes: string[] }>();
  for (const style of DEMO_STYLES) {
    const customer = customers.get(style.customer)!;
    const scale = scales.get(style.sizeScale)!;
    let found = await findFirst(UID.style, { styleNo: style.styleNo, customer: { documentId: customer } });
    if (!found) {
      found = {
        documentId: await create(UID.style, {
          styleNo: style.styleNo,
          description: style.description,
          category: style.category,
          customer,
          sizeScale: scale.documentId,
        }),
      };
      report.created.styles += 1;
    }
    styles.set(`${style.customer}/${style.styleNo}`, { documentId: found.documentId, sizes: scale.sizes });
  }

  const lines = getService(strapi, 'api::order.order-lines');
  for (const [index, order] of DEMO_ORDERS.entries()) {
    const customer = customers.get(order.customer)!;
    if (await findFirst(UID.order, { poNumber: order.poNumber, customer: { documentId: customer } })) continue;
    const style = styles.get(`${order.customer}/${order.styleNo}`)!;
    await strapi.db.transaction(async () => {
      const documentId = await create(UID.order, {
        poNumber: order.poNumber,
        customer,
        style: style.documentId,
        season: order.season,
        market: order.market,
        fobPrice: order.fobPrice,
        currency: order.currency,
        orderDate: day(order.orderDay),
        exFactoryDate: day(order.exFactoryDay),
        materialIssueDate: order.materialIssueDay === undefined ? undefined : day(order.materialIssueDay),
        shipMode: order.shipMode,
        requiresWashing: order.requiresWashing,
        requiresPrintOrEmbroidery: order.requiresPrintOrEmbroidery,
        notes: order.notes,
      });
      const breakdown = Object.entries(order.colours).flatMap(([colour, pieces]) =>
        spreadOverSizes(pieces, style.sizes, order.curve).map((cell) => ({ colour, ...cell }))
      );
      await lines.replace(documentId, breakdown);
      const purchasing = {
        order: documentId,
        poNumber: order.poNumber,
        orderDate: addDays(today, order.orderDay),
        required: await createDemoBom(order.styleNo, documentId, breakdown, materials, create),
        materials,
        create,
      };
      const production = {
        order: documentId,
        ordered: breakdown.reduce((sum, line) => sum + line.quantity, 0),
        line: productionLines[index % productionLines.length],
        demo: order,
        suppliers,
        create,
      };
      const materialsHook = materialHooks(purchasing);
      const productionHook = productionHooks(production);
      const shippingHook = shippingHooks({
        order: documentId,
        lines: breakdown,
        sizes: style.sizes,
        demo: order,
        create,
      });
      const openPos = async () => {
        if (order.purchasing) await openPurchasing(purchasing, order.purchasing, today);
      };
      await replayHistory(
        strapi,
        documentId,
        order,
        today,
        async (stage, at) => {
          await materialsHook(stage, at, strapi);
          await productionHook(stage, at);
          await shippingHook(stage, at);
        },
        order.cancelledAfter ? openPos : undefined
      );
      if (!order.cancelledAfter) await openPos();
      await ongoingProduction(production, today);
      if (order.openException) await demoException(strapi, documentId, today, create);
    });
    report.created.orders += 1;
  }
  if (report.created.orders > 0) {
    await strapi.db.transaction(async () => {
      await loadDemoSamples(strapi, today, customers, styles, create);
      await demoSampleApprovals(strapi, today);
      await demoRevisions(strapi, 'BRO-77304');
      await demoComplaints(strapi, today, create);
    });
  }
  report.created.portalUsers = await ensureDemoPortalUsers(strapi);
  return report;
}

/** Demo data loads on the first start of an empty development database, unless SEED_DEMO=false. */
export async function seedDemoOnFirstStart(strapi: Core.Strapi): Promise<void> {
  const wanted = process.env.SEED_DEMO ?? (strapi.config.get('environment') === 'production' ? 'false' : 'true');
  if (wanted === 'false') return;
  if ((await strapi.db.query(UID.customer).count()) > 0) return;
  const report = await loadDemoData(strapi);
  strapi.log.info(`Gendan demo data loaded: ${JSON.stringify(report.created)}`);
}
