import type { Core } from '@strapi/strapi';
import { addDays, addHours, addMinutes, max, min, startOfDay } from 'date-fns';
import { UID } from '../../platform/constants';
import type { Actor } from '../workflow/domain/actor';
import { availableMoves } from '../workflow/domain/transitions';
import { loadStages } from '../workflow/stage-store';
import type { DemoOrder } from './demo-data';
import { getService } from '../../platform/http/services';

const DEMO_ACTOR: Actor = { type: 'system', id: null, name: 'Gendan demo' };

/**
 * Replays a demo order's past through the real workflow service — every rule,
 * sign-off and history row as if merchandisers had done it — at plausible dates:
 * the notice five days before material issue, the later stages spread up to
 * ex-factory (shipped) or completion three days after it.
 */
export async function replayHistory(
  strapi: Core.Strapi,
  documentId: string,
  demo: DemoOrder,
  today: Date,
  beforeStage?: (stage: string, at: Date) => Promise<void>,
  /** Runs when the path is walked, before a hold or cancellation (open purchasing of a cancelled order …). */
  afterPath?: () => Promise<void>
) {
  const workflow = getService(strapi, 'api::order.order-workflow');
  const morning = (offset: number) => addHours(addDays(startOfDay(today), offset), 9);
  const now = addHours(today, -1);
  const orderAt = morning(demo.orderDay);

  // The order was received on its order date, not on the day the demo was loaded.
  const created = (await strapi.db.query(UID.orderHistory).findMany({
    where: { order: { documentId }, kind: 'created' },
    select: ['id'],
  })) as Array<{ id: number }>;
  await strapi.db.query(UID.orderHistory).updateMany({
    where: { id: { $in: created.map((row) => row.id) } },
    data: { at: orderAt },
  });
  await strapi.db.query(UID.order).updateMany({
    where: { documentId },
    data: { stageDates: { received: orderAt.toISOString() } },
  });

  const target = demo.heldIn ?? demo.cancelledAfter ?? demo.stage;
  const stages = await loadStages(strapi);
  const flags = { requiresWashing: demo.requiresWashing, requiresPrintOrEmbroidery: demo.requiresPrintOrEmbroidery };
  const path: typeof stages = [];
  for (let at = 'received'; at !== target && path.length < stages.length;) {
    const forward = availableMoves(stages, { stage: at, heldStage: null, order: flags }).find(
      (m) => m.type === 'forward'
    );
    if (!forward) break;
    path.push(stages.find((stage) => stage.key === forward.to.key)!);
    at = forward.to.key;
  }

  if (path.length > 0) {
    const issue = demo.materialIssueDay === undefined ? now : morning(demo.materialIssueDay - 5);
    const noticeAt = max([addHours(orderAt, 2), min([issue, now])]);
    const end =
      demo.stage === 'completed'
        ? morning(demo.exFactoryDay + 4)
        : demo.stage === 'shipped'
          ? morning(demo.exFactoryDay)
          : addHours(now, -1);
    const last = max([noticeAt, min([end, now])]);
    const times = stageTimes(
      path.map((stage) => stage.key),
      noticeAt,
      last,
      demo.stageDays ?? {},
      morning,
      now
    );

    for (const [index, stage] of path.entries()) {
      const at = times[index];
      if (beforeStage) await beforeStage(stage.key, at);
      for (const department of stage.requiredSignoffs) {
        await workflow.signoff(documentId, { stage: stage.key, department, decision: 'approved' }, DEMO_ACTOR, {
          at: addMinutes(at, -30),
        });
      }
      await workflow.transition(documentId, { to: stage.key }, DEMO_ACTOR, { at });
    }
  }

  if (demo.heldIn) {
    await workflow.transition(documentId, { to: 'on-hold', comment: demo.holdReason }, DEMO_ACTOR, {
      at: addMinutes(now, -30),
    });
  }
  if (demo.cancelledAfter && afterPath) await afterPath();
  if (demo.cancelledAfter) {
    await workflow.transition(documentId, { to: 'cancelled', comment: demo.cancelReason }, DEMO_ACTOR, {
      at: addMinutes(now, -20),
    });
  }
}

/**
 * When the order entered each stage of its path: the notice first, the last
 * stage at `last`, stages with a day of their own (`stageDays`, e.g. the start
 * of sewing) there, and the others spread evenly in between.
 */
function stageTimes(
  keys: string[],
  first: Date,
  last: Date,
  stageDays: Record<string, number>,
  morning: (offset: number) => Date,
  now: Date
): Date[] {
  const anchors = new Map<number, Date>([[0, first]]);
  keys.forEach((key, index) => {
    if (index > 0 && stageDays[key] !== undefined) anchors.set(index, min([morning(stageDays[key]), now]));
  });
  if (!anchors.has(keys.length - 1)) anchors.set(keys.length - 1, last);
  const points = [...anchors.entries()].sort(([a], [b]) => a - b);
  return keys.map((_, index) => {
    const after = points.findIndex(([at]) => at >= index);
    const [toIndex, toTime] = points[after];
    if (toIndex === index || after === 0) return toTime;
    const [fromIndex, fromTime] = points[after - 1];
    const share = (index - fromIndex) / (toIndex - fromIndex);
    return new Date(fromTime.getTime() + (toTime.getTime() - fromTime.getTime()) * share);
  });
}
