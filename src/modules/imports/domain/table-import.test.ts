import { emptyOutput } from '../../production/domain/progress';
import {
  cartonDimensions,
  cartonRange,
  PACKING_TABLE,
  planPackingLists,
  type PackingOrderFact,
} from './packing-import';
import { REPORT_TABLE, filedKey, operationOf, planReports, type ReportFacts } from './report-import';
import type { Sheet } from './sheet';
import { proposeTableMapping, readCount, readTable, tableMappingSchema } from './table';

/** 2026-11-27 as an Excel day number: 2025-01-01 is 45658, + 365 (2025) + 330 (1 Jan → 27 Nov 2026) = 46353. */
const NOV_27 = 46_353;

/** A line supervisor's sheet: the day and the line above, a row per PO and operation, a totals row. */
const line3: Sheet = {
  name: '27 Nov',
  rows: [
    ['生产日报 Daily output'],
    ['Date:', NOV_27, null, 'Line', 'Line 3'],
    [],
    ['PO No.', '工序', 'Good', 'Defects', 'Workers'],
    ['PO-1', '车缝', '1,200', 12, 30],
    ['PO-1', 'Cutting', 1500, 0, null],
    ['PO-2', 'sewing', 300, null, null],
    ['Total', null, 3000],
  ],
};

/** PO-1: 2,000 ordered, +5 % over-tolerance and a margin of 10 → at most ⌊2,000 × 1.05⌋ + 10 = 2,110 pieces an operation. */
const facts = (over: Partial<ReportFacts> = {}): ReportFacts => ({
  today: '2026-12-01',
  lines: new Map([['line 3', { id: 3, documentId: 'l3', name: 'Line 3' }]]),
  orders: new Map([
    [
      'po-1',
      {
        id: 11,
        documentId: 'o1',
        poNumber: 'PO-1',
        orderDate: '2026-10-01',
        ordered: 2000,
        limit: 2110,
        done: { ...emptyOutput(), sewing: 900, cutting: 700 },
      },
    ],
  ]),
  filed: new Map(),
  ...over,
});

describe('reading a table sheet', () => {
  it('proposes the heading row, the columns and the labelled day and line above it', () => {
    const { mapping, found, missing } = proposeTableMapping([line3], REPORT_TABLE);
    expect(mapping.headerRow).toBe(4);
    expect(mapping.columns).toEqual({ poNumber: 'A', operation: 'B', goodQty: 'C', defectQty: 'D', workers: 'E' });
    expect(mapping.header).toEqual({ date: { label: 'Date' }, line: { label: 'Line' } });
    expect(found).toMatchObject({ date: 'B2', line: 'E2', poNumber: 'A4' });
    expect(missing).toEqual([]);
  });

  it('reads every record with its cells and skips the totals row', () => {
    const { mapping } = proposeTableMapping([line3], REPORT_TABLE);
    const { rows, findings } = readTable([line3], REPORT_TABLE, mapping);
    expect(findings).toEqual([]);
    expect(rows.map((row) => row.row)).toEqual([5, 6, 7]);
    expect(rows[0].values).toMatchObject({
      date: { value: '2026-11-27', cell: 'B2' },
      line: { value: 'Line 3', cell: 'E2' },
      goodQty: { value: 1200, cell: 'C5' },
      operation: { value: '车缝', cell: 'B5' },
    });
  });

  it('reads every sheet laid out alike (a sheet a day), each with its own day, and leaves the others', () => {
    const day28: Sheet = {
      ...line3,
      name: '28 Nov',
      rows: line3.rows.map((row, r) => (r === 1 ? ['Date:', NOV_27 + 1, null, 'Line', 'Line 3'] : row)),
    };
    const notes: Sheet = { name: 'Notes', rows: [['Remarks'], ['Line 3 short of two operators']] };
    const { mapping } = proposeTableMapping([line3, day28, notes], REPORT_TABLE);
    expect(mapping.sheets).toEqual(['27 Nov', '28 Nov']);
    const { rows, findings } = readTable([line3, day28, notes], REPORT_TABLE, mapping);
    expect(findings).toEqual([]);
    expect(rows.map((row) => [row.sheet, row.row, row.values.date.value])).toEqual([
      ['27 Nov', 5, '2026-11-27'],
      ['27 Nov', 6, '2026-11-27'],
      ['27 Nov', 7, '2026-11-27'],
      ['28 Nov', 5, '2026-11-28'],
      ['28 Nov', 6, '2026-11-28'],
      ['28 Nov', 7, '2026-11-28'],
    ]);
  });

  it('reads counts as people type them and names the cell it cannot', () => {
    expect(readCount('1,200')).toEqual({ value: 1200 });
    expect(readCount(0)).toEqual({ value: 0 });
    expect(readCount('12.5')).toMatchObject({ problem: { rule: 'count-whole' } });
    const bad: Sheet = {
      name: 'S',
      rows: [
        ['PO No.', 'Operation', 'Good', 'Date', 'Line'],
        ['PO-1', 'sewing', '-4', '2026-11-27', 'Line 3'],
      ],
    };
    const { findings } = readTable([bad], REPORT_TABLE, proposeTableMapping([bad], REPORT_TABLE).mapping);
    expect(findings).toEqual([expect.objectContaining({ cell: 'C2', field: 'goodQty', rule: 'count-whole' })]);
  });

  it('refuses a mapping that is not one', () => {
    expect(tableMappingSchema.safeParse({ headerRow: 0 }).success).toBe(false);
    expect(tableMappingSchema.safeParse({ headerRow: 3, columns: { goodQty: 'C7' } }).success).toBe(false);
  });
});

