import ExcelJS from 'exceljs';
import { date, list as listOfValues, measure, whole } from './validations';

/**
 * A PO sheet for factories whose buyer has no layout of their own: the labels
 * Gendan reads without a mapping, drop-downs for the style, ship mode,
 * currency and colours, the style's sizes across, whole numbers only in the
 * grid. Filled in and uploaded, it imports as it is.
 */
export interface PoTemplateFacts {
  customer: string;
  styles: readonly string[];
  sizes: readonly string[];
  colours: readonly string[];
  /** Rows of the grid to offer (colours down). */
  rows?: number;
}

const SHIP_MODES = ['Sea', 'Air', 'Rail', 'Truck', 'Courier'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'JPY', 'AUD', 'CNY', 'HKD'];

/** Where the header values go (the labels are one column to the left). */
export const TEMPLATE_CELLS = {
  poNumber: 'B3',
  style: 'B4',
  orderDate: 'B5',
  exFactoryDate: 'B6',
  fobPrice: 'E3',
  currency: 'E4',
  shipMode: 'E5',
  season: 'E6',
} as const;
export const TEMPLATE_SIZE_ROW = 8;

export async function poTemplate(facts: PoTemplateFacts): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Gendan';
  const sheet = book.addWorksheet('PO');
  const lists = book.addWorksheet('Lists', { state: 'veryHidden' });
  const listOf = (column: string, title: string, values: readonly string[]) => {
    lists.getCell(`${column}1`).value = title;
    values.forEach((value, i) => (lists.getCell(`${column}${i + 2}`).value = value));
    return `Lists!$${column}$2:$${column}$${Math.max(2, values.length + 1)}`;
  };
  const styles = listOf('A', 'Styles', facts.styles);
  const modes = listOf('B', 'Ship modes', SHIP_MODES);
  const currencies = listOf('C', 'Currencies', CURRENCIES);
  const colours = listOf('D', 'Colours', facts.colours);

  sheet.getCell('A1').value = `${facts.customer} — Purchase order 订单`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const label = (cell: string, text: string) => {
    sheet.getCell(cell).value = text;
    sheet.getCell(cell).font = { bold: true };
  };
  label('A3', 'PO No.');
  label('A4', 'Style');
  label('A5', 'PO Date');
  label('A6', 'Ex-Factory');
  label('D3', 'FOB');
  label('D4', 'Currency');
  label('D5', 'Ship Mode');
  label('D6', 'Season');
  const list = (cell: string, formula: string, strict = true) => {
    sheet.getCell(cell).dataValidation = listOfValues(formula, strict);
  };
  list(TEMPLATE_CELLS.style, styles);
  list(TEMPLATE_CELLS.currency, currencies);
  list(TEMPLATE_CELLS.shipMode, modes);
  sheet.getCell(TEMPLATE_CELLS.currency).value = 'USD';
  sheet.getCell(TEMPLATE_CELLS.shipMode).value = 'Sea';
  for (const cell of [TEMPLATE_CELLS.orderDate, TEMPLATE_CELLS.exFactoryDate]) {
    sheet.getCell(cell).numFmt = 'yyyy-mm-dd';
    sheet.getCell(cell).dataValidation = date;
  }
  sheet.getCell(TEMPLATE_CELLS.fobPrice).numFmt = '0.00##';
  sheet.getCell(TEMPLATE_CELLS.fobPrice).dataValidation = { ...measure, error: 'A price of 0 or more' };

  const header = sheet.getRow(TEMPLATE_SIZE_ROW);
  header.getCell(1).value = 'Colour';
  facts.sizes.forEach((size, i) => (header.getCell(i + 2).value = size));
  header.getCell(facts.sizes.length + 2).value = 'Total';
  header.font = { bold: true };
  const rows = facts.rows ?? 30;
  const last = (column: number) => sheet.getColumn(column).letter;
  for (let r = 0; r < rows; r += 1) {
    const row = TEMPLATE_SIZE_ROW + 1 + r;
    // Colours from the customer's orders, or a new one (a warning, not a stop).
    list(`A${row}`, colours, false);
    for (let c = 0; c < facts.sizes.length; c += 1) sheet.getCell(row, c + 2).dataValidation = whole;
    const total = sheet.getCell(row, facts.sizes.length + 2);
    total.value = {
      formula: `IF(A${row}="","",SUM(B${row}:${last(facts.sizes.length + 1)}${row}))`,
      result: '',
    } as ExcelJS.CellValue;
  }
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 16;
  sheet.getColumn(5).width = 14;
  sheet.views = [{ state: 'frozen', ySplit: TEMPLATE_SIZE_ROW }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
