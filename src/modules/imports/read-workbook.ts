import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse as parseCsv } from 'csv-parse/sync';
import type { CellValue, Sheet } from './domain/sheet';

/**
 * A buyer's file as sheets of plain values: .xlsx through exceljs (after the
 * zip's declared sizes are checked, so a 10 MB file cannot unpack into
 * gigabytes), .csv through csv-parse (UTF-8, or GB 18030 as Chinese Excel
 * saves it). Whatever is wrong with the file is a refusal naming the problem
 * and the limit, never an exception from inside a library.
 */

export interface WorkbookLimits {
  /** The largest file accepted, in bytes (default 10 MB). */
  maxBytes: number;
  /** The most rows over all sheets (default 50 000). */
  maxRows: number;
  /** The most bytes an .xlsx may unpack to (default 100 MB). */
  maxUnpackedBytes: number;
}

export const DEFAULT_LIMITS: WorkbookLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 50_000,
  maxUnpackedBytes: 100 * 1024 * 1024,
};

export class WorkbookRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly rule: string,
    message: string,
    readonly messageZh: string
  ) {
    super(message);
  }
}

const MB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

const refuseRows = (limits: WorkbookLimits) =>
  new WorkbookRefused(
    400,
    'too-many-rows',
    `the file has more than ${limits.maxRows} rows, the most one import takes: split it`,
    `文件超过 ${limits.maxRows} 行(单次导入上限):请拆分文件`
  );

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : cellValue(result);
    }
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

async function unpackedSize(buffer: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(buffer, { checkCRC32: false });
  // jszip reads the central directory without inflating: the sizes the entries declare.
  return Object.values(zip.files).reduce(
    (sum, file) => sum + ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0),
    0
  );
}

async function readXlsx(buffer: Buffer, limits: WorkbookLimits): Promise<Sheet[]> {
  let size: number;
  try {
    size = await unpackedSize(buffer);
  } catch {
    throw corrupt();
  }
  if (size > limits.maxUnpackedBytes)
    throw new WorkbookRefused(
      413,
      'file-too-large',
      `the workbook unpacks to ${MB(size)}, over the ${MB(limits.maxUnpackedBytes)} an import takes`,
      `工作簿解压后为 ${MB(size)},超过导入上限 ${MB(limits.maxUnpackedBytes)}`
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw corrupt();
  }
  // A zip without a workbook inside (a .docx, an archive) loads as no sheet at all.
  if (workbook.worksheets.length === 0) throw corrupt();
  const sheets: Sheet[] = [];
  let rows = 0;
  for (const worksheet of workbook.worksheets) {
    rows += worksheet.actualRowCount;
    if (rows > limits.maxRows) throw refuseRows(limits);
    const sheet: Sheet = { name: worksheet.name, rows: [], merged: [...(worksheet.model.merges ?? [])] };
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellValue(cell.value);
      });
      sheet.rows[rowNumber - 1] = Array.from(cells, (value) => value ?? null);
    });
    sheet.rows = Array.from(sheet.rows, (row) => row ?? []);
    sheets.push(sheet);
  }
  return sheets;
}

function decode(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function readCsv(buffer: Buffer, name: string, limits: WorkbookLimits): Sheet[] {
  const text = decode(buffer);
  if (text.includes('\u0000')) throw corrupt();
  let records: string[][];
  try {
    records = parseCsv(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      delimiter: [',', ';', '\t'],
      to_line: limits.maxRows + 1,
    }) as string[][];
  } catch (error) {
    throw new WorkbookRefused(
      400,
      'csv-unreadable',
      `the CSV file cannot be read: ${(error as Error).message}`,
      `无法读取 CSV 文件:${(error as Error).message}`
    );
  }
  if (records.length > limits.maxRows) throw refuseRows(limits);
  // A CSV has no types: numbers typed as numbers become numbers, the rest stays text for the field readers.
  const typed = records.map((row) =>
    row.map((value): CellValue =>
      value.trim() === '' ? null : /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value
    )
  );
  return [{ name: name.replace(/\.csv$/i, '').slice(0, 31) || 'CSV', rows: typed }];
}

const corrupt = () =>
  new WorkbookRefused(
    400,
    'file-corrupt',
    'the file is not a readable workbook (damaged or cut short): save it again from Excel as .xlsx',
    '文件不是可读取的工作簿(已损坏或不完整):请在 Excel 中重新另存为 .xlsx'
  );

/** The sheets of an uploaded file, or a refusal that says what is wrong with it. */
export async function readWorkbook(
  buffer: Buffer,
  fileName: string,
  limits: WorkbookLimits = DEFAULT_LIMITS
): Promise<Sheet[]> {
  if (buffer.length === 0)
    throw new WorkbookRefused(400, 'file-empty', 'the file is empty (0 bytes)', '文件为空(0 字节)');
  if (buffer.length > limits.maxBytes)
    throw new WorkbookRefused(
      413,
      'file-too-large',
      `the file is ${MB(buffer.length)}, over the ${MB(limits.maxBytes)} an import takes`,
      `文件大小为 ${MB(buffer.length)},超过导入上限 ${MB(limits.maxBytes)}`
    );
  const head = buffer.subarray(0, 8);
  if (head[0] === 0x50 && head[1] === 0x4b) return readXlsx(buffer, limits);
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    throw new WorkbookRefused(
      415,
      'file-protected-or-xls',
      'the file is password-protected or an old .xls workbook: open it in Excel, remove the password and save it as .xlsx',
      '文件有密码保护或为旧版 .xls 工作簿:请在 Excel 中打开,取消密码并另存为 .xlsx'
    );
  if (/\.csv$/i.test(fileName) || !/\.[a-z0-9]+$/i.test(fileName)) return readCsv(buffer, fileName, limits);
  throw new WorkbookRefused(
    415,
    'file-type',
    `"${fileName}" is neither an .xlsx workbook nor a .csv file`,
    `"${fileName}"既不是 .xlsx 工作簿也不是 .csv 文件`
  );
}
