import { poMappingSchema, type PoMapping } from './po-mapping';
import { planPurchaseOrders, type PoFacts } from './po-plan';
import { proposePoMapping } from './po-proposal';
import { readPurchaseOrders } from './po-sheet';
import type { CellValue, Sheet } from './sheet';
import { readAmount, readDate, readQuantity } from './values';

const SCALE = ['XS', 'S', 'M', 'L', 'XL'];
const mapping = (m: Partial<PoMapping>): PoMapping => poMappingSchema.parse({ layout: 'grid', ...m });

const facts = (over: Partial<PoFacts> = {}): PoFacts => ({
  customer: { id: 7, documentId: 'cust', name: 'Northwind', market: 'CA', channel: 'regular' },
  styles: [{ documentId: 'st1', styleNo: 'SKJ-01', sizes: SCALE }],
  orders: [],
  today: '2026-12-01',
  ...over,
});

/** A buyer's PO sheet: header labels above, colours down, sizes across, a total column and row. */
const northwind: Sheet = {
  name: 'PO',
  rows: [
    ['NORTHWIND APPAREL — PURCHASE ORDER'],
    ['PO No.:', null, '4500231877', null, 'Style', 'SKJ-01'],
    ['PO Date', null, new Date(Date.UTC(2026, 10, 20)), null, 'Ex-Factory', 46_000],
    ['FOB', null, 'USD 12.50', null, 'Ship Mode', 'By Sea'],
    [],
    ['Colour', 'Small', 'Medium', 'Large', 'X-Large', 'Total'],
    ['Navy', 60, 120, 120, 60, 360],
    ['Black', '1,200', 800, null, 0, 2000],
    ['Total', 1260, 920, 120, 60, 2360],
  ],
};

describe('values as a buyer types them', () => {
  it('reads quantities with thousands separators and refuses fractions and dots', () => {
    expect(readQuantity('1,200')).toEqual({ value: 1200 });
    expect(readQuantity('1 200')).toEqual({ value: 1200 });
    expect(readQuantity(0)).toEqual({ value: null });
    expect(readQuantity('1.200')).toMatchObject({ problem: { rule: 'quantity-positive-integer' } });
    expect(readQuantity(12.5)).toMatchObject({ problem: { rule: 'quantity-positive-integer' } });
    expect(readQuantity(-3)).toMatchObject({ problem: { rule: 'quantity-positive-integer' } });
    expect(readQuantity({ error: '#REF!' })).toMatchObject({ problem: { rule: 'formula-error' } });
  });

  it('reads Excel day numbers (1900 system) and unambiguous text dates', () => {
    // Excel: 45658 = 2025-01-01 (DATE(2025,1,1)); 46000 = 45658 + 342 days = 2025-12-09.
    expect(readDate(45_658)).toEqual({ value: '2025-01-01' });
    expect(readDate(46_000)).toEqual({ value: '2025-12-09' });
    expect(readDate('2026-12-05')).toEqual({ value: '2026-12-05' });
    expect(readDate('5 Dec 2026')).toEqual({ value: '2026-12-05' });
    expect(readDate('Dec 5, 2026')).toEqual({ value: '2026-12-05' });
    expect(readDate('2026年12月5日')).toEqual({ value: '2026-12-05' });
    expect(readDate('25/12/2026')).toEqual({ value: '2026-12-25' });
    expect(readDate('12/25/2026')).toEqual({ value: '2026-12-25' });
  });

  it('asks for the date order when 05/12/2026 could be either', () => {
    expect(readDate('05/12/2026')).toMatchObject({ problem: { rule: 'date-ambiguous' } });
    expect(readDate('05/12/2026', 'DMY')).toEqual({ value: '2026-12-05' });
    expect(readDate('05/12/2026', 'MDY')).toEqual({ value: '2026-05-12' });
    expect(readDate('next Friday')).toMatchObject({ problem: { rule: 'date-unreadable' } });
  });

  it('reads amounts with the currency written beside them', () => {
    expect(readAmount('USD 12.50')).toEqual({ value: { amount: '12.50', currency: 'USD' } });
    expect(readAmount('$1,012.5')).toEqual({ value: { amount: '1012.5', currency: 'USD' } });
    expect(readAmount(9.8)).toEqual({ value: { amount: '9.8', currency: null } });
    expect(readAmount('12,50')).toMatchObject({ problem: { rule: 'amount-unreadable' } });
  });
});

