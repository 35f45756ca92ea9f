import { violation, type Violation } from '../../../platform/domain/violation';

/** One cell of the PO size breakdown (尺码明细): colour × size → pieces. */
export interface BreakdownLine {
  colour: string;
  size: string;
  quantity: number;
}

export interface StoredBreakdownLine extends BreakdownLine {
  id: number;
}

export interface BreakdownTotals {
  quantity: number;
  byColour: Array<{ colour: string; quantity: number }>;
  bySize: Array<{ size: string; quantity: number }>;
}

/** Colours are matched without regard to case or surrounding spaces ("Navy" = " navy "). */
/** How the size breakdown matches a colour or a size: trimmed, case-insensitive ("navy " is Navy). */
export const matchKey = (text: string) => text.trim().toLocaleLowerCase();
export const lineKey = (line: Pick<BreakdownLine, 'colour' | 'size'>) =>
  `${matchKey(line.colour)}\u0000${matchKey(line.size)}`;

export const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;

/**
 * Returns the scale's own spelling of `size` ("m" → "M"), or null when the
 * scale does not contain it. Without a scale every size is accepted as typed.
 */
export function canonicalSize(size: string, scale: readonly string[] | null): string | null {
  const trimmed = size.trim();
  if (!scale || scale.length === 0) return trimmed;
  const wanted = trimmed.toLocaleLowerCase();
  return scale.find((candidate) => candidate.toLocaleLowerCase() === wanted) ?? null;
}

/** A size the style's size scale does not hold. */
const notInScale = (path: Array<string | number>, size: string, scale: readonly string[] | null): Violation =>
  violation(
    path,
    'size-in-scale',
    `size "${size}" is not in the style's size scale (${(scale ?? []).join(', ')})`,
    `尺码"${size}"不在款式的尺码组中(${(scale ?? []).join('、')})`
  );

/**
 * Checks a whole size breakdown: each line has a colour, a size of the style's
 * size scale and a positive whole quantity, and each colour × size appears once.
 * `pathPrefix` lets the caller say where the lines sit in its payload.
 */
export function checkSizeBreakdown(
  lines: readonly BreakdownLine[],
  scale: readonly string[] | null,
  pathPrefix: Array<string | number> = []
): Violation[] {
  const found: Violation[] = [];
  const seen = new Map<string, number>();

  lines.forEach((line, index) => {
    const at = (field: string) => [...pathPrefix, index, field];
    const colour = typeof line.colour === 'string' ? line.colour.trim() : '';
    const size = typeof line.size === 'string' ? line.size.trim() : '';

    if (!colour) found.push(violation(at('colour'), 'colour-required', 'colour is required', '必须填写颜色'));
    if (!size) {
      found.push(violation(at('size'), 'size-required', 'size is required', '必须填写尺码'));
    } else if (canonicalSize(size, scale) === null) {
      found.push(notInScale(at('size'), size, scale));
    }
    if (!isPositiveInteger(line.quantity)) {
      found.push(
        violation(
          at('quantity'),
          'quantity-positive-integer',
          'quantity must be a whole number greater than 0',
          '数量必须为大于 0 的整数'
        )
      );
    }
    if (colour && size) {
      const key = lineKey({ colour, size });
      const first = seen.get(key);
      if (first !== undefined) {
        found.push(
          violation(
            at('size'),
            'colour-size-unique',
            `colour "${colour}" and size "${size}" appear twice (lines ${first} and ${index}); one line per colour × size`,
            `颜色"${colour}"、尺码"${size}"出现两次(第 ${first} 行和第 ${index} 行);每个颜色 × 尺码只能一行`
          )
        );
      } else {
        seen.set(key, index);
      }
    }
  });
  return found;
}

/**
 * One line written on its own (the Content Manager, the content API): its size
 * is in the style's scale (returned in the scale's spelling), its quantity a
 * positive whole number, and the order has no other line of that colour × size.
 */
