import { DEFAULT_WORKFLOW_STAGES } from '../../workflow/domain/default-workflow';
import { createRuleRegistry } from '../../workflow/domain/rules';
import type { ShippingFacts } from './rule-inputs';

const registry = createRuleRegistry();
const target = DEFAULT_WORKFLOW_STAGES.find((stage) => stage.key === 'shipped')!;
const ready: ShippingFacts = {
  simulatedList: true,
  finalList: { pieces: 1000, within: true, deviationApprovedBy: null },
  tolerance: { allowedMin: 950, allowedMax: 1050, underPct: 5, overPct: 5 },
  trims: [{ item: 'cartons', requiredQty: 42, receivedQty: 42, checked: true }],
  booking: {
    documents: { docSimulatedPackingList: true, docCartonData: true, docPurchaseOrder: true, docTechnicalData: true },
    cutoffDate: '2026-12-01',
  },
  inspections: [
    { result: 'pass', inspectedAt: '2026-11-27' },
    { result: 'fail', inspectedAt: '2026-11-25' },
  ],
  completion: {
    shippedAt: '2026-11-28',
    reportDate: '2026-11-30',
    planningSignedBy: 'A',
    tradeSignedBy: 'B',
    factoryManagerSignedBy: 'C',
    withinTolerance: true,
    outsideToleranceReason: null,
  },
};
const check = (rule: string, shipping: Partial<ShippingFacts> = {}) =>
  registry
    .get(rule)!
    .check({ order: {}, lineCount: 1, target, signoffs: [], now: new Date(), shipping: { ...ready, ...shipping } }, {});

describe('shipping rules', () => {
  it('all pass for an order ready to ship', () => {
    for (const rule of [
      'simulated-packing-list',
      'trims-ready',
      'booking-documents-complete',
      'final-inspection-passed',
      'shipment-within-tolerance',
      'completion-signed',
    ]) {
      expect([rule, check(rule).ok]).toEqual([rule, true]);
    }
  });

  it('name what is missing', () => {
    expect(check('simulated-packing-list', { simulatedList: false })).toMatchObject({
      message: 'no simulated packing list yet',
    });
    expect(check('trims-ready', { trims: [] })).toMatchObject({ message: 'no back-end trims checklist for the order' });
    expect(
      check('trims-ready', { trims: [{ item: 'hang-tags', requiredQty: 1000, receivedQty: 800, checked: false }] })
    ).toMatchObject({
      message: 'back-end trims not ready: hang-tags 800/1000 not checked',
    });
    expect(check('booking-documents-complete', { booking: null })).toMatchObject({ message: 'no booking (托书) yet' });
    expect(
      check('final-inspection-passed', { inspections: [{ result: 'fail', inspectedAt: '2026-11-27' }] })
    ).toMatchObject({ ok: false });
    expect(check('final-inspection-passed', { inspections: [{ result: null, inspectedAt: null }] })).toMatchObject({
      message: 'no final inspection result yet',
    });
  });

  it('a shipment outside tolerance passes only with the customer approval recorded', () => {
    const short = { pieces: 940, within: false, deviationApprovedBy: null };
    expect(check('shipment-within-tolerance', { finalList: short })).toMatchObject({ ok: false });
    expect(check('shipment-within-tolerance', { finalList: { ...short, deviationApprovedBy: 'buyer mail' } }).ok).toBe(
      true
    );
  });

  it('completion needs three signatures and, outside tolerance, the reason', () => {
    const completion = ready.completion!;
    expect(check('completion-signed', { completion: { ...completion, factoryManagerSignedBy: null } }).ok).toBe(false);
    expect(check('completion-signed', { completion: { ...completion, withinTolerance: false } }).ok).toBe(false);
    expect(
      check('completion-signed', {
        completion: { ...completion, withinTolerance: false, outsideToleranceReason: 'short 6 %' },
      }).ok
    ).toBe(true);
  });
});
