import { completeLedger, describeShortfall } from './ledger';
import { purchaseSuggestion, requirementByMaterial } from './requirement';

describe('requirementByMaterial', () => {
  const lines = [
    { colour: 'Navy', quantity: 600 },
    { colour: 'Navy', quantity: 400 },
    { colour: 'Red', quantity: 500 },
  ];

  it('multiplies pieces by consumption and wastage, per colour or for all colours', () => {
    const required = requirementByMaterial(lines, [
      { material: 'shell-navy', colour: 'navy', consumptionPerPiece: 1.35, wastagePct: 3 },
      { material: 'shell-red', colour: 'Red', consumptionPerPiece: 1.35, wastagePct: 3 },
      { material: 'button', colour: null, consumptionPerPiece: 6, wastagePct: 2 },
      { material: 'label', colour: '', consumptionPerPiece: 1, wastagePct: 0 },
    ]);
    expect(Object.fromEntries(required)).toEqual({
      'shell-navy': 1390.5, // 1000 × 1.35 × 1.03
      'shell-red': 695.25, // 500 × 1.35 × 1.03
      button: 9180, // 1500 × 6 × 1.02
      label: 1500,
    });
  });

  it('adds up several BOM lines of one material and ignores colours not ordered', () => {
    const required = requirementByMaterial(lines, [
      { material: 'thread', colour: 'Navy', consumptionPerPiece: 150, wastagePct: 0 },
      { material: 'thread', colour: 'Red', consumptionPerPiece: 150, wastagePct: 0 },
      { material: 'thread', colour: 'Green', consumptionPerPiece: 150, wastagePct: 0 },
    ]);
    expect(required.get('thread')).toBe(225000);
  });
});

describe('whole units and buying terms', () => {
  it('rounds a requirement in pieces, sets or rolls up to whole units', () => {
    const required = requirementByMaterial(
      [{ colour: 'Navy', quantity: 1003 }],
      [
        // 1003 × 1 × 1.005 = 1008.015 polybags → 1009
        { material: 'polybag', colour: null, consumptionPerPiece: 1, wastagePct: 0.5, unit: 'pcs' },
        // 1003 × 1.35 × 1.03 = 1394.6715 m of fabric stays in metres (to 0.001)
        { material: 'shell', colour: null, consumptionPerPiece: 1.35, wastagePct: 3, unit: 'm' },
        // 1003 × 1 × 1.025 = 1028.075 labels → 1029 (summed before rounding: 2 lines of 0.5)
        { material: 'label', colour: null, consumptionPerPiece: 0.5, wastagePct: 2.5, unit: 'pcs' },
        { material: 'label', colour: 'navy', consumptionPerPiece: 0.5, wastagePct: 2.5, unit: 'pcs' },
      ]
    );
    expect(Object.fromEntries(required)).toEqual({ polybag: 1009, shell: 1394.672, label: 1029 });
  });

  it('suggests whole packs and at least the minimum order', () => {
    // 1000 garments × 6 buttons × 1.03 = 6180 buttons; gross packs of 144 → 43 packs = 6192
    expect(purchaseSuggestion(6180, 0, { packSize: 144, unit: 'pcs' })).toBe(6192);
    expect(purchaseSuggestion(6180, 0, { packSize: 144, minimumOrderQty: 10000, unit: 'pcs' })).toBe(10000);
    // 5000 already on a PO: 1180 missing → 9 packs = 1296
    expect(purchaseSuggestion(6180, 5000, { packSize: 144, unit: 'pcs' })).toBe(1296);
    // fabric in metres without terms: what is missing, to the millimetre
    expect(purchaseSuggestion(1394.672, 1000, { unit: 'm' })).toBe(394.672);
    expect(purchaseSuggestion(100, 100)).toBe(0);
    expect(purchaseSuggestion(100, 120, { minimumOrderQty: 500 })).toBe(0);
  });
});

describe('the material ledger', () => {
  const entry = {
    material: 'm',
    code: 'FAB-001',
    name: 'Navy twill',
    kind: 'fabric' as const,
    unit: 'm',
    ordered: 0,
    received: 0,
    passed: 0,
    returned: 0,
    issued: 0,
    nextDueDate: null,
  };
  it('derives status and shortfall', () => {
    const [notOrdered, ordered, partly, inHouse, issued] = completeLedger([
      { ...entry, code: 'A', required: 100 },
      { ...entry, code: 'B', required: 100, ordered: 100 },
      { ...entry, code: 'C', required: 100, ordered: 100, received: 60, passed: 60 },
      { ...entry, code: 'D', required: 100, ordered: 100, received: 100, passed: 100 },
      { ...entry, code: 'E', required: 100, ordered: 100, received: 100, passed: 100, issued: 100 },
    ]);
    expect([notOrdered, ordered, partly, inHouse, issued].map((e) => [e.status, e.shortfall])).toEqual([
      ['not-ordered', 100],
      ['ordered', 100],
      ['partly-received', 40],
      ['in-house', 0],
      ['issued', 0],
    ]);
    expect(describeShortfall(partly, 'passed')).toBe('C Navy twill: short 40 m (required 100, passed 60)');
  });
});
