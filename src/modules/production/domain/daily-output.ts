import { violation, type Violation } from '../../../platform/domain/violation';
import { OPERATIONS, type Operation } from './progress';

/** The operations' names as the floor says them (工序). */
export const OPERATION_ZH: Readonly<Record<Operation, string>> = {
  cutting: '裁剪',
  sewing: '缝制',
  finishing: '整烫',
  washing: '水洗',
  packing: '包装',
};

/** One cell of the daily output sheet (生产日报): a line's pieces of one operation for one order on the sheet's day. */
export interface DailyOutputEntry {
  line: string;
  order: string;
  operation: Operation;
  goodQty: number;
  defectQty: number;
  workers: number | null;
  correctionReason: string | null;
}

/** A report already filed for the sheet's day, keyed like an entry. */
export type FiledReport = Omit<DailyOutputEntry, 'correctionReason'>;

/** Whether an entry changes the figures filed under its key (operators only when it gives them). */
const changesFiled = (before: FiledReport, entry: DailyOutputEntry) =>
  before.goodQty !== entry.goodQty ||
  before.defectQty !== entry.defectQty ||
  (entry.workers !== null && before.workers !== entry.workers);

export const reportKey = (report: { line: string; order: string; operation: string }) =>
  `${report.line}\u0000${report.order}\u0000${report.operation}`;

const count = (value: number) => Number.isInteger(value) && value >= 0;

/**
 * What a day's sheet must satisfy before anything is written, every finding
 * at once and named by its entry (`entries[3].goodQty`): not dated in the
 * future, whole non-negative pieces, one entry per line × order × operation,
 * and a reason for every filed count it changes (the report keeps the old
 * figures). The rules that read the rest of the factory — the output cap, the
 * order's date — are the report guard's, on the same write.
 */
export function checkDailyOutput(
  date: string,
  today: string,
  entries: readonly DailyOutputEntry[],
  filed: readonly FiledReport[]
): Violation[] {
  const found: Violation[] = [];
  if (date > today)
    found.push(violation(['date'], 'date-in-future', 'a report cannot be dated in the future', '日报日期不能晚于今天'));
  const onFile = new Map(filed.map((report) => [reportKey(report), report]));
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const at = (field: string) => ['entries', index, field];
    if (!OPERATIONS.includes(entry.operation))
      found.push(violation(at('operation'), 'operation-unknown', `unknown operation ${entry.operation}`, '未知工序'));
    for (const field of ['goodQty', 'defectQty'] as const) {
      if (!count(entry[field]))
        found.push(
          violation(
            at(field),
            'pieces-whole',
            `${field} must be a whole number of pieces, 0 or more`,
            '件数须为 0 或正整数'
          )
        );
    }
    if (entry.workers !== null && !count(entry.workers))
      found.push(
        violation(at('workers'), 'workers-whole', 'workers must be a whole number, 0 or more', '人数须为 0 或正整数')
      );
    const key = reportKey(entry);
    if (seen.has(key))
      found.push(
        violation(
          at('operation'),
          'duplicate-entry',
          `${entry.operation} is entered twice for this line and order`,
          `同一生产线和订单的${OPERATION_ZH[entry.operation] ?? entry.operation}填了两次`
        )
      );
    seen.add(key);
    const before = onFile.get(key);
    if (before && changesFiled(before, entry) && !entry.correctionReason?.trim())
      found.push(
        violation(
          at('correctionReason'),
          'correction-reason',
          `the filed ${entry.operation} figures change: say why (correction reason)`,
          `已提交的${OPERATION_ZH[entry.operation] ?? entry.operation}数据有改动,须填写更正原因`
        )
      );
  });
  return found;
}

/** Entries that change nothing on file (an untouched filled cell) are not written again. */
export function entriesToWrite(
  entries: readonly DailyOutputEntry[],
  filed: readonly FiledReport[]
): DailyOutputEntry[] {
  const onFile = new Map(filed.map((report) => [reportKey(report), report]));
  return entries.filter((entry) => {
    const before = onFile.get(reportKey(entry));
    return before ? changesFiled(before, entry) : entry.goodQty > 0 || entry.defectQty > 0;
  });
}

/**
 * Pieces a day the order still needs from its lines to keep its date: what is
 * left to sew over the working days left, rounded up (a line cannot sew a
 * fraction); null when nothing is left.
 */
export function neededPerDay(remaining: number, workingDaysLeft: number): number | null {
  if (remaining <= 0) return null;
  return Math.ceil(remaining / Math.max(1, workingDaysLeft));
}

/** Pieces per day worked over recent days (days without output are not worked), to 0.1; null without output. */
export function recentRate(days: ReadonlyArray<{ date: string; goodQty: number }>): number | null {
  const byDay = new Map<string, number>();
  for (const day of days) byDay.set(day.date, (byDay.get(day.date) ?? 0) + day.goodQty);
  const worked = [...byDay.values()].filter((pieces) => pieces > 0);
  if (worked.length === 0) return null;
  return Math.round((worked.reduce((sum, pieces) => sum + pieces, 0) / worked.length) * 10) / 10;
}
