import type { RuleFailure, RuleContext, RuleRegistry } from './rules/registry';
import { SIGNOFFS_RULE } from './rules';
import { appliesTo, byPosition, type RuleRef, type StageDefinition } from './stages';

export type MoveType = 'forward' | 'back' | 'hold' | 'resume' | 'cancel';

export interface Move {
  type: MoveType;
  to: StageDefinition;
  /** Going back and cancelling must say why. */
  commentRequired: boolean;
}

export interface OrderPosition {
  stage: string | null;
  heldStage: string | null;
  /** The order's fields, for optional stages (`appliesWhen`). */
  order: Record<string, unknown>;
}

/**
 * The moves the workflow allows from where the order is: forward to the next
 * applicable step, back one applicable step, hold, resume (to the held stage),
 * cancel. A terminal stage allows nothing.
 */
export function availableMoves(stages: readonly StageDefinition[], position: OrderPosition): Move[] {
  const current = stages.find((stage) => stage.key === position.stage);
  if (!current || current.terminal) return [];
  const hold = stages.find((stage) => stage.kind === 'hold');
  const cancel = stages.find((stage) => stage.kind === 'cancel');
  const moves: Move[] = [];

  if (current.kind === 'hold') {
    const held = stages.find((stage) => stage.key === position.heldStage);
    if (held) moves.push({ type: 'resume', to: held, commentRequired: false });
  } else {
    const steps = byPosition(stages.filter((stage) => stage.kind === 'step' && appliesTo(stage, position.order)));
    const next = steps.find((stage) => stage.position > current.position);
    const previous = [...steps].reverse().find((stage) => stage.position < current.position);
    if (next) moves.push({ type: 'forward', to: next, commentRequired: false });
    if (previous) moves.push({ type: 'back', to: previous, commentRequired: true });
    if (hold) moves.push({ type: 'hold', to: hold, commentRequired: false });
  }
  if (cancel) moves.push({ type: 'cancel', to: cancel, commentRequired: true });
  return moves;
}

/** The entry rules of a stage; sign-offs are implied whenever the stage requires any. */
export function entryRules(stage: StageDefinition): RuleRef[] {
  const rules = [...stage.rules];
  if (stage.requiredSignoffs.length > 0 && !rules.some((ref) => ref.rule === SIGNOFFS_RULE)) {
    rules.push({ rule: SIGNOFFS_RULE, params: {} });
  }
  return rules;
}

/**
 * Every reason a move may not happen now. Only forward moves check the target's
 * entry rules; the others are checked for a comment where one is required.
 */
export function moveFailures(
  registry: RuleRegistry,
  move: Move,
  context: Omit<RuleContext, 'target'>,
  comment: string | null | undefined
): RuleFailure[] {
  const failures: RuleFailure[] = [];
  if (move.commentRequired && !comment?.trim()) {
    failures.push({
      rule: 'comment-required',
      message: `a comment is required to ${move.type === 'back' ? 'go back' : 'cancel'}`,
      messageZh: move.type === 'back' ? '退回上一阶段须填写原因' : '取消订单须填写原因',
    });
  }
  if (move.type !== 'forward') return failures;

  for (const ref of entryRules(move.to)) {
    const parsed = registry.parseParams(ref.rule, ref.params);
    if (!parsed.ok) {
      failures.push({ rule: ref.rule, message: parsed.error, messageZh: `规则配置错误:${parsed.error}` });
      continue;
    }
    const outcome = registry.get(ref.rule)!.check({ ...context, target: move.to }, parsed.params);
    if (!outcome.ok) failures.push({ rule: ref.rule, message: outcome.message, messageZh: outcome.messageZh });
  }
  return failures;
}

/** The first stage of the main line: where every new order starts. */
export const initialStage = (stages: readonly StageDefinition[]): StageDefinition | undefined =>
  byPosition(stages.filter((stage) => stage.kind === 'step'))[0];
