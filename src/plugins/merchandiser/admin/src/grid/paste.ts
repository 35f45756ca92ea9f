/**
 * A block copied from Excel or a browser table arrives as tab-separated rows.
 * Trailing empty lines (Excel adds one) are dropped; cells are trimmed.
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  while (rows.length > 0 && rows[rows.length - 1].trim() === '') rows.pop();
  return rows.map((row) => row.split('\t').map((cell) => cell.trim()));
}
