import { checkShipment, DEFAULT_TOLERANCE_RULES, resolveTolerance, type Channel } from './tolerance';

const rules = DEFAULT_TOLERANCE_RULES;
const resolve = (market: string | null, channel: Channel | null) => resolveTolerance({ market, channel }, null, rules);

describe('the tolerance rules of the source document', () => {
  it('Canada ships exactly, whatever the channel', () => {
    expect(resolve('CA', 'regular')).toEqual({
      underPct: 0,
      overPct: 0,
      source: { level: 'rule', name: 'Canada: ship exactly' },
    });
    expect(resolve('CA', 'online').source.name).toBe('Canada: ship exactly');
  });

  it('online and combined orders ship exactly, even to ±5 % markets', () => {
    expect(resolve('US', 'online')).toMatchObject({
      underPct: 0,
      overPct: 0,
      source: { name: 'Online orders: ship exactly' },
    });
    expect(resolve('DE', 'combined')).toMatchObject({
      underPct: 0,
      overPct: 0,
      source: { name: 'Combined orders: ship exactly' },
    });
    expect(resolve('AU', 'online').source.name).toBe('Online orders: ship exactly');
  });

  it('US, Japan and every EU country: ±5 %', () => {
    for (const market of ['US', 'JP', 'DE', 'FR', 'SE', 'PL', 'IE']) {
      expect(resolve(market, 'regular')).toMatchObject({ underPct: 5, overPct: 5, source: { level: 'rule' } });
    }
  });

  it('markets with no rule ship exactly', () => {
    for (const market of ['GB', 'NO', 'AU', null]) {
      expect(resolve(market, 'regular')).toEqual({
        underPct: 0,
        overPct: 0,
        source: { level: 'default', name: 'no rule: ship the quantity ordered' },
      });
    }
  });

  it('the order overrides the customer, the customer the rules', () => {
    const customer = { override: { underPct: 3, overPct: 2 }, name: 'Blue Ridge' };
    expect(resolveTolerance({ market: 'US', channel: 'regular' }, customer, rules)).toMatchObject({
      underPct: 3,
      overPct: 2,
      source: { level: 'customer', name: 'Blue Ridge' },
    });
    expect(
      resolveTolerance(
        { market: 'US', channel: 'regular', override: { underPct: 0, overPct: 10 }, name: 'PO 77120' },
        customer,
        rules
      )
    ).toMatchObject({ underPct: 0, overPct: 10, source: { level: 'order', name: 'PO 77120' } });
    expect(
      resolveTolerance({ market: 'US', channel: 'regular', override: { underPct: 1, overPct: null } }, customer, rules)
        .source.level
    ).toBe('customer');
  });

  it('a more specific rule wins at equal priority', () => {
    const custom = [
      ...rules,
      { name: 'DE online special', markets: ['DE'], channel: 'online' as const, underPct: 2, overPct: 2, priority: 90 },
    ];
    expect(resolveTolerance({ market: 'DE', channel: 'online' }, null, custom).source.name).toBe('DE online special');
  });
});

describe('checkShipment', () => {
  it('allowedMin = ceil(ordered × (1 − under)), allowedMax = floor(ordered × (1 + over))', () => {
    expect(checkShipment(1000, { underPct: 5, overPct: 5 }, 951)).toMatchObject({
      allowedMin: 950,
      allowedMax: 1050,
      within: true,
    });
    expect(checkShipment(1003, { underPct: 5, overPct: 5 }, null)).toMatchObject({
      allowedMin: 953,
      allowedMax: 1053,
      within: null,
    });
    expect(checkShipment(1000, { underPct: 5, overPct: 5 }, 1051).within).toBe(false);
    expect(checkShipment(1000, { underPct: 0, overPct: 0 }, 999).within).toBe(false);
    expect(checkShipment(1000, { underPct: 0, overPct: 0 }, 1000).within).toBe(true);
  });
});