describe('daily output as reports', () => {
  const plan = (sheet: Sheet, over: Partial<ReportFacts> = {}) =>
    planReports(readTable([sheet], REPORT_TABLE, proposeTableMapping([sheet], REPORT_TABLE).mapping).rows, facts(over));

  it('names operations in English and Chinese', () => {
    expect(operationOf('车缝')).toBe('sewing');
    expect(operationOf('裁床')).toBe('cutting');
    expect(operationOf('Packing')).toBe('packing');
    expect(operationOf('embroidery')).toBeNull();
  });

  it('files what is new, names the unknown PO and the operation that would pass the cap', () => {
    const result = plan(line3);
    // Cutting: 700 filed + 1,500 = 2,200 > 2,110; sewing: 900 + 1,200 = 2,100 ≤ 2,110.
    expect(result.findings).toEqual([
      expect.objectContaining({ cell: 'C6', rule: 'output-over-order' }),
      expect.objectContaining({ cell: 'A7', rule: 'order-unknown' }),
    ]);
    expect(result.findings[0].message).toContain('2200');
    expect(result.reports.map((r) => [r.operation, r.goodQty, r.defectQty, r.workers, r.action])).toEqual([
      ['sewing', 1200, 12, 30, 'create'],
      ['cutting', 1500, 0, null, 'create'],
    ]);
    expect(result.summary).toMatchObject({
      create: 2,
      corrections: 0,
      dates: { from: '2026-11-27', to: '2026-11-27' },
    });
    expect(result.summary.pieces).toMatchObject({ sewing: 1200, cutting: 1500 });
  });

  it('a row for a report on file is a correction (reason needed), the same figures change nothing', () => {
    const filed = new Map([
      [filedKey(3, 11, '2026-11-27', 'sewing'), { id: 1, documentId: 'r1', goodQty: 1000, defectQty: 12, workers: 30 }],
      [
        filedKey(3, 11, '2026-11-27', 'cutting'),
        { id: 2, documentId: 'r2', goodQty: 1500, defectQty: 0, workers: null },
      ],
    ]);
    // The filed 1,500 cutting is in the 700 done: the sheet's 1,500 replaces it, 700 stays 700.
    const result = plan(line3, { filed });
    expect(result.findings.map((f) => f.rule)).toEqual(['order-unknown']);
    expect(result.reports.map((r) => [r.operation, r.action])).toEqual([
      ['sewing', 'correct'],
      ['cutting', 'unchanged'],
    ]);
    expect(result.summary).toMatchObject({ corrections: 1, unchanged: 1, correctionsWithoutReason: 1 });
    expect(result.summary.pieces.sewing).toBe(200);
  });

  it('reads a wide sheet (a column per operation), refuses a day in the future and a key entered twice', () => {
    const wide: Sheet = {
      name: 'W',
      rows: [
        ['Date', 'Line', 'PO No.', 'Cutting', 'Sewing', 'Packing'],
        ['2026-11-27', 'LINE 3', 'po-1', 100, 80, null],
        ['2026-11-27', 'Line 3', 'PO-1', null, 20, null],
        ['2026-12-05', 'Line 3', 'PO-1', null, null, 5],
      ],
    };
    const result = plan(wide);
    expect(result.reports.map((r) => [r.row, r.operation, r.goodQty])).toEqual([
      [2, 'cutting', 100],
      [2, 'sewing', 80],
      [4, 'packing', 5],
    ]);
    expect(result.findings).toEqual([
      expect.objectContaining({ cell: 'E3', rule: 'duplicate-entry' }),
      expect.objectContaining({ cell: 'A4', rule: 'date-in-future' }),
    ]);
  });

  it('names a line Gendan does not have, and a line renamed in the mapping is found', () => {
    const sheet: Sheet = {
      name: 'S',
      rows: [
        ['Date', 'Line', 'PO No.', 'Sewing'],
        ['2026-11-27', '三组', 'PO-1', 50],
      ],
    };
    expect(plan(sheet).findings).toEqual([expect.objectContaining({ cell: 'B2', rule: 'line-unknown' })]);
    const mapping = { ...proposeTableMapping([sheet], REPORT_TABLE).mapping, values: { line: { 三组: 'Line 3' } } };
    const result = planReports(readTable([sheet], REPORT_TABLE, mapping).rows, facts());
    expect(result.findings).toEqual([]);
    expect(result.reports[0]).toMatchObject({ line: { id: 3 }, operation: 'sewing', goodQty: 50 });
  });
});

