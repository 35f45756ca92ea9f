import { completeLedger, describeShortfall } from './ledger';
import { requirementByMaterial } from './requirement';

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
