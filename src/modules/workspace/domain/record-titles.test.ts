import { dayOf, joinTitle, RECORD_TITLES } from './record-titles';

describe('record titles', () => {
  it('reads as the issue asks: a final packing list and a fabric receipt', () => {
    expect(
      RECORD_TITLES['packing-list']({ orderPo: 'RWM-26-0931', documentVersion: 2, record: { kind: 'final' } })
    ).toBe('RWM-26-0931 · final v2');
    expect(
      RECORD_TITLES['material-receipt']({
        materialCode: 'FAB-TWILL',
        purchasePo: 'SKJ-2612-01',
        record: { receivedAt: '2026-11-29' },
      })
    ).toBe('FAB-TWILL · SKJ-2612-01 · 2026-11-29');
  });

  it('leaves out what is missing and never answers an empty title', () => {
    expect(RECORD_TITLES['order-line']({ orderPo: null, record: { colour: ' Navy ', size: 'M' } })).toBe('Navy · M');
    expect(RECORD_TITLES['rule-waiver']({ record: {} })).toBe('—');
    expect(joinTitle('A', null, undefined, false, '', '  ', 0)).toBe('A · 0');
  });

  it('writes decimals as people do and days as calendar days', () => {
    expect(
      RECORD_TITLES['supplement-request']({ orderPo: 'P-1', materialCode: 'FAB', record: { quantity: '120.50' } })
    ).toBe('P-1 · FAB · +120.5');
    expect(
      RECORD_TITLES['completion-report']({ orderPo: 'P-1', record: { shippedAt: '2026-12-01', shippedQuantity: 4200 } })
    ).toBe('P-1 · 2026-12-01 · 4200 pcs');
    expect(dayOf(new Date('2026-11-29T23:00:00.000Z'))).toBe('2026-11-29');
    expect(dayOf('2026-11-29T09:00:00.000Z')).toBe('2026-11-29');
    expect(dayOf('soon')).toBeNull();
  });

  it('names stages by their name, falling back to the key', () => {
    const history = { kind: 'transition', toStage: 'production', at: '2026-11-20T09:00:00Z' };
    expect(RECORD_TITLES['order-history']({ orderPo: 'P-1', stageName: 'Production', record: history })).toBe(
      'P-1 · transition · Production · 2026-11-20'
    );
    expect(RECORD_TITLES['order-history']({ orderPo: 'P-1', record: history })).toBe(
      'P-1 · transition · production · 2026-11-20'
    );
  });

  it('fits the 255 characters of a string column', () => {
    const title = RECORD_TITLES['rule-waiver']({ orderPo: 'P-1', record: { rule: 'x'.repeat(400) } });
    expect(title).toHaveLength(255);
    expect(title.endsWith('…')).toBe(true);
  });
});
