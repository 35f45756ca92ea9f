import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ORDER_STAGE_CHANGED, UID } from '../../../platform/constants';
import type {
  GetWorkflow,
  HistoryView,
  SignoffView,
  TransitionOption,
  WaiverView,
} from '../../../modules/workflow/contracts';
import { canSignFor, type Actor } from '../../../modules/workflow/domain/actor';
import type { Decision, RuleNeed, SignoffRecord } from '../../../modules/workflow/domain/rules/registry';
import { appliesTo } from '../../../modules/workflow/domain/stages';
import { availableMoves, entryRules, moveFailures, type Move } from '../../../modules/workflow/domain/transitions';
import type { StageDefinition } from '../../../modules/workflow/domain/stages';
import { loadMaterialFacts } from '../../../modules/materials/facts';
import { loadProductionFacts } from '../../../modules/production/facts';
import { loadShippingFacts } from '../../../modules/shipping/facts';
import { loadDocumentFacts } from '../../../modules/changes/documents';
import { NOT_AT_RISK } from '../../../modules/orders/domain/risk';
import { loadOrderRisks, theseOrders } from '../../../modules/orders/risk';
import { applyStageEffects } from '../../../modules/workflow/stage-effects';
import { rejectIf } from '../../../platform/invariants/guard';
import { violation } from '../../../platform/domain/violation';
import { appendHistory, asAuditWriter } from '../../../modules/workflow/audit';
import { workflowError } from '../../../modules/workflow/errors';
import { ruleRegistry } from '../../../modules/workflow/registry';
import { loadStages, type LoadedStage } from '../../../modules/workflow/stage-store';
import { linkedTo } from '../../../platform/db/links';

type OrderRow = Record<string, unknown> & {
  id: number;
  documentId: string;
  poNumber: string;
  stage: string | null;
  heldStage: string | null;
  stageDates: Record<string, string> | null;
};

interface WaiverRow {
  documentId: string;
  rule: string;
  reason: string;
  waived: string | null;
  actorType: string;
  actorName: string | null;
  at: string;
  department: { key: string } | null;
}

export interface WaiverInput {
  rule: string;
  reason: string;
}

interface SignoffRow {
  documentId: string;
  stage: string;
  decision: Decision;
  comment: string | null;
  actorType: string;
  actorName: string | null;
  at: string;
  department: { key: string } | null;
}

export interface TransitionInput {
  to: string;
  comment?: string | null;
  expectedStage?: string | null;
}

export interface SignoffInput {
  stage: string;
  department: string;
  decision: Decision;
  comment?: string | null;
}

/** Internal options: the demo loader replays history at past dates. */
export interface WhenOptions {
  at?: Date;
}

const summary = (stage: LoadedStage | undefined) =>
  stage ? { key: stage.key, name: stage.name, nameZh: stage.nameZh } : null;

