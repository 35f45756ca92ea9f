import type { Core } from '@strapi/strapi';
import { addDays, format } from 'date-fns';
import { UID } from '../../../platform/constants';
import { byPosition } from '../../workflow/domain/stages';
import { loadStages, type LoadedStage } from '../../workflow/stage-store';
import { RECORD_TITLES } from '../../workspace/domain/record-titles';
import { bulkWriter } from './bulk-writer';

export interface LargeFactoryOptions {
  orders: number;
  /** Order lines per order (colours × sizes), on average. */
  linesPerOrder?: number;
  /** Daily reports per order that reached production. */
  reportsPerOrder?: number;
  today?: Date;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface LargeFactoryReport {
  orders: number;
  rows: number;
  counts: Record<string, number>;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same factory. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  };
}

const MARKETS = ['US', 'CA', 'JP', 'DE', 'SE', 'GB', 'FR', 'AU', 'NL', 'IT'];
const CURRENCY: Record<string, string> = { US: 'USD', CA: 'CAD', JP: 'JPY', AU: 'AUD', GB: 'GBP', SE: 'SEK' };
const COLOURS = ['Navy', 'Black', 'White', 'Heather Grey', 'Red', 'Sage', 'Sand', 'Olive', 'Sky', 'Pink'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];
/**
 * The factory's own workflow as the generator walks orders through it: the
 * required steps (generated orders need no print or wash) and where the lines,
 * shipping and shipment begin — read from the stages' meaning, not their keys.
 */
function ladderOf(stages: LoadedStage[]) {
  const steps = byPosition(stages.filter((stage) => stage.kind === 'step' && !stage.optional));
  const indexOf = (test: (stage: LoadedStage) => boolean) => Math.max(0, steps.findIndex(test));
  return {
    steps: steps.map((stage) => stage.key),
    productionFrom: indexOf((stage) => stage.onTheLines),
    shippingFrom: indexOf((stage) => stage.phase === 'shipping'),
    lastBeforeShipment: Math.max(0, indexOf((stage) => stage.countsAsShipped) - 1),
    cancelled: stages.find((stage) => stage.kind === 'cancel')?.key ?? null,
  };
}

/**
 * A generated factory of `orders` orders over three years: customers, styles,
 * lines and factories, ~10 lines per order, stage histories, purchase orders
 * with lines and receipts, ~20 daily reports per order that reached
 * production, and samples — through Strapi's own tables, in batches.
 */
