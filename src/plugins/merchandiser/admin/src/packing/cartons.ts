import type { CartonRow } from '../../../../../modules/shipping/domain/packing';

/** The measured columns of a carton row, after its sizes. */
export const MEASURES = ['lengthCm', 'widthCm', 'heightCm', 'netKg', 'grossKg'] as const;
export type Measure = (typeof MEASURES)[number];

/** A carton row as typed: every cell text, sizes by name. */
export interface CartonDraft {
  key: number;
  fromCarton: string;
  toCarton: string;
  colour: string;
  sizes: Record<string, string>;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
  netKg: string;
  grossKg: string;
}

/** The editable columns in order: carton numbers, colour, one per size, then the measures. */
export const columnsOf = (sizes: readonly string[]) => [
  'fromCarton',
  'toCarton',
  'colour',
  ...sizes.map((size) => `size:${size}`),
  ...MEASURES,
];

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function draftsOf(rows: readonly CartonRow[], firstKey = 1): CartonDraft[] {
  return rows.map((row, i) => ({
    key: firstKey + i,
    fromCarton: text(row.fromCarton),
    toCarton: text(row.toCarton),
    colour: row.colour,
    sizes: Object.fromEntries(Object.entries(row.sizes).map(([size, qty]) => [size, text(qty)])),
    lengthCm: text(row.lengthCm),
    widthCm: text(row.widthCm),
    heightCm: text(row.heightCm),
    netKg: text(row.netKg),
    grossKg: text(row.grossKg),
  }));
}

const number = (value: string | undefined) => {
  const cleaned = (value ?? '').replace(/[,\s]/g, '');
  return cleaned === '' ? NaN : Number(cleaned);
};

/** The rows as the server reads them; empty size cells are left out, other blanks stay NaN for the rules to name. */
export function cartonRowsOf(drafts: readonly CartonDraft[]): CartonRow[] {
  return drafts.map((draft) => ({
    fromCarton: number(draft.fromCarton),
    toCarton: number(draft.toCarton),
    colour: draft.colour.trim(),
    sizes: Object.fromEntries(
      Object.entries(draft.sizes)
        .filter(([, qty]) => qty.trim() !== '')
        .map(([size, qty]) => [size, number(qty)])
    ),
    lengthCm: number(draft.lengthCm),
    widthCm: number(draft.widthCm),
    heightCm: number(draft.heightCm),
    netKg: number(draft.netKg),
    grossKg: number(draft.grossKg),
  }));
}

/** Rows whose figures are all numbers: what the live totals can count. */
export const countable = (rows: readonly CartonRow[]) =>
  rows.filter(
    (row) =>
      row.toCarton >= row.fromCarton &&
      [row.fromCarton, row.toCarton, row.lengthCm, row.widthCm, row.heightCm, row.netKg, row.grossKg].every(
        Number.isFinite
      ) &&
      Object.values(row.sizes).every(Number.isFinite)
  );

/**
 * A copy of a row below it, numbered on from it with as many cartons (箱号
 * 21–30 after 11–20): the next range of the same assortment in one click.
 */
export function copyBelow(drafts: readonly CartonDraft[], index: number, key: number): CartonDraft[] {
  const source = drafts[index];
  if (!source) return [...drafts];
  const from = number(source.fromCarton);
  const to = number(source.toCarton);
  const span = Number.isFinite(from) && Number.isFinite(to) && to >= from ? to - from + 1 : 1;
  const last = Math.max(0, ...drafts.map((draft) => number(draft.toCarton)).filter(Number.isFinite));
  const copy: CartonDraft = {
    ...source,
    key,
    sizes: { ...source.sizes },
    fromCarton: String(last + 1),
    toCarton: String(last + span),
  };
  return [...drafts.slice(0, index + 1), copy, ...drafts.slice(index + 1)];
}

const read = (draft: CartonDraft, column: string) =>
  column.startsWith('size:') ? (draft.sizes[column.slice(5)] ?? '') : String(draft[column as keyof CartonDraft] ?? '');
const write = (draft: CartonDraft, column: string, value: string): CartonDraft =>
  column.startsWith('size:')
    ? { ...draft, sizes: { ...draft.sizes, [column.slice(5)]: value } }
    : { ...draft, [column]: value };

/** Fill down (Ctrl+D, as in Excel): the cell takes the value of the cell above it. */
export function fillDown(drafts: readonly CartonDraft[], index: number, column: string): CartonDraft[] {
  if (index === 0) return [...drafts];
  return drafts.map((draft, i) => (i === index ? write(draft, column, read(drafts[index - 1], column)) : draft));
}

/**
 * A block pasted from a cell: rightwards across the columns, downwards across
 * the rows, adding rows where the block runs past the last.
 */
export function pasteBlock(
  drafts: readonly CartonDraft[],
  block: string[][],
  at: { row: number; column: number },
  columns: readonly string[],
  nextKey: () => number
): CartonDraft[] {
  const rows = [...drafts];
  block.forEach((cells, r) => {
    const index = at.row + r;
    let draft: CartonDraft =
      rows[index] ??
      ({
        key: nextKey(),
        fromCarton: '',
        toCarton: '',
        colour: '',
        sizes: {},
        lengthCm: '',
        widthCm: '',
        heightCm: '',
        netKg: '',
        grossKg: '',
      } satisfies CartonDraft);
    cells.forEach((cell, c) => {
      const column = columns[at.column + c];
      if (column) draft = write(draft, column, column === 'colour' ? cell : cell.replace(/[,\s]/g, ''));
    });
    rows[index] = draft;
  });
  return rows;
}

export const cellOf = read;
export const withCell = write;
