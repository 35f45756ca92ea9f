import type { PoMapping, PoHeaderField } from '../../../../../modules/imports/domain/po-mapping';
import type { TableMapping } from '../../../../../modules/imports/domain/table';

/**
 * What a click on the drawn sheet means for the mapping: the value the person
 * points at is found next time by the label written left of it ("PO No.:"),
 * so the mapping survives a buyer's sheet that moves; a value with no label
 * beside it is kept by its cell.
 */
export function pointAt(
  mapping: PoMapping,
  field: PoHeaderField,
  rows: readonly (readonly string[])[],
  row: number,
  column: number
): PoMapping {
  return { ...mapping, header: { ...mapping.header, [field]: anchorAt(rows, row, column) } };
}

/** A value is found by the label written left of it, else by its cell. */
function anchorAt(rows: readonly (readonly string[])[], row: number, column: number) {
  const left = column > 0 ? (rows[row]?.[column - 1] ?? '').trim() : '';
  const isLabel = left !== '' && !/^[\d.,\s/-]+$/.test(left);
  return isLabel ? { label: left.replace(/[:：]\s*$/, '') } : { cell: `${columnLetters(column)}${row + 1}` };
}

/**
 * A click on a table sheet for a field: in or below the heading row, the
 * field's column; above it (a field the whole sheet shares: the day, the line,
 * the PO), the labelled value there.
 */
export function pointColumn(
  mapping: TableMapping,
  field: string,
  rows: readonly (readonly string[])[],
  row: number,
  column: number,
  sharedAbove: boolean
): TableMapping {
  const columns = { ...mapping.columns };
  const header = { ...mapping.header };
  const sizes = { ...mapping.sizes };
  delete columns[field];
  delete header[field];
  if (sharedAbove && row < mapping.headerRow - 1) header[field] = anchorAt(rows, row, column);
  else {
    const letters = columnLetters(column);
    for (const [other, at] of Object.entries(columns)) if (at === letters) delete columns[other];
    delete sizes[letters];
    columns[field] = letters;
  }
  return { ...mapping, columns, header, sizes };
}

/** A size column chosen by clicking its heading: the heading's text is the size (an empty name removes it). */
export function sizeColumn(mapping: TableMapping, column: number, size: string): TableMapping {
  const sizes = { ...mapping.sizes };
  const letters = columnLetters(column);
  if (size.trim()) sizes[letters] = size.trim();
  else delete sizes[letters];
  return { ...mapping, sizes };
}

export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "D14" → [13, 3]. */
export function cellPosition(cell: string): [number, number] | null {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(cell);
  if (!match) return null;
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}

/** The mapping with one buyer's name of a size or colour set (an empty Gendan name removes it). */
export function renamed(mapping: PoMapping, kind: 'sizes' | 'colours', buyer: string, ours: string): PoMapping {
  const names = { ...mapping[kind] };
  if (ours.trim()) names[buyer] = ours.trim();
  else delete names[buyer];
  return { ...mapping, [kind]: names };
}

/** "size "XL" is not in …": the buyer's name the finding is about. */
export const quotedName = (message: string) => /"([^"]+)"/.exec(message)?.[1] ?? null;
