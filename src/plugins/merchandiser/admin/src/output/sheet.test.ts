import type { DailyOutputRow } from '../../../../../modules/production/contracts';
import { emptyOutput } from '../../../../../modules/production/domain/progress';
import { parseClipboardBlock } from '../grid/paste';
import {
  changesFiled,
  columnsFor,
  entriesOf,
  pasteFigures,
  readOutputBlock,
  rowsFromSheet,
  totalsOf,
  type SheetRow,
} from './sheet';

const known = { lines: ['Line 1', 'Line 2', 'Line 3'], orders: ['RWM-26-0931', 'RWM-26-0932'] };
const visible = columnsFor(['cutting', 'sewing']);

const filedRow: DailyOutputRow = {
  line: { documentId: 'l1', name: 'Line 1', dailyCapacity: 600 },
  order: { documentId: 'o1', poNumber: 'RWM-26-0931', totalQuantity: 3000, exFactoryDate: '2026-12-20' },
  cells: { sewing: { documentId: 'r1', goodQty: 420, defectQty: 6, workers: 38, corrections: 0 } },
  before: emptyOutput(),
  runRate: 450,
  neededPerDay: 343,
};

describe('pasting the lines’ day sheet', () => {
  it('reads a header in Chinese, a defects column belonging to the operation before it, and thousands separators', () => {
    const block = parseClipboardBlock(
      '生产线\t订单号\t裁剪\t缝制\t次品\t人数\nLine 1\tRWM-26-0931\t1,200\t420\t6\t38\nline 2\trwm-26-0932\t\t380\t4\t34\n'
    );
    expect(readOutputBlock(block, visible, known)).toEqual({
      kind: 'rows',
      ops: ['cutting', 'sewing'],
      rows: [
        {
          line: 'Line 1',
          order: 'RWM-26-0931',
          values: { 'cutting.good': '1200', 'sewing.good': '420', 'sewing.defect': '6', workers: '38' },
        },
        {
          line: 'line 2',
          order: 'rwm-26-0932',
          values: { 'cutting.good': '', 'sewing.good': '380', 'sewing.defect': '4', workers: '34' },
        },
      ],
    });
  });

  it('reads a block without header by the visible columns when it starts with a line’s name', () => {
    const block = parseClipboardBlock('Line 3\tRWM-26-0931\t0\t0\t300\t2');
    expect(readOutputBlock(block, visible, known)).toMatchObject({
      kind: 'rows',
      rows: [
        {
          line: 'Line 3',
          values: { 'cutting.good': '0', 'cutting.defect': '0', 'sewing.good': '300', 'sewing.defect': '2' },
        },
      ],
    });
  });

  it('refuses unknown lines, orders and headings, naming them — never a line called "Line"', () => {
    expect(readOutputBlock(parseClipboardBlock('Line\tPO\tSewing\nLine 9\tXX-1\t10'), visible, known)).toEqual({
      kind: 'refused',
      unknown: ['Line 9', 'XX-1'],
    });
    expect(readOutputBlock(parseClipboardBlock('Line\tPO\tOvertime\nLine 1\tRWM-26-0931\t2'), visible, known)).toEqual({
      kind: 'refused',
      unknown: ['Overtime'],
    });
  });

  it('pastes a plain block of figures from a cell rightwards and downwards', () => {
    const rows: SheetRow[] = ['a', 'b', 'c'].map((key) => ({
      key,
      line: filedRow.line,
      order: filedRow.order,
      values: {},
      reason: '',
      filed: null,
    }));
    const pasted = pasteFigures(rows, parseClipboardBlock('410\t5\n395\t3'), { row: 1, column: 2 }, visible);
    expect(pasted.map((row) => row.values)).toEqual([
      {},
      { 'sewing.good': '410', 'sewing.defect': '5' },
      { 'sewing.good': '395', 'sewing.defect': '3' },
    ]);
  });
});

describe('what the sheet sends', () => {
  it('sends typed cells and filed ones, and asks a reason only when a filed figure changes', () => {
    const [row] = rowsFromSheet([filedRow]);
    expect(changesFiled(row)).toBe(false);
    const typed = {
      ...row,
      values: { ...row.values, 'sewing.good': '430', 'cutting.good': '1,200' },
      reason: 'recount',
    };
    expect(changesFiled(typed)).toBe(true);
    expect(entriesOf([typed], ['cutting', 'sewing', 'packing'])).toEqual([
      {
        line: 'l1',
        order: 'o1',
        operation: 'cutting',
        goodQty: 1200,
        defectQty: 0,
        workers: 38,
        correctionReason: 'recount',
      },
      {
        line: 'l1',
        order: 'o1',
        operation: 'sewing',
        goodQty: 430,
        defectQty: 6,
        workers: 38,
        correctionReason: 'recount',
      },
    ]);
  });

  it('totals each column: 420 + 380 + 300 sewn is 1,100', () => {
    const rows = [420, 380, 300].map((good, i): SheetRow => ({
      key: String(i),
      line: filedRow.line,
      order: filedRow.order,
      values: { 'sewing.good': String(good) },
      reason: '',
      filed: null,
    }));
    expect(totalsOf(rows, visible)['sewing.good']).toBe(1100);
  });
});
