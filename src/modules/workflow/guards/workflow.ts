import { UID } from '../../../platform/constants';
import { checkDepartmentRemoval, checkStageKeyChange } from '../domain/record-checks';
import { inferMeaning } from '../domain/stage-meaning';
import { checkStage } from '../domain/workflow-config';
import { ruleRegistry } from '../registry';
import { loadStages, orderFieldTypes, type LoadedStage } from '../stage-store';
import { lockKey, rejectIf, type Guard, type GuardMap } from '../../../platform/invariants/guard';
import { checkUnique, trimStrings } from '../../../platform/invariants/unique';
import { appendOnlyGuard } from '../../security/guards';

type StrapiOf = Parameters<Guard>[0]['strapi'];

const ordersIn = (strapi: StrapiOf, stageKey: string) =>
  strapi.db.query(UID.order).count({ where: { $or: [{ stage: stageKey }, { heldStage: stageKey }] } });

const ordersPassedThrough = (strapi: StrapiOf, stageKey: string) =>
  strapi.db.query(UID.orderHistory).count({ where: { toStage: stageKey } });

const stageKeyOf = async (strapi: StrapiOf, documentId: string | undefined) =>
  documentId
    ? (
        (await strapi.db.query(UID.workflowStage).findOne({ where: { documentId }, select: ['key'] })) as {
          key: string;
        } | null
      )?.key
    : undefined;

const MEANING_FIELDS = ['phase', 'onTheLines', 'countsAsShipped'] as const;

/**
 * A stage saved without its meaning (a new stage from the Content Manager, a
 * field cleared) gets the one its place implies; what is set is kept.
 */
function fillMeaning(data: Record<string, unknown>, previous: LoadedStage | undefined, others: LoadedStage[]) {
  const given = (field: string): unknown =>
    field in data ? (data[field] ?? undefined) : previous?.[field as keyof LoadedStage];
  const inferred = inferMeaning(
    {
      position: Number(given('position') ?? 0),
      kind: given('kind') as LoadedStage['kind'] | undefined,
      phase: given('phase') as LoadedStage['phase'] | undefined,
      onTheLines: given('onTheLines') as boolean | undefined,
      countsAsShipped: given('countsAsShipped') as boolean | undefined,
    },
    others
  );
  for (const field of MEANING_FIELDS) if (given(field) === undefined) data[field] = inferred[field];
}

/**
 * Administrators edit the workflow in the content manager; these checks keep
 * it workable: known rules with valid parameters, one hold and one cancel
 * stage, kebab-case unique keys — and no stage removed or renamed while
 * orders stand in it.
 */
export const workflowStageGuard: Guard = async ({ strapi, call, trx, next }) => {
  await lockKey(strapi, trx, 'workflow-stages');
  const previousKey = await stageKeyOf(strapi, call.params.documentId);
  trimStrings(call.params.data, ['key', 'name', 'nameZh', 'appliesWhen']);
  if ((call.action === 'create' || call.action === 'update') && call.params.data) {
    const stages = await loadStages(strapi);
    fillMeaning(
      call.params.data as Record<string, unknown>,
      stages.find((stage) => stage.documentId === call.params.documentId),
      stages.filter((stage) => stage.documentId !== call.params.documentId)
    );
  }

  const renamed =
    call.action === 'update' && typeof call.params.data?.key === 'string' && call.params.data.key !== previousKey;
  if (previousKey && (call.action === 'delete' || renamed)) {
    const count = await ordersIn(strapi, previousKey);
    // History and stage dates record the key: renaming it would cut past orders from their own record.
    const passed = renamed && count === 0 ? await ordersPassedThrough(strapi, previousKey) : 0;
    rejectIf(
      checkStageKeyChange({
        action: call.action === 'delete' ? 'delete' : 'rename',
        previousKey,
        ordersIn: count,
        ordersPassed: passed,
      })
    );
  }

  const result = (await next()) as { documentId: string } | null;
  if (call.action === 'delete' || !result) return result;

  const stages = await loadStages(strapi);
  const written = stages.find((stage) => stage.documentId === result.documentId);
  if (written) {
    rejectIf(
      checkStage(
        written,
        stages.filter((stage) => stage.documentId !== result.documentId),
        ruleRegistry,
        { orderFields: orderFieldTypes(strapi) }
      )
    );
  }
  return result;
};

/** Departments sign off stages: unique keys, and none removed while a stage requires it. */
export const departmentGuard: Guard = async ({ strapi, call, trx, next }) => {
  if (call.action === 'delete' && call.params.documentId) {
    const users = (await strapi.db.query(UID.workflowStage).findMany({
      where: { requiredSignoffs: { documentId: call.params.documentId } },
      select: ['key'],
    })) as Array<{ key: string }>;
    rejectIf(checkDepartmentRemoval(users.map((stage) => stage.key)));
    return next();
  }
  trimStrings(call.params.data, ['key', 'name', 'nameZh']);
  const result = (await next()) as { documentId: string } | null;
  if (!result) return result;
  const record = (await strapi.db.query(UID.department).findOne({ where: { documentId: result.documentId } })) as {
    id: number;
    key: string;
  };
  rejectIf(await checkUnique(strapi, trx, { uid: UID.department, field: 'key', value: record.key, selfId: record.id }));
  return result;
};

/** The workflow's records: stages and departments are configuration; history, sign-offs and waivers are append-only. */
export const workflowGuards: GuardMap = {
  [UID.workflowStage]: workflowStageGuard,
  [UID.department]: departmentGuard,
  [UID.orderHistory]: appendOnlyGuard,
  [UID.signoff]: appendOnlyGuard,
  [UID.ruleWaiver]: appendOnlyGuard,
};
