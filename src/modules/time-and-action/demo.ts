import type { Core } from '@strapi/strapi';
import { addDays, differenceInCalendarDays, format, min, parseISO, startOfDay } from 'date-fns';
import { UID } from '../../platform/constants';
import { sampleIsCharged, type FeePolicy, type SampleStatus } from '../sampling/domain/sample-flow';
import { demoPhoto } from '../after-sales/demo';
import { getService } from '../../platform/http/services';

interface OpenSampleMilestone {
  key: string;
  completedByParam: string;
  plannedDate: string;
  order: {
    documentId: string;
    poNumber: string;
    stage: string | null;
    customer: { id: number; documentId: string; sampleFeePolicy: FeePolicy | null } | null;
    style: { documentId: string } | null;
  } | null;
}

const WALK: SampleStatus[] = ['materials-ready', 'in-making', 'checked', 'photographed', 'sent', 'received'];
/** Some approvals land a little early, some a little late: a real calendar is never exact. */
const DRIFT: Record<string, number> = { 'lab-dip': 1, fit: 2, 'size-set': -1, pp: 0 };
/** The newest orders are still chasing their fit sample: those stay open (and remind). */
const STILL_CHASED = new Set(['notice-issued']);

/**
 * The approval samples behind the demo orders' T&A (lab dip, fit, size set,
 * PP), made, sent and approved through the sample flow around their planned
 * dates — so the milestones are closed by the real event, as in use.
 */
export async function demoSampleApprovals(strapi: Core.Strapi, today: Date): Promise<number> {
  const flow = getService(strapi, 'api::sample.sample-flow');
  const photo = await demoPhoto(strapi);
  const open = (await strapi.db.query(UID.orderMilestone).findMany({
    where: { completedBy: 'sample-approved', actualDate: { $null: true } },
    select: ['key', 'completedByParam', 'plannedDate'],
    populate: {
      order: {
        select: ['documentId', 'poNumber', 'stage'],
        populate: {
          customer: { select: ['id', 'documentId', 'sampleFeePolicy'] },
          style: { select: ['documentId'] },
        },
      },
    },
    orderBy: [{ plannedDate: 'asc' }, { id: 'asc' }],
  })) as OpenSampleMilestone[];
  const lastWeek = addDays(startOfDay(today), -2);
  const iso = (date: Date) => format(date, 'yyyy-MM-dd');
  let approved = 0;
  for (const milestone of open) {
    const order = milestone.order;
    if (!order?.customer || !order.style || order.stage === 'cancelled') continue;
    if (STILL_CHASED.has(order.stage ?? '') && milestone.completedByParam !== 'lab-dip') continue;
    const planned = parseISO(milestone.plannedDate);
    if (differenceInCalendarDays(today, planned) < 3) continue;
    const approvedOn = min([addDays(planned, DRIFT[milestone.completedByParam] ?? 0), lastWeek]);
    const start = addDays(approvedOn, -(WALK.length + 2));
    // The customer's sample-fee policy, decided as the sample flow will check it.
    const shipped = await strapi.db.query(UID.order).count({
      where: { customer: { id: order.customer.id }, stage: { $in: ['shipped', 'completed'] } },
    });
    const charged = sampleIsCharged(order.customer.sampleFeePolicy ?? 'charged-for-new', shipped === 0);
    const created = (await strapi.documents(UID.sample).create({
      data: {
        customer: order.customer.documentId,
        style: order.style.documentId,
        order: order.documentId,
        type: milestone.completedByParam,
        requestedAt: iso(start),
        dueAt: milestone.plannedDate,
        itemNo: `${order.poNumber}-${milestone.completedByParam.toUpperCase()}`,
        materials: 'Bulk fabric and trims',
        colour: 'As the order',
        photos: [photo],
        retainedLocation: 'Sample room, cabinet 3',
        courier: 'SF Express International',
        trackingNumber: `SF${order.poNumber.replace(/\D/g, '').slice(-6)}${approved}`,
        freightTerms: 'prepaid',
        charged,
        chargeAmount: charged ? 35 : null,
      } as never,
    })) as { documentId: string };
    for (const [index, status] of WALK.entries()) {
      await flow.move(created.documentId, { to: status, date: iso(addDays(start, index + 1)) });
    }
    await flow.move(created.documentId, { to: 'approved', date: iso(approvedOn) });
    approved += 1;
  }
  return approved;
}
