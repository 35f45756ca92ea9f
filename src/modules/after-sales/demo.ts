import type { Core } from '@strapi/strapi';
import { addDays, format } from 'date-fns';
import path from 'node:path';
import { statSync } from 'node:fs';
import { UID } from '../../platform/constants';
import type { SampleStatus } from '../sampling/domain/sample-flow';
import type { Actor } from '../workflow/domain/actor';
import { withChangeContext } from '../changes/context';
import { getService } from '../../platform/http/services';

type Create = (uid: string, data: Record<string, unknown>) => Promise<string>;
const DEMO_ACTOR: Actor = { type: 'system', id: null, name: 'Gendan demo' };

interface DemoSample {
  customer: string;
  styleNo: string;
  type: string;
  requestedDay: number;
  dueDay: number;
  /** The steps taken, each on a day (from today). */
  steps: Array<[SampleStatus, number]>;
  charged?: number;
  feedbackComments?: string;
  details: { itemNo: string; materials: string; colour: string; packaging?: string; process?: string };
}

const FLOW: SampleStatus[] = ['materials-ready', 'in-making', 'checked', 'photographed', 'sent', 'received'];
const walk = (until: SampleStatus, from: number, step = 2): Array<[SampleStatus, number]> =>
  FLOW.slice(0, FLOW.indexOf(until) + 1).map((status, i) => [status, from + i * step]);

/** Samples in several states: approved, commented then re-sent and waiting too long, in making, sent without receipt. */
const DEMO_SAMPLES: DemoSample[] = [
  {
    customer: 'MAPLE',
    styleNo: 'ML-2401',
    type: 'lab-dip',
    requestedDay: -30,
    dueDay: -16,
    steps: [...walk('received', -28), ['approved', -14]],
    details: {
      itemNo: 'LD-2401-BG',
      materials: 'Cotton flannel 160 g/m²',
      colour: 'Blue Gingham (Pantone 19-4052)',
      process: 'Yarn-dyed, brushed both sides',
    },
  },
  {
    customer: 'BLUERIDGE',
    styleNo: 'BR-5610',
    type: 'fit',
    requestedDay: -45,
    dueDay: -30,
    steps: [...walk('received', -43), ['commented', -28]],
    feedbackComments: 'Shorten sleeves by 1 cm; hood opening 2 cm wider.',
    details: {
      itemNo: 'FIT-5610-M',
      materials: 'Cotton/poly fleece 320 g/m²',
      colour: 'Sage',
      packaging: 'Polybag, no hanger',
    },
  },
  {
    customer: 'SAKURA',
    styleNo: 'SK-K205',
    type: 'pp',
    requestedDay: -10,
    dueDay: 3,
    steps: walk('in-making', -9),
    details: { itemNo: 'PP-K205-3T', materials: 'Cotton twill 7 oz', colour: 'Khaki', process: 'Enzyme wash' },
  },
  {
    customer: 'RHEIN',
    styleNo: 'RW-DR31',
    type: 'strike-off',
    requestedDay: -24,
    dueDay: -10,
    steps: walk('sent', -22, 1.5),
    charged: 25,
    details: {
      itemNo: 'SO-DR31-POPPY',
      materials: 'Viscose challis',
      colour: 'Poppy print on navy ground',
      process: 'Rotary print, 8 colours',
    },
  },
  {
    customer: 'NORDLYS',
    styleNo: 'NL-PK44',
    type: 'salesman',
    requestedDay: -2,
    dueDay: 20,
    steps: [],
    details: {
      itemNo: 'SMS-PK44',
      materials: 'Recycled polyester taslan',
      colour: 'Sand',
      packaging: 'On hanger, garment bag',
    },
  },
];

export async function demoPhoto(strapi: Core.Strapi): Promise<number> {
  const file = path.join(strapi.dirs.app.root, 'favicon.png');
  const [uploaded] = (await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: 'sample-photo.png', alternativeText: 'Sample photographed and archived (拍照存档)' } },
      files: { filepath: file, originalFilename: 'sample-photo.png', mimetype: 'image/png', size: statSync(file).size },
    })) as Array<{ id: number }>;
  return uploaded.id;
}

