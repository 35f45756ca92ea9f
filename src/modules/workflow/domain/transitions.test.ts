import { DEFAULT_WORKFLOW_STAGES } from './default-workflow';
import { createRuleRegistry } from './rules';
import { availableMoves, entryRules, initialStage, moveFailures } from './transitions';

const stages = DEFAULT_WORKFLOW_STAGES;
const registry = createRuleRegistry();
const at = (stage: string, order: Record<string, unknown> = {}, heldStage: string | null = null) =>
  availableMoves(stages, { stage, heldStage, order }).map((move) => `${move.type}:${move.to.key}`);

describe('availableMoves', () => {
  it('starts at received: forward, hold or cancel — no way back', () => {
    expect(initialStage(stages)?.key).toBe('received');
    expect(at('received')).toEqual(['forward:notice-issued', 'hold:on-hold', 'cancel:cancelled']);
  });

  it('skips optional stages that do not apply to the order', () => {
    expect(at('in-production')).toEqual([
      'forward:packing',
      'back:materials-issued',
      'hold:on-hold',
      'cancel:cancelled',
    ]);
    expect(at('in-production', { requiresWashing: true })[0]).toBe('forward:washing');
    expect(at('in-production', { requiresPrintOrEmbroidery: true, requiresWashing: true })[0]).toBe(
      'forward:print-embroidery'
    );
    expect(at('packing', { requiresWashing: true })[1]).toBe('back:washing');
  });

  it('resumes a held order only to the stage it was held in', () => {
    expect(at('on-hold', {}, 'materials-issued')).toEqual(['resume:materials-issued', 'cancel:cancelled']);
  });

  it('allows nothing from a terminal stage or an unknown one', () => {
    expect(at('completed')).toEqual([]);
    expect(at('cancelled')).toEqual([]);
    expect(at('no-such-stage')).toEqual([]);
  });

  it('a stage the order no longer applies to still moves on by position', () => {
    expect(at('washing', { requiresWashing: false })[0]).toBe('forward:packing');
  });
});

describe('moveFailures', () => {
  const context = {
    order: { totalQuantity: 0, style: { id: 1 }, exFactoryDate: '2027-02-01', materialIssueDate: null },
    lineCount: 0,
    signoffs: [],
    now: new Date('2026-12-01T08:00:00Z'),
  };
  const forward = availableMoves(stages, { stage: 'received', heldStage: null, order: {} })[0];

  it('names every failing entry rule, sign-offs included', () => {
    expect(moveFailures(registry, forward, context, null).map((f) => f.rule)).toEqual([
      'size-breakdown-complete',
      'required-fields',
      'notice-lead-time',
      'signoffs-complete',
    ]);
  });

  it('passes when the notice is in time, complete and signed', () => {
    const ready = {
      ...context,
      order: { ...context.order, totalQuantity: 100, materialIssueDate: '2026-12-04' },
      lineCount: 2,
      signoffs: [{ stage: 'notice-issued', department: 'planning', decision: 'approved' as const, at: new Date() }],
    };
    expect(moveFailures(registry, forward, ready, null)).toEqual([]);
  });

  it('asks for a comment to go back or cancel', () => {
    const moves = availableMoves(stages, { stage: 'in-production', heldStage: null, order: {} });
    const back = moves.find((move) => move.type === 'back')!;
    const cancel = moves.find((move) => move.type === 'cancel')!;
    expect(moveFailures(registry, back, context, '  ').map((f) => f.rule)).toEqual(['comment-required']);
    expect(moveFailures(registry, cancel, context, 'buyer cancelled the PO')).toEqual([]);
  });

  it('reports a misconfigured rule as a failure rather than crashing', () => {
    const broken = {
      ...forward,
      to: { ...forward.to, rules: [{ rule: 'notice-lead-time', params: { days: 'three' } }] },
    };
    const failures = moveFailures(registry, broken, context, null);
    expect(failures[0]).toMatchObject({ rule: 'notice-lead-time' });
    expect(failures[0].message).toContain('invalid params');
  });
});

describe('entryRules', () => {
  it('implies signoffs-complete when a stage requires sign-offs, once', () => {
    const permit = stages.find((stage) => stage.key === 'permit-granted')!;
    expect(entryRules(permit).map((ref) => ref.rule)).toEqual([
      'cutting-approved',
      'documents-current',
      'signoffs-complete',
    ]);
    expect(entryRules({ ...permit, rules: [{ rule: 'signoffs-complete' }] })).toHaveLength(1);
    expect(entryRules(stages.find((stage) => stage.key === 'notice-issued')!).map((ref) => ref.rule)).not.toContain(
      'documents-current'
    );
  });
});
