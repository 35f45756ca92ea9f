import { choiceOf, MASTER_TABLES, planMasterRecords, sizesOf } from './master-import';
import type { Sheet } from './sheet';
import { proposeTableMapping, readTable } from './table';

const rowsOf = (sheet: Sheet, kind: keyof typeof MASTER_TABLES) =>
  readTable([sheet], MASTER_TABLES[kind], proposeTableMapping([sheet], MASTER_TABLES[kind]).mapping);

describe('master data for a first day', () => {
  it('reads list values in English and Chinese and sizes as people list them', () => {
    expect(choiceOf('unit', '米')).toBe('m');
    expect(choiceOf('unit', 'Yards')).toBe('yd');
    expect(choiceOf('construction', '针织')).toBe('knit');
    expect(choiceOf('kinds', '洗水')).toBe('wash');
    expect(choiceOf('unit', 'bales')).toBeNull();
    expect(sizesOf('S/M/L/XL')).toEqual(['S', 'M', 'L', 'XL']);
    expect(sizesOf('XS, S, M')).toEqual(['XS', 'S', 'M']);
    expect(sizesOf('2T 3T 4T')).toEqual(['2T', '3T', '4T']);
  });

  it('customers: new ones created, a known code updated with the cells filled, the market an ISO country', () => {
    const sheet: Sheet = {
      name: 'Customers 客户',
      rows: [
        ['Code', 'Name', 'Market', 'Channel', 'Short %', 'Over %', 'Contact', 'E-mail'],
        ['NW', 'Northwind Apparel', 'ca', '线上', 3, 5, 'Jane Roe', 'jane@northwind.example'],
        ['ML', 'Maple Leaf', 'CA', null, null, null, null, null],
        ['BX', 'Bad Market', 'Canada', 'retail', 3, null, null, null],
        ['nw', 'Twice', 'CA'],
      ],
    };
    const { rows, findings } = rowsOf(sheet, 'customers');
    expect(findings).toEqual([]);
    const plan = planMasterRecords('customers', rows, {
      existing: new Map([['ml', { documentId: 'c-ml', values: { code: 'ML', name: 'Maple Leaf Inc', market: 'CA' } }]]),
    });
    expect(plan.findings.map((f) => [f.cell, f.rule])).toEqual([
      ['D4', 'value-not-in-list'],
      ['C4', 'market-iso-3166'],
      // The short % given without the over %: the cell that has one of the pair.
      ['E4', 'tolerance-pair'],
      ['A5', 'duplicate-record'],
    ]);
    expect(plan.records[0]).toMatchObject({
      action: 'create',
      data: {
        code: 'NW',
        market: 'CA',
        channel: 'online',
        toleranceUnderPct: 3,
        toleranceOverPct: 5,
        contactName: 'Jane Roe',
      },
    });
    expect(plan.records[1]).toMatchObject({
      action: 'update',
      documentId: 'c-ml',
      changes: [{ field: 'name', before: 'Maple Leaf Inc', after: 'Maple Leaf' }],
    });
  });

  it('styles name their customer by code or name; their sizes become the scale', () => {
    const sheet: Sheet = {
      name: 'Styles',
      rows: [
        ['款号', '客户', '尺码', 'Description'],
        ['SKJ-01', 'NW', 'S/M/L/XL', 'Softshell jacket'],
        ['SKJ-02', 'Nobody', 'S/M/M', null],
      ],
    };
    const { rows, findings } = rowsOf(sheet, 'styles');
    expect(findings).toEqual([]);
    const customers = new Map([['nw', { id: 1, documentId: 'c-nw', name: 'Northwind Apparel' }]]);
    const plan = planMasterRecords('styles', rows, { existing: new Map(), customers });
    expect(plan.records[0].data).toEqual({
      styleNo: 'SKJ-01',
      customer: 'c-nw',
      sizes: ['S', 'M', 'L', 'XL'],
      description: 'Softshell jacket',
    });
    expect(plan.findings.map((f) => [f.cell, f.rule])).toEqual([
      ['B3', 'customer-unknown'],
      ['C3', 'sizes-unique'],
    ]);
  });

  it('materials: unit and kind from their lists, the supplier known; suppliers list what they supply', () => {
    const materials: Sheet = {
      name: 'Materials',
      rows: [
        ['Code', 'Name', 'Kind', 'Unit', 'Width (cm)', 'Supplier'],
        ['F-001', 'Cotton twill 240 g', '面料', '米', 150, 'Jintan Textile'],
        ['T-001', 'Zip #5', 'trim', 'bales', null, 'SUP-9'],
      ],
    };
    const suppliers = new Map([['jintan textile', { id: 3, documentId: 's-jt', name: 'Jintan Textile' }]]);
    const plan = planMasterRecords('materials', rowsOf(materials, 'materials').rows, {
      existing: new Map(),
      suppliers,
    });
    expect(plan.records[0].data).toMatchObject({ kind: 'fabric', unit: 'm', widthCm: 150, supplier: 's-jt' });
    expect(plan.findings.map((f) => [f.cell, f.rule])).toEqual([
      ['D3', 'value-not-in-list'],
      ['F3', 'supplier-unknown'],
    ]);

    const supplierSheet: Sheet = {
      name: 'Suppliers',
      rows: [
        ['Code', 'Name', 'Supplies', 'Lead time'],
        ['JT', 'Jintan Textile', '面料, wash', 21],
        ['XX', 'Odd', 'plumbing', 3],
      ],
    };
    const suppliersPlan = planMasterRecords('suppliers', rowsOf(supplierSheet, 'suppliers').rows, {
      existing: new Map(),
    });
    expect(suppliersPlan.records[0].data).toMatchObject({ kinds: ['fabric', 'wash'], leadTimeDays: 21 });
    expect(suppliersPlan.findings.map((f) => [f.cell, f.rule])).toEqual([['C3', 'value-not-in-list']]);
  });
});
