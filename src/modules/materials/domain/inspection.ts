import { violation, type Violation } from '../../../platform/domain/violation';
import { evaluateFourPoint, type FourPointLimits, type RollInspection } from './four-point';

export type Construction = 'woven' | 'knit';
export type MaterialKind = 'fabric' | 'trim' | 'packaging';
/** `incomplete`: marked inspected, but the measurements a fabric is judged on are missing. */
export type InspectionResult = 'pass' | 'fail' | 'conditional' | 'incomplete';

export interface QualityLimits {
  /** ± percent, length and width separately (AATCC 135 / ISO 5077 practice). */
  shrinkageWovenPct: number;
  shrinkageKnitPct: number;
  fourPoint: FourPointLimits;
}

export const DEFAULT_QUALITY_LIMITS: QualityLimits = {
  shrinkageWovenPct: 3,
  shrinkageKnitPct: 5,
  fourPoint: { perRoll: 40, lotAverage: 40 },
};

export interface ReceiptInspection {
  kind: MaterialKind;
  construction: Construction | null;
  /** The width the fabric was ordered at (the material's width). */
  orderedWidthCm: number | null;
  inspectedAt: string | Date | null;
  shrinkageLengthPct: number | null;
  shrinkageWidthPct: number | null;
  measuredWidthCm: number | null;
  rolls: RollInspection[];
  /** QC rejects for a reason the numbers do not show (wrong shade, wrong article…). */
  qcRejectReason: string | null;
  /** QC accepts a lot outside the limits, saying why. */
  conditionalAcceptance: boolean;
  conditionalReason: string | null;
}

export interface Judgement {
  /** null while the receipt is not inspected yet. */
  result: InspectionResult | null;
  findings: string[];
  /** The same findings in Chinese, one for one. */
  findingsZh: string[];
}

const CONSTRUCTION_ZH: Record<Construction, string> = { woven: '梭织', knit: '针织' };

/**
 * The quality check after the quantity check (第2篇: count → inspect → pass? else
 * return to the supplier): shrinkage within the limit of the fabric's
 * construction, width not below the ordered width, 4-point scores within the
 * limits. A finding fails the lot unless QC records a conditional acceptance.
 */
export function judgeReceipt(receipt: ReceiptInspection, limits: QualityLimits): Judgement {
  if (!receipt.inspectedAt) return { result: null, findings: [], findingsZh: [] };
  const findings: string[] = [];
  const findingsZh: string[] = [];
  const find = (en: string, zh: string) => {
    findings.push(en);
    findingsZh.push(zh);
  };

  if (receipt.kind === 'fabric') {
    // Nothing measured is nothing passed: the lot waits for its numbers.
    const missing = missingMeasurements(receipt);
    if (missing.length > 0 && !receipt.qcRejectReason?.trim()) {
      return {
        result: 'incomplete',
        findings: missing.map(([what]) => `not measured yet: ${what}`),
        findingsZh: missing.map(([, what]) => `尚未测量:${what}`),
      };
    }
    const limit = receipt.construction === 'knit' ? limits.shrinkageKnitPct : limits.shrinkageWovenPct;
    const construction = receipt.construction ?? 'woven';
    for (const [direction, directionZh, value] of [
      ['length', '经向', receipt.shrinkageLengthPct],
      ['width', '纬向', receipt.shrinkageWidthPct],
    ] as const) {
      if (value !== null && Math.abs(value) > limit) {
        find(
          `shrinkage in ${direction} ${value}% is beyond ±${limit}% (${construction})`,
          `${directionZh}缩率 ${value}% 超出 ±${limit}%(${CONSTRUCTION_ZH[construction]})`
        );
      }
    }
    if (
      receipt.measuredWidthCm !== null &&
      receipt.orderedWidthCm !== null &&
      receipt.measuredWidthCm < receipt.orderedWidthCm
    ) {
      find(
        `width ${receipt.measuredWidthCm} cm is below the ordered ${receipt.orderedWidthCm} cm`,
        `门幅 ${receipt.measuredWidthCm} cm 小于订购门幅 ${receipt.orderedWidthCm} cm`
      );
    }
    // Rolls without a length or width cannot be scored; the caller reports them as invalid input.
    const scorable = receipt.rolls.filter((roll) => roll.length > 0 && roll.cuttableWidth > 0);
    if (scorable.length > 0) {
      const scored = evaluateFourPoint(scorable, limits.fourPoint);
      scored.failures.forEach((failure, i) => find(failure, scored.failuresZh[i]));
    }
  }
  if (receipt.qcRejectReason?.trim()) {
    find(`rejected by QC: ${receipt.qcRejectReason.trim()}`, `品质部拒收:${receipt.qcRejectReason.trim()}`);
  }

  if (findings.length === 0) return { result: 'pass', findings, findingsZh };
  const conditional =
    receipt.conditionalAcceptance && !!receipt.conditionalReason?.trim() && !receipt.qcRejectReason?.trim();
  return { result: conditional ? 'conditional' : 'fail', findings, findingsZh };
}

/** The measurements a fabric lot is judged on that were not entered, in English and Chinese. */
export function missingMeasurements(
  receipt: Pick<ReceiptInspection, 'shrinkageLengthPct' | 'shrinkageWidthPct' | 'measuredWidthCm' | 'rolls'>
): Array<readonly [string, string]> {
  return [
    ...(receipt.shrinkageLengthPct === null ? [['shrinkage in length (shrinkageLengthPct)', '经向缩率'] as const] : []),
    ...(receipt.shrinkageWidthPct === null ? [['shrinkage in width (shrinkageWidthPct)', '纬向缩率'] as const] : []),
    ...(receipt.measuredWidthCm === null ? [['width (measuredWidthCm)', '实测门幅'] as const] : []),
    ...(receipt.rolls.length === 0 ? [['4-point rolls (fourPoint)', '四分制验布卷'] as const] : []),
  ];
}

/**
 * An inspected fabric is judged by its construction's shrinkage limit:
 * without one it cannot be judged, and guessing woven would pass a knit at ±3 %.
 */
export function checkInspectable(
  receipt: Pick<ReceiptInspection, 'kind' | 'construction' | 'inspectedAt'>,
  materialCode: string | null
): Violation[] {
  if (receipt.kind !== 'fabric' || !receipt.inspectedAt || receipt.construction) return [];
  const which = materialCode ? `material ${materialCode}` : 'the material';
  const whichZh = materialCode ? `物料 ${materialCode} ` : '该物料';
  return [
    violation(
      ['material'],
      'construction-required',
      `set the construction (woven or knit) of ${which} before inspecting it: the shrinkage limit depends on it`,
      `检验前请先设置${whichZh}的织法(梭织或针织):缩率限度取决于织法`
    ),
  ];
}

/** Pieces of the receipt that count as in house: nothing of a failed lot, the rest less what went back. */
export const passedQuantity = (receipt: {
  result: InspectionResult | null;
  quantity: number;
  rejectedQuantity: number | null;
}) =>
  receipt.result === 'pass' || receipt.result === 'conditional'
    ? Math.max(0, receipt.quantity - (receipt.rejectedQuantity ?? 0))
    : 0;

/** Receipts on one PO line may exceed its quantity by the tolerance only, unless explicitly approved. */
export function overReceipt(lineQuantity: number, receivedTotal: number, tolerancePct: number): number {
  const allowed = lineQuantity * (1 + tolerancePct / 100);
  return receivedTotal > allowed + 1e-9 ? receivedTotal - allowed : 0;
}
