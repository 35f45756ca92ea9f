import { DEFAULT_WORKFLOW_STAGES } from './default-workflow';
import { checkStageMeaning, enteredStageIssuing, inferMeaning, stageSets } from './stage-meaning';
import type { StageDefinition } from './stages';

const stage = (key: string, position: number, meaning: Partial<StageDefinition> = {}): StageDefinition => ({
  key,
  name: key,
  nameZh: key,
  position,
  kind: 'step',
  optional: false,
  appliesWhen: null,
  requiredSignoffs: [],
  rules: [],
  terminal: false,
  phase: 'production',
  onTheLines: false,
  countsAsShipped: false,
  issuesDocument: null,
  ...meaning,
});
const others = (key: string) => DEFAULT_WORKFLOW_STAGES.filter((s) => s.key !== key);

describe('stage sets from the stages meaning', () => {
  it('the default workflow: the lines are 生产中 to 后道包装, the goods leave at 出货', () => {
    // The seed's order flow (第1篇 §五): sewing, print/embroidery, washing and packing happen on
    // the factory's lines; 出货 is when the goods leave; 完单 closes the order; 取消 ends it.
    expect(stageSets(DEFAULT_WORKFLOW_STAGES)).toEqual({
      onTheLines: ['in-production', 'print-embroidery', 'washing', 'packing'],
      shipped: ['shipped', 'completed'],
      shipment: ['shipped'],
      awaitingCompletion: ['shipped'],
      finished: ['shipped', 'completed', 'cancelled'],
      ended: ['completed', 'cancelled'],
      cancelled: ['cancelled'],
    });
  });

  it('follow an administrator who adds, renames and drops stages', () => {
    const edited = [
      ...DEFAULT_WORKFLOW_STAGES.filter((s) => s.key !== 'washing' && s.key !== 'shipped'),
      stage('embroidery-qc', 75, { onTheLines: true }),
      stage('loaded', 120, { phase: 'shipping', countsAsShipped: true }),
      stage('invoiced', 125, { phase: 'shipping', countsAsShipped: true }),
    ];
    const sets = stageSets(edited);
    expect(sets.onTheLines).toEqual(['in-production', 'print-embroidery', 'embroidery-qc', 'packing']);
    expect(sets.shipment).toEqual(['loaded']);
    expect(sets.awaitingCompletion).toEqual(['loaded', 'invoiced']);
    expect(sets.finished).toEqual(['loaded', 'invoiced', 'completed', 'cancelled']);
  });

  it('an optional first shipment step: entering it or the required one after it is the shipment', () => {
    const edited = [
      ...DEFAULT_WORKFLOW_STAGES.filter((s) => s.key !== 'shipped'),
      stage('air-freight', 115, { phase: 'shipping', countsAsShipped: true, optional: true }),
      stage('shipped', 120, { phase: 'shipping', countsAsShipped: true }),
    ];
    expect(stageSets(edited).shipment).toEqual(['air-freight', 'shipped']);
  });

  it('the permit is granted once the order entered the stage issuing it, whatever its key', () => {
    const stages = [stage('licence', 40, { phase: 'materials', issuesDocument: 'production-permit' })];
    expect(enteredStageIssuing({ licence: '2026-11-20T09:00:00Z' }, stages, 'production-permit')).toBe(true);
    expect(enteredStageIssuing({ 'permit-granted': '2026-11-20T09:00:00Z' }, stages, 'production-permit')).toBe(false);
    expect(enteredStageIssuing(null, stages, 'production-permit')).toBe(false);
  });
});

describe('a stage saved without its meaning', () => {
  it('means what the step before it means', () => {
    // After 印绣花 (production, on the lines) at 70: an embroidery QC at 75 is on the lines too.
    expect(inferMeaning({ position: 75 }, DEFAULT_WORKFLOW_STAGES)).toEqual({
      phase: 'production',
      onTheLines: true,
      countsAsShipped: false,
    });
    // After 发料 (materials) at 50: a PP meeting at 55 is a materials step, not on the lines.
    expect(inferMeaning({ position: 55 }, DEFAULT_WORKFLOW_STAGES)).toEqual({
      phase: 'materials',
      onTheLines: false,
      countsAsShipped: false,
    });
    // After 出货 at 120: an invoicing step at 125 still counts as shipped.
    expect(inferMeaning({ position: 125 }, DEFAULT_WORKFLOW_STAGES)).toMatchObject({
      phase: 'shipping',
      countsAsShipped: true,
    });
  });

  it('keeps what the administrator set, and gives hold and cancel their own phase', () => {
    expect(inferMeaning({ position: 75, phase: 'finishing' }, DEFAULT_WORKFLOW_STAGES)).toEqual({
      phase: 'finishing',
      onTheLines: false,
      countsAsShipped: false,
    });
    expect(inferMeaning({ position: 950, kind: 'hold' }, [])).toMatchObject({ phase: 'hold' });
    expect(inferMeaning({ position: 960, kind: 'cancel' }, [])).toMatchObject({ phase: 'cancelled' });
    expect(inferMeaning({ position: 5 }, DEFAULT_WORKFLOW_STAGES).phase).toBe('pre-production');
  });
});

describe('checkStageMeaning', () => {
  it('accepts every default stage', () => {
    for (const s of DEFAULT_WORKFLOW_STAGES) expect(checkStageMeaning(s, others(s.key))).toEqual([]);
  });

  it.each([
    [{ phase: 'packing' as never }, 'phase', 'stage-phase'],
    [{ phase: 'hold' as const }, 'phase', 'phase-kind'],
    [{ kind: 'hold' as const, phase: 'production' as const }, 'phase', 'phase-kind'],
    [{ phase: 'materials' as const, onTheLines: true }, 'onTheLines', 'on-the-lines-phase'],
    [{ phase: 'finishing' as const, countsAsShipped: true }, 'countsAsShipped', 'counts-as-shipped-phase'],
    [{ issuesDocument: 'production-permit' as const }, 'issuesDocument', 'document-issued-twice'],
  ])('refuses %j on a stage at 75', (meaning, path, rule) => {
    const found = checkStageMeaning(stage('embroidery-qc', 75, meaning), DEFAULT_WORKFLOW_STAGES);
    expect(found).toContainEqual(expect.objectContaining({ path: [path], rule }));
  });

  it('keeps shipped goods shipped: no step after a shipped one that is not, nor before it that is', () => {
    const afterShipped = checkStageMeaning(stage('rework', 125, { phase: 'shipping' }), DEFAULT_WORKFLOW_STAGES);
    expect(afterShipped.map((v) => v.rule)).toEqual(['shipped-stays-shipped']);
    const beforeBooked = checkStageMeaning(
      stage('early', 95, { phase: 'shipping', countsAsShipped: true }),
      DEFAULT_WORKFLOW_STAGES
    );
    expect(beforeBooked.map((v) => v.rule)).toEqual(['shipped-stays-shipped']);
  });
});
