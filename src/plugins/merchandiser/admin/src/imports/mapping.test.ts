import { poMappingSchema } from '../../../../../modules/imports/domain/po-mapping';
import { cellPosition, columnLetters, pointAt, quotedName, renamed, pointColumn, sizeColumn } from './mapping';

const empty = poMappingSchema.parse({ layout: 'grid' });
const rows = [
  ['PO No.:', '4500231877', '', 'Style', 'SKJ-01'],
  ['', '2027-01-15'],
];

describe('pointing at the sheet', () => {
  it('keeps a value with a label beside it by the label, one without by its cell', () => {
    expect(pointAt(empty, 'poNumber', rows, 0, 1).header.poNumber).toEqual({ label: 'PO No.' });
    expect(pointAt(empty, 'style', rows, 0, 4).header.style).toEqual({ label: 'Style' });
    expect(pointAt(empty, 'exFactoryDate', rows, 1, 1).header.exFactoryDate).toEqual({ cell: 'B2' });
  });

  it('reads and writes A1 addresses', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(27)).toBe('AB');
    expect(cellPosition('D14')).toEqual([13, 3]);
    expect(cellPosition('AB2')).toEqual([1, 27]);
  });

  it("maps a buyer's size name, and unmaps it", () => {
    const mapped = renamed(empty, 'sizes', 'Lrg', 'L');
    expect(mapped.sizes).toEqual({ Lrg: 'L' });
    expect(renamed(mapped, 'sizes', 'Lrg', '').sizes).toEqual({});
    expect(quotedName('size "XL" is not in the scale')).toBe('XL');
  });
});

describe('pointing at a table sheet', () => {
  const rows = [['Daily output'], ['Date:', '2026-11-27', '', 'Line', 'Line 3'], [], ['PO', 'Op', 'Good', 'Defects']];
  const base = { headerRow: 4, columns: { poNumber: 'A', goodQty: 'C' }, header: {}, sizes: {}, values: {} };

  it('a click in the heading row takes the column (from any field that had it)', () => {
    expect(pointColumn(base, 'defectQty', rows, 3, 3, false).columns).toEqual({
      poNumber: 'A',
      goodQty: 'C',
      defectQty: 'D',
    });
    expect(pointColumn(base, 'defectQty', rows, 5, 2, false).columns).toEqual({ poNumber: 'A', defectQty: 'C' });
  });

  it('a click above the table on a shared field keeps the label beside the value', () => {
    const mapped = pointColumn(base, 'line', rows, 1, 4, true);
    expect(mapped.header).toEqual({ line: { label: 'Line' } });
    expect(mapped.columns).toEqual({ poNumber: 'A', goodQty: 'C' });
  });

  it('a size column is named by its heading, and removed by an empty name', () => {
    expect(sizeColumn(base, 4, 'XL').sizes).toEqual({ E: 'XL' });
    expect(sizeColumn({ ...base, sizes: { E: 'XL' } }, 4, '').sizes).toEqual({});
  });
});
