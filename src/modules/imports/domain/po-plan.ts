import Decimal from 'decimal.js';
import { fieldChanges, lineChanges, type FieldChange, type LineChange } from '../../changes/domain/order-changes';
import { checkOrderHeader, type Channel } from '../../orders/domain/order-header';
import { canonicalSize, matchKey, type BreakdownLine } from '../../orders/domain/size-breakdown';
import { finding, type ImportFinding } from './findings';
import { sizeAlias } from './po-mapping';
import type { PoDraft } from './po-sheet';

/**
 * A dry run of a PO import against what Gendan holds: each draft checked with
 * the order rules the API applies (the style is the customer's, sizes in its
 * scale, ISO market and currency, ex-factory after the order date, PO number
 * once per customer) and planned as an order to create, to change (field and
 * colour × size diff; a revision when the order is past received) or left as it is.
 */

export interface StyleFact {
  documentId: string;
  styleNo: string;
  sizes: string[] | null;
}

export interface OrderFact {
  documentId: string;
  poNumber: string;
  committed: boolean;
  styleNo: string | null;
  fields: Record<string, unknown>;
  lines: BreakdownLine[];
}

export interface PoFacts {
  customer: { id: number; documentId: string; name: string; market: string | null; channel: Channel | null };
  /** The customer's styles by style number (any case). */
  styles: readonly StyleFact[];
  /** The customer's orders whose PO numbers appear in the sheet. */
  orders: readonly OrderFact[];
  /** Today (YYYY-MM-DD): the order date of a sheet that gives none. */
  today: string;
}

/** What Gendan writes for one PO of the sheet. */
export interface PlannedOrder {
  action: 'create' | 'change' | 'unchanged';
  sheet: string;
  at: string;
  poNumber: string;
  /** The stored order, when the PO exists. */
  documentId: string | null;
  style: { documentId: string; styleNo: string };
  /** The order fields to write (create) or the whole header as the sheet gives it (change). */
  data: {
    orderDate: string;
    exFactoryDate: string;
    fobPrice: string;
    currency: string;
    shipMode?: string;
    season?: string;
    market?: string;
  };
  lines: BreakdownLine[];
  ratio: Record<string, number> | null;
  pieces: number;
  /** For a change: the header fields and colour × size cells that move. */
  fieldChanges: FieldChange[];
  lineChanges: LineChange[];
  /** The order is past received: the change is an order revision and needs a reason. */
  revision: boolean;
  /** Where each header value was read: the wizard outlines these cells on the sheet. */
  cells: Record<string, string>;
}

export interface PoImportPlan {
  orders: PlannedOrder[];
  summary: {
    create: number;
    change: number;
    unchanged: number;
    revisions: number;
    lines: number;
    pieces: number;
    byColour: Array<{ colour: string; quantity: number }>;
  };
  findings: ImportFinding[];
}

const REVISED = ['orderDate', 'exFactoryDate', 'fobPrice', 'currency', 'market', 'shipMode', 'style'] as const;

