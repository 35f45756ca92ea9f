import { z } from 'zod';
import { finding, type ImportFinding } from './findings';
import { TOTAL_LABEL, anchorSchema, labelKey, sizeAlias } from './po-mapping';
import { anchored, type Located } from './po-sheet';
import { address, cellAt, columnIndex, columnLetters, isBlank, textOf, type CellValue, type Sheet } from './sheet';
import { isProblem, readDate, readText, type DateOrder, type Problem, type Read } from './values';

/**
 * Sheets that are one record a row under a heading row — daily output, the
 * warehouse's packing list, master data — read by one engine: a kind names
 * its fields (type, the headings people write), the mapping says which column
 * (or which labelled header cell above the table) holds each, and the reader
 * gives every row's values with their cells and a finding for every cell it
 * cannot read. What the values mean against the database is the kind's plan.
 */

export type FieldType = 'text' | 'count' | 'date' | 'decimal';

export interface TableField {
  key: string;
  label: string;
  labelZh: string;
  type: FieldType;
  /** The headings sheets write for it, English and Chinese. */
  headings: RegExp;
  required?: boolean;
  /** A value of the whole sheet may sit in a labelled cell above the table (the PO of a packing list). */
  header?: boolean;
}

export interface TableKind {
  fields: readonly TableField[];
  /** Columns headed by sizes (packing lists): pieces per size. */
  sizeColumns?: boolean;
}

const letters = z.string().regex(/^[A-Za-z]{1,3}$/, 'a column as letters, e.g. "B"');

export const tableMappingSchema = z
  .object({
    /** Sheets to read (by name); none = every sheet whose heading row is found. */
    sheets: z.array(z.string().max(31)).max(100).optional(),
    /** Row (1-based) of the headings; the records start below it. */
    headerRow: z.number().int().min(1).max(1_048_576),
    /** Field → column letters. */
    columns: z.record(z.string().max(40), letters).default({}),
    /** Field → a labelled cell (or fixed cell) above the table, for values of the whole sheet. */
    header: z.record(z.string().max(40), anchorSchema).default({}),
    /** Size columns: column letters → the size they hold. */
    sizes: z.record(letters, z.string().trim().min(1).max(16)).default({}),
    /** The sheet's names for values → Gendan's, per field ("车缝" → sewing, "NVY" → Navy). */
    values: z.record(z.string().max(40), z.record(z.string().max(64), z.string().max(64))).default({}),
    dateOrder: z.enum(['DMY', 'MDY']).optional(),
    /** The headings over the mapped columns when the mapping was saved: a sheet laid out otherwise gets a proposal. */
    headings: z.record(letters, z.string().max(200)).optional(),
  })
  .strict();
export type TableMapping = z.infer<typeof tableMappingSchema>;

const mappedColumns = (mapping: TableMapping) => [
  ...new Set([...Object.values(mapping.columns), ...Object.keys(mapping.sizes)].map((c) => c.toUpperCase())),
];
const sheetsOf = (sheets: readonly Sheet[], mapping: TableMapping) =>
  mapping.sheets ? sheets.filter((s) => mapping.sheets!.includes(s.name)) : sheets;

/** The mapping with the headings its columns have in this workbook, to know the layout again. */
export function withHeadings(sheets: readonly Sheet[], mapping: TableMapping): TableMapping {
  const sheet = sheetsOf(sheets, mapping)[0];
  if (!sheet) return mapping;
  const headings = Object.fromEntries(
    mappedColumns(mapping).map((col) => [col, textOf(cellAt(sheet, mapping.headerRow - 1, columnIndex(col)!))])
  );
  return { ...mapping, headings };
}

/** Whether a saved mapping is for this layout: a sheet has the saved headings over the mapped columns. */
export function headingsFit(sheets: readonly Sheet[], mapping: TableMapping): boolean {
  const saved = Object.entries(mapping.headings ?? {});
  if (saved.length === 0) return true;
  return sheetsOf(sheets, mapping).some((sheet) =>
    saved.every(
      ([col, text]) => labelKey(textOf(cellAt(sheet, mapping.headerRow - 1, columnIndex(col)!))) === labelKey(text)
    )
  );
}

/** One record of the sheet: its values by field (with their cells) and, for size columns, pieces by size. */
export interface TableRow {
  sheet: string;
  /** 1-based, as people see it. */
  row: number;
  values: Record<string, Located<unknown>>;
  sizes: Record<string, Located<number>>;
}

/** A count of pieces or people: a whole number, 0 allowed. */
export function readCount(value: CellValue): Read<number | null> {
  const text = readText(value);
  if (isProblem(text)) return text;
  if (text.value === null) return { value: null };
  const n = typeof value === 'number' ? value : Number(text.value.replace(/[, \u00a0](?=\d{3}\b)/g, ''));
  return Number.isInteger(n) && n >= 0
    ? { value: n }
    : {
        problem: {
          rule: 'count-whole',
          message: `"${text.value}" is not a whole number, 0 or more`,
          messageZh: `"${text.value}"不是 0 或正整数`,
        },
      };
}

