import { figure, type DocumentTable } from './document-model';

export interface GridLine {
  colour: string;
  size: string;
  quantity: number;
}

/**
 * The colour × size grid (颜色尺码分配) of an order as a table: a row per
 * colour in the order the lines came, the sizes in the style's order (sizes
 * not in the scale after them), a total per colour and per size.
 */
export function sizeGridTable(lines: readonly GridLine[], scale: readonly string[], title?: DocumentTable['title']) {
  const used = new Set(lines.map((line) => line.size));
  const sizes = [...scale.filter((size) => used.has(size)), ...[...used].filter((size) => !scale.includes(size))];
  const colours = [...new Set(lines.map((line) => line.colour))];
  const cell = new Map<string, number>();
  for (const line of lines)
    cell.set(`${line.colour}\u0000${line.size}`, (cell.get(`${line.colour}\u0000${line.size}`) ?? 0) + line.quantity);
  const at = (colour: string, size: string) => cell.get(`${colour}\u0000${size}`) ?? 0;
  const total = lines.reduce((sum, line) => sum + line.quantity, 0);
  const table: DocumentTable = {
    title,
    columns: [
      { label: { en: 'Colour', zh: '颜色' } },
      ...sizes.map((size) => ({ label: { en: size, zh: '' }, align: 'right' as const })),
      { label: { en: 'Total', zh: '合计' }, align: 'right' },
    ],
    rows: colours.map((colour) => [
      colour,
      ...sizes.map((size) => (at(colour, size) ? figure(at(colour, size)) : '')),
      figure(sizes.reduce((sum, size) => sum + at(colour, size), 0)),
    ]),
    totalsLabel: { en: 'Total', zh: '合计' },
    totals: [
      '',
      ...sizes.map((size) => figure(colours.reduce((sum, colour) => sum + at(colour, size), 0))),
      figure(total),
    ],
  };
  return table;
}
