import { violation, type Violation } from '../violation';
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
    found.push(violation(['key'], 'stage-key-format', `key "${stage.key}" must be kebab-case (e.g. final-inspection)`));
  }
  if (others.some((other) => other.key === stage.key)) {
    found.push(violation(['key'], 'unique', `a stage with key "${stage.key}" already exists`));
  }
  for (const kind of ['hold', 'cancel'] as const) {
    if (stage.kind === kind && others.some((other) => other.kind === kind)) {
      found.push(violation(['kind'], `single-${kind}-stage`, `the workflow already has a ${kind} stage`));
    }
  }
  if (stage.kind === 'cancel' && !stage.terminal) {
    found.push(violation(['terminal'], 'cancel-terminal', 'the cancel stage must be terminal'));
  }
  if (stage.kind === 'hold' && stage.terminal) {
    found.push(
      violation(['terminal'], 'hold-not-terminal', 'the hold stage cannot be terminal: orders resume from it')
    );
  }
  if (stage.optional) {
    if (stage.kind !== 'step') {
      found.push(violation(['optional'], 'optional-step-only', 'only step stages can be optional'));
    } else if (!stage.appliesWhen || facts.orderFields[stage.appliesWhen] !== 'boolean') {
      found.push(
        violation(
          ['appliesWhen'],
          'applies-when-field',
          `an optional stage needs appliesWhen: the name of a boolean order field (e.g. requiresWashing)`
        )
      );
    }
  }
  stage.rules.forEach((ref, index) => {
    const parsed = registry.parseParams(ref.rule, ref.params);
    if (!parsed.ok) {
      const where = registry.get(ref.rule) ? 'params' : 'rule';
      found.push(violation(['rules', index, where], where === 'rule' ? 'unknown-rule' : 'rule-params', parsed.error));
      return;
    }
    if (ref.rule === 'required-fields') {
      const unknown = (parsed.params.fields as string[]).filter((field) => !(field in facts.orderFields));
      if (unknown.length > 0) {
        found.push(
          violation(
            ['rules', index, 'params'],
            'unknown-field',
            `required-fields names unknown order fields: ${unknown.join(', ')}`
          )
        );
      }
    }
  });
  return [...found, ...checkStageMeaning(stage, others)];
}
