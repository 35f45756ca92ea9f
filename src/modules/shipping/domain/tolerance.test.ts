import {
  checkOverridePair,
  checkShipment,
  checkShipmentInScope,
  DEFAULT_TOLERANCE_RULES,
  payablePieces,
  resolveTolerance,
  type Channel,
} from './tolerance';

const rules = DEFAULT_TOLERANCE_RULES;
const resolve = (market: string | null, channel: Channel | null) => resolveTolerance({ market, channel }, null, rules);

describe('the tolerance rules of the source document', () => {
  it('Canada ships exactly, whatever the channel', () => {
    expect(resolve('CA', 'regular')).toEqual({
      underPct: 0,
      overPct: 0,
      scope: 'colour',
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

  it('the UK, Norway and Switzerland: ±5 % as the EU, per colour', () => {
    for (const market of ['GB', 'NO', 'CH']) {
      expect(resolve(market, 'regular')).toMatchObject({ underPct: 5, overPct: 5, scope: 'colour' });
    }
  });

  it('markets with no rule ship exactly', () => {
    for (const market of ['AU', 'BR', null]) {
      expect(resolve(market, 'regular')).toEqual({
        underPct: 0,
        overPct: 0,
        scope: 'colour',
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

describe('tolerance in its scope', () => {
  const lines = [
    { colour: 'Navy', size: 'M', quantity: 500 },
    { colour: 'Navy', size: 'L', quantity: 500 },
    { colour: 'Red', size: 'M', quantity: 500 },
    { colour: 'Red', size: 'L', quantity: 500 },
  ];
  const us = resolve('US', 'regular');
  it('US order Navy 1000 + Red 1000 packed 1100/900: the total is within, each colour 10 % out → not within', () => {
    const shipped = { total: 2000, byColourSize: { Navy: { M: 550, L: 550 }, Red: { M: 450, L: 450 } } };
    const check = checkShipmentInScope(lines, shipped, us);
    expect(check).toMatchObject({ scope: 'colour', allowedMin: 1900, allowedMax: 2100, within: false });
    expect(check.outside).toEqual([
      { colour: 'Navy', size: null, ordered: 1000, shipped: 1100, allowedMin: 950, allowedMax: 1050, within: false },
      { colour: 'Red', size: null, ordered: 1000, shipped: 900, allowedMin: 950, allowedMax: 1050, within: false },
    ]);
    // judged on the total, the same shipment is within
    expect(checkShipmentInScope(lines, shipped, { ...us, scope: 'order' })).toMatchObject({ within: true, cells: [] });
  });
  it('colour-size judges each cell; colours match trimmed and case-insensitively', () => {
    const shipped = { total: 2000, byColourSize: { ' navy ': { m: 526, L: 474 }, Red: { M: 500, L: 500 } } };
    // Navy M 526 > ⌊500 × 1.05⌋ = 525; Navy L 474 < ⌈500 × 0.95⌉ = 475; per colour Navy is 1000
    expect(checkShipmentInScope(lines, shipped, us).within).toBe(true);
    const cells = checkShipmentInScope(lines, shipped, { ...us, scope: 'colour-size' }).outside;
    expect(cells.map((c) => [c.colour, c.size, c.shipped, c.allowedMin, c.allowedMax])).toEqual([
      ['Navy', 'M', 526, 475, 525],
      ['Navy', 'L', 474, 475, 525],
    ]);
  });
  it('a colour shipped but not ordered is outside; without per-colour figures only the total is judged', () => {
    const shipped = {
      total: 2010,
      byColourSize: { Navy: { M: 500, L: 500 }, Red: { M: 500, L: 500 }, Black: { M: 10 } },
    };
    expect(checkShipmentInScope(lines, shipped, us).outside).toEqual([
      { colour: 'Black', size: null, ordered: 0, shipped: 10, allowedMin: 0, allowedMax: 0, within: false },
    ]);
    expect(checkShipmentInScope(lines, { total: 2010, byColourSize: null }, us)).toMatchObject({
      scope: 'order',
      within: true,
    });
  });
  it('what is payable is capped by the tolerance: 1080 of 1000 at ±5 % → 1050 payable, 30 excess', () => {
    const one = [{ colour: 'Navy', size: 'M', quantity: 1000 }];
    const check = checkShipmentInScope(one, { total: 1080, byColourSize: { Navy: { M: 1080 } } }, us);
    expect(payablePieces(check)).toEqual({ payable: 1050, excess: 30 });
    expect(payablePieces(checkShipmentInScope(one, { total: 1080, byColourSize: null }, us))).toEqual({
      payable: 1050,
      excess: 30,
    });
    // short shipments pay what shipped
    expect(payablePieces(checkShipmentInScope(one, { total: 960, byColourSize: null }, us))).toEqual({
      payable: 960,
      excess: 0,
    });
  });
});

describe('overrides set both sides or neither', () => {
  it('names the missing field', () => {
    expect(checkOverridePair({ underPct: 3, overPct: null })).toEqual([
      expect.objectContaining({ path: ['toleranceOverPct'], rule: 'tolerance-pair' }),
    ]);
    expect(checkOverridePair({ underPct: undefined, overPct: 0 })).toEqual([
      expect.objectContaining({ path: ['toleranceUnderPct'], rule: 'tolerance-pair' }),
    ]);
    expect(checkOverridePair({ underPct: 0, overPct: 0 })).toEqual([]);
    expect(checkOverridePair({ underPct: null, overPct: null })).toEqual([]);
  });
  it('an override is judged on the order total unless it says otherwise', () => {
    const customer = { override: { underPct: 3, overPct: 3 }, name: 'Blue Ridge' };
    expect(resolveTolerance({ market: 'US', channel: 'regular' }, customer, rules).scope).toBe('order');
    expect(
      resolveTolerance(
        { market: 'US', channel: 'regular' },
        { ...customer, override: { ...customer.override, scope: 'colour' } },
        rules
      ).scope
    ).toBe('colour');
  });
});
