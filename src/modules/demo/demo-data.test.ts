import {
  DEMO_CUSTOMERS,
  DEMO_ORDERS,
  DEMO_SIZE_SCALES,
  DEMO_STYLES,
  DEMO_SUPPLIERS,
  spreadOverSizes,
} from './demo-data';

describe('spreadOverSizes', () => {
  it('spreads pieces by the size curve in whole pieces', () => {
    expect(spreadOverSizes(900, ['XS', 'S', 'M', 'L', 'XL'], [1, 2, 3, 2, 1])).toEqual([
      { size: 'XS', quantity: 100 },
      { size: 'S', quantity: 200 },
      { size: 'M', quantity: 300 },
      { size: 'L', quantity: 200 },
      { size: 'XL', quantity: 100 },
    ]);
  });

  it('gives the rounding remainder to the middle size', () => {
    const cells = spreadOverSizes(1001, ['S', 'M', 'L'], [1, 1, 1]);
    expect(cells.map((c) => c.quantity)).toEqual([333, 335, 333]);
  });
});

describe('demo data set', () => {
  it('covers the markets, channels and supplier kinds the issue asks for', () => {
    const markets = new Set(DEMO_CUSTOMERS.map((c) => c.market));
    for (const market of ['CA', 'US', 'JP']) expect(markets.has(market)).toBe(true);
    expect(DEMO_CUSTOMERS.some((c) => ['DE', 'FR', 'IT', 'ES', 'NL', 'SE'].includes(c.market))).toBe(true);
    expect(DEMO_CUSTOMERS.some((c) => c.channel === 'online')).toBe(true);
    const kinds = new Set(DEMO_SUPPLIERS.flatMap((s) => s.kinds));
    for (const kind of ['fabric', 'trims', 'packaging', 'wash', 'print', 'embroidery', 'garment-factory', 'courier']) {
      expect(kinds.has(kind)).toBe(true);
    }
    expect(DEMO_ORDERS.length).toBeGreaterThanOrEqual(12);
  });

  it('refers only to customers, styles and scales it defines', () => {
    const customers = new Set(DEMO_CUSTOMERS.map((c) => c.code));
    const scales = new Set(DEMO_SIZE_SCALES.map((s) => s.name));
    const styles = new Set(DEMO_STYLES.map((s) => `${s.customer}/${s.styleNo}`));
    for (const style of DEMO_STYLES) {
      expect(customers.has(style.customer)).toBe(true);
      expect(scales.has(style.sizeScale)).toBe(true);
    }
    for (const order of DEMO_ORDERS) expect(styles.has(`${order.customer}/${order.styleNo}`)).toBe(true);
  });
});

describe('demo stages', () => {
  it('puts orders at several real stages of the default workflow', async () => {
    const { DEFAULT_WORKFLOW_STAGES } = await import('../workflow/domain/default-workflow');
    const keys = new Set(DEFAULT_WORKFLOW_STAGES.map((stage) => stage.key));
    for (const order of DEMO_ORDERS) expect(keys.has(order.stage)).toBe(true);
    expect(new Set(DEMO_ORDERS.map((order) => order.stage)).size).toBeGreaterThanOrEqual(8);
    for (const order of DEMO_ORDERS.filter((o) => o.stage !== 'received' && o.stage !== 'on-hold')) {
      expect(order.materialIssueDay).toBeDefined();
    }
  });
});
