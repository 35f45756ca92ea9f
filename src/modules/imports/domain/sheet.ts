/**
 * A worksheet as the import rules see it: rows of plain cell values, whatever
 * file it came from (.xlsx through exceljs, .csv through csv-parse). Rows and
 * columns are 0-based here; people see "D14", so every finding is reported by
 * its A1 address.
 */

/** A cell Excel could not compute (`#REF!`, `#DIV/0!`): never a number to import. */
export interface ErrorCell {
  error: string;
}

export type CellValue = string | number | boolean | Date | ErrorCell | null;

export interface Sheet {
  name: string;
  rows: CellValue[][];
  /** Merged ranges as Excel writes them ("A1:C1"): a value sits in the top-left cell only. */
  merged?: string[];
}

export const isErrorCell = (value: CellValue): value is ErrorCell =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;

/** Column index (0-based) → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Letters → column index (0-based): A → 0, AA → 26; null for anything else. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The A1 address of a 0-based row and column: (13, 3) → "D14". */
export const address = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

/** "D14" → { row: 13, column: 3 }; null when it is not an address. */
export function parseAddress(text: string): { row: number; column: number } | null {
  const match = /^\s*([A-Za-z]{1,3})(\d{1,7})\s*$/.exec(text);
  if (!match) return null;
  const column = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  return column === null || row < 0 ? null : { row, column };
}

export const cellAt = (sheet: Sheet, row: number, column: number): CellValue => sheet.rows[row]?.[column] ?? null;

export const isBlank = (value: CellValue): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** What a cell shows as text, trimmed: numbers as typed, dates as YYYY-MM-DD, errors as their code. */
export function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isErrorCell(value)) return value.error;
  return String(value).trim();
}

/** The widest row of the sheet. */
export const widthOf = (sheet: Sheet): number => sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);

/** Is this cell inside a merged range but not its top-left cell (Excel keeps no value there)? */
export function insideMerge(sheet: Sheet, row: number, column: number): string | null {
  for (const range of sheet.merged ?? []) {
    const [from, to] = range.split(':').map(parseAddress);
    if (!from || !to) continue;
    const inside = row >= from.row && row <= to.row && column >= from.column && column <= to.column;
    if (inside && (row !== from.row || column !== from.column)) return range;
  }
  return null;
}
