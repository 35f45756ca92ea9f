import { violation, type Violation } from '../violation';

export interface CartonSize {
  lengthCm: number;
  widthCm: number;
  heightCm: number;
}

/** One row of a packing list: a range of identical cartons (箱号 from–to). */
export interface CartonRow extends CartonSize {
  fromCarton: number;
  toCarton: number;
  colour: string;
  /** Pieces per size in each carton of the range. */
  sizes: Record<string, number>;
  /** Per carton. */
  netKg: number;
  grossKg: number;
}

export interface PackingTotals {
  cartons: number;
  pieces: number;
  cbm: number;
  netKg: number;
  grossKg: number;
  /** Pieces per colour, then per size. */
  quantities: Record<string, Record<string, number>>;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
export const cartonsIn = (row: Pick<CartonRow, 'fromCarton' | 'toCarton'>) => row.toCarton - row.fromCarton + 1;
export const piecesPerCarton = (row: Pick<CartonRow, 'sizes'>) =>
  Object.values(row.sizes).reduce((sum, qty) => sum + qty, 0);

export function packingTotals(rows: readonly CartonRow[]): PackingTotals {
  const totals: PackingTotals = { cartons: 0, pieces: 0, cbm: 0, netKg: 0, grossKg: 0, quantities: {} };
  for (const row of rows) {
    const cartons = cartonsIn(row);
    totals.cartons += cartons;
    totals.pieces += cartons * piecesPerCarton(row);
    totals.cbm += (cartons * row.lengthCm * row.widthCm * row.heightCm) / 1e6;
    totals.netKg += cartons * row.netKg;
    totals.grossKg += cartons * row.grossKg;
    const colour = (totals.quantities[row.colour] ??= {});
    for (const [size, qty] of Object.entries(row.sizes)) colour[size] = (colour[size] ?? 0) + cartons * qty;
  }
  return { ...totals, cbm: round(totals.cbm, 3), netKg: round(totals.netKg, 2), grossKg: round(totals.grossKg, 2) };
}

/** Carton numbers run from 1 without overlap; every carton holds whole pieces. */
export function checkCartonRows(rows: readonly CartonRow[], path: Array<string | number> = ['cartons']): Violation[] {
  const found: Violation[] = [];
  const taken: Array<[number, number, number]> = [];
  rows.forEach((row, index) => {
    const at = (field: string) => [...path, index, field];
    if (!Number.isInteger(row.fromCarton) || row.fromCarton < 1)
      found.push(violation(at('fromCarton'), 'carton-number', 'carton numbers start at 1'));
    if (!Number.isInteger(row.toCarton) || row.toCarton < row.fromCarton) {
      found.push(violation(at('toCarton'), 'carton-range', 'toCarton must be a whole number ≥ fromCarton'));
    }
    const sizes = Object.entries(row.sizes ?? {});
    if (sizes.length === 0 || sizes.some(([, qty]) => !Number.isInteger(qty) || qty <= 0)) {
      found.push(
        violation(
          at('sizes'),
          'carton-sizes',
          'each carton needs sizes with whole quantities above 0, e.g. { "M": 12 }'
        )
      );
    }
    for (const field of ['lengthCm', 'widthCm', 'heightCm'] as const) {
      if (!(row[field] > 0)) found.push(violation(at(field), 'carton-dimension', `${field} must be greater than 0`));
    }
    if (row.grossKg < row.netKg)
      found.push(violation(at('grossKg'), 'gross-below-net', 'grossKg cannot be below netKg'));
    if (row.toCarton < row.fromCarton) return;
    const clash = taken.find(([from, to]) => row.fromCarton <= to && row.toCarton >= from);
    if (clash) {
      found.push(
        violation(
          at('fromCarton'),
          'carton-overlap',
          `cartons ${row.fromCarton}–${row.toCarton} overlap row ${clash[2]}`
        )
      );
    }
    taken.push([row.fromCarton, row.toCarton, index]);
  });
  return found;
}

export interface SimulationRequest {
  packType: 'solid' | 'ratio';
  piecesPerCarton: number;
  carton: CartonSize;
  pieceWeightKg: number;
  /** The empty carton's weight (tare). */
  cartonWeightKg: number;
}

export interface OrderedLine {
  colour: string;
  size: string;
  quantity: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The simulated packing list (模拟箱单) from the order's size breakdown.
 * Solid: one colour and size per carton, the remainder in a last carton.
 * Ratio: per colour, cartons holding the colour's size ratio (as many sets as
 * fit); what does not fill a ratio carton is packed solid.
 */
export function simulatePackingList(
  lines: readonly OrderedLine[],
  request: SimulationRequest,
  sizeOrder: readonly string[]
): CartonRow[] {
  const rows: CartonRow[] = [];
  let next = 1;
  const rank = (size: string) => (sizeOrder.includes(size) ? sizeOrder.indexOf(size) : Number.MAX_SAFE_INTEGER);
  const add = (colour: string, sizes: Record<string, number>, cartons: number) => {
    if (cartons <= 0) return;
    const pieces = Object.values(sizes).reduce((a, b) => a + b, 0);
    const netKg = round(pieces * request.pieceWeightKg, 2);
    rows.push({
      fromCarton: next,
      toCarton: next + cartons - 1,
      colour,
      sizes,
      ...request.carton,
      netKg,
      grossKg: round(netKg + request.cartonWeightKg, 2),
    });
    next += cartons;
  };
  const solid = (colour: string, size: string, quantity: number) => {
    add(colour, { [size]: request.piecesPerCarton }, Math.floor(quantity / request.piecesPerCarton));
    const rest = quantity % request.piecesPerCarton;
    if (rest > 0) add(colour, { [size]: rest }, 1);
  };

  const colours = [...new Set(lines.map((line) => line.colour))];
  for (const colour of colours) {
    const mine = lines
      .filter((line) => line.colour === colour && line.quantity > 0)
      .sort((a, b) => rank(a.size) - rank(b.size) || a.size.localeCompare(b.size));
    if (request.packType === 'solid') {
      for (const line of mine) solid(colour, line.size, line.quantity);
      continue;
    }
    const divisor = mine.reduce((g, line) => gcd(g, line.quantity), 0);
    const ratio = mine.map((line) => line.quantity / divisor);
    const setSize = ratio.reduce((a, b) => a + b, 0);
    const setsPerCarton = Math.floor(request.piecesPerCarton / setSize);
    const cartons = setsPerCarton > 0 ? Math.floor(divisor / setsPerCarton) : 0;
    add(colour, Object.fromEntries(mine.map((line, i) => [line.size, ratio[i] * setsPerCarton])), cartons);
    mine.forEach((line, i) => solid(colour, line.size, line.quantity - cartons * ratio[i] * setsPerCarton));
  }
  return rows;
}

export interface LineComparison extends OrderedLine {
  packed: number;
  difference: number;
}

/** The packed quantities against the order, per colour × size (short < 0 < over). */
export function compareWithOrder(
  lines: readonly OrderedLine[],
  quantities: PackingTotals['quantities']
): LineComparison[] {
  const seen = new Set<string>();
  const rows: LineComparison[] = lines.map((line) => {
    seen.add(`${line.colour}\u0000${line.size}`);
    const packed = quantities[line.colour]?.[line.size] ?? 0;
    return { ...line, packed, difference: packed - line.quantity };
  });
  for (const [colour, sizes] of Object.entries(quantities)) {
    for (const [size, packed] of Object.entries(sizes)) {
      if (!seen.has(`${colour}\u0000${size}`)) rows.push({ colour, size, quantity: 0, packed, difference: packed });
    }
  }
  return rows;
}
