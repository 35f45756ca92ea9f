import { violation, type Violation } from '../../../platform/domain/violation';
import { byPosition, STAGE_DOCUMENTS, STAGE_PHASES, type StageDefinition, type StageDocument } from './stages';

type Stage = Pick<
  StageDefinition,
  'key' | 'position' | 'kind' | 'phase' | 'onTheLines' | 'countsAsShipped' | 'issuesDocument'
> &
  Partial<Pick<StageDefinition, 'optional'>>;

/**
 * The stage keys each question needs, read from the stages' meaning — so an
 * administrator who adds, renames or drops a stage changes every answer with it.
 */
export interface StageSets {
  /** Orders here are on the lines: pieces in production. */
  onTheLines: string[];
  /** The goods have left the factory. */
  shipped: string[];
  /**
   * Entering one of these is the shipment (出货) date: the first step that
   * counts as shipped (and any optional one before it that an order may take instead).
   */
  shipment: string[];
  /** Shipped and not yet closed: the completion report is chased here. */
  awaitingCompletion: string[];
  /** No longer watched for its dates (shipped, closed or cancelled): not an active order. */
  finished: string[];
  /** Closed or cancelled: nothing left to plan or chase in the T&A calendar. */
  ended: string[];
  cancelled: string[];
}

export function stageSets(stages: readonly Stage[]): StageSets {
  const keys = (test: (stage: Stage) => boolean) => byPosition(stages.filter(test)).map((stage) => stage.key);
  const closedOrCancelled = (stage: Stage) => stage.phase === 'closed' || stage.phase === 'cancelled';
  const shippedSteps = byPosition(stages.filter((stage) => stage.kind === 'step' && stage.countsAsShipped));
  const firstRequired = shippedSteps.findIndex((stage) => !stage.optional);
  return {
    onTheLines: keys((stage) => stage.onTheLines),
    shipped: keys((stage) => stage.countsAsShipped),
    shipment: (firstRequired < 0 ? shippedSteps : shippedSteps.slice(0, firstRequired + 1)).map((stage) => stage.key),
    awaitingCompletion: keys((stage) => stage.countsAsShipped && !closedOrCancelled(stage)),
    finished: keys((stage) => stage.countsAsShipped || closedOrCancelled(stage)),
    ended: keys(closedOrCancelled),
    cancelled: keys((stage) => stage.phase === 'cancelled'),
  };
}

/** Whether an order has entered a stage that issues `document` (its stage dates say which it entered). */
export const enteredStageIssuing = (
  stageDates: Record<string, unknown> | null | undefined,
  stages: readonly Stage[],
  document: StageDocument
): boolean => stages.some((stage) => stage.issuesDocument === document && !!stageDates?.[stage.key]);

/** The part of a stage an administrator may leave blank: inferred on save. */
export type StageMeaningInput = Partial<Pick<Stage, 'phase' | 'onTheLines' | 'countsAsShipped'>> &
  Pick<Stage, 'position'> & { kind?: Stage['kind'] | null };

/**
 * The meaning of a stage saved without one: the hold and cancel stages mean
 * what their kind says; a new step means what the step before it means (a
 * stage added after print/embroidery is on the lines, one after shipment
 * counts as shipped). What the administrator sets is kept.
 */
export function inferMeaning(
  stage: StageMeaningInput,
  others: readonly Stage[]
): Pick<Stage, 'phase' | 'onTheLines' | 'countsAsShipped'> {
  const kind = stage.kind ?? 'step';
  if (kind === 'hold' || kind === 'cancel') {
    return {
      phase: stage.phase ?? (kind === 'hold' ? 'hold' : 'cancelled'),
      onTheLines: stage.onTheLines ?? false,
      countsAsShipped: stage.countsAsShipped ?? false,
    };
  }
  const before = byPosition(others.filter((other) => other.kind === 'step' && other.position <= stage.position)).pop();
  const phase = stage.phase ?? before?.phase ?? 'pre-production';
  const sameMeaning = before?.phase === phase;
  return {
    phase,
    onTheLines: stage.onTheLines ?? (sameMeaning ? before.onTheLines : false),
    countsAsShipped: stage.countsAsShipped ?? (sameMeaning ? before.countsAsShipped : false),
  };
}

