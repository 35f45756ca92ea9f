import { lineKey, matchKey as keyOf } from '../../orders/domain/size-breakdown';
import { violation, type Violation } from '../../../platform/domain/violation';

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

const stored = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

/** A carton row as the database keeps it (decimals may come back as text) in numbers. */
export const cartonRowFromStored = (row: Record<string, unknown>): CartonRow => ({
  fromCarton: Number(row.fromCarton),
  toCarton: Number(row.toCarton),
  colour: String(row.colour ?? ''),
  sizes: (row.sizes ?? {}) as Record<string, number>,
  lengthCm: stored(row.lengthCm),
  widthCm: stored(row.widthCm),
  heightCm: stored(row.heightCm),
  netKg: stored(row.netKg),
  grossKg: stored(row.grossKg),
});

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
      found.push(violation(at('fromCarton'), 'carton-number', 'carton numbers start at 1', '箱号从 1 开始'));
    if (!Number.isInteger(row.toCarton) || row.toCarton < row.fromCarton) {
      found.push(
        violation(
          at('toCarton'),
          'carton-range',
          'toCarton must be a whole number ≥ fromCarton',
          '结束箱号 toCarton 必须为 ≥ fromCarton 的整数'
        )
      );
    }
    const sizes = Object.entries(row.sizes ?? {});
    if (sizes.length === 0 || sizes.some(([, qty]) => !Number.isInteger(qty) || qty <= 0)) {
      found.push(
        violation(
          at('sizes'),
          'carton-sizes',
          'each carton needs sizes with whole quantities above 0, e.g. { "M": 12 }',
          '每箱须填写尺码及大于 0 的整数件数,如 { "M": 12 }'
        )
      );
    }
    for (const field of ['lengthCm', 'widthCm', 'heightCm'] as const) {
      if (!(row[field] > 0))
        found.push(violation(at(field), 'carton-dimension', `${field} must be greater than 0`, `${field} 必须大于 0`));
    }
    if (row.grossKg < row.netKg)
      found.push(
        violation(at('grossKg'), 'gross-below-net', 'grossKg cannot be below netKg', '毛重 grossKg 不能小于净重 netKg')
      );
    if (row.toCarton < row.fromCarton) return;
    const clash = taken.find(([from, to]) => row.fromCarton <= to && row.toCarton >= from);
    if (clash) {
      found.push(
        violation(
          at('fromCarton'),
          'carton-overlap',
          `cartons ${row.fromCarton}–${row.toCarton} overlap row ${clash[2]}`,
          `箱号 ${row.fromCarton}–${row.toCarton} 与第 ${clash[2]} 行重叠`
        )
      );
    }
    taken.push([row.fromCarton, row.toCarton, index]);
  });
  return found;
}

/** The buyer's prepack set (配比): size → pieces per set, e.g. { S: 1, M: 2, L: 2, XL: 1 }. */
export type SizeRatio = Record<string, number>;

export interface SimulationRequest {
  packType: 'solid' | 'ratio';
  piecesPerCarton: number;
  carton: CartonSize;
  pieceWeightKg: number;
  /** The empty carton's weight (tare). */
  cartonWeightKg: number;
  /** Ratio packing: the buyer's set for every colour. */
  ratio?: SizeRatio;
  /** Ratio packing: the buyer's set per colour (wins over `ratio` for that colour). */
  ratios?: Record<string, SizeRatio>;
}

export interface OrderedLine {
  colour: string;
  size: string;
  quantity: number;
}

/** Colours and sizes match as the size breakdown matches them: trimmed, case-insensitive. */
const findKey = <T>(record: Record<string, T> | undefined, wanted: string): string | undefined =>
  record ? Object.keys(record).find((key) => keyOf(key) === keyOf(wanted)) : undefined;

const coloursOf = (lines: readonly OrderedLine[]) => {
  const seen = new Map<string, string>();
  for (const line of lines) if (!seen.has(keyOf(line.colour))) seen.set(keyOf(line.colour), line.colour);
  return [...seen.values()];
};

/** The set a colour is packed by, with the order's size spelling; undefined when none was given. */
function ratioFor(colour: string, request: SimulationRequest): SizeRatio | undefined {
  const own = findKey(request.ratios, colour);
  return own !== undefined ? request.ratios?.[own] : request.ratio;
}

/**
 * What makes a ratio request impossible to pack, named by field: no ratio, a
 * set that does not fit the carton, a size or colour the order does not have.
 */
