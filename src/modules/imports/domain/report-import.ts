import { OPERATION_ZH } from '../../production/domain/daily-output';
import { OPERATIONS, type Operation } from '../../production/domain/progress';
import { finding, type ImportFinding } from './findings';
import { HEADER_LABELS, labelKey } from './po-mapping';
import type { Located } from './po-sheet';
import type { TableKind, TableRow } from './table';

/**
 * The line supervisors' daily output sheet (生产日报) as reports: one row per
 * line × date × order × operation (long), or one row per line × date × order
 * with a column per operation (wide). Checked with the report rules the API
 * applies — known line and order, not in the future nor before the order, one
 * report per key, the output cap — and a row whose key is already on file is a
 * correction of that report, which needs a reason.
 */

const OPERATION_HEADINGS: Record<Operation, RegExp> = {
  cutting: /^(cutting|cut|裁剪|裁床|开裁)$/i,
  sewing: /^(sewing|sew|stitching|缝制|车缝|车位|缝纫)$/i,
  finishing: /^(finishing|ironing|pressing|整烫|后整|后道|整理)$/i,
  washing: /^(washing|wash|水洗|洗水)$/i,
  packing: /^(packing|pack|包装|装箱)$/i,
};

export const REPORT_TABLE: TableKind = {
  fields: [
    {
      key: 'date',
      label: 'Date',
      labelZh: '日期',
      type: 'date',
      required: true,
      header: true,
      headings: /^(date|report\s+date|production\s+date|日期|生产日期|报告日期)$/i,
    },
    {
      key: 'line',
      label: 'Line',
      labelZh: '生产线',
      type: 'text',
      required: true,
      header: true,
      headings: /^(line|production\s+line|line\s+(no\.?|name)|sewing\s+line|生产线|线别|组别|班组|拉别)$/i,
    },
    {
      key: 'poNumber',
      label: 'PO number',
      labelZh: '订单号',
      type: 'text',
      required: true,
      headings: HEADER_LABELS.poNumber,
    },
    {
      key: 'operation',
      label: 'Operation',
      labelZh: '工序',
      type: 'text',
      headings: /^(operation|process|工序|工段)$/i,
    },
    {
      key: 'goodQty',
      label: 'Good pieces',
      labelZh: '合格数',
      type: 'count',
      headings: /^(good(\s+(qty|pcs|pieces))?|output|qty|quantity|pcs|合格(数|数量)?|产量|良品(数)?|数量|完成数)$/i,
    },
    {
      key: 'defectQty',
      label: 'Defects',
      labelZh: '次品数',
      type: 'count',
      headings: /^(defects?(\s+(qty|pcs))?|rejects?|次品(数)?|不良(数|品)?|返修(数)?)$/i,
    },
    {
      key: 'workers',
      label: 'Workers',
      labelZh: '人数',
      type: 'count',
      headings: /^(workers|operators|headcount|manpower|人数|工人数|上岗人数)$/i,
    },
    ...OPERATIONS.map((operation) => ({
      key: operation,
      label: `${operation[0].toUpperCase()}${operation.slice(1)} (good pieces)`,
      labelZh: `${OPERATION_ZH[operation]}合格数`,
      type: 'count' as const,
      headings: OPERATION_HEADINGS[operation],
    })),
    {
      key: 'correctionReason',
      label: 'Correction reason',
      labelZh: '更正原因',
      type: 'text',
      headings: /^(correction(\s+reason)?|reason(\s+for\s+correction)?|更正原因|修改原因|原因)$/i,
    },
  ],
};

/** The operation a sheet names, in English or Chinese; null when it names none. */
export function operationOf(text: string): Operation | null {
  const key = labelKey(text);
  return (
    OPERATIONS.find((operation) => operation === key) ??
    OPERATIONS.find((operation) => OPERATION_HEADINGS[operation].test(key)) ??
    null
  );
}

export interface ReportOrderFact {
  id: number;
  documentId: string;
  poNumber: string;
  orderDate: string | null;
  /** The most good pieces an operation may reach: the order + its over-tolerance + the factory's margin. */
  limit: number;
  ordered: number;
  /** Good pieces filed so far, all lines and days, by operation. */
  done: Record<Operation, number>;
}

export interface FiledReportFact {
  id: number;
  documentId: string;
  goodQty: number;
  defectQty: number;
  workers: number | null;
}

