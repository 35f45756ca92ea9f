import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { addDays, differenceInCalendarDays, format, parseISO, startOfDay } from 'date-fns';
import { UID } from '../../../platform/constants';
import type { FollowUp, GetSampleFollowUps, MoveSample, SampleFeedback } from '../../../modules/after-sales/contracts';
import { feedbackSteps } from '../../../modules/sampling/domain/feedback';
import {
  followUpReason,
  isFinalStatus,
  sampleMoveFailures,
  type FeePolicy,
  type FollowUpReason,
  type SampleStatus,
} from '../../../modules/sampling/domain/sample-flow';
import { workflowError } from '../../../modules/workflow/errors';
import { loadStageSets } from '../../../modules/workflow/stage-store';
import { timeAndAction } from '../../../modules/time-and-action/tracking';
import { getService } from '../../../platform/http/services';

interface SampleRow extends Record<string, unknown> {
  id: number;
  documentId: string;
  status: SampleStatus;
  statusDates: Record<string, string> | null;
  round: number;
  photos: unknown[] | null;
  customer: { id: number; documentId: string; sampleFeePolicy: FeePolicy } | null;
}

const COPIED = ['type', 'itemNo', 'materials', 'colour', 'packaging', 'process'] as const;

/** A judged sample closes (or reopens) the sample milestones of its order — or of its style's orders. */
async function closeSampleMilestones(
  strapi: Core.Strapi,
  sample: { customer: { id: number } | null; style: { id?: number } | null; order: { id?: number } | null }
) {
  const orders = sample.order?.id
    ? [{ id: sample.order.id }]
    : ((await strapi.db.query(UID.order).findMany({
        where: { style: { id: sample.style?.id ?? -1 }, customer: { id: sample.customer?.id ?? -1 } },
        select: ['id'],
      })) as Array<{ id: number }>);
  for (const order of orders) await timeAndAction(strapi).sync(order.id);
}