export function checkSimulationRequest(
  lines: readonly OrderedLine[],
  request: SimulationRequest,
  path: Array<string | number> = ['data']
): Violation[] {
  if (request.packType !== 'ratio') return [];
  const found: Violation[] = [];
  const colours = coloursOf(lines);
  if (!request.ratio && !request.ratios) {
    return [
      violation(
        [...path, 'ratio'],
        'ratio-required',
        'ratio packing needs the buyer\'s ratio: data.ratio (size → pieces per set, e.g. { "S": 1, "M": 2, "L": 2, "XL": 1 }) or data.ratios per colour',
        '按配比装箱须填写客户的配比:data.ratio(尺码 → 每套件数,如 { "S": 1, "M": 2, "L": 2, "XL": 1 })或按颜色填写 data.ratios'
      ),
    ];
  }
  for (const colour of Object.keys(request.ratios ?? {})) {
    if (!colours.some((known) => keyOf(known) === keyOf(colour)))
      found.push(
        violation(
          [...path, 'ratios', colour],
          'ratio-colour',
          `the order has no colour ${colour}`,
          `订单中没有颜色 ${colour}`
        )
      );
  }
  for (const colour of colours) {
    const set = ratioFor(colour, request);
    const at = findKey(request.ratios, colour) !== undefined ? [...path, 'ratios', colour] : [...path, 'ratio'];
    if (!set) {
      found.push(
        violation(
          [...path, 'ratios', colour],
          'ratio-required',
          `no ratio for colour ${colour}`,
          `颜色 ${colour} 没有配比`
        )
      );
      continue;
    }
    const entries = Object.entries(set);
    if (entries.length === 0 || entries.some(([, pieces]) => !Number.isInteger(pieces) || pieces < 0)) {
      found.push(
        violation(
          at,
          'ratio-pieces',
          'a ratio gives whole pieces (0 or more) per size',
          '配比中每个尺码的件数须为整数(0 或以上)'
        )
      );
      continue;
    }
    const setSize = entries.reduce((sum, [, pieces]) => sum + pieces, 0);
    if (setSize === 0)
      found.push(violation(at, 'ratio-pieces', 'a ratio needs at least one piece', '配比至少需要一件'));
    else if (setSize > request.piecesPerCarton)
      found.push(
        violation(
          at,
          'ratio-too-large',
          `a set of ${setSize} pieces does not fit ${request.piecesPerCarton} per carton`,
          `一套 ${setSize} 件,装不进每箱 ${request.piecesPerCarton} 件`
        )
      );
    for (const [size] of entries) {
      if (!lines.some((line) => keyOf(line.colour) === keyOf(colour) && keyOf(line.size) === keyOf(size)))
        found.push(
          violation(
            [...at, size],
            'ratio-size',
            `${colour} has no size ${size} in the order`,
            `订单中颜色 ${colour} 没有尺码 ${size}`
          )
        );
    }
  }
  return found;
}

/**
 * The simulated packing list (模拟箱单) from the order's size breakdown, per colour:
 * - solid: full cartons of one size;
 * - ratio: full cartons of the buyer's set (as many whole sets as fit);
 * then what is left of the colour goes into as few mixed cartons as possible,
 * filled in the size scale's order. Call `checkSimulationRequest` first.
 */
export function simulatePackingList(
  lines: readonly OrderedLine[],
  request: SimulationRequest,
  sizeOrder: readonly string[]
): CartonRow[] {
  const rows: CartonRow[] = [];
  const perCarton = request.piecesPerCarton;
  let next = 1;
  const scale = sizeOrder.map(keyOf);
  const rank = (size: string) => (scale.includes(keyOf(size)) ? scale.indexOf(keyOf(size)) : Number.MAX_SAFE_INTEGER);
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

  for (const colour of coloursOf(lines)) {
    const left = lines
      .filter((line) => keyOf(line.colour) === keyOf(colour) && line.quantity > 0)
      .sort((a, b) => rank(a.size) - rank(b.size) || a.size.localeCompare(b.size))
      .map((line) => ({ size: line.size, quantity: line.quantity }));
    if (request.packType === 'solid') {
      for (const line of left) {
        add(colour, { [line.size]: perCarton }, Math.floor(line.quantity / perCarton));
        line.quantity %= perCarton;
      }
    } else {
      const set = ratioFor(colour, request) ?? {};
      const perSet = left
        .map((line) => ({ line, pieces: set[findKey(set, line.size) ?? ''] ?? 0 }))
        .filter(({ pieces }) => pieces > 0);
      const setSize = perSet.reduce((sum, { pieces }) => sum + pieces, 0);
      const setsPerCarton = setSize > 0 ? Math.floor(perCarton / setSize) : 0;
      const sets = perSet.length
        ? Math.min(...perSet.map(({ line, pieces }) => Math.floor(line.quantity / pieces)))
        : 0;
      const cartons = setsPerCarton > 0 ? Math.floor(sets / setsPerCarton) : 0;
      add(colour, Object.fromEntries(perSet.map(({ line, pieces }) => [line.size, pieces * setsPerCarton])), cartons);
      for (const { line, pieces } of perSet) line.quantity -= cartons * setsPerCarton * pieces;
    }
    // Remainders: fill mixed cartons in the scale's order, as few as possible.
    let carton: Record<string, number> = {};
    let room = perCarton;
    for (const line of left) {
      while (line.quantity > 0) {
        const take = Math.min(room, line.quantity);
        carton[line.size] = (carton[line.size] ?? 0) + take;
        line.quantity -= take;
        room -= take;
        if (room === 0) {
          add(colour, carton, 1);
          carton = {};
          room = perCarton;
        }
      }
    }
    if (room < perCarton) add(colour, carton, 1);
  }
  return rows;
}

export interface LineComparison extends OrderedLine {
  packed: number;
  difference: number;
}

/**
 * The packed quantities against the order, per colour × size (short < 0 < over).
 * Colours and sizes match trimmed and case-insensitively, as the size breakdown does.
 */
export function compareWithOrder(
  lines: readonly OrderedLine[],
  quantities: PackingTotals['quantities']
): LineComparison[] {
  const packed = new Map<string, { colour: string; size: string; packed: number }>();
  for (const [colour, sizes] of Object.entries(quantities)) {
    for (const [size, qty] of Object.entries(sizes)) {
      const key = lineKey({ colour, size });
      const cell = packed.get(key) ?? { colour, size, packed: 0 };
      cell.packed += qty;
      packed.set(key, cell);
    }
  }
  const rows: LineComparison[] = lines.map((line) => {
    const key = lineKey(line);
    const qty = packed.get(key)?.packed ?? 0;
    packed.delete(key);
    return { ...line, packed: qty, difference: qty - line.quantity };
  });
  for (const { colour, size, packed: qty } of packed.values())
    rows.push({ colour, size, quantity: 0, packed: qty, difference: qty });
  return rows;
}