export interface ReportFacts {
  today: string;
  /** By the line's name as compared (labelKey). */
  lines: ReadonlyMap<string, { id: number; documentId: string; name: string }>;
  /** By the PO number as compared (labelKey). */
  orders: ReadonlyMap<string, ReportOrderFact>;
  /** PO numbers two customers' orders share: the sheet must say whose (import for a customer). */
  ambiguous?: ReadonlySet<string>;
  /** By `filedKey`. */
  filed: ReadonlyMap<string, FiledReportFact>;
}

export const filedKey = (lineId: number, orderId: number, date: string, operation: string) =>
  `${lineId}|${orderId}|${date}|${operation}`;

export interface PlannedReport {
  action: 'create' | 'correct' | 'unchanged';
  sheet: string;
  row: number;
  line: { id: number; documentId: string; name: string };
  order: { id: number; documentId: string; poNumber: string };
  date: string;
  operation: Operation;
  goodQty: number;
  defectQty: number;
  workers: number | null;
  correctionReason: string | null;
  /** The report corrected, with the figures it had. */
  filed: FiledReportFact | null;
}

export interface ReportImportPlan {
  reports: PlannedReport[];
  findings: ImportFinding[];
  summary: {
    reports: number;
    create: number;
    corrections: number;
    unchanged: number;
    /** Corrections with no reason on their row: the commit's reason is theirs. */
    correctionsWithoutReason: number;
    pieces: Record<Operation, number>;
    dates: { from: string; to: string } | null;
    orders: number;
    lines: number;
  };
}

/** The rows read as entries: a long row is one; a wide row is one per operation column filled. */
function entriesOf(row: TableRow, findings: ImportFinding[]) {
  const at = (key: string) => ({ sheet: row.sheet, cell: row.values[key]?.cell ?? null });
  const value = <T>(key: string) => row.values[key] as Located<T> | undefined;
  const wide = OPERATIONS.filter((operation) => value<number>(operation));
  if (value<string>('operation')) {
    const operation = operationOf(String(value<string>('operation')!.value));
    if (!operation) {
      findings.push(
        finding(at('operation'), 'operation', {
          rule: 'operation-unknown',
          message: `"${String(value('operation')!.value)}" is not an operation (cutting, sewing, finishing, washing, packing)`,
          messageZh: `"${String(value('operation')!.value)}"不是工序(裁剪、缝制、整烫、水洗、包装)`,
        })
      );
      return [];
    }
    return [{ operation, good: value<number>('goodQty'), defects: value<number>('defectQty') }];
  }
  if (wide.length > 0)
    return wide.map((operation) => ({ operation, good: value<number>(operation), defects: undefined }));
  findings.push(
    finding({ sheet: row.sheet, cell: `A${row.row}` }, 'operation', {
      rule: 'operation-required',
      message: 'the row names no operation: map an Operation column, or a column per operation',
      messageZh: '该行没有工序:请映射"工序"列,或每个工序一列',
    })
  );
  return [];
}

/**
 * The reports a sheet files, each checked as the report guard would, all
 * findings at once. The output cap is judged per order and operation over what
 * is filed plus the sheet, in row order: the first row that crosses it is named.
 */
