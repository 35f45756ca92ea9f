import { DEFAULT_WORKFLOW_STAGES } from '../default-workflow';
import { createRuleRegistry } from './index';
import type { RuleContext } from './registry';

const registry = createRuleRegistry();
const target = DEFAULT_WORKFLOW_STAGES.find((stage) => stage.key === 'completed')!;
const base: RuleContext = { order: {}, lineCount: 0, target, signoffs: [], now: new Date('2026-12-01T10:00:00Z') };

const run = (rule: string, context: Partial<RuleContext>, params?: Record<string, unknown>) => {
  const parsed = registry.parseParams(rule, params);
  if (!parsed.ok) throw new Error(parsed.error);
  return registry.get(rule)!.check({ ...base, ...context }, parsed.params);
};

describe('the rule registry', () => {
  it('lists the core rules with descriptions in both languages', () => {
    expect(registry.keys()).toEqual([
      'size-breakdown-complete',
      'required-fields',
      'notice-lead-time',
      'signoffs-complete',
      'materials-in-house',
      'fabric-inspected-in-time',
      'cutting-approved',
      'permit-or-pre-issue',
      'materials-issued',
      'production-complete',
      'subcontract-returned',
      'simulated-packing-list',
      'trims-ready',
      'booking-documents-complete',
      'final-inspection-passed',
      'shipment-within-tolerance',
      'completion-signed',
      'documents-current',
    ]);
    for (const rule of registry.list()) {
      expect(rule.description.en.length).toBeGreaterThan(10);
      expect(rule.description.zh.length).toBeGreaterThan(5);
    }
  });

  it('fills defaults and refuses unknown rules and bad params', () => {
    expect(registry.parseParams('notice-lead-time', undefined)).toEqual({ ok: true, params: { days: 3 } });
    expect(registry.parseParams('nope', {})).toMatchObject({ ok: false });
    expect(registry.parseParams('notice-lead-time', { days: -1 })).toMatchObject({ ok: false });
    expect(registry.parseParams('notice-lead-time', { days: 3, extra: 1 })).toMatchObject({ ok: false });
    expect(registry.parseParams('required-fields', { fields: [] })).toMatchObject({ ok: false });
  });

  it('refuses a rule registered twice', () => {
    expect(() => createRuleRegistry().register(registry.get('required-fields')!)).toThrow(/already registered/);
  });
});

describe('core rules', () => {
  it('size-breakdown-complete needs lines and a positive total', () => {
    expect(run('size-breakdown-complete', { lineCount: 0, order: { totalQuantity: 0 } }).ok).toBe(false);
    expect(run('size-breakdown-complete', { lineCount: 3, order: { totalQuantity: 300 } }).ok).toBe(true);
  });

  it('required-fields names the empty fields', () => {
    const outcome = run(
      'required-fields',
      { order: { season: '', style: { id: 1 }, notes: null } },
      { fields: ['season', 'style', 'notes'] }
    );
    expect(outcome).toMatchObject({ ok: false, message: 'required fields are empty: season, notes' });
  });

  it('notice-lead-time: at least N days before the material issue date (领料日期前三天)', () => {
    expect(run('notice-lead-time', { order: { materialIssueDate: '2026-12-04' } }).ok).toBe(true);
    const late = run('notice-lead-time', { order: { materialIssueDate: '2026-12-03' } });
    expect(late).toMatchObject({ ok: false });
    expect(late.ok ? '' : late.message).toContain('only 2 left');
    expect(run('notice-lead-time', { order: {} })).toMatchObject({
      ok: false,
      message: 'materialIssueDate (领料日期) is not set',
    });
    expect(run('notice-lead-time', { order: { materialIssueDate: '2026-12-02' } }, { days: 1 }).ok).toBe(true);
  });

  it('signoffs-complete: the latest decision of every required department is approved', () => {
    const at = (minutes: number) => new Date(base.now.getTime() + minutes * 60_000);
    const approvals = ['planning', 'trade', 'factory'].map((department, i) => ({
      stage: 'completed',
      department,
      decision: 'approved' as const,
      at: at(i),
    }));
    expect(run('signoffs-complete', { signoffs: approvals }).ok).toBe(true);
    const rejected = run('signoffs-complete', {
      signoffs: [...approvals, { stage: 'completed', department: 'trade', decision: 'rejected', at: at(10) }],
    });
    expect(rejected).toMatchObject({
      ok: false,
      message: 'sign-offs missing for completed: trade (rejected by trade)',
    });
    const otherStage = run('signoffs-complete', { signoffs: approvals.map((s) => ({ ...s, stage: 'booked' })) });
    expect(otherStage.ok).toBe(false);
  });
});
