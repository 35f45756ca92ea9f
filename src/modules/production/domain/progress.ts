import { scaledPieces } from '../../shipping/domain/tolerance';
import { violation, type Violation } from '../../../platform/domain/violation';

export const OPERATIONS = ['cutting', 'sewing', 'finishing', 'washing', 'packing'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** The operation as the production report names it (工序). */
const OPERATION_ZH: Record<Operation, string> = {
  cutting: '裁剪',
  sewing: '缝制',
  finishing: '整烫',
  washing: '水洗',
  packing: '包装',
};

export interface ReportQuantity {
  operation: Operation;
  goodQty: number;
}

export type OutputByOperation = Record<Operation, number>;

export const emptyOutput = (): OutputByOperation => ({ cutting: 0, sewing: 0, finishing: 0, washing: 0, packing: 0 });

/** Progress per operation = Σ good pieces reported. */
export function outputByOperation(reports: readonly ReportQuantity[]): OutputByOperation {
  const output = emptyOutput();
  for (const report of reports) output[report.operation] += report.goodQty;
  return output;
}

export interface OutputCap {
  /** Over-production allowed, % of the order (the shipment over-tolerance). */
  overPct: number;
  /** Pieces allowed beyond that, for cutting spares and re-makes. */
  margin: number;
}

/** ⌊ordered × (1 + over)⌋ + margin, rounded as the tolerance engine rounds (1000 × 1.05 is 1050). */
export const outputLimit = (ordered: number, cap: OutputCap) =>
  Math.floor(scaledPieces(ordered, cap.overPct)) + cap.margin;

/** Cumulative output of an operation may not exceed the order plus the over-tolerance and the margin. */
export function checkOutputCap(operation: Operation, cumulative: number, ordered: number, cap: OutputCap): Violation[] {
  const limit = outputLimit(ordered, cap);
  return cumulative > limit
    ? [
        violation(
          ['goodQty'],
          'output-over-order',
          `${operation} output would reach ${cumulative} pieces, beyond the ${ordered} ordered + ${cap.overPct}% + ${cap.margin} (${limit})`,
          `${OPERATION_ZH[operation] ?? operation}累计产量将达 ${cumulative} 件,超过订单 ${ordered} 件 + ${cap.overPct}% + ${cap.margin} 件(${limit})`
        ),
      ]
    : [];
}
