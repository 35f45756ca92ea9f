/**
 * The order workflow is data: an ordered list of stages an administrator edits.
 * `step` stages form the main line; one `hold` stage parks an order (and resumes
 * it where it was); one `cancel` stage ends it.
 */
export type StageKind = 'step' | 'hold' | 'cancel';

/**
 * What a stage means to the rest of Gendan, whatever its key: the dashboard,
 * the due list, reminders, T&A and the portals ask for "stages on the lines"
 * or "stages where the goods have left", never for a key.
 */
export const STAGE_PHASES = [
  'pre-production',
  'materials',
  'production',
  'finishing',
  'shipping',
  'closed',
  'hold',
  'cancelled',
] as const;
export type StagePhase = (typeof STAGE_PHASES)[number];

/** The documents entering a stage issues (and, for the notice, plans the order's T&A). */
export const STAGE_DOCUMENTS = ['production-notice', 'production-permit'] as const;
export type StageDocument = (typeof STAGE_DOCUMENTS)[number];

/** The meaning fields of a stage, set on the defaults and edited by administrators. */
export interface StageMeaning {
  phase: StagePhase;
  /** Orders in this stage count as pieces in production (生产中). */
  onTheLines: boolean;
  /** The goods have left the factory once an order enters this stage (出货). */
  countsAsShipped: boolean;
  issuesDocument: StageDocument | null;
}

export interface RuleRef {
  rule: string;
  params?: Record<string, unknown> | null;
}

export interface StageDefinition extends StageMeaning {
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
