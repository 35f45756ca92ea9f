import { finding, type ImportFinding } from './findings';
import {
  COLOUR_HEADING,
  HEADER_LABELS,
  NOT_A_SIZE,
  RATIO_LABEL,
  TOTAL_LABEL,
  colourName,
  labelKey,
  sizeAlias,
  sizeName,
  type Anchor,
  type PoHeaderField,
  type PoLongField,
  type PoMapping,
} from './po-mapping';
import {
  address,
  cellAt,
  columnIndex,
  isBlank,
  parseAddress,
  textOf,
  widthOf,
  type CellValue,
  type Sheet,
} from './sheet';
import {
  isProblem,
  readAmount,
  readCurrency,
  readDate,
  readQuantity,
  readShipMode,
  readText,
  type Money,
  type Problem,
  type Read,
} from './values';

/**
 * Reads the purchase orders out of a buyer's workbook with a mapping: one
 * draft per PO (header values, colour × size lines, the prepack set), each
 * value with the cell it came from, and a finding for every cell that cannot
 * be read. Nothing here knows the database: whether the style exists or the
 * sizes are in its scale is checked against the facts afterwards.
 */

export interface Located<T> {
  value: T;
  cell: string | null;
}

export interface DraftLine {
  colour: string;
  size: string;
  quantity: number;
  cell: string;
  colourCell: string;
  sizeCell: string;
}

export interface PoHeaderValues {
  orderDate?: Located<string>;
  exFactoryDate?: Located<string>;
  shipMode?: Located<string>;
  fobPrice?: Located<Money>;
  currency?: Located<string>;
  season?: Located<string>;
  market?: Located<string>;
}

export interface PoDraft {
  sheet: string;
  /** Where the PO's grid (or first row) starts, to name it: "Sheet1!B6". */
  at: string;
  poNumber: Located<string> | null;
  style: Located<string> | null;
  header: PoHeaderValues;
  lines: DraftLine[];
  /** The prepack set (配比): size → pieces per set, when the sheet gives one. */
  ratio: { sizes: Record<string, number>; cell: string } | null;
}

export interface ReadPurchaseOrders {
  drafts: PoDraft[];
  findings: ImportFinding[];
}

type Matcher = (text: string) => boolean;

const LOOKAHEAD = 6;
const isLabel = (text: string) => Object.values(HEADER_LABELS).some((pattern) => pattern.test(labelKey(text)));

/**
 * The value a label points at, searching rows [from, to) from the bottom up
 * (the label nearest above the grid wins): after a colon in the label's own
 * cell, else the first filled cell to its right, else the cell below.
 */
export function findLabelled(sheet: Sheet, matches: Matcher, from: number, to: number): Located<CellValue> | null {
  for (let row = Math.min(to, sheet.rows.length) - 1; row >= from; row--) {
    const cells = sheet.rows[row] ?? [];
    for (let column = 0; column < cells.length; column++) {
      const text = textOf(cells[column]);
      if (!text) continue;
      const colon = text.search(/[:：]/);
      if (colon > 0 && matches(text.slice(0, colon)) && text.slice(colon + 1).trim())
        return { value: text.slice(colon + 1).trim(), cell: address(row, column) };
      if (!matches(text)) continue;
      for (let right = column + 1; right <= column + LOOKAHEAD && right < cells.length; right++) {
        const value = cells[right];
        if (isBlank(value)) continue;
        if (typeof value === 'string' && isLabel(value)) break;
        return { value, cell: address(row, right) };
      }
      const below = cellAt(sheet, row + 1, column);
      if (!isBlank(below) && !(typeof below === 'string' && isLabel(below)))
        return { value: below, cell: address(row + 1, column) };
      return { value: null, cell: address(row, column) };
    }
  }
  return null;
}

const labelMatcher = (label: string): Matcher => {
  const key = labelKey(label);
  return (text) => labelKey(text) === key;
};

/** A header value by its anchor, searched above `before` (the grid's size row) for labels. */
export function anchored(sheet: Sheet, anchor: Anchor | undefined, before: number): Located<CellValue> | null {
  if (!anchor) return null;
  if ('cell' in anchor) {
    const at = parseAddress(anchor.cell)!;
    return { value: cellAt(sheet, at.row, at.column), cell: address(at.row, at.column) };
  }
  return findLabelled(sheet, labelMatcher(anchor.label), 0, before);
}