/** The sample flow (打样): one step at a time, with what each step needs, and the follow-up list. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async move(
    documentId: string,
    input: MoveSample.Request['data'],
    now = new Date()
  ): Promise<MoveSample.Response['meta'] & { documentId: string }> {
    return strapi.db.transaction(async () => {
      const sample = (await strapi.db.query(UID.sample).findOne({
        where: { documentId },
        populate: {
          photos: { select: ['id'] },
          customer: { select: ['id', 'documentId', 'sampleFeePolicy'] },
          style: { select: ['id', 'documentId'] },
          order: { select: ['id', 'documentId'] },
        },
      })) as
        | (SampleRow & {
            style: { id: number; documentId: string } | null;
            order: { id: number; documentId: string } | null;
          })
        | null;
      if (!sample) throw new errors.NotFoundError(`sample ${documentId} not found`);
      const from = sample.status;
      if (input.expectedStatus && input.expectedStatus !== from) {
        throw workflowError([
          {
            rule: 'stale-status',
            message: `the sample is ${from}, not ${input.expectedStatus}: reload`,
            messageZh: `样品当前为 ${from}`,
          },
        ]);
      }
      const shippedOrders = sample.customer
        ? await strapi.db.query(UID.order).count({
            where: { customer: { id: sample.customer.id }, stage: { $in: (await loadStageSets(strapi)).shipped } },
          })
        : 0;
      const failures = sampleMoveFailures(from, input.to, {
        photos: (sample.photos ?? []).length,
        retainedLocation: (sample.retainedLocation as string | null) ?? null,
        courier: (sample.courier as string | null) ?? null,
        trackingNumber: (sample.trackingNumber as string | null) ?? null,
        freightTerms: (sample.freightTerms as 'prepaid' | 'collect' | null) ?? null,
        charged: (sample.charged as boolean | null) ?? null,
        chargeAmount:
          sample.chargeAmount === null || sample.chargeAmount === undefined ? null : Number(sample.chargeAmount),
        feePolicy: sample.customer?.sampleFeePolicy ?? 'charged-for-new',
        newCustomer: shippedOrders === 0,
        feedbackComments: (sample.feedbackComments as string | null) ?? null,
      });
      if (failures.length > 0) throw workflowError(failures);

      const date = input.date ?? format(now, 'yyyy-MM-dd');
      const data: Record<string, unknown> = {
        status: input.to,
        statusDates: { ...(sample.statusDates ?? {}), [input.to]: date },
      };
      if (input.to === 'sent') data.sentAt = (sample.sentAt as string | null) ?? date;
      if (input.to === 'received') data.receivedAt = (sample.receivedAt as string | null) ?? date;
      if (isFinalStatus(input.to)) data.feedbackAt = (sample.feedbackAt as string | null) ?? date;
      const { count } = (await strapi.db
        .query(UID.sample)
        .updateMany({ where: { id: sample.id, status: from }, data })) as { count: number };
      if (count !== 1) {
        throw workflowError([
          {
            rule: 'concurrent-change',
            message: 'the sample changed meanwhile: reload',
            messageZh: '样品状态已变,请刷新',
          },
        ]);
      }

      let nextRound: { documentId: string; round: number } | null = null;
      if (input.to === 'commented') {
        const round = (sample.round ?? 1) + 1;
        const created = (await strapi.documents(UID.sample).create({
          data: {
            ...Object.fromEntries(COPIED.map((field) => [field, sample[field] ?? null])),
            customer: sample.customer?.documentId,
            style: sample.style?.documentId,
            order: sample.order?.documentId,
            round,
            requestedAt: date,
            // The next round gets as long as the first one had.
            dueAt:
              sample.dueAt && sample.requestedAt
                ? format(
                    addDays(
                      parseISO(date),
                      differenceInCalendarDays(parseISO(String(sample.dueAt)), parseISO(String(sample.requestedAt)))
                    ),
                    'yyyy-MM-dd'
                  )
                : null,
            previousRound: sample.documentId,
          } as never,
        })) as { documentId: string };
        nextRound = { documentId: created.documentId, round };
      }
      if (isFinalStatus(input.to)) await closeSampleMilestones(strapi, sample);
      return { documentId: sample.documentId, from, to: input.to, nextRound };
    });
  },

  /**
   * The customer's answer: comments recorded, then the flow steps the answer
   * stands for, each through `move` with all its checks — in one transaction.
   */
  async feedback(
    documentId: string,
    input: SampleFeedback.Request['data'],
    now = new Date()
  ): Promise<SampleFeedback.Response['meta'] & { documentId: string }> {
    const flow = getService(strapi, 'api::sample.sample-flow');
    return strapi.db.transaction(async () => {
      const sample = (await strapi.db.query(UID.sample).findOne({
        where: { documentId },
        select: ['id', 'documentId', 'status', 'feedbackComments'],
      })) as { id: number; documentId: string; status: SampleStatus; feedbackComments: string | null } | null;
      if (!sample) throw new errors.NotFoundError(`sample ${documentId} not found`);
      if (input.expectedStatus && input.expectedStatus !== sample.status) {
        throw workflowError([
          {
            rule: 'stale-status',
            message: `the sample is ${sample.status}, not ${input.expectedStatus}: reload`,
            messageZh: `样品当前为 ${sample.status}`,
          },
        ]);
      }
      const comments = input.comments?.trim() || null;
      const { steps, failures } = feedbackSteps(sample.status, input.decision, comments ?? sample.feedbackComments);
      if (failures.length > 0) throw workflowError(failures);
      if (comments) {
        await strapi.db.query(UID.sample).update({ where: { id: sample.id }, data: { feedbackComments: comments } });
      }
      let meta: SampleFeedback.Response['meta'] = { from: sample.status, to: sample.status, nextRound: null };
      for (const to of steps) {
        const moved = await flow.move(documentId, { to, expectedStatus: meta.to }, now);
        meta = { from: sample.status, to: moved.to, nextRound: moved.nextRound };
      }
      return { documentId: sample.documentId, ...meta };
    });
  },

  async followUps(days: number, now = new Date()): Promise<GetSampleFollowUps.Response> {
    const today = startOfDay(now);
    const rows = (await strapi.db.query(UID.sample).findMany({
      where: { status: { $notIn: ['approved', 'rejected', 'commented'] } },
      select: ['documentId', 'type', 'round', 'status', 'dueAt', 'sentAt', 'receivedAt', 'courier', 'trackingNumber'],
      populate: { customer: { select: ['documentId', 'code', 'name'] }, style: { select: ['documentId', 'styleNo'] } },
    })) as Array<FollowUp['sample'] & { customer: FollowUp['customer']; style: FollowUp['style'] }>;
    const order: FollowUpReason[] = ['no-feedback', 'no-receipt-confirmation', 'overdue', 'due-soon'];
    const data = rows
      .flatMap((row): FollowUp[] => {
        const due = followUpReason(row, today, days);
        if (!due) return [];
        const { customer, style, ...sample } = row;
        return [{ ...due, sample, customer, style }];
      })
      .sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason) || b.days - a.days);
    const counts = Object.fromEntries(
      order.map((reason) => [reason, data.filter((f) => f.reason === reason).length])
    ) as Record<FollowUpReason, number>;
    return { data, meta: { days, today: format(today, 'yyyy-MM-dd'), counts } };
  },
});