describe('a grid with sizes across', () => {
  it('is proposed from the labels and the sizes it holds', () => {
    const proposal = proposePoMapping([northwind], SCALE);
    expect(proposal.mapping.layout).toBe('grid');
    expect(proposal.mapping.header).toMatchObject({
      poNumber: { label: 'PO No.' },
      style: { label: 'Style' },
      orderDate: { label: 'PO Date' },
      exFactoryDate: { label: 'Ex-Factory' },
      fobPrice: { label: 'FOB' },
      shipMode: { label: 'Ship Mode' },
    });
    expect(proposal.found).toMatchObject({ poNumber: 'C2', style: 'F2', exFactoryDate: 'F3', fobPrice: 'C4' });
    expect(proposal.missing).toEqual(expect.arrayContaining(['currency', 'season', 'market']));
  });

  it('reads each cell with its address, skipping blanks, zeros and the totals', () => {
    const { mapping: proposed } = proposePoMapping([northwind], SCALE);
    const { drafts, findings } = readPurchaseOrders([northwind], proposed, SCALE);
    expect(findings).toEqual([]);
    expect(drafts).toHaveLength(1);
    const [po] = drafts;
    expect(po.poNumber).toEqual({ value: '4500231877', cell: 'C2' });
    expect(po.header.exFactoryDate).toEqual({ value: '2025-12-09', cell: 'F3' });
    expect(po.header.orderDate).toEqual({ value: '2026-11-20', cell: 'C3' });
    expect(po.header.fobPrice).toEqual({ value: { amount: '12.50', currency: 'USD' }, cell: 'C4' });
    expect(po.header.shipMode?.value).toBe('sea');
    // The buyer's headings as written; the plan reads them in the style's scale.
    expect(po.lines.map((l) => [l.colour, l.size, l.quantity, l.cell])).toEqual([
      ['Navy', 'Small', 60, 'B7'],
      ['Navy', 'Medium', 120, 'C7'],
      ['Navy', 'Large', 120, 'D7'],
      ['Navy', 'X-Large', 60, 'E7'],
      ['Black', 'Small', 1200, 'B8'],
      ['Black', 'Medium', 800, 'C8'],
    ]);
  });

  it('plans a new order: 2,360 pieces, Navy 360 and Black 2,000', () => {
    const { mapping: proposed } = proposePoMapping([northwind], SCALE);
    const { drafts } = readPurchaseOrders([northwind], proposed, SCALE);
    // Ex-factory 2025-12-09 is before the PO date 2026-11-20: the order rule names the ex-factory cell.
    const late = planPurchaseOrders(drafts, facts());
    expect(late.findings).toEqual([
      expect.objectContaining({
        sheet: 'PO',
        cell: 'F3',
        field: 'exFactoryDate',
        rule: 'ex-factory-after-order-date',
        severity: 'error',
      }),
    ]);
    const fixed: Sheet = {
      ...northwind,
      rows: northwind.rows.map((r, i) => (i === 2 ? [...r.slice(0, 5), '2027-01-15'] : r)),
    };
    const plan = planPurchaseOrders(readPurchaseOrders([fixed], proposed, SCALE).drafts, facts());
    expect(plan.findings).toEqual([]);
    expect(plan.summary).toEqual({
      create: 1,
      change: 0,
      unchanged: 0,
      revisions: 0,
      lines: 6,
      pieces: 2360,
      byColour: [
        { colour: 'Navy', quantity: 360 },
        { colour: 'Black', quantity: 2000 },
      ],
    });
    expect(plan.orders[0].lines.map((l) => `${l.colour}/${l.size}=${l.quantity}`)).toEqual([
      'Navy/S=60',
      'Navy/M=120',
      'Navy/L=120',
      'Navy/XL=60',
      'Black/S=1200',
      'Black/M=800',
    ]);
    expect(plan.orders[0].data).toEqual({
      orderDate: '2026-11-20',
      exFactoryDate: '2027-01-15',
      fobPrice: '12.5',
      currency: 'USD',
      shipMode: 'sea',
    });
  });

  it('warns when a row total disagrees with its sizes, and names a size outside the scale at its heading', () => {
    const sheet: Sheet = {
      name: 'PO',
      rows: [
        ['PO#', 'A-1', 'Style #', 'SKJ-01', 'Ex-fty', '2027-02-01', 'Unit price', 10],
        ['Color', 'S', 'M', 'XXXL', 'TTL'],
        ['NVY', 10, 20, 5, 30],
      ],
    };
    const m = mapping({ ...proposePoMapping([sheet], SCALE).mapping, colours: { nvy: 'Navy' } });
    const read = readPurchaseOrders([sheet], m, SCALE);
    expect(read.findings).toEqual([
      expect.objectContaining({ cell: 'E3', rule: 'row-total-mismatch', severity: 'warning' }),
    ]);
    expect(read.drafts[0].lines[0].colour).toBe('Navy');
    const plan = planPurchaseOrders(read.drafts, facts());
    expect(plan.findings).toEqual([expect.objectContaining({ cell: 'D2', field: 'size', rule: 'size-in-scale' })]);
    // Mapped to the scale's XL, the same sheet passes.
    const mappedXl = mapping({ ...m, sizes: { XXXL: 'XL' } });
    expect(planPurchaseOrders(readPurchaseOrders([sheet], mappedXl, SCALE).drafts, facts()).findings).toEqual([]);
  });
});

