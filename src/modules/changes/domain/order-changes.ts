import { lineKey, type BreakdownLine } from '../../orders/domain/size-breakdown';

/** Order fields whose change, once the order left `received`, needs a revision (修改定单). */
export const REVISED_FIELDS = [
  'orderDate',
  'exFactoryDate',
  'materialIssueDate',
  'fobPrice',
  'currency',
  'market',
  'shipMode',
  'style',
  'toleranceUnderPct',
  'toleranceOverPct',
] as const;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface LineChange {
  colour: string;
  size: string;
  before: number;
  after: number;
}

const same = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : typeof v === 'number' ? Number(v) : v);
  const x = norm(a);
  const y = norm(b);
  if (typeof x === 'number' || typeof y === 'number') return Number(x) === Number(y) && (x === null) === (y === null);
  return JSON.stringify(x) === JSON.stringify(y);
};

/** The revised fields whose stored value differs from before. */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[] = REVISED_FIELDS
): FieldChange[] {
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** A size breakdown change as a colour × size diff: only the cells that move. */
export function lineChanges(before: readonly BreakdownLine[], after: readonly BreakdownLine[]): LineChange[] {
  const cells = new Map<string, LineChange>();
  for (const line of before)
    cells.set(lineKey(line), { colour: line.colour, size: line.size, before: line.quantity, after: 0 });
  for (const line of after) {
    const key = lineKey(line);
    const cell = cells.get(key) ?? { colour: line.colour, size: line.size, before: 0, after: 0 };
    cell.after = line.quantity;
    cells.set(key, cell);
  }
  return [...cells.values()].filter((cell) => cell.before !== cell.after);
}