export async function loadDemoSamples(
  strapi: Core.Strapi,
  today: Date,
  customers: Map<string, string>,
  styles: Map<string, { documentId: string }>,
  create: Create
) {
  const iso = (offset: number) => format(addDays(today, Math.round(offset)), 'yyyy-MM-dd');
  const flow = getService(strapi, 'api::sample.sample-flow');
  const photo = await demoPhoto(strapi);
  for (const demo of DEMO_SAMPLES) {
    let id = await create(UID.sample, {
      customer: customers.get(demo.customer),
      style: styles.get(`${demo.customer}/${demo.styleNo}`)!.documentId,
      type: demo.type,
      requestedAt: iso(demo.requestedDay),
      dueAt: iso(demo.dueDay),
      ...demo.details,
      photos: [photo],
      retainedLocation: 'Sample room, cabinet 3',
      courier: 'SF Express International',
      trackingNumber: `SF${Math.abs(demo.requestedDay)}${demo.type.length}8812345`,
      freightTerms: 'prepaid',
      charged: !!demo.charged,
      chargeAmount: demo.charged ?? null,
      feedbackComments: demo.feedbackComments ?? null,
    });
    for (const [to, day] of demo.steps) {
      const moved = await flow.move(id, { to, date: iso(day) });
      if (moved.nextRound) {
        // The second round: re-made and sent, and now waiting for the buyer's word.
        id = moved.nextRound.documentId;
        await strapi.documents(UID.sample).update({
          documentId: id,
          data: {
            photos: [photo],
            retainedLocation: 'Sample room, cabinet 3',
            courier: 'DHL Express',
            trackingNumber: '4438812260',
            freightTerms: 'prepaid',
            feedbackComments: null,
          } as never,
        });
        for (const [next, nextDay] of walk('received', day + 2))
          await flow.move(id, { to: next, date: iso(Math.min(nextDay, -11)) });
      }
    }
  }
}

/** Two revisions of one order in production: a later ex-factory date, then 120 more pieces. The permit waits for its re-issue. */
export async function demoRevisions(strapi: Core.Strapi, poNumber: string) {
  const order = (await strapi.db
    .query(UID.order)
    .findOne({ where: { poNumber }, select: ['documentId', 'exFactoryDate'] })) as {
    documentId: string;
    exFactoryDate: string;
  };
  await withChangeContext({ source: 'demo: buyer mail' }, () =>
    strapi.documents(UID.order).update({
      documentId: order.documentId,
      data: {
        exFactoryDate: format(addDays(new Date(order.exFactoryDate), 4), 'yyyy-MM-dd'),
        revisionReason: 'Buyer moved the vessel by one week; ex-factory four days later.',
        revisionApprovedBy: 'Megan Walsh (Blue Ridge)',
      } as never,
    })
  );
  const lines = (await strapi.db.query(UID.orderLine).findMany({
    where: { order: { documentId: order.documentId } },
    select: ['id', 'colour', 'size', 'quantity'],
  })) as Array<{ colour: string; size: string; quantity: number }>;
  const wanted = lines.map(({ colour, size, quantity }) => ({
    colour,
    size,
    quantity: colour === 'Sage' && size === 'M' ? quantity + 120 : quantity,
  }));
  await getService(strapi, 'api::order.order-lines').replace(
    order.documentId,
    wanted,
    'PO amendment 2: buyer added 120 pieces Sage M.'
  );
  // The notice is re-issued at once; the permit still waits, so the next move shows documents-current.
  await getService(strapi, 'api::order.order-changes').reissue(order.documentId, 'production-notice', DEMO_ACTOR);
}

/** A quality complaint on a shipped order, investigated and closed with a discount. */
/** Complaints (客诉): one closed with its 8D-style answer, one the factory is still working on. */
const DEMO_COMPLAINTS: Array<{ poNumber: string; receivedDay: number; data: Record<string, unknown> }> = [
  {
    poNumber: '4500231877',
    receivedDay: -20,
    data: {
      category: 'quality',
      description: 'Loose buttons on 36 shirts found at the buyer distribution centre.',
      quantityAffected: 36,
      rootCause:
        'Button-sewing machine on line 2 drifted in thread tension; the hourly pull test was skipped on the night shift.',
      countermeasure: 'Tension reset and machine serviced; 100 % button pull test on the remaining stock.',
      prevention: 'Pull test logged by QC every two hours on every line; night-shift supervisor signs the log.',
      resolution: 'discount',
      discountPct: 2,
      status: 'closed',
    },
  },
  {
    poNumber: 'BRO-76990',
    receivedDay: -3,
    data: {
      category: 'packing',
      description: 'Carton marks on 12 cartons show the wrong colour code (SAGE printed as SAND).',
      quantityAffected: 12,
      rootCause: 'Shipping-mark template copied from the previous order; the packing check compared counts only.',
      status: 'in-progress',
    },
  },
];

export async function demoComplaints(strapi: Core.Strapi, today: Date, create: Create) {
  for (const complaint of DEMO_COMPLAINTS) {
    const order = (await strapi.db
      .query(UID.order)
      .findOne({ where: { poNumber: complaint.poNumber }, select: ['documentId'] })) as { documentId: string } | null;
    if (!order) continue;
    await create(UID.complaint, {
      ...complaint.data,
      order: order.documentId,
      receivedAt: format(addDays(today, complaint.receivedDay), 'yyyy-MM-dd'),
    });
  }
}