export function planPurchaseOrders(drafts: readonly PoDraft[], facts: PoFacts): PoImportPlan {
  const findings: ImportFinding[] = [];
  const orders: PlannedOrder[] = [];
  const firstSeen = new Map<string, PoDraft>();

  for (const draft of drafts) {
    const where = (cell: string | null | undefined) => ({ sheet: draft.sheet, cell: cell ?? null });
    const fail = (cell: string | null | undefined, field: string, rule: string, message: string, messageZh: string) =>
      findings.push(finding(where(cell), field, { rule, message, messageZh }));
    const before = findings.length;

    const poNumber = draft.poNumber?.value.trim() ?? '';
    if (!poNumber) {
      fail(
        draft.at,
        'poNumber',
        'po-number-required',
        `the PO at ${draft.at} has no PO number: map the PO number cell`,
        `位于 ${draft.at} 的订单没有订单号:请映射订单号单元格`
      );
    } else if (firstSeen.has(matchKey(poNumber))) {
      const first = firstSeen.get(matchKey(poNumber))!;
      fail(
        draft.poNumber?.cell,
        'poNumber',
        'po-duplicate-in-file',
        `PO ${poNumber} is already in this file (${first.sheet}!${first.poNumber?.cell ?? first.at})`,
        `订单号 ${poNumber} 在本文件中已出现(${first.sheet}!${first.poNumber?.cell ?? first.at})`
      );
    } else firstSeen.set(matchKey(poNumber), draft);

    const styleNo = draft.style?.value.trim() ?? '';
    const style = facts.styles.find((s) => matchKey(s.styleNo) === matchKey(styleNo)) ?? null;
    if (!styleNo)
      fail(
        draft.style?.cell ?? draft.at,
        'style',
        'style-required',
        `the PO ${poNumber} has no style number: map the style cell`,
        `订单 ${poNumber} 没有款号:请映射款号单元格`
      );
    else if (!style)
      fail(
        draft.style?.cell,
        'style',
        'style-unknown',
        `style "${styleNo}" is not a style of ${facts.customer.name}: add it under Styles first, or correct the cell`,
        `款号"${styleNo}"不是客户 ${facts.customer.name} 的款式:请先在款式中添加,或更正单元格`
      );

    const scale = style?.sizes ?? null;
    const lines: BreakdownLine[] = [];
    const reported = new Set<string>();
    for (const line of draft.lines) {
      // The scale's own spelling first ("3XL"), then the usual alias of the buyer's ("Small" → S).
      const alias = sizeAlias(line.size);
      const size = canonicalSize(line.size, scale) ?? (alias ? canonicalSize(alias, scale) : null);
      if (size === null) {
        if (!reported.has(line.sizeCell))
          fail(
            line.sizeCell,
            'size',
            'size-in-scale',
            `size "${line.size}" is not in style ${style!.styleNo}'s size scale (${scale!.join(', ')}): map it to one of them`,
            `尺码"${line.size}"不在款式 ${style!.styleNo} 的尺码组中(${scale!.join('、')}):请映射为其中之一`
          );
        reported.add(line.sizeCell);
        continue;
      }
      lines.push({ colour: line.colour, size, quantity: line.quantity });
    }
    if (draft.lines.length === 0)
      fail(draft.at, 'quantity', 'lines-required', `the PO ${poNumber} has no quantities`, `订单 ${poNumber} 没有数量`);
    let ratio: Record<string, number> | null = null;
    if (draft.ratio) {
      ratio = {};
      for (const [size, pieces] of Object.entries(draft.ratio.sizes)) {
        const alias = sizeAlias(size);
        const own = canonicalSize(size, scale) ?? (alias ? canonicalSize(alias, scale) : null);
        if (own) ratio[own] = pieces;
      }
    }

    const exFactory = draft.header.exFactoryDate;
    if (!exFactory)
      fail(
        draft.at,
        'exFactoryDate',
        'ex-factory-required',
        `the PO ${poNumber} has no ex-factory date: map the ex-factory cell`,
        `订单 ${poNumber} 没有出厂日期:请映射出厂日期单元格`
      );
    const fob = draft.header.fobPrice;
    const stored = facts.orders.find((o) => matchKey(o.poNumber) === matchKey(poNumber)) ?? null;
    if (!fob && !stored)
      fail(
        draft.at,
        'fobPrice',
        'fob-required',
        `the PO ${poNumber} has no FOB price: map the price cell`,
        `订单 ${poNumber} 没有 FOB 单价:请映射单价单元格`
      );
    const marked = fob?.value.currency ?? null;
    const typed = draft.header.currency?.value ?? null;
    if (marked && typed && marked !== typed)
      fail(
        draft.header.currency?.cell,
        'currency',
        'currency-conflict',
        `the price is in ${marked} but the currency cell says ${typed}`,
        `单价为 ${marked},但币种单元格为 ${typed}`
      );
    const currency = typed ?? marked ?? (stored?.fields.currency as string | undefined) ?? 'USD';
    const orderDate = draft.header.orderDate?.value ?? (stored?.fields.orderDate as string | undefined) ?? facts.today;
    const market = draft.header.market?.value.toUpperCase();

    // The order rules the API applies, with each broken one put back on the cell it came from.
    const cellOf: Record<string, string | null | undefined> = {
      style: draft.style?.cell,
      market: draft.header.market?.cell,
      currency: draft.header.currency?.cell ?? fob?.cell,
      exFactoryDate: exFactory?.cell,
    };
    if (style && exFactory) {
      const { violations } = checkOrderHeader({
        orderDate,
        exFactoryDate: exFactory.value,
        market: market ?? null,
        channel: null,
        currency,
        customer: facts.customer,
        style: { customerId: facts.customer.id, sizeScale: scale },
        lines,
      });
      for (const v of violations) {
        const field = String(v.path[0]);
        findings.push(
          finding(where(cellOf[field] ?? draft.at), field, { rule: v.rule, message: v.message, messageZh: v.messageZh })
        );
      }
    }
    if (findings.slice(before).some((f) => f.severity === 'error') || !style || !exFactory) continue;

    const data: PlannedOrder['data'] = {
      orderDate,
      exFactoryDate: exFactory.value,
      // As the database gives it back (12.50 on the sheet is the stored 12.5): a price not changed is no change.
      fobPrice: fob ? new Decimal(fob.value.amount).toString() : String(stored?.fields.fobPrice),
      currency,
      ...(draft.header.shipMode ? { shipMode: draft.header.shipMode.value } : {}),
      ...(draft.header.season ? { season: draft.header.season.value } : {}),
      ...(market ? { market } : {}),
    };
    const pieces = lines.reduce((sum, line) => sum + line.quantity, 0);
    const planned: PlannedOrder = {
      action: 'create',
      sheet: draft.sheet,
      at: draft.at,
      poNumber,
      documentId: stored?.documentId ?? null,
      style: { documentId: style.documentId, styleNo: style.styleNo },
      data,
      lines,
      ratio,
      pieces,
      fieldChanges: [],
      lineChanges: [],
      revision: false,
      cells: Object.fromEntries(
        Object.entries({ poNumber: draft.poNumber, style: draft.style, ...draft.header }).flatMap(([field, located]) =>
          located?.cell ? [[field, located.cell]] : []
        )
      ),
    };
    if (stored) {
      const after = { ...stored.fields, ...data, style: style.styleNo };
      planned.fieldChanges = fieldChanges({ ...stored.fields, style: stored.styleNo }, after, REVISED);
      planned.lineChanges = lineChanges(stored.lines, lines);
      const moved = planned.fieldChanges.length + planned.lineChanges.length > 0;
      planned.action = moved ? 'change' : 'unchanged';
      planned.revision = moved && stored.committed;
    }
    orders.push(planned);
  }

  const byColour = new Map<string, { colour: string; quantity: number }>();
  for (const order of orders)
    for (const line of order.lines) {
      const entry = byColour.get(matchKey(line.colour)) ?? { colour: line.colour, quantity: 0 };
      entry.quantity += line.quantity;
      byColour.set(matchKey(line.colour), entry);
    }
  return {
    orders,
    summary: {
      create: orders.filter((o) => o.action === 'create').length,
      change: orders.filter((o) => o.action === 'change').length,
      unchanged: orders.filter((o) => o.action === 'unchanged').length,
      revisions: orders.filter((o) => o.revision).length,
      lines: orders.reduce((sum, o) => sum + o.lines.length, 0),
      pieces: orders.reduce((sum, o) => sum + o.pieces, 0),
      byColour: [...byColour.values()],
    },
    findings,
  };
}
