import {
  HEADER_LABELS,
  LONG_LABELS,
  PO_HEADER_FIELDS,
  PO_LONG_FIELDS,
  labelKey,
  type PoHeaderField,
  type PoLongField,
  type PoMapping,
} from './po-mapping';
import { findLabelled, sizeRows } from './po-sheet';
import { columnLetters, textOf, type Sheet } from './sheet';

/**
 * A first mapping for a layout Gendan has not seen: the grid found by the row
 * that names the styles' sizes, each header field by the label buyers write
 * beside it (English or Chinese), or — without a grid — a long list found by
 * its colour / size / quantity headings. The person corrects what is wrong;
 * the dry run names what is still missing.
 */
export interface MappingProposal {
  mapping: PoMapping;
  /** Header fields found, with the cell their value was read from. */
  found: Partial<Record<PoHeaderField, string>>;
  /** Header fields with no label in the sheet. */
  missing: PoHeaderField[];
}

const EMPTY: PoMapping = { layout: 'grid', header: {}, sizes: {}, colours: {} };

/** The label text of the cell a field's label sits in (the part before a colon when the value follows it). */
function labelIn(sheet: Sheet, field: PoHeaderField | PoLongField, before: number, patterns: Record<string, RegExp>) {
  const pattern = patterns[field];
  const matches = (text: string) => pattern.test(labelKey(text));
  const found = findLabelled(sheet, matches, 0, before);
  if (!found) return null;
  // Walk back from the value to the label it was found by.
  for (let row = Math.min(before, sheet.rows.length) - 1; row >= 0; row--)
    for (const value of sheet.rows[row] ?? []) {
      const text = textOf(value);
      const colon = text.search(/[:：]/);
      if (colon > 0 && matches(text.slice(0, colon))) return { label: text.slice(0, colon).trim(), cell: found.cell };
      if (text && matches(text)) return { label: text.replace(/[:：]\s*$/, '').trim(), cell: found.cell };
    }
  return null;
}

export function proposePoMapping(sheets: readonly Sheet[], knownSizes: readonly string[]): MappingProposal {
  const withGrid = sheets
    .map((sheet) => ({ sheet, rows: sizeRows(sheet, EMPTY, knownSizes) }))
    .filter((s) => s.rows.length > 0);
  const found: MappingProposal['found'] = {};
  const header: PoMapping['header'] = {};

  if (withGrid.length > 0) {
    const { sheet, rows } = withGrid[0];
    for (const field of PO_HEADER_FIELDS) {
      const label = labelIn(sheet, field, rows[0], HEADER_LABELS);
      if (label) {
        header[field] = { label: label.label };
        found[field] = label.cell ?? undefined;
      }
    }
    return {
      mapping: { ...EMPTY, header },
      found,
      missing: PO_HEADER_FIELDS.filter((field) => !header[field]),
    };
  }

  for (const sheet of sheets) {
    const headerRow = sheet.rows.findIndex((cells) =>
      (['colour', 'size', 'quantity'] as const).every((field) =>
        cells.some((value) => LONG_LABELS[field].test(labelKey(textOf(value))))
      )
    );
    if (headerRow < 0) continue;
    const columns: NonNullable<PoMapping['long']>['columns'] = {};
    (sheet.rows[headerRow] ?? []).forEach((value, column) => {
      const key = labelKey(textOf(value));
      const field = PO_LONG_FIELDS.find((f) => !columns[f] && LONG_LABELS[f].test(key));
      if (field) columns[field] = columnLetters(column);
    });
    for (const field of PO_HEADER_FIELDS) {
      if ((columns as Record<string, string>)[field]) continue;
      const label = labelIn(sheet, field, headerRow, HEADER_LABELS);
      if (label) {
        header[field] = { label: label.label };
        found[field] = label.cell ?? undefined;
      }
    }
    for (const field of PO_LONG_FIELDS)
      if (columns[field] && field in HEADER_LABELS)
        found[field as PoHeaderField] = `${columns[field]}:${columns[field]}`;
    return {
      mapping: { ...EMPTY, layout: 'long', header, long: { headerRow: headerRow + 1, columns } },
      found,
      missing: PO_HEADER_FIELDS.filter((field) => !header[field] && !(columns as Record<string, string>)[field]),
    };
  }
  return { mapping: EMPTY, found, missing: [...PO_HEADER_FIELDS] };
}
