import { PassThrough } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import { labelIn, worksheetName, type Bilingual, type DocumentLanguage } from '../documents/domain/document-model';
import type { CellValue, ExportColumn } from './domain/columns';

/** One sheet of an export: its columns, and its rows in batches as they are read. */
export interface ExportSheet<Row = Record<string, unknown>> {
  name: Bilingual;
  columns: ReadonlyArray<ExportColumn<Row>>;
  rows: AsyncIterable<readonly Row[]>;
}

/** A sheet with its rows already turned into cells: what the writer needs, whatever the rows were. */
export interface WritableSheet {
  name: Bilingual;
  columns: ReadonlyArray<Pick<ExportColumn<unknown>, 'header' | 'format' | 'width'>>;
  cells: AsyncIterable<CellValue[][]>;
}

/** The sheet's rows as cells, batch by batch. */
export function writable<Row>(sheet: ExportSheet<Row>): WritableSheet {
  async function* cells(): AsyncGenerator<CellValue[][]> {
    for await (const batch of sheet.rows) yield batch.map((row) => sheet.columns.map((column) => column.value(row)));
  }
  return { name: sheet.name, columns: sheet.columns, cells: cells() };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const header = (text: Bilingual, language: DocumentLanguage) => (text.zh ? labelIn(text, language) : text.en);

/**
 * Streams a workbook to the response as its rows are read: each row is
 * committed to the zip as soon as it is written (exceljs' streaming writer),
 * so 100,000 orders never sit in memory as a workbook.
 */
export function sendWorkbook(
  strapi: Core.Strapi,
  ctx: { set(name: string, value: string): void; body: unknown },
  fileName: string,
  sheets: readonly WritableSheet[],
  language: DocumentLanguage = 'bilingual'
): void {
  const stream = new PassThrough();
  ctx.set('Content-Type', XLSX);
  ctx.set('Content-Disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
  ctx.body = stream;
  void writeWorkbook(stream, sheets, language).catch((error: unknown) => {
    // The headers are gone: the truncated file fails to open rather than passing for a complete one.
    strapi.log.error(`export ${fileName} failed: ${error instanceof Error ? error.message : String(error)}`);
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
}

async function writeWorkbook(
  stream: PassThrough,
  sheets: readonly WritableSheet[],
  language: DocumentLanguage
): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = 'Gendan';
  for (const source of sheets) {
    const sheet = book.addWorksheet(worksheetName(header(source.name, language)), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = source.columns.map((column) => ({
      header: header(column.header, language),
      width: column.width ?? 14,
      style: column.format ? { numFmt: column.format } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const batch of source.cells) {
      for (const row of batch) sheet.addRow(row).commit();
      await flowing(stream);
    }
    sheet.commit();
  }
  await book.commit();
}

/**
 * Between batches: lets the event loop send what is written (SQLite answers
 * synchronously, so without a turn of the loop the whole export would be
 * made before its first byte left) and waits while the client reads slower
 * than the rows come, so the file never piles up in memory. A client that
 * hung up ends the export.
 */
async function flowing(stream: PassThrough): Promise<void> {
  if (stream.destroyed) throw new Error('the client closed the download');
  if (!stream.writableNeedDrain) return void (await setImmediate());
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', closed);
      resolve();
    };
    const closed = () => {
      stream.off('drain', done);
      reject(new Error('the client closed the download'));
    };
    stream.once('drain', done);
    stream.once('close', closed);
  });
}

/**
 * Reads a table in batches by id (keyset, not offset: the thousandth batch is
 * as fast as the first), with the query's own where, fields and populate.
 */
export async function* inBatches<Row extends { id: number }>(
  strapi: Core.Strapi,
  uid: string,
  query: { where?: Record<string, unknown>; select?: string[]; populate?: Record<string, unknown> },
  size = 1000
): AsyncGenerator<Row[]> {
  let after = 0;
  for (;;) {
    const rows = (await strapi.db.query(uid as never).findMany({
      ...query,
      where: { $and: [query.where ?? {}, { id: { $gt: after } }] },
      orderBy: { id: 'asc' },
      limit: size,
    })) as Row[];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
    if (rows.length < size) return;
  }
}

/** A list already in memory (a service's answer) as one batch. */
export async function* once<Row>(rows: readonly Row[]): AsyncGenerator<readonly Row[]> {
  yield rows;
}