const HEADER_READERS: Record<
  Exclude<PoHeaderField, 'poNumber' | 'style'>,
  (v: CellValue, m: PoMapping) => Read<unknown>
> = {
  orderDate: (v, m) => readDate(v, m.dateOrder),
  exFactoryDate: (v, m) => readDate(v, m.dateOrder),
  shipMode: (v) => readShipMode(v),
  fobPrice: (v) => readAmount(v),
  currency: (v) => readCurrency(v),
  season: (v) => readText(v),
  market: (v) => readText(v),
};

function readHeader(
  sheet: Sheet,
  mapping: PoMapping,
  before: number,
  findings: ImportFinding[],
  fromRow?: (field: PoHeaderField) => Located<CellValue> | null
): Pick<PoDraft, 'poNumber' | 'style' | 'header'> {
  const locate = (field: PoHeaderField) => fromRow?.(field) ?? anchored(sheet, mapping.header[field], before);
  const text = (field: 'poNumber' | 'style'): Located<string> | null => {
    const found = locate(field);
    if (!found) return null;
    const read = readText(found.value);
    if (isProblem(read)) {
      findings.push(finding({ sheet: sheet.name, cell: found.cell }, field, read.problem));
      return null;
    }
    return read.value === null ? null : { value: read.value, cell: found.cell };
  };
  const header: PoHeaderValues = {};
  for (const field of Object.keys(HEADER_READERS) as Array<keyof typeof HEADER_READERS>) {
    const found = locate(field);
    if (!found) continue;
    const read = HEADER_READERS[field](found.value, mapping);
    if (isProblem(read)) findings.push(finding({ sheet: sheet.name, cell: found.cell }, field, read.problem));
    else if (read.value !== null)
      (header as Record<string, Located<unknown>>)[field] = { value: read.value, cell: found.cell };
  }
  return { poNumber: text('poNumber'), style: text('style'), header };
}

const knownSet = (sizes: readonly string[], mapping: PoMapping) =>
  new Set([...sizes, ...Object.values(mapping.sizes)].map((size) => labelKey(size)));

const isSizeHeading = (value: CellValue, known: Set<string>, mapping: PoMapping) => {
  if (isBlank(value)) return false;
  const name = sizeName(textOf(value), mapping);
  return known.has(labelKey(name)) || known.has(labelKey(sizeAlias(name) ?? ''));
};

/** Rows whose cells name at least two known sizes: each is the size header of a grid. */
export function sizeRows(sheet: Sheet, mapping: PoMapping, knownSizes: readonly string[]): number[] {
  if (mapping.grid?.sizeRow) return [mapping.grid.sizeRow - 1];
  const known = knownSet(knownSizes, mapping);
  const rows: number[] = [];
  sheet.rows.forEach((cells, row) => {
    if (cells.filter((value) => isSizeHeading(value, known, mapping)).length >= 2) rows.push(row);
  });
  return rows;
}

interface GridColumns {
  colour: number;
  sizes: Array<{ column: number; size: string }>;
  total: number | null;
}