export function checkOrderLine(
  line: StoredBreakdownLine,
  scale: readonly string[] | null,
  orderLines: readonly StoredBreakdownLine[]
): { violations: Violation[]; size: string | null } {
  const found: Violation[] = [];
  const size = canonicalSize(line.size, scale);
  if (size === null) {
    found.push(notInScale(['size'], line.size, scale));
  }
  if (!isPositiveInteger(line.quantity)) {
    found.push(
      violation(
        ['quantity'],
        'quantity-positive-integer',
        'quantity must be a whole number greater than 0',
        '数量必须为大于 0 的整数'
      )
    );
  }
  const key = lineKey({ colour: line.colour, size: size ?? line.size });
  if (orderLines.some((other) => other.id !== line.id && lineKey(other) === key)) {
    found.push(
      violation(
        ['size'],
        'colour-size-unique',
        `the order already has a line for colour "${line.colour}" and size "${line.size}"`,
        `该订单已有颜色"${line.colour}"、尺码"${line.size}"的明细行`
      )
    );
  }
  return { violations: found, size };
}

/** Trims colours and sizes and puts sizes in the scale's spelling; call after checking. */
export function normaliseBreakdown(lines: readonly BreakdownLine[], scale: readonly string[] | null): BreakdownLine[] {
  return lines.map((line) => ({
    colour: line.colour.trim(),
    size: canonicalSize(line.size, scale) ?? line.size.trim(),
    quantity: line.quantity,
  }));
}

const sizeRank = (scale: readonly string[] | null) => {
  const rank = new Map((scale ?? []).map((size, index) => [size, index]));
  return (size: string) => rank.get(size) ?? Number.MAX_SAFE_INTEGER;
};

/** Lines in reading order of a breakdown sheet: colour by colour, sizes in scale order. */
export function sortBreakdown<T extends BreakdownLine>(lines: readonly T[], scale: readonly string[] | null): T[] {
  const rank = sizeRank(scale);
  return [...lines].sort(
    (a, b) => a.colour.localeCompare(b.colour) || rank(a.size) - rank(b.size) || a.size.localeCompare(b.size)
  );
}

export function totalsOf(lines: readonly BreakdownLine[], scale: readonly string[] | null): BreakdownTotals {
  const byColour = new Map<string, number>();
  const bySize = new Map<string, number>();
  let quantity = 0;
  for (const line of sortBreakdown(lines, scale)) {
    quantity += line.quantity;
    byColour.set(line.colour, (byColour.get(line.colour) ?? 0) + line.quantity);
    bySize.set(line.size, (bySize.get(line.size) ?? 0) + line.quantity);
  }
  const rank = sizeRank(scale);
  return {
    quantity,
    byColour: [...byColour].map(([colour, qty]) => ({ colour, quantity: qty })),
    bySize: [...bySize]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([size, qty]) => ({ size, quantity: qty })),
  };
}

export interface BreakdownChange {
  create: BreakdownLine[];
  update: Array<{ id: number; quantity: number; colour: string; size: string }>;
  remove: number[];
  unchanged: number;
}

/**
 * What must change to turn the stored lines into the wanted ones. Lines keep
 * their identity when only the quantity (or the spelling) moves, so that a
 * later revision can show a colour × size diff rather than delete-and-recreate.
 */
export function diffBreakdown(
  stored: readonly StoredBreakdownLine[],
  wanted: readonly BreakdownLine[]
): BreakdownChange {
  const byKey = new Map(stored.map((line) => [lineKey(line), line]));
  const change: BreakdownChange = { create: [], update: [], remove: [], unchanged: 0 };
  for (const line of wanted) {
    const key = lineKey(line);
    const existing = byKey.get(key);
    if (!existing) {
      change.create.push(line);
      continue;
    }
    byKey.delete(key);
    if (existing.quantity === line.quantity && existing.colour === line.colour && existing.size === line.size) {
      change.unchanged += 1;
    } else {
      change.update.push({ id: existing.id, ...line });
    }
  }
  change.remove = [...byKey.values()].map((line) => line.id);
  return change;
}
