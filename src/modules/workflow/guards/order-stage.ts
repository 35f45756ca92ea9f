import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';
import { ORDER_WORKFLOW_FIELDS } from '../../../platform/domain/derived-fields';
import type { Violation } from '../../../platform/domain/violation';
import { stageByTransition } from '../domain/record-checks';
import { initialStage } from '../domain/transitions';
import { currentActor } from '../request-actor';
import { appendHistory } from '../audit';
import { loadStages } from '../stage-store';
import { rejectIf, type DocumentCall } from '../../../platform/invariants/guard';

const stable = (value: unknown): string =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))))
    : JSON.stringify(value ?? null);

const refusal = stageByTransition;

/**
 * Before an order write: a new order starts at the workflow's first stage; an
 * update may send the workflow fields back unchanged (the admin form does) but
 * never change them — that is a 400 pointing to the transitions endpoint.
 */
export async function guardWorkflowFields(strapi: Core.Strapi, call: DocumentCall): Promise<void> {
  const data = call.params.data;
  if (!data) return;
  const found: Violation[] = [];

  if (call.action === 'create') {
    const first = initialStage(await loadStages(strapi));
    if (data.stage !== undefined && data.stage !== null && data.stage !== first?.key) found.push(refusal('stage'));
    for (const field of ['heldStage', 'stageDates'] as const) {
      if (data[field] !== undefined && data[field] !== null && stable(data[field]) !== stable({}))
        found.push(refusal(field));
    }
    rejectIf(found);
    data.stage = first?.key ?? null;
    data.heldStage = null;
    data.stageDates = first ? { [first.key]: new Date().toISOString() } : {};
    return;
  }

  if (call.action === 'update' && ORDER_WORKFLOW_FIELDS.some((field) => field in data)) {
    const current = (await strapi.db.query(UID.order).findOne({
      where: { documentId: call.params.documentId },
      select: [...ORDER_WORKFLOW_FIELDS],
    })) as Record<string, unknown> | null;
    for (const field of ORDER_WORKFLOW_FIELDS) {
      if (field in data && current && stable(data[field]) !== stable(current[field])) found.push(refusal(field));
      delete data[field];
    }
    rejectIf(found);
  }
}

/** After an order is created: its first history row says where it started, and who created it. */
export async function recordCreation(strapi: Core.Strapi, order: { documentId: string; stage?: unknown }) {
  await appendHistory(strapi, {
    orderId: order.documentId,
    kind: 'created',
    toStage: typeof order.stage === 'string' ? order.stage : null,
    actor: currentActor(strapi),
    at: new Date(),
  });
}