describe('the final packing list', () => {
  /** The warehouse's list: the PO above, a row per carton range, sizes across, per-carton weights and measurements. */
  const warehouse: Sheet = {
    name: 'PL',
    rows: [
      ['PACKING LIST'],
      ['PO No.: 4500012345'],
      [],
      ['Ctn No.', 'Colour', 'S', 'M', 'L', 'Pcs/Ctn', 'Ctns', 'N.W.', 'G.W.', 'Meas. (cm)'],
      ['1-10', 'Navy', 4, 8, 8, 20, 10, 8.5, 9.5, '60x40x30'],
      ['11-12', 'Navy', 2, 4, null, 6, 2, 3, 4, '60*40*20'],
      ['Total', null, 44, 88, 80, 212, 12],
    ],
  };
  const order: PackingOrderFact = {
    id: 5,
    documentId: 'o5',
    poNumber: '4500012345',
    lines: [
      { colour: 'Navy', size: 'S', quantity: 40 },
      { colour: 'Navy', size: 'M', quantity: 84 },
      { colour: 'Navy', size: 'L', quantity: 80 },
    ],
    final: null,
  };
  const read = (sheet: Sheet) =>
    readTable([sheet], PACKING_TABLE, proposeTableMapping([sheet], PACKING_TABLE, ['S', 'M', 'L']).mapping);

  it('reads carton ranges and sizes as written', () => {
    expect(cartonRange('1-10')).toEqual({ from: 1, to: 10 });
    expect(cartonRange('7')).toEqual({ from: 7, to: null });
    expect(cartonRange('1 ~ 3')).toEqual({ from: 1, to: 3 });
    expect(cartonRange('A1')).toBeNull();
    expect(cartonDimensions('60 × 40 × 30 cm')).toEqual([60, 40, 30]);
  });

  it('proposes the PO above the table and the size columns', () => {
    const { mapping } = proposeTableMapping([warehouse], PACKING_TABLE, ['S', 'M', 'L']);
    expect(mapping.header).toEqual({ poNumber: { label: 'PO No.' } });
    expect(mapping.sizes).toEqual({ C: 'S', D: 'M', E: 'L' });
    expect(mapping.columns).toMatchObject({ fromCarton: 'A', colour: 'B', netKg: 'H', grossKg: 'I', dimensions: 'J' });
  });

  it('totals it by hand: 12 cartons, 212 pieces, 0.816 m³, 91 / 103 kg, and compares it with the order', () => {
    const { rows, findings } = read(warehouse);
    expect(findings).toEqual([]);
    const plan = planPackingLists(rows, new Map([['4500012345', order]]));
    expect(plan.findings).toEqual([]);
    // 10 × (60×40×30 = 0.072 m³) + 2 × (60×40×20 = 0.048 m³) = 0.816; 10 × 8.5 + 2 × 3 = 91; 10 × 9.5 + 2 × 4 = 103.
    expect(plan.lists[0].totals).toEqual({ cartons: 12, pieces: 212, cbm: 0.816, netKg: 91, grossKg: 103 });
    // S: 10 × 4 + 2 × 2 = 44 of 40; M: 10 × 8 + 2 × 4 = 88 of 84; L: 80 of 80.
    expect(plan.lists[0].comparison.map((c) => [c.size, c.packed, c.difference])).toEqual([
      ['S', 44, 4],
      ['M', 88, 4],
      ['L', 80, 0],
    ]);
    expect(plan.summary).toEqual({ orders: 1, replacements: 0, cartons: 12, pieces: 212 });
  });

  it('names overlapping cartons, a colour and a size the order lacks and a wrong pieces-per-carton', () => {
    const bad: Sheet = {
      ...warehouse,
      rows: [
        ...warehouse.rows.slice(0, 4),
        ['1-10', 'Navy', 4, 8, 8, 21, 10, 8.5, 9.5, '60x40x30'],
        ['10-12', 'Red', 2, 4, null, 6, 3, 3, 4, '60x40x20'],
        ['13', 'Navy', null, null, 5, 5, 1, 5, 4, '60x40x20'],
      ],
    };
    const plan = planPackingLists(
      read(bad).rows,
      new Map([['4500012345', { ...order, lines: order.lines.slice(0, 2) }]])
    );
    expect(plan.findings.map((f) => [f.cell, f.rule])).toEqual([
      ['F5', 'pieces-per-carton'],
      ['E5', 'size-not-on-order'],
      ['B6', 'colour-not-on-order'],
      ['E7', 'size-not-on-order'],
      ['A6', 'carton-overlap'],
      ['I7', 'gross-below-net'],
    ]);
  });
});
