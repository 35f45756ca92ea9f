import ExcelJS from 'exceljs';
import { date, list, measure, whole, type Validation } from './validations';

/**
 * Templates of the factory's own sheets, for factories with no layout of
 * their own: the headings Gendan reads without a mapping, drop-downs for the
 * lines, orders, operations and colours, whole numbers where pieces go.
 * Filled in and uploaded, they import as they are.
 */

function workbook(title: string) {
  const book = new ExcelJS.Workbook();
  book.creator = 'Gendan';
  const sheet = book.addWorksheet(title);
  const lists = book.addWorksheet('Lists', { state: 'veryHidden' });
  const listOf = (column: string, name: string, values: readonly string[]) => {
    lists.getCell(`${column}1`).value = name;
    values.forEach((value, i) => (lists.getCell(`${column}${i + 2}`).value = value));
    return `Lists!$${column}$2:$${column}$${Math.max(2, values.length + 1)}`;
  };
  return { book, sheet, listOf };
}

/** Validations down `rows` rows of a column, from the row under the headings. */
function down(sheet: ExcelJS.Worksheet, column: number, first: number, rows: number, validation: Validation) {
  for (let r = first; r < first + rows; r += 1) sheet.getCell(r, column).dataValidation = validation;
}

const DAILY_TEMPLATE_HEADINGS = [
  'Date',
  'Line',
  'PO No.',
  'Operation',
  'Good',
  'Defects',
  'Workers',
  'Correction reason',
];

/** The daily output sheet (生产日报): a row per line × order × operation. */
export async function dailyOutputTemplate(facts: {
  lines: readonly string[];
  orders: readonly string[];
  today: string;
  rows?: number;
}): Promise<Buffer> {
  const { book, sheet, listOf } = workbook('Daily output');
  const rows = facts.rows ?? 200;
  sheet.addRow(DAILY_TEMPLATE_HEADINGS).font = { bold: true };
  down(sheet, 1, 2, rows, date);
  down(sheet, 2, 2, rows, list(listOf('A', 'Lines', facts.lines)));
  down(sheet, 3, 2, rows, list(listOf('B', 'Orders on the lines', facts.orders), false));
  down(sheet, 4, 2, rows, list(listOf('C', 'Operations', ['Cutting', 'Sewing', 'Finishing', 'Washing', 'Packing'])));
  for (const column of [5, 6, 7]) down(sheet, column, 2, rows, whole);
  for (let r = 2; r < 2 + rows; r += 1) sheet.getCell(r, 1).numFmt = 'yyyy-mm-dd';
  sheet.getCell('A2').value = new Date(`${facts.today}T00:00:00Z`);
  [12, 18, 18, 12, 10, 10, 10, 28].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The final packing list (最终箱单): the PO above, a row per range of identical cartons, the sizes across. */
export async function packingListTemplate(facts: {
  poNumber: string | null;
  sizes: readonly string[];
  colours: readonly string[];
  rows?: number;
}): Promise<Buffer> {
  const headings = ['Ctn No.', 'Colour', ...facts.sizes, 'Pcs/Ctn', 'N.W.', 'G.W.', 'Meas. (cm)'];
  const { book, sheet, listOf } = workbook('Packing list');
  const rows = facts.rows ?? 100;
  sheet.getCell('A1').value = 'Final packing list 最终箱单';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = 'PO No.';
  sheet.getCell('A2').font = { bold: true };
  sheet.getCell('B2').value = facts.poNumber ?? '';
  sheet.getRow(4).values = headings;
  sheet.getRow(4).font = { bold: true };
  const first = 5;
  down(sheet, 2, first, rows, list(listOf('A', 'Colours', facts.colours), false));
  facts.sizes.forEach((_, i) => down(sheet, 3 + i, first, rows, whole));
  const perCarton = 3 + facts.sizes.length;
  const lastSize = sheet.getColumn(2 + facts.sizes.length).letter;
  for (let r = first; r < first + rows; r += 1)
    sheet.getCell(r, perCarton).value = {
      formula: `IF(A${r}="","",SUM(C${r}:${lastSize}${r}))`,
      result: '',
    } as ExcelJS.CellValue;
  down(sheet, perCarton + 1, first, rows, measure);
  down(sheet, perCarton + 2, first, rows, measure);
  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 16;
  sheet.getColumn(perCarton + 3).width = 14;
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The headings of each master data template (those the sheet is read by) and the lists its cells choose from. */
export const MASTER_TEMPLATE: Record<
  'customers' | 'suppliers' | 'materials' | 'styles',
  { title: string; headings: string[]; lists: Record<string, readonly string[]> }
> = {
  customers: {
    title: 'Customers',
    headings: [
      'Code',
      'Name',
      'Market',
      'Channel',
      'Sample fees',
      'Documents',
      'Short %',
      'Over %',
      'Contact',
      'E-mail',
      'Phone',
      'Notes',
    ],
    lists: {
      Channel: ['regular', 'online', 'combined'],
      'Sample fees': ['free', 'charged', 'charged-for-new'],
      Documents: ['bilingual', 'en'],
    },
  },
  suppliers: {
    title: 'Suppliers',
    headings: ['Code', 'Name', 'Supplies', 'Lead time', 'Contact', 'E-mail', 'Phone'],
    lists: {},
  },
  materials: {
    title: 'Materials',
    headings: ['Code', 'Name', 'Kind', 'Construction', 'Unit', 'Width (cm)', 'Supplier', 'Lead time'],
    lists: {
      Kind: ['fabric', 'trim', 'packaging'],
      Construction: ['woven', 'knit'],
      Unit: ['m', 'yd', 'kg', 'pcs', 'set', 'roll'],
    },
  },
  styles: {
    title: 'Styles',
    headings: ['Style No.', 'Customer', 'Sizes', 'Description', 'Category'],
    lists: {},
  },
};

/** A master data sheet: its headings, drop-downs for the values from a list and for the customers or suppliers named. */
export async function masterTemplate(
  kind: keyof typeof MASTER_TEMPLATE,
  named: { Customer?: readonly string[]; Supplier?: readonly string[] } = {},
  rows = 300
): Promise<Buffer> {
  const spec = MASTER_TEMPLATE[kind];
  const { book, sheet, listOf } = workbook(spec.title);
  sheet.addRow(spec.headings).font = { bold: true };
  const lists: Record<string, readonly string[]> = { ...spec.lists, ...named };
  let listColumn = 0;
  spec.headings.forEach((heading, i) => {
    const values = lists[heading];
    if (values) {
      const column = String.fromCharCode(65 + listColumn++);
      down(
        sheet,
        i + 1,
        2,
        rows,
        list(listOf(column, heading, values), heading !== 'Customer' && heading !== 'Supplier')
      );
    }
    if (['Short %', 'Over %', 'Width (cm)'].includes(heading)) down(sheet, i + 1, 2, rows, measure);
    if (heading === 'Lead time') down(sheet, i + 1, 2, rows, whole);
    sheet.getColumn(i + 1).width = Math.max(12, heading.length + 4);
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
