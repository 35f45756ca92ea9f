/**
 * The order workflow is data: an ordered list of stages an administrator edits.
 * `step` stages form the main line; one `hold` stage parks an order (and resumes
 * it where it was); one `cancel` stage ends it.
 */
export type StageKind = 'step' | 'hold' | 'cancel';

export interface RuleRef {
  rule: string;
  params?: Record<string, unknown> | null;
}

export interface StageDefinition {
  key: string;
  name: string;
  nameZh: string;
  position: number;
  kind: StageKind;
  /** An optional step is skipped for orders where `appliesWhen` (a boolean order field) is false. */
  optional: boolean;
  appliesWhen?: string | null;
  /** Department keys that must approve entry into this stage. */
  requiredSignoffs: string[];
  /** Entry rules, checked before an order may move forward into this stage. */
  rules: RuleRef[];
  terminal: boolean;
}

export const STAGE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const byPosition = <T extends Pick<StageDefinition, 'position' | 'key'>>(stages: readonly T[]): T[] =>
  [...stages].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));

/** Whether a step applies to an order: optional steps depend on a boolean order field. */
export const appliesTo = (stage: StageDefinition, order: Record<string, unknown>): boolean =>
  !stage.optional || !stage.appliesWhen || order[stage.appliesWhen] === true;
