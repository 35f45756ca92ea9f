/**
 * A block copied from Excel or a browser table arrives as tab-separated rows.
 * Trailing empty lines (Excel adds one) are dropped; cells are trimmed.
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  while (rows.length > 0 && rows[rows.length - 1].trim() === '') rows.pop();
  return rows.map((row) => row.split('\t').map((cell) => cell.trim()));
}

/** Column headings that are not sizes: the colour column and totals, in the words spreadsheets use. */
const COLOUR_HEADINGS = /^(colou?r|colou?rs|colorway|颜色|色号|顏色)$/i;
const TOTAL_HEADINGS = /^(total|totals|sum|qty|quantity|合计|合計|总计|總計|小计|数量)$/i;

const isNumber = (cell: string) => /^-?[\d,]+(\.\d+)?$/.test(cell.replace(/\s/g, ''));
const sameSize = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What a pasted block with a header row says: colours down, quantities under the sizes it names. */
export type SizeBlock =
  | { kind: 'plain' }
  | { kind: 'header'; rows: Array<{ colour: string; quantities: Record<string, string> }> }
  | { kind: 'refused'; unknownSizes: string[] };

/**
 * Reads a block copied with its header row (Colour | S | M | L | Total):
 * sizes are matched to the style's by name whatever their order, the
 * colour and total columns are recognised, a total row is skipped. A header
 * naming a size the style does not have refuses the paste — never a colour
 * named "Colour" nor quantities under the wrong size. A block whose first
 * row holds numbers has no header: it is pasted cell by cell.
 */
export function readSizeBlock(block: string[][], sizes: readonly string[]): SizeBlock {
  const [header, ...body] = block;
  if (!header || header.length < 2) return { kind: 'plain' };
  const headings = header.slice(1);
  // Waist sizes are numbers (28, 30): a row of numbers is a header only under a "Colour" heading.
  const namesSize = headings.some((cell) => !isNumber(cell) && sizes.some((size) => sameSize(size, cell)));
  if (!COLOUR_HEADINGS.test(header[0]) && !namesSize) return { kind: 'plain' };
  const columns = headings.map((cell) =>
    cell === '' || TOTAL_HEADINGS.test(cell) ? null : (sizes.find((size) => sameSize(size, cell)) ?? undefined)
  );
  const unknownSizes = headings.filter((_, i) => columns[i] === undefined);
  if (unknownSizes.length > 0) return { kind: 'refused', unknownSizes };
  const rows = body
    .filter((row) => row[0] !== undefined && row[0] !== '' && !TOTAL_HEADINGS.test(row[0]))
    .map((row) => {
      const quantities: Record<string, string> = {};
      columns.forEach((size, i) => {
        if (size) quantities[size] = (row[i + 1] ?? '').replace(/[^\d.-]/g, '');
      });
      return { colour: row[0], quantities };
    });
  return { kind: 'header', rows };
}
