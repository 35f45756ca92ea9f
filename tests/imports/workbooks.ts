import ExcelJS from 'exceljs';

/** Builds a workbook in code, as a buyer's sheet would be: rows of values, dates as Excel dates. */
export async function workbookOf(
  sheets: Record<string, unknown[][]>,
  merges: Record<string, string[]> = {}
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      })
    );
    for (const range of merges[name] ?? []) sheet.mergeCells(range);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * A Northwind-style PO sheet: a title, the header fields with their labels,
 * colours down and sizes across with a total column, the ex-factory as an
 * Excel date and the PO date as text.
 */
export function buyerPoSheet(
  po: string,
  style: string,
  grid: unknown[][],
  exFactory: unknown = new Date(Date.UTC(2027, 0, 15))
) {
  return {
    PO: [
      ['NORTHWIND APPAREL — PURCHASE ORDER'],
      ['PO No.:', po, null, 'Style', style],
      ['PO Date', '20 Nov 2026', null, 'Ex-Factory', exFactory],
      ['FOB', 'USD 12.50', null, 'Ship Mode', 'By Sea'],
      [],
      ['Colour', 'Small', 'Medium', 'Large', 'Total'],
      ...grid,
    ],
  };
}