describe('other layouts', () => {
  it('reads two POs on one sheet, each with the header fields above its own grid', () => {
    const sheet: Sheet = {
      name: 'Orders',
      rows: [
        ['Buyer: Northwind', null, null, 'Ship via:', 'Air'],
        ['PO Number', 'P-100', null, 'Style', 'SKJ-01'],
        ['Ex-Factory', '2027-03-01', null, 'FOB', 8],
        ['Colour', 'XS', null, 'S', 'M', null, 'Total'], // extra blank columns between sizes
        ['Red', 5, null, 10, 15, null, 30],
        [],
        ['PO Number', 'P-101', null, 'Style', 'SKJ-01'],
        ['Ex-Factory', '15 Mar 2027', null, 'FOB', 8.25],
        ['Colour', 'XS', null, 'S', 'M'],
        ['Red', null, null, 7, null],
        ['Blue', 3, null, null, 4],
      ],
    };
    const proposal = proposePoMapping([sheet], SCALE);
    const { drafts, findings } = readPurchaseOrders([sheet], proposal.mapping, SCALE);
    expect(findings).toEqual([]);
    expect(
      drafts.map((d) => [d.poNumber?.value, d.header.exFactoryDate?.value, d.header.shipMode?.value, d.lines.length])
    ).toEqual([
      ['P-100', '2027-03-01', 'air', 3],
      ['P-101', '2027-03-15', 'air', 3],
    ]);
    expect(drafts[1].lines.map((l) => `${l.colour}/${l.size}=${l.quantity}@${l.cell}`)).toEqual([
      'Red/S=7@D10',
      'Blue/XS=3@B11',
      'Blue/M=4@E11',
    ]);
    const plan = planPurchaseOrders(drafts, facts());
    expect(plan.summary.pieces).toBe(30 + 14);
  });

  it("never takes a grid's own quantities for the next size header, even when 10 and 12 are sizes of another scale", () => {
    const sheet: Sheet = {
      name: 'PO',
      rows: [
        ['PO No', 'N-1', 'Style', 'SKJ-01', 'Ex-Factory', '2027-01-01', 'FOB', 5],
        ['Colour', 'S', 'M', 'L'],
        ['Navy', 10, 12, 10],
        ['Red', 12, 10, 12],
      ],
    };
    const known = [...SCALE, '2', '4', '6', '8', '10', '12'];
    const { drafts, findings } = readPurchaseOrders([sheet], proposePoMapping([sheet], known).mapping, known);
    expect(findings).toEqual([]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].lines.reduce((sum, l) => sum + l.quantity, 0)).toBe(66);
  });

  it('reads a long list, one row per colour × size, several POs', () => {
    const sheet: Sheet = {
      name: 'Sheet1',
      rows: [
        ['PO', 'Style', 'Colour', 'Size', 'Qty', 'Ex-Factory', 'FOB'],
        ['L-1', 'SKJ-01', 'Navy', 'S', '1,000', '2027-04-01', 'USD 9.00'],
        ['L-1', 'SKJ-01', 'Navy', 'M', 500, '2027-04-01', 'USD 9.00'],
        [null, null, null, null, null],
        ['L-2', 'skj-01', 'Olive', 'L', 40, '2027-05-01', 'USD 9.50'],
        ['L-2', 'SKJ-01', 'Olive', 'L', 4, '2027-05-01', 'USD 9.50'],
      ],
    };
    const proposal = proposePoMapping([sheet], SCALE);
    expect(proposal.mapping.layout).toBe('long');
    expect(proposal.mapping.long).toEqual({
      headerRow: 1,
      columns: { poNumber: 'A', style: 'B', colour: 'C', size: 'D', quantity: 'E', exFactoryDate: 'F', fobPrice: 'G' },
    });
    const { drafts, findings } = readPurchaseOrders([sheet], proposal.mapping, SCALE);
    expect(findings).toEqual([expect.objectContaining({ cell: 'E6', rule: 'colour-size-unique' })]);
    expect(drafts.map((d) => [d.poNumber?.value, d.lines.reduce((s, l) => s + l.quantity, 0)])).toEqual([
      ['L-1', 1500],
      ['L-2', 40],
    ]);
  });

  it('names the cell of every problem: unknown style, formula error, missing colour, duplicate PO', () => {
    const sheet: Sheet = {
      name: 'PO',
      rows: [
        ['PO No', 'Z-9', 'Style No', 'NOPE-1', 'Ex-Factory', '2027-01-01', 'FOB', 5],
        ['Colour', 'S', 'M'],
        ['Navy', { error: '#REF!' }, 10],
        [null, 4, null],
        [],
        ['PO No', 'z-9 ', 'Style No', 'SKJ-01', 'Ex-Factory', '2027-01-01', 'FOB', 5],
        ['Colour', 'S', 'M'],
        ['Navy', 1, 1],
      ] as CellValue[][],
    };
    const { drafts, findings } = readPurchaseOrders([sheet], proposePoMapping([sheet], SCALE).mapping, SCALE);
    expect(findings.map((f) => [f.cell, f.rule])).toEqual([
      ['B3', 'formula-error'],
      ['A4', 'colour-required'],
    ]);
    const plan = planPurchaseOrders(drafts, facts());
    expect(plan.findings.map((f) => [f.cell, f.rule])).toEqual([
      ['D1', 'style-unknown'],
      ['B6', 'po-duplicate-in-file'],
    ]);
  });
});