export async function generateLargeFactory(
  strapi: Core.Strapi,
  options: LargeFactoryOptions
): Promise<LargeFactoryReport> {
  const rng = random(options.seed ?? 20261127);
  const today = options.today ?? new Date();
  const iso = (date: Date) => format(date, 'yyyy-MM-dd');
  const linesPerOrder = options.linesPerOrder ?? 10;
  const reportsPerOrder = options.reportsPerOrder ?? 20;
  const writer = bulkWriter(strapi);
  const counts: Record<string, number> = {};
  const add = async (uid: string, data: Record<string, unknown>) => {
    counts[uid] = (counts[uid] ?? 0) + 1;
    return writer.add(uid, data);
  };
  const tag = String(options.seed ?? 'L');
  const loadedStages = await loadStages(strapi);
  const ladder = ladderOf(loadedStages);
  const STEPS = ladder.steps;
  // Written around the document service, so the titles it would keep are written here.
  const stageNames = new Map(loadedStages.map((loaded) => [loaded.key, loaded.name]));

  const customers: Array<{ id: number; market: string }> = [];
  for (let i = 0; i < 50; i += 1) {
    const market = MARKETS[i % MARKETS.length];
    const id = await add(UID.customer, {
      code: `LC${tag}-${i}`,
      name: `Large customer ${i}`,
      market,
      channel: i % 7 === 0 ? 'online' : 'regular',
      sampleFeePolicy: 'charged-for-new',
    });
    customers.push({ id, market });
  }
  const factories: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    factories.push(await add(UID.supplier, { code: `LF${tag}-${i}`, name: `Garment factory ${i}`, leadTimeDays: 7 }));
  }
  const mills: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    mills.push(await add(UID.supplier, { code: `LM${tag}-${i}`, name: `Mill ${i}`, leadTimeDays: 21 }));
  }
  const lines: Array<{ id: number; name: string }> = [];
  for (let i = 0; i < 120; i += 1) {
    const name = `L${tag}-${i}`;
    lines.push({
      id: await add(UID.productionLine, {
        name,
        factory: factories[i % factories.length],
        dailyCapacity: rng.int(400, 1200),
        workers: rng.int(20, 60),
      }),
      name,
    });
  }
  const materials: Array<{ id: number; kind: string; code: string }> = [];
  for (let i = 0; i < 300; i += 1) {
    const kind = i % 3 === 0 ? 'fabric' : i % 3 === 1 ? 'trim' : 'packaging';
    materials.push({
      code: `LMAT${tag}-${i}`,
      id: await add(UID.material, {
        code: `LMAT${tag}-${i}`,
        name: `Material ${i}`,
        kind,
        unit: kind === 'fabric' ? 'm' : 'pcs',
        defaultSupplier: mills[i % mills.length],
      }),
      kind,
    });
  }
  const styles: Array<{ id: number; customer: number }> = [];
  for (let i = 0; i < 2000; i += 1) {
    const customer = customers[i % customers.length].id;
    styles.push({
      id: await add(UID.style, {
        styleNo: `LS${tag}-${i}`,
        category: rng.pick(['tops', 'bottoms', 'outerwear']),
        customer,
      }),
      customer,
    });
  }

  for (let n = 0; n < options.orders; n += 1) {
    const style = styles[rng.int(0, styles.length - 1)];
    const customer = customers.find((c) => c.id === style.customer)!;
    // Ex-factory dates from three years back to four months ahead; the past is shipped or completed.
    const exFactory = addDays(today, rng.int(-3 * 365, 120));
    const orderDate = addDays(exFactory, -rng.int(60, 120));
    const ahead = (exFactory.getTime() - today.getTime()) / 86_400_000;
    const stageIndex =
      ahead < -20
        ? STEPS.length - 1
        : ahead < 0
          ? rng.int(ladder.shippingFrom, STEPS.length - 1)
          : Math.max(0, Math.min(ladder.lastBeforeShipment, Math.round((1 - ahead / 120) * ladder.lastBeforeShipment)));
    const cancelled = !!ladder.cancelled && rng.next() < 0.03;
    const stage = cancelled ? ladder.cancelled : STEPS[stageIndex];
    const stageDates: Record<string, string> = {};
    const reached = STEPS.slice(0, stageIndex + 1);
    reached.forEach((step, index) => {
      stageDates[step] = iso(addDays(orderDate, Math.round(((index + 1) / STEPS.length) * 90)));
    });
    const colours = Math.max(1, Math.round(linesPerOrder / SIZES.length));
    const cells: Array<{ colour: string; size: string; quantity: number }> = [];
    for (let c = 0; c < colours; c += 1) {
      for (const size of SIZES)
        cells.push({ colour: COLOURS[(n + c) % COLOURS.length], size, quantity: rng.int(50, 400) });
    }
    const total = cells.reduce((sum, cell) => sum + cell.quantity, 0);
    const orderPo = `LPO${tag}-${n}`;
    const orderId = await add(UID.order, {
      poNumber: orderPo,
      customer: customer.id,
      style: style.id,
      market: customer.market,
      channel: 'regular',
      fobPrice: Math.round(rng.int(300, 2500)) / 100,
      currency: CURRENCY[customer.market] ?? 'EUR',
      orderDate: iso(orderDate),
      exFactoryDate: iso(exFactory),
      shipMode: rng.next() < 0.9 ? 'sea' : 'air',
      requiresWashing: rng.next() < 0.2,
      requiresPrintOrEmbroidery: rng.next() < 0.3,
      totalQuantity: total,
      stage,
      stageDates,
    });
    for (const cell of cells)
      await add(UID.orderLine, {
        order: orderId,
        ...cell,
        title: RECORD_TITLES['order-line']({ orderPo, record: cell }),
      });
    for (const [index, step] of reached.entries()) {
      const history = {
        kind: index === 0 ? 'created' : 'transition',
        fromStage: index === 0 ? null : reached[index - 1],
        toStage: step,
        actorType: 'system',
        actorName: 'seed:large',
        at: new Date(`${stageDates[step]}T09:00:00Z`),
      };
      const title = RECORD_TITLES['order-history']({ orderPo, stageName: stageNames.get(step), record: history });
      await add(UID.orderHistory, { order: orderId, ...history, title });
    }
    // One purchase order of three lines (fabric, trim, packaging), received when the stage says so.
    const purchasePo = `LPUR${tag}-${n}`;
    const poId = await add(UID.purchaseOrder, {
      poNumber: purchasePo,
      supplier: mills[n % mills.length],
      status: stageIndex >= 2 ? 'received' : rng.pick(['sent', 'confirmed', 'partly-received']),
      orderedAt: iso(addDays(orderDate, 5)),
    });
    for (const kind of ['fabric', 'trim', 'packaging']) {
      const material = materials[(n * 3 + ['fabric', 'trim', 'packaging'].indexOf(kind) * 100) % materials.length];
      const quantity = kind === 'fabric' ? Math.round(total * 1.3) : total;
      const due = addDays(orderDate, rng.int(25, 45));
      const poLine = await add(UID.purchaseOrderLine, {
        purchaseOrder: poId,
        order: orderId,
        material: material.id,
        quantity,
        dueDate: iso(due),
        title: RECORD_TITLES['purchase-order-line']({ purchasePo, materialCode: material.code, orderPo, record: {} }),
      });
      if (stageIndex >= 2 || rng.next() < 0.3) {
        const receivedAt = iso(addDays(due, rng.int(-5, 5)));
        await add(UID.materialReceipt, {
          purchaseOrderLine: poLine,
          material: material.id,
          order: orderId,
          receivedAt,
          title: RECORD_TITLES['material-receipt']({ materialCode: material.code, purchasePo, record: { receivedAt } }),
          quantity: stageIndex >= 2 ? quantity : Math.round(quantity / 2),
          inspectedAt: stageIndex >= 2 ? iso(addDays(due, 3)) : null,
          result: stageIndex >= 2 ? 'pass' : null,
        });
      }
    }
    if (stageIndex >= ladder.productionFrom && !cancelled) {
      const line = lines[n % lines.length];
      const start = addDays(exFactory, -35);
      const perDay = Math.ceil(total / reportsPerOrder);
      for (let d = 0; d < reportsPerOrder; d += 1) {
        const date = addDays(start, d);
        if (date > today) break;
        const operation = d < 4 ? 'cutting' : d < reportsPerOrder - 3 ? 'sewing' : 'packing';
        const report = { date: iso(date), operation };
        await add(UID.productionReport, {
          order: orderId,
          line: line.id,
          ...report,
          title: RECORD_TITLES['production-report']({ lineName: line.name, orderPo, record: report }),
          goodQty: perDay,
          defectQty: rng.int(0, Math.ceil(perDay / 50)),
          workers: rng.int(20, 50),
        });
      }
    }
    if (n % 4 === 0) {
      await add(UID.sample, {
        customer: customer.id,
        style: style.id,
        order: orderId,
        type: rng.pick(['fit', 'pp', 'size-set']),
        round: 1,
        requestedAt: iso(addDays(orderDate, 3)),
        status: stageIndex >= 3 ? 'approved' : 'sent',
        sentAt: iso(addDays(orderDate, 12)),
        feedbackAt: stageIndex >= 3 ? iso(addDays(orderDate, 20)) : null,
      });
    }
    if ((n + 1) % 500 === 0 || n + 1 === options.orders) {
      await writer.flushAll();
      options.onProgress?.(n + 1, options.orders);
      // SQLite answers synchronously: yield to the timers so a progress bar can draw.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await writer.finish();
  return { orders: options.orders, rows: writer.written, counts };
}
