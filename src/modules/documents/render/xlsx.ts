import ExcelJS from 'exceljs';
import {
  cellIn,
  labelIn,
  totalsRow,
  worksheetName,
  type Cell,
  type DocumentLanguage,
  type DocumentModel,
} from '../domain/document-model';

const numeric = /^-?[\d,]+(\.\d+)?$/;
/** A printed figure back to a number for the spreadsheet ("1,234.50" → 1234.5); other text stays text. */
const figureOrText = (text: string) => (numeric.test(text) ? Number(text.replace(/,/g, '')) : text);

/**
 * A document model as one worksheet, in the layout forwarders expect: the
 * title, the header fields two by two, then each table with a bold header and
 * totals row — numbers as numbers, so their sums check in Excel.
 */
export async function renderXlsx(model: DocumentModel, language: DocumentLanguage = 'bilingual'): Promise<Buffer> {
  const label = (text: { en: string; zh: string }) => (text.zh ? labelIn(text, language) : text.en);
  const cellValue = (cell: Cell) => figureOrText(cellIn(cell, language));
  const book = new ExcelJS.Workbook();
  // The version's day, not the clock: the same version gives the same workbook.
  const issued = new Date(`${model.issuedOn}T00:00:00Z`);
  book.created = issued;
  book.modified = issued;
  book.creator = 'Gendan';
  const sheet = book.addWorksheet(worksheetName(label(model.title)));
  sheet.addRow([label(model.title)]).font = { bold: true, size: 14 };
  for (let i = 0; i < model.fields.length; i += 2) {
    const pair = model.fields.slice(i, i + 2);
    sheet.addRow(pair.flatMap((field) => [label(field.label), cellIn(field.value, language)]));
  }
  for (const table of model.tables) {
    sheet.addRow([]);
    if (table.title) sheet.addRow([label(table.title)]).font = { bold: true };
    const header = sheet.addRow(table.columns.map((column) => label(column.label)));
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(cellValue));
    if (table.totals) sheet.addRow(totalsRow(table, label).map(cellValue)).font = { bold: true };
  }
  sheet.columns.forEach((column) => {
    column.width = 12;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
