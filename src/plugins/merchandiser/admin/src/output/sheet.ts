import type { DailyOutputRow, SaveDailyOutput } from '../../../../../modules/production/contracts';
import type { Operation } from '../../../../../modules/production/domain/progress';

/** A numeric column of the sheet: an operation's good or defective pieces, or the line's operators. */
export type Column = { kind: 'good' | 'defect'; op: Operation } | { kind: 'workers' };
export const columnId = (column: Column) => (column.kind === 'workers' ? 'workers' : `${column.op}.${column.kind}`);

export const columnsFor = (ops: readonly Operation[]): Column[] => [
  ...ops.flatMap((op): Column[] => [
    { kind: 'good', op },
    { kind: 'defect', op },
  ]),
  { kind: 'workers' },
];

/** A row being edited: what the server has on file, and the cells as typed. */
export interface SheetRow {
  key: string;
  line: { documentId: string; name: string; dailyCapacity: number };
  order: { documentId: string; poNumber: string };
  values: Record<string, string>;
  reason: string;
  filed: DailyOutputRow | null;
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The sheet's rows as the server filed them. */
export function rowsFromSheet(rows: readonly DailyOutputRow[]): SheetRow[] {
  return rows.map((row) => {
    const values: Record<string, string> = {};
    let workers: number | null = null;
    for (const [op, cell] of Object.entries(row.cells)) {
      if (!cell) continue;
      values[`${op}.good`] = text(cell.goodQty);
      values[`${op}.defect`] = text(cell.defectQty);
      workers = workers ?? cell.workers;
    }
    values.workers = text(workers);
    return {
      key: `${row.line.documentId}:${row.order.documentId}`,
      line: row.line,
      order: { documentId: row.order.documentId, poNumber: row.order.poNumber },
      values,
      reason: '',
      filed: row,
    };
  });
}

const pieces = (value: string | undefined) => {
  const cleaned = (value ?? '').replace(/[,\s]/g, '');
  return cleaned === '' ? null : Number(cleaned);
};

/** Whether a row changes a figure already on file — then it needs a reason. */
export function changesFiled(row: SheetRow): boolean {
  if (!row.filed) return false;
  return Object.entries(row.filed.cells).some(([op, cell]) => {
    if (!cell) return false;
    const workers = pieces(row.values.workers);
    return (
      (pieces(row.values[`${op}.good`]) ?? 0) !== cell.goodQty ||
      (pieces(row.values[`${op}.defect`]) ?? 0) !== cell.defectQty ||
      (workers !== null && workers !== cell.workers)
    );
  });
}

type Entry = SaveDailyOutput.Request['data']['entries'][number];

/**
 * What the sheet sends: an entry per operation with a figure typed or on
 * file. Text that is not a number goes as it is typed (NaN), so the server
 * names the cell rather than the browser guessing.
 */
export function entriesOf(rows: readonly SheetRow[], ops: readonly Operation[]): Entry[] {
  return rows.flatMap((row) =>
    ops.flatMap((op): Entry[] => {
      const good = pieces(row.values[`${op}.good`]);
      const defect = pieces(row.values[`${op}.defect`]);
      const filed = row.filed?.cells[op];
      if (good === null && defect === null && !filed) return [];
      return [
        {
          line: row.line.documentId,
          order: row.order.documentId,
          operation: op,
          goodQty: good ?? 0,
          defectQty: defect ?? 0,
          workers: pieces(row.values.workers),
          correctionReason: row.reason.trim() || null,
        },
      ];
    })
  );
}

/** Column totals of what is typed. */
export function totalsOf(rows: readonly SheetRow[], columns: readonly Column[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const column of columns) {
    const id = columnId(column);
    totals[id] = rows.reduce((sum, row) => sum + (pieces(row.values[id]) || 0), 0);
  }
  return totals;
}

const LINE_HEADINGS = /^(line|lines|line no\.?|生产线|线|线别|组别|拉|拉别|组)$/i;
const ORDER_HEADINGS = /^(po|po no\.?|po number|order|订单|订单号|客户订单号|单号)$/i;
const WORKERS_HEADINGS = /^(workers|operators|人数|上线人数|人员)$/i;
const DEFECT_WORDS = /(defects?|defective|rejects?|次品|不良|疵品)/i;
const OPERATION_WORDS: ReadonlyArray<[Operation, RegExp]> = [
  ['cutting', /(cutting|cut|裁剪|裁床|开裁)/i],
  ['sewing', /(sewing|sewn|缝制|车缝|车间)/i],
  ['finishing', /(finishing|ironing|整烫|后整|尾部)/i],
  ['washing', /(washing|wash|水洗|洗水)/i],
  ['packing', /(packing|packed|包装)/i],
];

const operationIn = (heading: string) => OPERATION_WORDS.find(([, words]) => words.test(heading))?.[0] ?? null;

/** What a pasted block holding line and PO columns says: rows to find or add, with their figures by column id. */
export type OutputBlock =
  | { kind: 'plain' }
  | {
      kind: 'rows';
      ops: Operation[];
      rows: Array<{ line: string; order: string; values: Record<string, string> }>;
    }
  | { kind: 'refused'; unknown: string[] };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Reads a block copied from the line's Excel day sheet. With a header row
 * (Line | PO | Cutting | Sewing | Sewing defects | Workers, in English or
 * Chinese, in any order), each column goes where its heading says — a
 * "defects" heading without an operation belongs to the operation before
 * it — and a heading it cannot place refuses the paste. Without a header, a
 * block whose first cell is a line's name is read as Line | PO | the visible
 * columns in order. Line names and PO numbers must be known: unknown ones
 * refuse the paste, named. Anything else is pasted cell by cell.
 */
export function readOutputBlock(
  block: string[][],
  visible: readonly Column[],
  known: { lines: readonly string[]; orders: readonly string[] }
): OutputBlock {
  const [header] = block;
  if (!header || header.length < 3) return { kind: 'plain' };
  const isLine = (cell: string) => known.lines.some((name) => sameName(name, cell));
  let columns: Array<string | null>;
  let body: string[][];
  if (LINE_HEADINGS.test(header[0]) && ORDER_HEADINGS.test(header[1])) {
    let last: Operation | null = null;
    const unplaced: string[] = [];
    columns = header.slice(2).map((heading) => {
      if (heading === '') return null;
      if (WORKERS_HEADINGS.test(heading)) return 'workers';
      const op = operationIn(heading) ?? (DEFECT_WORDS.test(heading) ? last : null);
      if (!op) {
        unplaced.push(heading);
        return null;
      }
      last = op;
      return `${op}.${DEFECT_WORDS.test(heading) ? 'defect' : 'good'}`;
    });
    if (unplaced.length > 0) return { kind: 'refused', unknown: unplaced };
    body = block.slice(1);
  } else if (isLine(header[0])) {
    columns = visible.map(columnId);
    body = block;
  } else {
    return { kind: 'plain' };
  }
  const rows = body
    .filter((row) => (row[0] ?? '') !== '' && (row[1] ?? '') !== '')
    .map((row) => {
      const values: Record<string, string> = {};
      columns.forEach((id, i) => {
        if (id && row[i + 2] !== undefined) values[id] = row[i + 2].replace(/[,\s]/g, '');
      });
      return { line: row[0], order: row[1], values };
    });
  const unknown = [
    ...new Set([
      ...rows.filter((row) => !isLine(row.line)).map((row) => row.line),
      ...rows.filter((row) => !known.orders.some((po) => sameName(po, row.order))).map((row) => row.order),
    ]),
  ];
  if (unknown.length > 0) return { kind: 'refused', unknown };
  const ops = OPERATION_WORDS.map(([op]) => op).filter((op) =>
    columns.some((id) => id === `${op}.good` || id === `${op}.defect`)
  );
  return { kind: 'rows', ops, rows };
}

/** Pastes a block of figures from a cell: rightwards across the visible columns, downwards across the rows. */
export function pasteFigures(
  rows: readonly SheetRow[],
  block: string[][],
  at: { row: number; column: number },
  visible: readonly Column[]
): SheetRow[] {
  return rows.map((row, r) => {
    const line = block[r - at.row];
    if (!line) return row;
    const values = { ...row.values };
    line.forEach((cell, c) => {
      const column = visible[at.column + c];
      if (column) values[columnId(column)] = cell.replace(/[,\s]/g, '');
    });
    return { ...row, values };
  });
}
