import { lineKey } from '../../orders/domain/size-breakdown';
import {
  checkCartonRows,
  compareWithOrder,
  packingTotals,
  type CartonRow,
  type LineComparison,
  type PackingTotals,
} from '../../shipping/domain/packing';
import { finding, type ImportFinding } from './findings';
import { HEADER_LABELS, labelKey } from './po-mapping';
import type { TableKind, TableRow } from './table';

/**
 * The warehouse's final packing list (最终箱单): a row per range of identical
 * cartons — carton numbers (from–to, "1-10" in one cell, or from + number of
 * cartons), colour, pieces per size across, measurements and weights per
 * carton — for one PO named above the table or several in a PO column. Each
 * PO's rows are checked with the packing list's own rules (numbers from 1
 * without overlap, whole pieces, dimensions, gross ≥ net) and against the
 * order's colours and sizes; what the commit writes is the order's final list.
 */

export const PACKING_TABLE: TableKind = {
  sizeColumns: true,
  fields: [
    {
      key: 'poNumber',
      label: 'PO number',
      labelZh: '订单号',
      type: 'text',
      required: true,
      header: true,
      headings: HEADER_LABELS.poNumber,
    },
    {
      key: 'fromCarton',
      label: 'Carton from',
      labelZh: '起始箱号',
      type: 'text',
      required: true,
      headings:
        /^(ctn\.?\s*(no\.?|#)?|carton\s*(no\.?|number|#)?|from|ctn\s+from|carton\s+from|箱号|起始箱号|箱号从)$/i,
    },
    {
      key: 'toCarton',
      label: 'Carton to',
      labelZh: '结束箱号',
      type: 'count',
      headings: /^(to|ctn\s+to|carton\s+to|结束箱号|箱号至|至)$/i,
    },
    {
      key: 'cartons',
      label: 'Cartons',
      labelZh: '箱数',
      type: 'count',
      headings: /^(ctns|cartons|no\.?\s+of\s+(ctns|cartons)|total\s+ctns|箱数|件数\(箱\))$/i,
    },
    {
      key: 'colour',
      label: 'Colour',
      labelZh: '颜色',
      type: 'text',
      required: true,
      header: true,
      headings: /^(colou?r(\s+(name|code))?|shade|颜色|色号)$/i,
    },
    {
      key: 'piecesPerCarton',
      label: 'Pieces per carton',
      labelZh: '每箱件数',
      type: 'count',
      headings: /^(pcs\s*\/\s*ctn|pcs\s+per\s+(ctn|carton)|qty\s*\/\s*ctn|每箱件数|每箱数量|装箱数)$/i,
    },
    {
      key: 'lengthCm',
      label: 'Length (cm)',
      labelZh: '长(厘米)',
      type: 'decimal',
      headings: /^(l\s*\(cm\)|length(\s*\(cm\))?|长|长度)$/i,
    },
    {
      key: 'widthCm',
      label: 'Width (cm)',
      labelZh: '宽(厘米)',
      type: 'decimal',
      headings: /^(w\s*\(cm\)|width(\s*\(cm\))?|宽|宽度)$/i,
    },
    {
      key: 'heightCm',
      label: 'Height (cm)',
      labelZh: '高(厘米)',
      type: 'decimal',
      headings: /^(h\s*\(cm\)|height(\s*\(cm\))?|高|高度)$/i,
    },
    {
      key: 'dimensions',
      label: 'Carton size (L×W×H cm)',
      labelZh: '外箱尺寸(长×宽×高 厘米)',
      type: 'text',
      headings:
        /^(meas(urement)?\.?(\s*\(cm\))?|carton\s+(size|dimensions?|meas\.?)|dimensions?|外箱尺寸|纸箱尺寸|箱规)$/i,
    },
    {
      key: 'netKg',
      label: 'Net weight per carton (kg)',
      labelZh: '每箱净重(公斤)',
      type: 'decimal',
      required: true,
      headings: /^(n\.?\s?w\.?(\s*\(kgs?\))?|net(\s+(wt|weight))?(\s*\(kgs?\))?|净重|净重\(kg\))$/i,
    },
    {
      key: 'grossKg',
      label: 'Gross weight per carton (kg)',
      labelZh: '每箱毛重(公斤)',
      type: 'decimal',
      required: true,
      headings: /^(g\.?\s?w\.?(\s*\(kgs?\))?|gross(\s+(wt|weight))?(\s*\(kgs?\))?|毛重|毛重\(kg\))$/i,
    },
  ],
};

export interface PackingOrderFact {
  id: number;
  documentId: string;
  poNumber: string;
  lines: Array<{ colour: string; size: string; quantity: number }>;
  /** The final packing list on file, replaced by the commit. */
  final: { documentId: string; totalPieces: number | null } | null;
}

export interface PlannedPackingList {
  action: 'create' | 'replace';
  order: { id: number; documentId: string; poNumber: string };
  replaces: string | null;
  cartons: CartonRow[];
  totals: Omit<PackingTotals, 'quantities'>;
  comparison: LineComparison[];
  /** The rows' first cell, to point at the PO in the preview. */
  at: { sheet: string; cell: string | null };
}

export interface PackingImportPlan {
  lists: PlannedPackingList[];
  findings: ImportFinding[];
  summary: { orders: number; replacements: number; cartons: number; pieces: number };
}

/** "1-10", "1~10", "1 – 10" or "7": the carton numbers of a row. */
export function cartonRange(text: string): { from: number; to: number | null } | null {
  const match = /^\s*(\d+)\s*(?:[-~–—至到]\s*(\d+))?\s*$/.exec(text);
  return match ? { from: Number(match[1]), to: match[2] ? Number(match[2]) : null } : null;
}

/** "60x40x30", "60*40*30cm", "60 × 40 × 30": length, width, height in cm. */
export function cartonDimensions(text: string): [number, number, number] | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(cm|厘米)?\s*$/i.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

const CARTON_FIELDS: Record<string, keyof CartonRow | 'dimensions'> = {
  fromCarton: 'fromCarton',
  toCarton: 'toCarton',
  sizes: 'sizes',
  lengthCm: 'lengthCm',
  widthCm: 'widthCm',
  heightCm: 'heightCm',
  netKg: 'netKg',
  grossKg: 'grossKg',
};

export function planPackingLists(
  rows: readonly TableRow[],
  orders: ReadonlyMap<string, PackingOrderFact>
): PackingImportPlan {
  const findings: ImportFinding[] = [];
  const byOrder = new Map<string, { order: PackingOrderFact; rows: Array<{ row: TableRow; carton: CartonRow }> }>();

  for (const row of rows) {
    const at = (key: string) => ({ sheet: row.sheet, cell: row.values[key]?.cell ?? row.sizes[key]?.cell ?? null });
    const number = (key: string) => row.values[key]?.value as number | undefined;
    const po = row.values.poNumber ? String(row.values.poNumber.value) : null;
    const order = po ? orders.get(labelKey(po)) : undefined;
    if (po && !order) {
      findings.push(
        finding(at('poNumber'), 'poNumber', {
          rule: 'order-unknown',
          message: `there is no order with PO ${po}`,
          messageZh: `没有订单号为 ${po} 的订单`,
        })
      );
      continue;
    }
    const rangeText = row.values.fromCarton ? String(row.values.fromCarton.value) : '';
    const range = cartonRange(rangeText);
    if (rangeText && !range) {
      findings.push(
        finding(at('fromCarton'), 'fromCarton', {
          rule: 'carton-number',
          message: `"${rangeText}" is not a carton number or range (e.g. 7 or 1-10)`,
          messageZh: `"${rangeText}"不是箱号或箱号范围(如 7 或 1-10)`,
        })
      );
      continue;
    }
    let dimensions: [number, number, number] | null = null;
    if (row.values.dimensions) {
      dimensions = cartonDimensions(String(row.values.dimensions.value));
      if (!dimensions)
        findings.push(
          finding(at('dimensions'), 'dimensions', {
            rule: 'carton-dimension',
            message: `"${String(row.values.dimensions.value)}" is not a carton size (e.g. 60x40x30)`,
            messageZh: `"${String(row.values.dimensions.value)}"不是外箱尺寸(如 60x40x30)`,
          })
        );
    }
    if (!order || !range) continue;
    const to = range.to ?? number('toCarton') ?? (number('cartons') ? range.from + number('cartons')! - 1 : range.from);
    const sizes = Object.fromEntries(Object.entries(row.sizes).map(([size, cell]) => [size, cell.value]));
    const carton: CartonRow = {
      fromCarton: range.from,
      toCarton: to,
      colour: row.values.colour ? String(row.values.colour.value).trim() : '',
      sizes,
      lengthCm: dimensions?.[0] ?? number('lengthCm') ?? 0,
      widthCm: dimensions?.[1] ?? number('widthCm') ?? 0,
      heightCm: dimensions?.[2] ?? number('heightCm') ?? 0,
      netKg: number('netKg') ?? 0,
      grossKg: number('grossKg') ?? 0,
    };
    const stated = number('cartons');
    if (stated !== undefined && range.to !== null && stated !== to - range.from + 1)
      findings.push(
        finding(at('cartons'), 'cartons', {
          rule: 'cartons-mismatch',
          message: `cartons ${range.from}–${to} are ${to - range.from + 1}, the row says ${stated}`,
          messageZh: `箱号 ${range.from}–${to} 共 ${to - range.from + 1} 箱,该行写 ${stated} 箱`,
        })
      );
    const perCarton = number('piecesPerCarton');
    const packed = Object.values(sizes).reduce((sum, qty) => sum + qty, 0);
    if (perCarton !== undefined && perCarton !== packed)
      findings.push(
        finding(at('piecesPerCarton'), 'piecesPerCarton', {
          rule: 'pieces-per-carton',
          message: `the sizes add up to ${packed} pieces a carton, the row says ${perCarton}`,
          messageZh: `各尺码合计每箱 ${packed} 件,该行写 ${perCarton} 件`,
        })
      );
    const colours = new Set(order.lines.map((line) => labelKey(line.colour)));
    if (carton.colour && !colours.has(labelKey(carton.colour)))
      findings.push(
        finding(at('colour'), 'colour', {
          rule: 'colour-not-on-order',
          message: `PO ${order.poNumber} has no colour "${carton.colour}" (its colours: ${[...new Set(order.lines.map((l) => l.colour))].join(', ')})`,
          messageZh: `订单 ${order.poNumber} 没有颜色"${carton.colour}"(订单颜色:${[...new Set(order.lines.map((l) => l.colour))].join('、')})`,
        })
      );
    const ordered = new Set(order.lines.map((line) => lineKey(line)));
    for (const size of Object.keys(sizes))
      if (
        carton.colour &&
        colours.has(labelKey(carton.colour)) &&
        !ordered.has(lineKey({ colour: carton.colour, size }))
      )
        findings.push(
          finding(at(size), size, {
            rule: 'size-not-on-order',
            message: `PO ${order.poNumber} has no ${carton.colour} in size ${size}`,
            messageZh: `订单 ${order.poNumber} 没有 ${carton.colour} ${size} 码`,
          })
        );
    const group = byOrder.get(order.documentId) ?? { order, rows: [] };
    group.rows.push({ row, carton });
    byOrder.set(order.documentId, group);
  }

  const lists: PlannedPackingList[] = [];
  for (const { order, rows: group } of byOrder.values()) {
    const cartons = group.map((entry) => entry.carton);
    for (const problem of checkCartonRows(cartons)) {
      const [, index, field] = problem.path as [string, number, string];
      const row = group[index].row;
      const key = CARTON_FIELDS[field] === 'sizes' ? (Object.keys(row.sizes)[0] ?? 'fromCarton') : field;
      const cell =
        row.values[key]?.cell ??
        row.sizes[key]?.cell ??
        row.values.dimensions?.cell ??
        row.values.fromCarton?.cell ??
        null;
      findings.push(
        finding({ sheet: row.sheet, cell }, field, {
          rule: problem.rule,
          message: `PO ${order.poNumber}: ${problem.message}`,
          messageZh: `订单 ${order.poNumber}:${problem.messageZh}`,
        })
      );
    }
    const { quantities, ...totals } = packingTotals(cartons);
    lists.push({
      action: order.final ? 'replace' : 'create',
      order: { id: order.id, documentId: order.documentId, poNumber: order.poNumber },
      replaces: order.final?.documentId ?? null,
      cartons,
      totals,
      comparison: compareWithOrder(order.lines, quantities),
      at: { sheet: group[0].row.sheet, cell: group[0].row.values.poNumber?.cell ?? null },
    });
  }
  return {
    lists,
    findings,
    summary: {
      orders: lists.length,
      replacements: lists.filter((list) => list.action === 'replace').length,
      cartons: lists.reduce((sum, list) => sum + list.totals.cartons, 0),
      pieces: lists.reduce((sum, list) => sum + list.totals.pieces, 0),
    },
  };
}
