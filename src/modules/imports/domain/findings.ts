import type { Problem } from './values';

/**
 * One finding of a dry run, where the person will look for it: the sheet and
 * the cell ("D14"), the field it was read as and the rule it breaks, in both
 * languages. Errors stop the commit; warnings are shown and let it through.
 */
export interface ImportFinding {
  sheet: string | null;
  cell: string | null;
  field: string;
  rule: string;
  message: string;
  messageZh: string;
  severity: 'error' | 'warning';
}

export const finding = (
  where: { sheet: string | null; cell: string | null },
  field: string,
  problem: Problem,
  severity: ImportFinding['severity'] = 'error'
): ImportFinding => ({ sheet: where.sheet, cell: where.cell, field, ...problem, severity });

export const hasErrors = (findings: readonly ImportFinding[]) => findings.some((f) => f.severity === 'error');

/** Findings in the order a person reads the workbook: sheet, then row, then column. */
export function inSheetOrder(findings: readonly ImportFinding[], sheetOrder: readonly string[]): ImportFinding[] {
  const position = (cell: string | null) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
    if (!match) return [-1, -1];
    const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(match[2]), column];
  };
  return [...findings].sort((a, b) => {
    const sheets = sheetOrder.indexOf(a.sheet ?? '') - sheetOrder.indexOf(b.sheet ?? '');
    if (sheets !== 0) return sheets;
    const [ra, ca] = position(a.cell);
    const [rb, cb] = position(b.cell);
    return ra - rb || ca - cb;
  });
}