function gridColumns(
  sheet: Sheet,
  row: number,
  mapping: PoMapping,
  known: Set<string>,
  findings: ImportFinding[]
): GridColumns | null {
  const cells = sheet.rows[row] ?? [];
  const where = (column: number) => ({ sheet: sheet.name, cell: address(row, column) });
  const explicit = mapping.grid?.sizeRow !== undefined;
  let first = cells.findIndex((value) => isSizeHeading(value, known, mapping));
  const configured = mapping.grid?.colourColumn ? columnIndex(mapping.grid.colourColumn) : null;
  if (first < 0 && explicit)
    first = cells.findIndex((value, column) => !isBlank(value) && column !== configured && column > (configured ?? -1));
  if (first < 0) return null;
  let colour = configured;
  if (colour === null) {
    const heading = cells.findIndex((value, column) => column < first && COLOUR_HEADING.test(labelKey(textOf(value))));
    if (heading >= 0) colour = heading;
    else {
      for (let column = first - 1; column >= 0 && colour === null; column--)
        if (!isBlank(cells[column])) colour = column;
      colour ??= Math.max(0, first - 1);
    }
  }
  if (colour >= first) {
    findings.push(
      finding(where(first), 'colour', {
        rule: 'colour-column-not-found',
        message: 'no column for the colours left of the sizes: choose the colour column in the mapping',
        messageZh: '尺码左侧没有颜色列:请在映射中选择颜色列',
      })
    );
    return null;
  }
  const sizes: GridColumns['sizes'] = [];
  let total: number | null = null;
  for (let column = first; column < widthOf(sheet); column++) {
    const text = textOf(cellAt(sheet, row, column));
    if (!text) continue;
    if (TOTAL_LABEL.test(labelKey(text))) {
      total = column;
      break;
    }
    if (NOT_A_SIZE.test(labelKey(text))) break;
    sizes.push({ column, size: sizeName(text, mapping) });
  }
  const merged = (sheet.merged ?? []).find((range) => {
    const [from, to] = range.split(':').map(parseAddress);
    return (
      from &&
      to &&
      from.row <= row &&
      to.row >= row &&
      sizes.some((s) => s.column >= from.column && s.column <= to.column) &&
      to.column > from.column
    );
  });
  if (merged) {
    findings.push(
      finding({ sheet: sheet.name, cell: merged.split(':')[0] }, 'size', {
        rule: 'merged-header',
        message: `the size header ${merged} is merged: unmerge it so that each size has its own column`,
        messageZh: `尺码表头 ${merged} 是合并单元格:请取消合并,使每个尺码单独一列`,
      })
    );
    return null;
  }
  return { colour, sizes, total };
}

/** One grid below a size header row: its colour rows, its prepack row, up to a blank row, a total row or the next grid. */
function readGrid(
  sheet: Sheet,
  row: number,
  next: number,
  columns: GridColumns,
  mapping: PoMapping,
  findings: ImportFinding[]
): { lines: DraftLine[]; ratio: PoDraft['ratio']; end: number } {
  const lines: DraftLine[] = [];
  let ratio: PoDraft['ratio'] = null;
  const seen = new Set<string>();
  let r = row + 1;
  const problem = (cell: string, field: string, p: Problem, severity?: ImportFinding['severity']) =>
    findings.push(finding({ sheet: sheet.name, cell }, field, p, severity));
  for (; r < next && r < sheet.rows.length; r++) {
    const colourValue = cellAt(sheet, r, columns.colour);
    const colourText = textOf(colourValue);
    const quantities = columns.sizes.map(({ column }) => cellAt(sheet, r, column));
    const empty = quantities.every(isBlank);
    if (!colourText && empty) break;
    if (colourText && TOTAL_LABEL.test(labelKey(colourText))) {
      r++;
      break;
    }
    if (colourText && RATIO_LABEL.test(labelKey(colourText))) {
      const sizes: Record<string, number> = {};
      columns.sizes.forEach(({ column, size }) => {
        const read = readQuantity(cellAt(sheet, r, column));
        if (isProblem(read)) problem(address(r, column), 'ratio', read.problem);
        else if (read.value !== null) sizes[size] = read.value;
      });
      ratio = { sizes, cell: address(r, columns.colour) };
      continue;
    }
    if (!colourText) {
      problem(address(r, columns.colour), 'colour', {
        rule: 'colour-required',
        message: 'this row has quantities but no colour',
        messageZh: '该行有数量但没有颜色',
      });
      continue;
    }
    const colour = colourName(colourText, mapping);
    let sum = 0;
    columns.sizes.forEach(({ column, size }) => {
      const cell = address(r, column);
      const read = readQuantity(cellAt(sheet, r, column));
      if (isProblem(read)) return problem(cell, 'quantity', read.problem);
      if (read.value === null) return;
      const key = `${labelKey(colour)}\u0000${labelKey(size)}`;
      if (seen.has(key))
        return problem(cell, 'quantity', {
          rule: 'colour-size-unique',
          message: `${colour} ${size} is already on an earlier row of this PO`,
          messageZh: `${colour} ${size} 在本订单前面的行中已出现`,
        });
      seen.add(key);
      sum += read.value;
      lines.push({
        colour,
        size,
        quantity: read.value,
        cell,
        colourCell: address(r, columns.colour),
        sizeCell: address(row, column),
      });
    });
    if (columns.total !== null) {
      const stated = readQuantity(cellAt(sheet, r, columns.total));
      if (!isProblem(stated) && stated.value !== null && stated.value !== sum)
        problem(
          address(r, columns.total),
          'quantity',
          {
            rule: 'row-total-mismatch',
            message: `the row's total says ${stated.value} but its sizes add up to ${sum}`,
            messageZh: `该行合计为 ${stated.value},但各尺码相加为 ${sum}`,
          },
          'warning'
        );
    }
  }
  return { lines, ratio, end: r };
}

