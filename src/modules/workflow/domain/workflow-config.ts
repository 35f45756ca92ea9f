import { violation, type Violation } from '../../../platform/domain/violation';
import type { RuleRegistry } from './rules/registry';
import { checkStageMeaning } from './stage-meaning';
import { STAGE_KEY_PATTERN, type StageDefinition } from './stages';

export interface WorkflowFacts {
  /** The order's attributes and their Strapi types, including ones added in the Content-Type Builder. */
  orderFields: Record<string, string>;
}

/**
 * What an administrator may not do to a stage: a malformed or repeated key, a
 * second hold or cancel stage, an optional stage without a boolean condition,
 * an unknown rule or invalid parameters. Checked on every stage write.
 */
export function checkStage(
  stage: StageDefinition,
  others: readonly StageDefinition[],
  registry: RuleRegistry,
  facts: WorkflowFacts
): Violation[] {
  const found: Violation[] = [];
  if (!STAGE_KEY_PATTERN.test(stage.key)) {
    found.push(
      violation(
        ['key'],
        'stage-key-format',
        `key "${stage.key}" must be kebab-case (e.g. final-inspection)`,
        `阶段代码 key"${stage.key}"须为 kebab-case(如 final-inspection)`
      )
    );
  }
  if (others.some((other) => other.key === stage.key)) {
    found.push(
      violation(['key'], 'unique', `a stage with key "${stage.key}" already exists`, `阶段代码"${stage.key}"已存在`)
    );
  }
  for (const kind of ['hold', 'cancel'] as const) {
    if (stage.kind === kind && others.some((other) => other.kind === kind)) {
      found.push(
        violation(
          ['kind'],
          `single-${kind}-stage`,
          `the workflow already has a ${kind} stage`,
          `流程中已有 ${kind === 'hold' ? '暂停(hold)' : '取消(cancel)'}阶段`
        )
      );
    }
  }
  if (stage.kind === 'cancel' && !stage.terminal) {
    found.push(
      violation(['terminal'], 'cancel-terminal', 'the cancel stage must be terminal', '取消阶段必须是终止阶段')
    );
  }
  if (stage.kind === 'hold' && stage.terminal) {
    found.push(
      violation(
        ['terminal'],
        'hold-not-terminal',
        'the hold stage cannot be terminal: orders resume from it',
        '暂停阶段不能是终止阶段:订单要从暂停中恢复'
      )
    );
  }
  if (stage.optional) {
    if (stage.kind !== 'step') {
      found.push(
        violation(
          ['optional'],
          'optional-step-only',
          'only step stages can be optional',
          '只有步骤(step)阶段可以设为可选'
        )
      );
    } else if (!stage.appliesWhen || facts.orderFields[stage.appliesWhen] !== 'boolean') {
      found.push(
        violation(
          ['appliesWhen'],
          'applies-when-field',
          `an optional stage needs appliesWhen: the name of a boolean order field (e.g. requiresWashing)`,
          '可选阶段须填写适用条件字段 appliesWhen:订单的一个布尔字段名(如 requiresWashing)'
        )
      );
    }
  }
  stage.rules.forEach((ref, index) => {
    const parsed = registry.parseParams(ref.rule, ref.params);
    if (!parsed.ok) {
      const where = registry.get(ref.rule) ? 'params' : 'rule';
      found.push(
        violation(
          ['rules', index, where],
          where === 'rule' ? 'unknown-rule' : 'rule-params',
          parsed.error,
          where === 'rule'
            ? `未知规则"${ref.rule}"(可用规则:${registry.keys().join('、')})`
            : `规则"${ref.rule}"的参数无效:${parsed.error}`
        )
      );
      return;
    }
    if (ref.rule === 'required-fields') {
      const unknown = (parsed.params.fields as string[]).filter((field) => !(field in facts.orderFields));
      if (unknown.length > 0) {
        found.push(
          violation(
            ['rules', index, 'params'],
            'unknown-field',
            `required-fields names unknown order fields: ${unknown.join(', ')}`,
            `required-fields 中有订单没有的字段:${unknown.join('、')}`
          )
        );
      }
    }
  });
  return [...found, ...checkStageMeaning(stage, others)];
}
