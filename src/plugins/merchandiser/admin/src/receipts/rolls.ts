import {
  pointsFromTally,
  pointsPer100SqYd,
  type LengthUnit,
  type RollInspection,
  type WidthUnit,
} from '../../../../../modules/materials/domain/four-point';

/** A roll as typed in the table: every cell a string until it is read. */
export interface RollRow {
  key: number;
  rollNo: string;
  length: string;
  lengthUnit: LengthUnit;
  cuttableWidth: string;
  widthUnit: WidthUnit;
  points: string;
  defectsUpTo3in: string;
  defects3to6in: string;
  defects6to9in: string;
  defectsOver9in: string;
  holesUpTo1in: string;
  holesOver1in: string;
}

export const TALLY_FIELDS = [
  'defectsUpTo3in',
  'defects3to6in',
  'defects6to9in',
  'defectsOver9in',
  'holesUpTo1in',
  'holesOver1in',
] as const;

/** The cells of a row a pasted block fills, left to right, as the inspection sheet lists them. */
export const PASTE_ORDER = ['rollNo', 'length', 'cuttableWidth', 'points', ...TALLY_FIELDS] as const;
export type RollColumn = (typeof PASTE_ORDER)[number];

export const emptyRoll = (key: number, previous?: RollRow): RollRow => ({
  key,
  rollNo: '',
  length: '',
  lengthUnit: previous?.lengthUnit ?? 'yd',
  // The lot is one fabric: the next roll is usually as wide as the last.
  cuttableWidth: previous?.cuttableWidth ?? '',
  widthUnit: previous?.widthUnit ?? 'in',
  points: '',
  defectsUpTo3in: '',
  defects3to6in: '',
  defects6to9in: '',
  defectsOver9in: '',
  holesUpTo1in: '',
  holesOver1in: '',
});

const numberOf = (cell: string): number | null => {
  const text = cell.replace(/,/g, '').trim();
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};

const isBlank = (row: RollRow) =>
  [row.rollNo, row.length, row.points, ...TALLY_FIELDS.map((field) => row[field])].every((cell) => cell.trim() === '');

/** The rolls the table holds as the domain reads them; blank rows are left out. */
export function rollsOf(rows: readonly RollRow[]): RollInspection[] {
  return rows
    .filter((row) => !isBlank(row))
    .map((row) => ({
      rollNo: row.rollNo.trim() || null,
      length: numberOf(row.length) ?? 0,
      lengthUnit: row.lengthUnit,
      cuttableWidth: numberOf(row.cuttableWidth) ?? 0,
      widthUnit: row.widthUnit,
      points: numberOf(row.points) ?? 0,
      ...Object.fromEntries(TALLY_FIELDS.map((field) => [field, numberOf(row[field])])),
    }));
}

/** What one row scores as typed: its points (tallied or entered) and points per 100 yd², or null until it can. */
export function scoreOf(row: RollRow): { points: number; score: number } | null {
  const [roll] = rollsOf([row]);
  if (!roll || !(roll.length > 0) || !(roll.cuttableWidth > 0)) return null;
  const points = pointsFromTally(roll) ?? roll.points;
  return { points, score: pointsPer100SqYd({ ...roll, points }) };
}

/**
 * A block pasted from the inspection sheet fills the table from the cell it
 * lands in (roll no., length, width, points, then the tally by length),
 * adding rows as needed.
 */
export function pasteRolls(
  rows: readonly RollRow[],
  block: readonly (readonly string[])[],
  at: { row: number; column: RollColumn },
  nextKey: () => number
): RollRow[] {
  const result = [...rows];
  const start = PASTE_ORDER.indexOf(at.column);
  block.forEach((cells, r) => {
    const index = at.row + r;
    const row = { ...(result[index] ?? emptyRoll(nextKey(), result[index - 1])) };
    cells.forEach((cell, c) => {
      const field = PASTE_ORDER[start + c];
      if (field) row[field] = cell;
    });
    result[index] = row;
  });
  return result;
}