export function planReports(rows: readonly TableRow[], facts: ReportFacts): ReportImportPlan {
  const findings: ImportFinding[] = [];
  const reports: PlannedReport[] = [];
  const seen = new Map<string, { sheet: string; row: number }>();
  const running = new Map<string, number>();
  const crossed = new Set<string>();

  for (const row of rows) {
    const at = (key: string) => ({ sheet: row.sheet, cell: row.values[key]?.cell ?? null });
    const text = (key: string) => (row.values[key] ? String(row.values[key].value) : null);
    const date = text('date');
    const lineName = text('line');
    const po = text('poNumber');
    const line = lineName ? facts.lines.get(labelKey(lineName)) : undefined;
    const order = po ? facts.orders.get(labelKey(po)) : undefined;
    if (lineName && !line)
      findings.push(
        finding(at('line'), 'line', {
          rule: 'line-unknown',
          message: `there is no production line "${lineName}": add it, or name the factory's line in the mapping`,
          messageZh: `没有生产线"${lineName}":请先添加,或在映射中对应到工厂的生产线`,
        })
      );
    if (po && !order && facts.ambiguous?.has(labelKey(po)))
      findings.push(
        finding(at('poNumber'), 'poNumber', {
          rule: 'order-ambiguous',
          message: `PO ${po} is the number of orders of more than one customer: import the sheet for one customer`,
          messageZh: `订单号 ${po} 属于多个客户的订单:请按客户导入该表`,
        })
      );
    else if (po && !order)
      findings.push(
        finding(at('poNumber'), 'poNumber', {
          rule: 'order-unknown',
          message: `there is no order with PO ${po}`,
          messageZh: `没有订单号为 ${po} 的订单`,
        })
      );
    if (date && date > facts.today)
      findings.push(
        finding(at('date'), 'date', {
          rule: 'date-in-future',
          message: `${date} is after today: a report cannot be dated in the future`,
          messageZh: `${date} 晚于今天:日报日期不能晚于今天`,
        })
      );
    if (date && order?.orderDate && date < order.orderDate)
      findings.push(
        finding(at('date'), 'date', {
          rule: 'date-before-order',
          message: `${date} is before the order date ${order.orderDate} of PO ${order.poNumber}`,
          messageZh: `${date} 早于订单 ${order.poNumber} 的下单日期 ${order.orderDate}`,
        })
      );
    const entries = entriesOf(row, findings);
    if (!date || !line || !order) continue;
    for (const entry of entries) {
      const goodCell = entry.good?.cell ?? row.values[entry.operation]?.cell ?? null;
      const key = filedKey(line.id, order.id, date, entry.operation);
      const first = seen.get(key);
      if (first) {
        findings.push(
          finding({ sheet: row.sheet, cell: goodCell }, entry.operation, {
            rule: 'duplicate-entry',
            message: `${entry.operation} of PO ${order.poNumber} on ${line.name} on ${date} is already on row ${first.row}${first.sheet === row.sheet ? '' : ` of ${first.sheet}`}`,
            messageZh: `${line.name} ${date} 订单 ${order.poNumber} 的${OPERATION_ZH[entry.operation]}已在第 ${first.row} 行`,
          })
        );
        continue;
      }
      seen.set(key, { sheet: row.sheet, row: row.row });
      const goodQty = entry.good?.value ?? 0;
      const defectQty = entry.defects?.value ?? 0;
      const workers = (row.values.workers?.value as number | undefined) ?? null;
      const filed = facts.filed.get(key) ?? null;
      const changes =
        filed &&
        (filed.goodQty !== goodQty || filed.defectQty !== defectQty || (workers !== null && filed.workers !== workers));
      const action: PlannedReport['action'] = filed ? (changes ? 'correct' : 'unchanged') : 'create';
      if (action === 'create' && goodQty === 0 && defectQty === 0) continue;

      const capKey = `${order.id}|${entry.operation}`;
      const total = (running.get(capKey) ?? order.done[entry.operation]) + goodQty - (filed?.goodQty ?? 0);
      running.set(capKey, total);
      if (total > order.limit && !crossed.has(capKey) && action !== 'unchanged') {
        crossed.add(capKey);
        findings.push(
          finding({ sheet: row.sheet, cell: goodCell }, entry.operation, {
            rule: 'output-over-order',
            message: `${entry.operation} of PO ${order.poNumber} would reach ${total} pieces, beyond the ${order.ordered} ordered with its tolerance and margin (${order.limit})`,
            messageZh: `订单 ${order.poNumber} 的${OPERATION_ZH[entry.operation]}累计将达 ${total} 件,超过订单 ${order.ordered} 件加溢装与余量(${order.limit})`,
          })
        );
      }
      reports.push({
        action,
        sheet: row.sheet,
        row: row.row,
        line,
        order: { id: order.id, documentId: order.documentId, poNumber: order.poNumber },
        date,
        operation: entry.operation,
        goodQty,
        defectQty,
        workers,
        correctionReason: text('correctionReason')?.trim() || null,
        filed,
      });
    }
  }

  const pieces = Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as Record<Operation, number>;
  let from: string | null = null;
  let to: string | null = null;
  for (const report of reports) {
    if (report.action === 'unchanged') continue;
    pieces[report.operation] += report.goodQty - (report.filed?.goodQty ?? 0);
    if (!from || report.date < from) from = report.date;
    if (!to || report.date > to) to = report.date;
  }
  const corrections = reports.filter((report) => report.action === 'correct');
  return {
    reports,
    findings,
    summary: {
      reports: reports.length,
      create: reports.filter((report) => report.action === 'create').length,
      corrections: corrections.length,
      unchanged: reports.filter((report) => report.action === 'unchanged').length,
      correctionsWithoutReason: corrections.filter((report) => !report.correctionReason).length,
      pieces,
      dates: from && to ? { from, to } : null,
      orders: new Set(reports.map((report) => report.order.id)).size,
      lines: new Set(reports.map((report) => report.line.id)).size,
    },
  };
}