describe('a PO Gendan already holds', () => {
  const sheet: Sheet = {
    name: 'PO',
    rows: [
      ['PO No', '4500231877', 'Style', 'SKJ-01', 'Ex-Factory', '2027-01-15', 'FOB', 12.5, 'PO Date', '2026-11-20'],
      ['Colour', 'S', 'M'],
      ['Navy', 60, 150],
    ],
  };
  const stored = (committed: boolean): PoFacts['orders'][number] => ({
    documentId: 'ord1',
    poNumber: '4500231877',
    committed,
    styleNo: 'SKJ-01',
    fields: {
      orderDate: '2026-11-20',
      exFactoryDate: '2027-01-15',
      fobPrice: '12.5',
      currency: 'USD',
      market: 'CA',
      shipMode: 'sea',
    },
    lines: [
      { colour: 'Navy', size: 'S', quantity: 60 },
      { colour: 'Navy', size: 'M', quantity: 120 },
    ],
  });

  it('is a change with a colour × size diff; past received it is a revision', () => {
    const { drafts } = readPurchaseOrders([sheet], proposePoMapping([sheet], SCALE).mapping, SCALE);
    const open = planPurchaseOrders(drafts, facts({ orders: [stored(false)] }));
    expect(open.orders[0]).toMatchObject({ action: 'change', documentId: 'ord1', revision: false, fieldChanges: [] });
    expect(open.orders[0].lineChanges).toEqual([{ colour: 'Navy', size: 'M', before: 120, after: 150 }]);
    const committed = planPurchaseOrders(drafts, facts({ orders: [stored(true)] }));
    expect(committed.summary).toMatchObject({ change: 1, revisions: 1 });
  });

  it('is unchanged when the sheet says what is stored', () => {
    const same: Sheet = { ...sheet, rows: [sheet.rows[0], sheet.rows[1], ['Navy', 60, 120]] };
    const { drafts } = readPurchaseOrders([same], proposePoMapping([same], SCALE).mapping, SCALE);
    expect(planPurchaseOrders(drafts, facts({ orders: [stored(true)] })).summary).toMatchObject({
      unchanged: 1,
      change: 0,
      revisions: 0,
    });
  });
});