/**
 * The order workflow: which moves an order has, why a move is blocked, moving
 * it (atomically, audited, announced by webhook) and departments' sign-offs.
 * The rules themselves are pure functions in `src/modules/workflow/domain`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The order as rules read it: every field, relations as `{ id }` or null. */
  async function loadOrder(documentId: string): Promise<OrderRow> {
    const attributes = strapi.contentType(UID.order).attributes as Record<string, { type: string }>;
    const populate = Object.fromEntries(
      Object.entries(attributes)
        .filter(([name, attribute]) => attribute.type === 'relation' && name !== 'lines')
        .map(([name]) => [name, { select: ['id'] }])
    );
    const order = (await strapi.db.query(UID.order).findOne({ where: { documentId }, populate })) as OrderRow | null;
    if (!order) throw new errors.NotFoundError(`order ${documentId} not found`);
    return order;
  }

  async function loadSignoffs(orderId: number): Promise<SignoffRow[]> {
    return (await strapi.db.query(UID.signoff).findMany({
      where: { ...linkedTo(strapi, UID.signoff, 'order', orderId) },
      populate: { department: { select: ['key'] } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    })) as SignoffRow[];
  }

  const signoffRecords = (rows: SignoffRow[]): SignoffRecord[] =>
    rows.map((row) => ({
      stage: row.stage,
      department: row.department?.key ?? '',
      decision: row.decision,
      at: new Date(row.at),
    }));

  /** Whether any entry rule of these stages reads facts of this kind (materials, production). */
  const needs = (targets: StageDefinition[], need: RuleNeed) =>
    targets.some((stage) => entryRules(stage).some((ref) => ruleRegistry.get(ref.rule)?.needs?.includes(need)));

  async function ruleContext(order: OrderRow, now: Date, targets: StageDefinition[]) {
    const lineCount = await strapi.db
      .query(UID.orderLine)
      .count({ where: { ...linkedTo(strapi, UID.orderLine, 'order', order.id) } });
    const materials = needs(targets, 'materials') ? await loadMaterialFacts(strapi, order.id) : undefined;
    const production = needs(targets, 'production')
      ? await loadProductionFacts(strapi, order.id, Number(order.totalQuantity ?? 0))
      : undefined;
    const shipping = needs(targets, 'shipping') ? await loadShippingFacts(strapi, order.id) : undefined;
    const documents = needs(targets, 'documents') ? await loadDocumentFacts(strapi, order.id) : undefined;
    const signoffs = signoffRecords(await loadSignoffs(order.id));
    const waivers = (await loadWaivers(order.id)).map((row) => ({ rule: row.rule, at: new Date(row.at) }));
    return { order, lineCount, signoffs, now, materials, production, shipping, documents, waivers };
  }

  async function loadWaivers(orderId: number): Promise<WaiverRow[]> {
    return (await strapi.db.query(UID.ruleWaiver).findMany({
      where: { ...linkedTo(strapi, UID.ruleWaiver, 'order', orderId) },
      populate: { department: { select: ['key'] } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    })) as WaiverRow[];
  }

  const waiverView = (row: WaiverRow): WaiverView => ({
    documentId: row.documentId,
    rule: row.rule,
    department: row.department?.key ?? '',
    reason: row.reason,
    waived: row.waived,
    actorType: row.actorType,
    actorName: row.actorName,
    at: new Date(row.at).toISOString(),
  });

  const position = (order: OrderRow) => ({ stage: order.stage, heldStage: order.heldStage, order });

  type DepartmentRow = { id: number; documentId: string; key: string; adminRoleCode: string | null };
  const findDepartment = async (key: string | undefined) =>
    key
      ? ((await strapi.db.query(UID.department).findOne({
          where: { key },
          select: ['id', 'documentId', 'key', 'adminRoleCode'],
        })) as DepartmentRow | null)
      : null;

  /** A closed order takes no more department decisions (sign-offs, waivers). */
  const refuseClosed = (stages: LoadedStage[], order: OrderRow, what: { en: string; zh: string }) => {
    const current = stages.find((candidate) => candidate.key === order.stage);
    if (current?.terminal) {
      throw workflowError([
        {
          rule: 'order-closed',
          message: `the order is ${current.key}: ${what.en}`,
          messageZh: `订单已${current.nameZh},${what.zh}`,
        },
      ]);
    }
  };

  /** A department's act on the order: its append-only record, with who did it, and the history row beside it. */
  async function recordAct(
    uid: string,
    order: OrderRow,
    data: Record<string, unknown>,
    actor: Actor,
    at: Date,
    history: Omit<Parameters<typeof appendHistory>[1], 'orderId' | 'actor' | 'at'>
  ): Promise<string> {
    const created = (await asAuditWriter(() =>
      strapi.documents(uid as typeof UID.signoff).create({
        data: {
          ...data,
          order: order.documentId,
          actorType: actor.type,
          actorId: actor.id,
          actorName: actor.name,
          at,
        } as never,
      })
    )) as { documentId: string };
    await appendHistory(strapi, { ...history, orderId: order.documentId, actor, at });
    return created.documentId;
  }

  /** The failing rules of the forward moves that a department may waive, and which department. */
  const waivableFailures = (transitions: TransitionOption[]) =>
    transitions
      .filter((transition) => transition.type === 'forward')
      .flatMap((transition) =>
        transition.failures.flatMap((failure) => {
          const department = ruleRegistry.get(failure.rule)?.waivableBy;
          return department ? [{ to: transition.to, rule: failure.rule, department }] : [];
        })
      );

  return {
    async describe(documentId: string): Promise<Omit<GetWorkflow.Response['data'], 'signable'>> {
      const order = await loadOrder(documentId);
      const stages = await loadStages(strapi);
      const signoffRows = await loadSignoffs(order.id);
      const moves = availableMoves(stages, position(order));
      const context = {
        ...(await ruleContext(
          order,
          new Date(),
          moves.filter((m) => m.type === 'forward').map((m) => m.to)
        )),
        signoffs: signoffRecords(signoffRows),
      };
      const latest = new Map(signoffRecords(signoffRows).map((s) => [`${s.stage}/${s.department}`, s.decision]));

      const transitions: TransitionOption[] = moves.map((move: Move) => {
        const failures = moveFailures(ruleRegistry, move, context, move.commentRequired ? 'ok' : undefined);
        return {
          to: move.to.key,
          name: move.to.name,
          nameZh: move.to.nameZh,
          type: move.type,
          commentRequired: move.commentRequired,
          allowed: failures.length === 0,
          failures,
          signoffs:
            move.type === 'forward'
              ? move.to.requiredSignoffs.map((department) => ({
                  department,
                  decision: latest.get(`${move.to.key}/${department}`) ?? null,
                }))
              : [],
        };
      });

      const history = (await strapi.db.query(UID.orderHistory).findMany({
        where: { ...linkedTo(strapi, UID.orderHistory, 'order', order.id) },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      })) as Array<HistoryView>;

      const current = stages.find((stage) => stage.key === order.stage);
      const stageDates = order.stageDates ?? {};
      const [riskRow] = await loadOrderRisks(strapi, new Date(), theseOrders([order.id]));
      return {
        order: { documentId: order.documentId, poNumber: order.poNumber },
        stage: current ? { ...summary(current)!, enteredAt: stageDates[current.key] ?? null } : null,
        heldStage: summary(stages.find((stage) => stage.key === order.heldStage)),
        stageDates,
        stages: stages.map((stage) => ({
          ...summary(stage)!,
          kind: stage.kind,
          optional: stage.optional,
          applies: appliesTo(stage, order),
          terminal: stage.terminal,
        })),
        transitions,
        waivable: waivableFailures(transitions),
        waivers: (await loadWaivers(order.id)).map(waiverView),
        risk: riskRow?.risk ?? NOT_AT_RISK,
        exception: riskRow?.exception ?? null,
        signoffs: signoffRows.map((row): SignoffView => ({
          documentId: row.documentId,
          stage: row.stage,
          department: row.department?.key ?? '',
          decision: row.decision,
          comment: row.comment,
          actorType: row.actorType,
          actorName: row.actorName,
          at: new Date(row.at).toISOString(),
        })),
        history: history.map((row) => ({
          documentId: row.documentId,
          kind: row.kind,
          fromStage: row.fromStage ?? null,
          toStage: row.toStage ?? null,
          stage: row.stage ?? null,
          department: row.department ?? null,
          decision: row.decision ?? null,
          comment: row.comment ?? null,
          actorType: row.actorType,
          actorName: row.actorName ?? null,
          at: new Date(row.at).toISOString(),
        })),
      };
    },

    /**
     * Moves the order to `input.to`. The stage changes by a conditional update
     * (`WHERE stage = :from`): of any number of concurrent requests for one move
     * exactly one changes a row; the others get 409.
     */
    /** The departments the actor may sign for (and waive rules of): the same authority the sign-off checks. */
    async signable(actor: Actor): Promise<string[]> {
      const departments = (await strapi.db.query(UID.department).findMany({
        select: ['key', 'adminRoleCode'],
        orderBy: { key: 'asc' },
      })) as Array<{ key: string; adminRoleCode: string | null }>;
      return departments.filter((department) => canSignFor(actor, department)).map((department) => department.key);
    },

    async transition(documentId: string, input: TransitionInput, actor: Actor, options: WhenOptions = {}) {
      const at = options.at ?? new Date();
      return strapi.db.transaction(async ({ onCommit }) => {
        const order = await loadOrder(documentId);
        const from = order.stage ?? '';
        if (input.expectedStage && input.expectedStage !== from) {
          throw workflowError([
            {
              rule: 'stale-stage',
              message: `the order is at ${from || 'no stage'}, not ${input.expectedStage}: reload and try again`,
              messageZh: `订单当前阶段为 ${from || '无'},而非 ${input.expectedStage}:请刷新后重试`,
            },
          ]);
        }
        const stages = await loadStages(strapi);
        if (!stages.some((stage) => stage.key === input.to)) {
          rejectIf([
            violation(
              ['data', 'to'],
              'unknown-stage',
              `unknown stage "${input.to}" (known: ${stages.map((s) => s.key).join(', ')})`,
              `未知阶段"${input.to}"(现有阶段:${stages.map((s) => s.key).join('、')})`
            ),
          ]);
        }
        const moves = availableMoves(stages, position(order));
        const move = moves.find((candidate) => candidate.to.key === input.to);
        if (!move) {
          const allowed = moves.map((candidate) => candidate.to.key).join(', ') || 'none';
          throw workflowError([
            {
              rule: 'illegal-transition',
              message: `cannot move from ${from || 'no stage'} to ${input.to}; allowed: ${allowed}`,
              messageZh: `不能从 ${from || '无'} 转到 ${input.to};可转至:${allowed}`,
            },
          ]);
        }
        const failures = moveFailures(ruleRegistry, move, await ruleContext(order, at, [move.to]), input.comment);
        if (failures.length > 0) throw workflowError(failures);

        const stageDates = { ...(order.stageDates ?? {}), [move.to.key]: at.toISOString() };
        const heldStage = move.type === 'hold' ? from : null;
        const { count } = (await strapi.db.query(UID.order).updateMany({
          where: { id: order.id, stage: from },
          data: { stage: move.to.key, heldStage, stageDates, updatedAt: at },
        })) as { count: number };
        if (count !== 1) {
          throw workflowError([
            {
              rule: 'concurrent-change',
              message: `the order left ${from} while this move was checked; reload and try again`,
              messageZh: `校验期间订单已离开 ${from};请刷新后重试`,
            },
          ]);
        }
        await applyStageEffects(strapi, order, move.to, actor, at);
        await appendHistory(strapi, {
          orderId: order.documentId,
          kind: 'transition',
          fromStage: from,
          toStage: move.to.key,
          comment: input.comment?.trim() || null,
          actor,
          at,
        });

        const transition = { from, to: move.to.key, type: move.type, at: at.toISOString() };
        onCommit(() => {
          strapi.eventHub.emit(ORDER_STAGE_CHANGED, {
            model: 'order',
            uid: UID.order,
            entry: { id: order.id, documentId: order.documentId, poNumber: order.poNumber, stage: move.to.key },
            transition: {
              ...transition,
              comment: input.comment ?? null,
              actor: { type: actor.type, name: actor.name },
            },
          });
        });
        return transition;
      });
    },

    /**
     * Waives a rule that judges a past fact (a late inspection) for the order:
     * only the department the rule names, with a reason, and only while the
     * rule fails; what it found stays on record with the waiver and in the history.
     */
    async waive(documentId: string, input: WaiverInput, actor: Actor, options: WhenOptions = {}): Promise<WaiverView> {
      const at = options.at ?? new Date();
      return strapi.db.transaction(async () => {
        const order = await loadOrder(documentId);
        const definition = ruleRegistry.get(input.rule);
        const reason = input.reason?.trim() ?? '';
        rejectIf([
          ...(!definition
            ? [violation(['data', 'rule'], 'unknown-rule', `unknown rule "${input.rule}"`, `未知规则"${input.rule}"`)]
            : !definition.waivableBy
              ? [
                  violation(
                    ['data', 'rule'],
                    'rule-not-waivable',
                    `${input.rule} judges facts that can still change: meet it instead of waiving it`,
                    `${input.rule} 判断的事实仍可改变:请满足该规则,而不是放行`
                  ),
                ]
              : []),
          ...(reason
            ? []
            : [
                violation(
                  ['data', 'reason'],
                  'reason-required',
                  'a waiver must say why (reason)',
                  '放行须说明原因(reason)'
                ),
              ]),
        ]);
        const department = await findDepartment(definition!.waivableBy);
        if (!department || !canSignFor(actor, department)) {
          throw new errors.PolicyError(
            `${actor.name} does not hold the ${definition!.waivableBy} department's role: only it may waive ${input.rule}`,
            { policy: 'waiver-authority' }
          );
        }
        const stages = await loadStages(strapi);
        refuseClosed(stages, order, { en: 'nothing to waive', zh: '无需放行' });
        // What the rule finds now, with the parameters of the stage that requires it (else its defaults).
        const stage = stages.find((candidate) => entryRules(candidate).some((ref) => ref.rule === input.rule));
        const ref = stage ? entryRules(stage).find((candidate) => candidate.rule === input.rule) : undefined;
        const parsed = ruleRegistry.parseParams(input.rule, ref?.params);
        const context = await ruleContext(order, at, stage ? [stage] : []);
        const needed = definition!.needs ?? [];
        const loaded = needed.every((need) => context[need] !== undefined);
        const outcome =
          parsed.ok && loaded && stage ? definition!.check({ ...context, target: stage }, parsed.params) : null;
        if (!outcome || outcome.ok) {
          rejectIf([
            violation(
              ['data', 'rule'],
              'nothing-to-waive',
              `${input.rule} passes for this order: nothing to waive`,
              `该订单已满足 ${input.rule}:无需放行`
            ),
          ]);
        }
        const waived = outcome && !outcome.ok ? outcome.message : null;
        const recorded = await recordAct(
          UID.ruleWaiver,
          order,
          { rule: input.rule, department: department.documentId, reason, waived },
          actor,
          at,
          {
            kind: 'waiver',
            stage: stage?.key ?? null,
            department: department.key,
            comment: `${input.rule} waived: ${reason}${waived ? ` — ${waived}` : ''}`.slice(0, 4000),
          }
        );
        return waiverView({
          documentId: recorded,
          rule: input.rule,
          reason,
          waived,
          actorType: actor.type,
          actorName: actor.name,
          at: at.toISOString(),
          department: { key: department.key },
        });
      });
    },

    /** Records one department's decision on a stage of the order, with its history row. */
    async signoff(
      documentId: string,
      input: SignoffInput,
      actor: Actor,
      options: WhenOptions = {}
    ): Promise<SignoffView> {
      const at = options.at ?? new Date();
      return strapi.db.transaction(async () => {
        const order = await loadOrder(documentId);
        const stages = await loadStages(strapi);
        const stage = stages.find((candidate) => candidate.key === input.stage);
        const department = await findDepartment(input.department);

        rejectIf([
          ...(stage
            ? []
            : [
                violation(
                  ['data', 'stage'],
                  'unknown-stage',
                  `unknown stage "${input.stage}"`,
                  `未知阶段"${input.stage}"`
                ),
              ]),
          ...(department
            ? []
            : [
                violation(
                  ['data', 'department'],
                  'unknown-department',
                  `unknown department "${input.department}"`,
                  `未知部门"${input.department}"`
                ),
              ]),
          ...(stage && department && !stage.requiredSignoffs.includes(department.key)
            ? [
                violation(
                  ['data', 'department'],
                  'department-not-required',
                  `${department.key} does not sign off ${stage.key} (it needs: ${stage.requiredSignoffs.join(', ') || 'nobody'})`,
                  `${department.key} 不签核 ${stage.key}(需签核部门:${stage.requiredSignoffs.join('、') || '无'})`
                ),
              ]
            : []),
          ...(input.decision === 'rejected' && !input.comment?.trim()
            ? [
                violation(
                  ['data', 'comment'],
                  'comment-required',
                  'a rejection must say why (comment)',
                  '驳回须说明原因(comment)'
                ),
              ]
            : []),
        ]);
        if (!canSignFor(actor, department!)) {
          // A PolicyError keeps its message through Strapi's authorise step (a plain ForbiddenError becomes "Forbidden").
          throw new errors.PolicyError(`${actor.name} does not hold the ${department!.key} department's role`, {
            policy: 'signoff-authority',
          });
        }
        refuseClosed(stages, order, { en: 'no more sign-offs', zh: '不再签核' });

        const comment = input.comment?.trim() || null;
        const recorded = await recordAct(
          UID.signoff,
          order,
          { stage: stage!.key, department: department!.documentId, decision: input.decision, comment },
          actor,
          at,
          { kind: 'signoff', stage: stage!.key, department: department!.key, decision: input.decision, comment }
        );
        return {
          documentId: recorded,
          stage: stage!.key,
          department: department!.key,
          decision: input.decision,
          comment,
          actorType: actor.type,
          actorName: actor.name,
          at: at.toISOString(),
        };
      });
    },
  };
};
