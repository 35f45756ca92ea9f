import {
  checkInspectable,
  DEFAULT_QUALITY_LIMITS,
  judgeReceipt,
  overReceipt,
  passedQuantity,
  type ReceiptInspection,
} from './inspection';

const fabric: ReceiptInspection = {
  kind: 'fabric',
  construction: 'woven',
  orderedWidthCm: 147,
  inspectedAt: '2026-11-20',
  shrinkageLengthPct: -2.5,
  shrinkageWidthPct: 1,
  measuredWidthCm: 148,
  rolls: [{ rollNo: 'R1', length: 130, lengthUnit: 'yd', cuttableWidth: 45, widthUnit: 'in', points: 30 }],
  qcRejectReason: null,
  conditionalAcceptance: false,
  conditionalReason: null,
};

describe('judgeReceipt', () => {
  it('is pending until inspected', () => {
    expect(judgeReceipt({ ...fabric, inspectedAt: null }, DEFAULT_QUALITY_LIMITS)).toEqual({
      result: null,
      findings: [],
      findingsZh: [],
    });
  });

  it('a fabric marked inspected without its measurements is incomplete, not passed', () => {
    const bare = {
      ...fabric,
      shrinkageLengthPct: null,
      shrinkageWidthPct: null,
      measuredWidthCm: null,
      rolls: [],
    };
    const judged = judgeReceipt(bare, DEFAULT_QUALITY_LIMITS);
    expect(judged.result).toBe('incomplete');
    expect(judged.findings).toHaveLength(4);
    expect(judgeReceipt({ ...fabric, measuredWidthCm: null }, DEFAULT_QUALITY_LIMITS)).toEqual({
      result: 'incomplete',
      findings: ['not measured yet: width (measuredWidthCm)'],
      findingsZh: ['尚未测量:实测门幅'],
    });
    expect(passedQuantity({ result: 'incomplete', quantity: 500, rejectedQuantity: null })).toBe(0);
    // a QC rejection needs no measurements
    expect(judgeReceipt({ ...bare, qcRejectReason: 'wrong shade' }, DEFAULT_QUALITY_LIMITS).result).toBe('fail');
    // trims are judged by QC alone
    expect(judgeReceipt({ ...bare, kind: 'trim' }, DEFAULT_QUALITY_LIMITS).result).toBe('pass');
  });

  it('an inspected fabric without a construction is refused, not judged as woven', () => {
    expect(checkInspectable({ ...fabric, construction: null }, 'FAB-001')).toEqual([
      expect.objectContaining({ path: ['material'], rule: 'construction-required' }),
    ]);
    expect(checkInspectable({ ...fabric, construction: null, inspectedAt: null }, 'FAB-001')).toEqual([]);
    expect(checkInspectable({ ...fabric, construction: null, kind: 'trim' }, null)).toEqual([]);
    expect(checkInspectable(fabric, 'FAB-001')).toEqual([]);
  });

  it('passes a woven lot within ±3 % shrinkage, full width and 4-point limits', () => {
    expect(judgeReceipt(fabric, DEFAULT_QUALITY_LIMITS)).toEqual({ result: 'pass', findings: [], findingsZh: [] });
  });

  it('fails shrinkage beyond the limit of the construction (knit ±5 %)', () => {
    const woven = judgeReceipt({ ...fabric, shrinkageLengthPct: -4 }, DEFAULT_QUALITY_LIMITS);
    expect(woven).toEqual({
      result: 'fail',
      findings: ['shrinkage in length -4% is beyond ±3% (woven)'],
      findingsZh: ['经向缩率 -4% 超出 ±3%(梭织)'],
    });
    expect(
      judgeReceipt({ ...fabric, construction: 'knit', shrinkageLengthPct: -4 }, DEFAULT_QUALITY_LIMITS).result
    ).toBe('pass');
  });

  it('fails a width below the ordered width and a 4-point score over the limit', () => {
    const judged = judgeReceipt(
      { ...fabric, measuredWidthCm: 144, rolls: [{ ...fabric.rolls[0], points: 80 }] },
      DEFAULT_QUALITY_LIMITS
    );
    expect(judged.result).toBe('fail');
    expect(judged.findings).toEqual([
      'width 144 cm is below the ordered 147 cm',
      'roll R1: 49.23 points/100 yd² exceeds 40',
      'lot average 49.23 points/100 yd² exceeds 40',
    ]);
    // One for one in Chinese, the same figures.
    expect(judged.findingsZh).toEqual([
      '门幅 144 cm 小于订购门幅 147 cm',
      '卷号 R1:49.23 分/100 平方码,超过 40',
      '批平均 49.23 分/100 平方码,超过 40',
    ]);
  });

  it('accepts conditionally only with a reason, and never over a QC rejection', () => {
    const breach = { ...fabric, shrinkageWidthPct: 3.5 };
    expect(
      judgeReceipt({ ...breach, conditionalAcceptance: true, conditionalReason: '' }, DEFAULT_QUALITY_LIMITS).result
    ).toBe('fail');
    expect(
      judgeReceipt(
        { ...breach, conditionalAcceptance: true, conditionalReason: 'buyer accepts, pattern adjusted' },
        DEFAULT_QUALITY_LIMITS
      ).result
    ).toBe('conditional');
    expect(
      judgeReceipt(
        { ...fabric, qcRejectReason: 'wrong shade', conditionalAcceptance: true, conditionalReason: 'x' },
        DEFAULT_QUALITY_LIMITS
      )
    ).toEqual({ result: 'fail', findings: ['rejected by QC: wrong shade'], findingsZh: ['品质部拒收:wrong shade'] });
  });

  it('uses stricter customer limits', () => {
    const strict = { ...DEFAULT_QUALITY_LIMITS, fourPoint: { perRoll: 15, lotAverage: 15 } };
    expect(judgeReceipt(fabric, strict).result).toBe('fail');
  });

  it('judges trims only by QC', () => {
    const trim = { ...fabric, kind: 'trim' as const, shrinkageLengthPct: 9, measuredWidthCm: 1 };
    expect(judgeReceipt(trim, DEFAULT_QUALITY_LIMITS).result).toBe('pass');
  });
});

describe('quantities', () => {
  it('counts nothing of a failed lot and the rest less returns', () => {
    expect(passedQuantity({ result: 'fail', quantity: 500, rejectedQuantity: 500 })).toBe(0);
    expect(passedQuantity({ result: 'pass', quantity: 500, rejectedQuantity: 20 })).toBe(480);
    expect(passedQuantity({ result: null, quantity: 500, rejectedQuantity: 0 })).toBe(0);
  });

  it('allows receipts up to the PO line plus the tolerance', () => {
    expect(overReceipt(1000, 1050, 5)).toBe(0);
    expect(overReceipt(1000, 1060, 5)).toBeCloseTo(10);
  });
});