function readGridSheet(
  sheet: Sheet,
  mapping: PoMapping,
  knownSizes: readonly string[],
  findings: ImportFinding[]
): PoDraft[] {
  const candidates = sizeRows(sheet, mapping, knownSizes);
  const known = knownSet(knownSizes, mapping);
  const drafts: PoDraft[] = [];
  // A grid's own rows are never the next grid's header, whatever their numbers (10 and 12 pieces are also sizes).
  let end = -1;
  candidates.forEach((row, index) => {
    if (row < end) return;
    const columns = gridColumns(sheet, row, mapping, known, findings);
    if (!columns) return;
    const next =
      candidates.find((candidate, i) => i > index && isHeaderRow(sheet, candidate, columns)) ?? sheet.rows.length;
    const grid = readGrid(sheet, row, next, columns, mapping, findings);
    end = grid.end;
    drafts.push({
      sheet: sheet.name,
      at: address(row, columns.colour),
      ...readHeader(sheet, mapping, row, findings),
      lines: grid.lines,
      ratio: grid.ratio,
    });
  });
  return drafts;
}

/** A size row that heads a grid of its own: its colour cell says "Colour", or its sizes are written as text. */
function isHeaderRow(sheet: Sheet, row: number, columns: GridColumns): boolean {
  const colour = textOf(cellAt(sheet, row, columns.colour));
  if (colour && COLOUR_HEADING.test(labelKey(colour))) return true;
  const cells = columns.sizes.map(({ column }) => cellAt(sheet, row, column)).filter((value) => !isBlank(value));
  return cells.length > 0 && cells.every((value) => typeof value === 'string' && !/^[\d,\s]+$/.test(value));
}

