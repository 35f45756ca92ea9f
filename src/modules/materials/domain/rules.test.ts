import { DEFAULT_WORKFLOW_STAGES } from '../../workflow/domain/default-workflow';
import { createRuleRegistry } from '../../workflow/domain/rules';
import type { RuleContext } from '../../workflow/domain/rules/registry';
import type { MaterialFacts } from './rule-inputs';
import { completeLedger } from './ledger';

const registry = createRuleRegistry();
const target = DEFAULT_WORKFLOW_STAGES.find((stage) => stage.key === 'materials-in-house')!;
const line = {
  material: 'm1',
  code: 'FAB-1',
  name: 'Twill',
  kind: 'fabric' as const,
  unit: 'm',
  ordered: 400,
  received: 0,
  passed: 0,
  returned: 0,
  issued: 0,
  nextDueDate: null,
};
const facts = (overrides: Partial<MaterialFacts> = {}): MaterialFacts => ({
  ledger: completeLedger([{ ...line, required: 370.8, received: 380, passed: 380 }]),
  receipts: [
    {
      material: 'm1',
      code: 'FAB-1',
      kind: 'fabric',
      receivedAt: '2026-11-20',
      inspectedAt: '2026-11-22',
      result: 'pass',
      cuttingApproved: true,
      passed: 380,
    },
  ],
  approvedPreIssue: false,
  permitGranted: false,
  hasConsumptionSheet: true,
  ...overrides,
});
const context = (
  materials: MaterialFacts,
  order: Record<string, unknown> = {},
  waivers: RuleContext['waivers'] = []
): RuleContext => ({
  order,
  lineCount: 1,
  target,
  signoffs: [],
  now: new Date('2026-11-27T10:00:00'),
  materials,
  waivers,
});
const check = (
  rule: string,
  materials: MaterialFacts,
  order?: Record<string, unknown>,
  waivers?: RuleContext['waivers'],
  params?: unknown
) => {
  const parsed = registry.parseParams(rule, params);
  if (!parsed.ok) throw new Error(parsed.error);
  return registry.get(rule)!.check(context(materials, order, waivers), parsed.params);
};

describe('material rules', () => {
  it('materials-in-house names each short material and its shortfall', () => {
    expect(check('materials-in-house', facts()).ok).toBe(true);
    const short = check(
      'materials-in-house',
      facts({ ledger: completeLedger([{ ...line, required: 370.8, passed: 300 }]) })
    );
    expect(short).toMatchObject({
      ok: false,
      message: 'not in house: FAB-1 Twill: short 70.8 m (required 370.8, passed 300)',
    });
  });

  it('materials-in-house: no consumption sheet is not "nothing short" — unless the order is CMT (加工单)', () => {
    const none = facts({ ledger: [], hasConsumptionSheet: false });
    expect(check('materials-in-house', none)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^no consumption sheet yet/),
    });
    expect(check('materials-in-house', none, { orderType: 'full-package' }).ok).toBe(false);
    expect(check('materials-in-house', none, { orderType: 'cmt' }).ok).toBe(true);
    // the administrator may require a sheet of CMT orders too
    expect(check('materials-in-house', none, { orderType: 'cmt' }, [], { withoutConsumptionSheet: [] }).ok).toBe(false);
    expect(() => check('materials-in-house', none, {}, [], { withoutConsumptionSheet: ['barter'] })).toThrow();
  });

  it('materials-issued compares the issued quantities', () => {
    const partly = facts({ ledger: completeLedger([{ ...line, required: 100, passed: 100, issued: 60 }]) });
    expect(check('materials-issued', partly)).toMatchObject({
      ok: false,
      message: 'not issued: FAB-1 Twill: short 40 m (required 100, issued 60)',
    });
  });

  it('fabric-inspected-in-time: within 3 days, and an uninspected lot becomes late with time', () => {
    expect(check('fabric-inspected-in-time', facts()).ok).toBe(true);
    const receipt = facts().receipts[0];
    const late = check('fabric-inspected-in-time', facts({ receipts: [{ ...receipt, inspectedAt: '2026-11-25' }] }));
    expect(late).toMatchObject({
      ok: false,
      message: 'fabric not inspected within 3 days: FAB-1 received 2026-11-20 inspected after 5 days',
    });
    const waiting = check(
      'fabric-inspected-in-time',
      facts({ receipts: [{ ...receipt, receivedAt: '2026-11-25', inspectedAt: null }] })
    );
    expect(waiting.ok).toBe(true);
    const overdue = check(
      'fabric-inspected-in-time',
      facts({ receipts: [{ ...receipt, receivedAt: '2026-11-23', inspectedAt: null }] })
    );
    expect(overdue).toMatchObject({ ok: false });
  });

  it('fabric-inspected-in-time: a waiver accepts the lateness on record, not a later one', () => {
    const receipt = facts().receipts[0];
    const lateLot = { ...receipt, inspectedAt: '2026-11-25' };
    const waiver = [{ rule: 'fabric-inspected-in-time', at: new Date('2026-11-26T09:00:00') }];
    expect(check('fabric-inspected-in-time', facts({ receipts: [lateLot] }), {}, waiver).ok).toBe(true);
    // a second lot received on the 22nd and inspected late on the 27th, after the waiver: blocked again
    const later = { ...receipt, code: 'FAB-2', receivedAt: '2026-11-22', inspectedAt: '2026-11-27' };
    expect(check('fabric-inspected-in-time', facts({ receipts: [lateLot, later] }), {}, waiver)).toMatchObject({
      ok: false,
      message: 'fabric not inspected within 3 days: FAB-2 received 2026-11-22 inspected after 5 days',
    });
    // a waiver of another rule does not count
    expect(
      check('fabric-inspected-in-time', facts({ receipts: [lateLot] }), {}, [
        { rule: 'notice-lead-time', at: new Date() },
      ]).ok
    ).toBe(false);
    expect(registry.get('fabric-inspected-in-time')!.waivableBy).toBe('qc');
    expect(registry.get('materials-in-house')!.waivableBy).toBeUndefined();
  });

  it('cutting-approved waits for QC on every passed fabric lot', () => {
    const receipt = facts().receipts[0];
    expect(check('cutting-approved', facts({ receipts: [{ ...receipt, cuttingApproved: false }] }))).toMatchObject({
      ok: false,
      message: 'QC has not approved cutting for FAB-1',
    });
    expect(
      check(
        'cutting-approved',
        facts({ receipts: [{ ...receipt, cuttingApproved: false, passed: 0, result: 'fail' }] })
      ).ok
    ).toBe(true);
  });

  it('permit-or-pre-issue: the permit granted, or an approved pre-issue', () => {
    expect(check('permit-or-pre-issue', facts()).ok).toBe(false);
    expect(check('permit-or-pre-issue', facts({ permitGranted: true })).ok).toBe(true);
    expect(check('permit-or-pre-issue', facts({ approvedPreIssue: true })).ok).toBe(true);
  });

  it('declare that they need the material facts', () => {
    for (const key of [
      'materials-in-house',
      'fabric-inspected-in-time',
      'cutting-approved',
      'permit-or-pre-issue',
      'materials-issued',
    ]) {
      expect(registry.get(key)!.needs).toEqual(['materials']);
    }
  });
});