/** A measure (cm, kg): a number ≥ 0 with a dot for decimals, a unit after it allowed ("12.5 kg"). */
export function readDecimal(value: CellValue): Read<number | null> {
  if (typeof value === 'number') return value >= 0 ? { value } : { problem: notMeasure(String(value)) };
  const text = readText(value);
  if (isProblem(text)) return text;
  if (text.value === null) return { value: null };
  const match = /^(\d+(?:\.\d+)?)\s*(kgs?|cm|公斤|千克|厘米)?$/i.exec(text.value);
  return match ? { value: Number(match[1]) } : { problem: notMeasure(text.value) };
}
const notMeasure = (text: string): Problem => ({
  rule: 'measure-unreadable',
  message: `"${text}" is not a number 0 or more (e.g. 12.5)`,
  messageZh: `"${text}"不是 0 或以上的数字(如 12.5)`,
});

const READERS: Record<FieldType, (value: CellValue, dateOrder?: DateOrder) => Read<unknown>> = {
  text: (value) => readText(value),
  count: (value) => readCount(value),
  date: (value, order) => readDate(value, order),
  decimal: (value) => readDecimal(value),
};

/** A size heading: as mapped, else a known size as written or as its usual alias. */
function sizeOf(text: string, known: ReadonlySet<string>): string | null {
  if (!text) return null;
  if (known.has(labelKey(text))) return text.trim();
  const alias = sizeAlias(text);
  return alias && known.has(labelKey(alias)) ? alias : null;
}

/**
 * A mapping for a sheet never seen: the heading row is the row (of the first
 * 30) whose cells name the most fields; size columns are its cells that name
 * a known size; fields marked `header` not found as columns are looked for as
 * labels above it.
 */
export function proposeTableMapping(
  sheets: readonly Sheet[],
  kind: TableKind,
  knownSizes: readonly string[] = []
): { mapping: TableMapping; found: Record<string, string>; missing: string[] } {
  const known = new Set(knownSizes.map(labelKey));
  let best: { sheet: Sheet; row: number; score: number } | null = null;
  for (const sheet of sheets) {
    for (let row = 0; row < Math.min(30, sheet.rows.length); row++) {
      const cells = sheet.rows[row] ?? [];
      const headings = cells.map((value) => labelKey(textOf(value))).filter(Boolean);
      const matched = headings.filter((text) => kind.fields.some((field) => field.headings.test(text))).length;
      const sizes = kind.sizeColumns ? cells.filter((value) => sizeOf(textOf(value), known)).length : 0;
      // A heading no field of the kind knows counts a little against the row: of a workbook's sheets,
      // the one laid out for this kind wins over one that shares a few headings with it (code, name).
      const score =
        kind.fields.filter((field) => headings.some((text) => field.headings.test(text))).length +
        sizes / 2 -
        (headings.length - matched - sizes) / 10;
      if (score > (best?.score ?? 1)) best = { sheet, row, score };
    }
  }
  const mapping: TableMapping = { headerRow: 1, columns: {}, header: {}, sizes: {}, values: {} };
  const found: Record<string, string> = {};
  if (!best) return { mapping, found, missing: kind.fields.filter((f) => f.required).map((f) => f.key) };
  mapping.headerRow = best.row + 1;
  const cells = best.sheet.rows[best.row] ?? [];
  for (const field of kind.fields) {
    const column = cells.findIndex((value) => field.headings.test(labelKey(textOf(value))));
    if (column >= 0 && !Object.values(mapping.columns).includes(columnLetters(column))) {
      mapping.columns[field.key] = columnLetters(column);
      found[field.key] = address(best.row, column);
    } else if (field.header) {
      const label = labelAbove(best.sheet, field, best.row);
      const located = label ? anchored(best.sheet, { label }, best.row) : null;
      if (label && located && !isBlank(located.value)) {
        mapping.header[field.key] = { label };
        if (located.cell) found[field.key] = located.cell;
      }
    }
  }
  if (kind.sizeColumns)
    cells.forEach((value, column) => {
      const size = sizeOf(textOf(value), known);
      const taken = Object.values(mapping.columns).includes(columnLetters(column));
      if (size && !taken) mapping.sizes[columnLetters(column)] = size;
    });
  // Every sheet laid out alike is read (a supervisor's workbook keeps a sheet a day); other sheets are not.
  const saved = withHeadings([best.sheet], mapping);
  const alike = sheets.filter((sheet) => headingsFit([sheet], saved));
  if (alike.length < sheets.length) mapping.sheets = alike.map((sheet) => sheet.name);
  const missing = kind.fields.filter((f) => f.required && !found[f.key]).map((f) => f.key);
  return { mapping, found, missing };
}