const LINE_PHASES: readonly string[] = ['production', 'finishing'];
const SHIPPED_PHASES: readonly string[] = ['shipping', 'closed'];

/**
 * What a stage's meaning may not be: a phase outside the list, a hold or
 * cancel stage with another phase (or the reverse), flags a phase cannot
 * carry, a document issued by two stages, and a workflow where the goods
 * count as shipped before a later step that does not.
 */
export function checkStageMeaning(stage: Stage, others: readonly Stage[]): Violation[] {
  const found: Violation[] = [];
  if (!(STAGE_PHASES as readonly string[]).includes(stage.phase)) {
    found.push(
      violation(
        ['phase'],
        'stage-phase',
        `phase must be one of ${STAGE_PHASES.join(', ')}`,
        `phase 须为以下之一:${STAGE_PHASES.join('、')}`
      )
    );
    return found;
  }
  const expected = stage.kind === 'hold' ? 'hold' : stage.kind === 'cancel' ? 'cancelled' : null;
  if (expected && stage.phase !== expected) {
    found.push(
      violation(
        ['phase'],
        'phase-kind',
        `the ${stage.kind} stage's phase must be "${expected}"`,
        `${stage.kind} 阶段的 phase 必须为"${expected}"`
      )
    );
  } else if (!expected && (stage.phase === 'hold' || stage.phase === 'cancelled')) {
    found.push(
      violation(
        ['phase'],
        'phase-kind',
        `phase "${stage.phase}" belongs to the ${stage.phase === 'hold' ? 'hold' : 'cancel'} stage`,
        `phase"${stage.phase}"只属于${stage.phase === 'hold' ? '暂停(hold)' : '取消(cancel)'}阶段`
      )
    );
  }
  if (stage.onTheLines && !LINE_PHASES.includes(stage.phase)) {
    found.push(
      violation(
        ['onTheLines'],
        'on-the-lines-phase',
        'only production and finishing stages can count as on the lines',
        '只有生产和后整环节的阶段才能计入在产'
      )
    );
  }
  if (stage.countsAsShipped && !SHIPPED_PHASES.includes(stage.phase)) {
    found.push(
      violation(
        ['countsAsShipped'],
        'counts-as-shipped-phase',
        'only shipping and closed stages can count as shipped',
        '只有出运和结案环节的阶段才能视为已出货'
      )
    );
  }
  if (stage.issuesDocument) {
    if (!(STAGE_DOCUMENTS as readonly string[]).includes(stage.issuesDocument)) {
      found.push(
        violation(
          ['issuesDocument'],
          'stage-document',
          `issuesDocument must be one of ${STAGE_DOCUMENTS.join(', ')}`,
          `issuesDocument 须为以下之一:${STAGE_DOCUMENTS.join('、')}`
        )
      );
    }
    const twice = others.find((other) => other.issuesDocument === stage.issuesDocument);
    if (twice) {
      found.push(
        violation(
          ['issuesDocument'],
          'document-issued-twice',
          `stage "${twice.key}" already issues the ${stage.issuesDocument}`,
          `阶段"${twice.key}"已签发 ${stage.issuesDocument}`
        )
      );
    }
  }
  if (stage.kind === 'step') {
    const steps = others.filter((other) => other.kind === 'step');
    const laterNotShipped = steps.find((other) => other.position > stage.position && !other.countsAsShipped);
    const earlierShipped = steps.find((other) => other.position < stage.position && other.countsAsShipped);
    if (stage.countsAsShipped && laterNotShipped) {
      found.push(
        violation(
          ['countsAsShipped'],
          'shipped-stays-shipped',
          `stage "${laterNotShipped.key}" comes later and does not count as shipped: goods cannot come back`,
          `阶段"${laterNotShipped.key}"在后且不视为已出货:货物出厂后不能退回`
        )
      );
    } else if (!stage.countsAsShipped && earlierShipped) {
      found.push(
        violation(
          ['countsAsShipped'],
          'shipped-stays-shipped',
          `stage "${earlierShipped.key}" comes earlier and counts as shipped: this one must too`,
          `阶段"${earlierShipped.key}"在前且已视为已出货:本阶段也必须视为已出货`
        )
      );
    }
  }
  return found;
}