function readLongSheet(sheet: Sheet, mapping: PoMapping, findings: ImportFinding[]): PoDraft[] {
  const long = mapping.long!;
  const headerRow = long.headerRow - 1;
  const column = (field: PoLongField) => (long.columns[field] ? columnIndex(long.columns[field]!) : null);
  const byPo = new Map<string, PoDraft & { keys: Set<string> }>();
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const at = (field: PoLongField): { value: CellValue; cell: string } | null => {
      const c = column(field);
      return c === null ? null : { value: cellAt(sheet, row, c), cell: address(row, c) };
    };
    const mapped = (['poNumber', 'style', 'colour', 'size', 'quantity'] as const).map(at).filter((x) => x !== null);
    if (mapped.every((x) => isBlank(x.value))) continue;
    const fromRow = (field: PoHeaderField) =>
      field === 'poNumber' || field === 'style' || field === 'exFactoryDate' || field === 'fobPrice' ? at(field) : null;
    const head = readHeader(sheet, mapping, headerRow, findings, (field) => {
      const found = fromRow(field);
      return found && !isBlank(found.value) ? found : null;
    });
    const key = labelKey(head.poNumber?.value ?? '');
    let draft = byPo.get(key);
    if (!draft) {
      draft = { sheet: sheet.name, at: address(row, 0), ...head, lines: [], ratio: null, keys: new Set() };
      byPo.set(key, draft);
    } else {
      for (const field of ['style', 'exFactoryDate', 'fobPrice'] as const) {
        const before = field === 'style' ? draft.style : draft.header[field];
        const now = field === 'style' ? head.style : head.header[field];
        const key = (v: unknown) => (typeof v === 'string' ? labelKey(v) : JSON.stringify(v));
        if (before && now && key(before.value) !== key(now.value))
          findings.push(
            finding({ sheet: sheet.name, cell: now.cell }, field, {
              rule: 'po-header-conflict',
              message: `PO ${head.poNumber?.value ?? ''}: ${field} differs from row ${before.cell} (${JSON.stringify(before.value)})`,
              messageZh: `订单 ${head.poNumber?.value ?? ''}:${field} 与 ${before.cell} 的值(${JSON.stringify(before.value)})不同`,
            })
          );
      }
    }
    const colour = at('colour');
    const size = at('size');
    const quantity = at('quantity');
    const colourText = colour ? textOf(colour.value) : '';
    const sizeText = size ? textOf(size.value) : '';
    if (!colourText || !sizeText) {
      const missing = !colourText ? colour : size;
      findings.push(
        finding({ sheet: sheet.name, cell: missing?.cell ?? address(row, 0) }, !colourText ? 'colour' : 'size', {
          rule: !colourText ? 'colour-required' : 'size-required',
          message: `row ${row + 1} has no ${!colourText ? 'colour' : 'size'}`,
          messageZh: `第 ${row + 1} 行没有${!colourText ? '颜色' : '尺码'}`,
        })
      );
      continue;
    }
    const read = readQuantity(quantity?.value ?? null);
    if (isProblem(read)) {
      findings.push(finding({ sheet: sheet.name, cell: quantity!.cell }, 'quantity', read.problem));
      continue;
    }
    if (read.value === null) continue;
    const line = { colour: colourName(colourText, mapping), size: sizeName(sizeText, mapping) };
    const lineKey = `${labelKey(line.colour)}\u0000${labelKey(line.size)}`;
    if (draft.keys.has(lineKey)) {
      findings.push(
        finding({ sheet: sheet.name, cell: quantity!.cell }, 'quantity', {
          rule: 'colour-size-unique',
          message: `${line.colour} ${line.size} is already on an earlier row of PO ${head.poNumber?.value ?? ''}`,
          messageZh: `${line.colour} ${line.size} 在订单 ${head.poNumber?.value ?? ''} 前面的行中已出现`,
        })
      );
      continue;
    }
    draft.keys.add(lineKey);
    draft.lines.push({
      ...line,
      quantity: read.value,
      cell: quantity!.cell,
      colourCell: colour!.cell,
      sizeCell: size!.cell,
    });
  }
  return [...byPo.values()].map(({ keys: _keys, ...draft }) => draft);
}

/** Every PO in the workbook, with a finding for each cell that cannot be read. */
export function readPurchaseOrders(
  sheets: readonly Sheet[],
  mapping: PoMapping,
  knownSizes: readonly string[]
): ReadPurchaseOrders {
  const findings: ImportFinding[] = [];
  const chosen = mapping.sheets?.length ? mapping.sheets : null;
  for (const name of chosen ?? [])
    if (!sheets.some((sheet) => sheet.name === name))
      findings.push(
        finding({ sheet: name, cell: null }, 'sheet', {
          rule: 'sheet-not-found',
          message: `the workbook has no sheet "${name}" (it has ${sheets.map((s) => s.name).join(', ')})`,
          messageZh: `工作簿中没有工作表"${name}"(现有:${sheets.map((s) => s.name).join('、')})`,
        })
      );
  const drafts = sheets
    .filter((sheet) => !chosen || chosen.includes(sheet.name))
    .flatMap((sheet) =>
      mapping.layout === 'long'
        ? readLongSheet(sheet, mapping, findings)
        : readGridSheet(sheet, mapping, knownSizes, findings)
    );
  if (drafts.length === 0 && !findings.some((f) => f.severity === 'error'))
    findings.push(
      finding({ sheet: sheets[0]?.name ?? null, cell: null }, 'sheet', {
        rule: 'po-not-found',
        message:
          mapping.layout === 'long'
            ? 'no PO rows below the header row: check the header row and the columns in the mapping'
            : "no size header found: no row names two of the styles' sizes — choose the size row in the mapping",
        messageZh:
          mapping.layout === 'long'
            ? '表头行下没有订单行:请检查映射中的表头行和列'
            : '未找到尺码表头:没有一行包含两个以上款式尺码——请在映射中选择尺码行',
      })
    );
  return { drafts, findings };
}