/** The label a sheet writes for a field above its table ("PO No.:" or "PO No.: 4500012345"), as typed. */
function labelAbove(sheet: Sheet, field: TableField, before: number): string | null {
  for (let row = before - 1; row >= 0; row--)
    for (const value of sheet.rows[row] ?? []) {
      const text = textOf(value);
      const label = text.split(/[:：]/)[0].trim();
      if (label && field.headings.test(labelKey(label))) return label;
    }
  return null;
}

/** The sheet's name for a value as Gendan's, when the mapping translates it. */
export function valueName(mapping: TableMapping, field: string, text: string): string {
  const own = Object.entries(mapping.values[field] ?? {}).find(([from]) => labelKey(from) === labelKey(text));
  return own ? own[1] : text;
}

/**
 * The records of the mapped sheets. A row with nothing in its mapped cells is
 * skipped, and so is a totals row (its first filled cell says Total / 合计);
 * a required field left blank is a finding on its cell.
 */
export function readTable(
  sheets: readonly Sheet[],
  kind: TableKind,
  mapping: TableMapping
): { rows: TableRow[]; findings: ImportFinding[] } {
  const findings: ImportFinding[] = [];
  const rows: TableRow[] = [];
  const chosen = mapping.sheets ? sheets.filter((s) => mapping.sheets!.includes(s.name)) : sheets;
  const columns = Object.entries(mapping.columns).map(([key, col]) => [key, columnIndex(col)!] as const);
  const sizeColumns = Object.entries(mapping.sizes).map(([col, size]) => [size, columnIndex(col)!] as const);
  const fields = new Map(kind.fields.map((field) => [field.key, field]));
  let refusedHere = new Set<string>();
  const problem = (sheet: Sheet, cell: string | null, field: string, p: Problem) => {
    refusedHere.add(field);
    findings.push(finding({ sheet: sheet.name, cell }, field, p));
  };

  for (const sheet of chosen) {
    const start = mapping.headerRow;
    if (!mapping.sheets && chosen.length > 1 && !headingsHere(sheet, start - 1, columns)) continue;
    const fromHeader: Record<string, Located<unknown>> = {};
    for (const [key, anchor] of Object.entries(mapping.header)) {
      const field = fields.get(key);
      const located = field ? anchored(sheet, anchor, start - 1) : null;
      if (!field || !located) continue;
      const read = READERS[field.type](located.value, mapping.dateOrder);
      if (isProblem(read)) problem(sheet, located.cell, key, read.problem);
      else if (read.value !== null)
        fromHeader[key] = {
          value: typeof read.value === 'string' ? valueName(mapping, key, read.value) : read.value,
          cell: located.cell,
        };
    }
    const last = sheet.rows.length;
    for (let r = start; r < last; r++) {
      const cells = sheet.rows[r] ?? [];
      const mapped = [...columns.map(([, c]) => c), ...sizeColumns.map(([, c]) => c)];
      if (mapped.every((c) => isBlank(cells[c] ?? null))) continue;
      const firstText = textOf(cells.find((value) => !isBlank(value)) ?? null);
      if (TOTAL_LABEL.test(labelKey(firstText))) continue;
      const record: TableRow = { sheet: sheet.name, row: r + 1, values: { ...fromHeader }, sizes: {} };
      refusedHere = new Set();
      for (const [key, column] of columns) {
        const field = fields.get(key);
        if (!field) continue;
        const cell = address(r, column);
        const read = READERS[field.type](cells[column] ?? null, mapping.dateOrder);
        if (isProblem(read)) problem(sheet, cell, key, read.problem);
        else if (read.value !== null)
          record.values[key] = {
            value: typeof read.value === 'string' ? valueName(mapping, key, read.value) : read.value,
            cell,
          };
      }
      for (const [size, column] of sizeColumns) {
        const cell = address(r, column);
        const read = readCount(cells[column] ?? null);
        if (isProblem(read)) problem(sheet, cell, size, read.problem);
        else if (read.value) record.sizes[size] = { value: read.value, cell };
      }
      for (const field of kind.fields)
        if (field.required && !(field.key in record.values) && !refusedHere.has(field.key))
          problem(
            sheet,
            mapping.columns[field.key] ? address(r, columnIndex(mapping.columns[field.key])!) : address(r, 0),
            field.key,
            {
              rule: 'required',
              message: `${field.label} is required`,
              messageZh: `${field.labelZh}为必填项`,
            }
          );
      rows.push(record);
    }
  }
  if (rows.length === 0 && findings.length === 0)
    findings.push(
      finding({ sheet: chosen[0]?.name ?? null, cell: null }, 'headerRow', {
        rule: 'no-records',
        message: `no records found below row ${mapping.headerRow}: point to the heading row and the columns`,
        messageZh: `第 ${mapping.headerRow} 行以下没有找到记录:请指定标题行和各列`,
      })
    );
  return { rows, findings };
}

/** Without sheet names, a workbook's sheet is read when its heading row has a heading over a mapped column. */
function headingsHere(sheet: Sheet, row: number, columns: ReadonlyArray<readonly [string, number]>) {
  return columns.some(([, column]) => !isBlank(cellAt(sheet, row, column)));
}
