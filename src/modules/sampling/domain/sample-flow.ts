import { calendarDaysBetween, parseDay } from '../../calendar/domain/calendar-date';
import type { RuleFailure } from '../../workflow/domain/rules/registry';

/** The life of a sample (打样): made, checked, photographed, sent, confirmed received, judged. */
export const SAMPLE_STATUSES = [
  'requested',
  'materials-ready',
  'in-making',
  'checked',
  'photographed',
  'sent',
  'received',
  'approved',
  'rejected',
  'commented',
] as const;
export type SampleStatus = (typeof SAMPLE_STATUSES)[number];

const NEXT: Record<SampleStatus, SampleStatus[]> = {
  requested: ['materials-ready'],
  'materials-ready': ['in-making'],
  'in-making': ['checked'],
  checked: ['photographed'],
  photographed: ['sent'],
  sent: ['received'],
  received: ['approved', 'rejected', 'commented'],
  approved: [],
  rejected: [],
  commented: [],
};

export const isFinalStatus = (status: SampleStatus) => NEXT[status].length === 0;

export type FeePolicy = 'free' | 'charged' | 'charged-for-new';

export interface SampleFacts {
  photos: number;
  retainedLocation: string | null;
  courier: string | null;
  trackingNumber: string | null;
  freightTerms: 'prepaid' | 'collect' | null;
  charged: boolean | null;
  chargeAmount: number | null;
  feePolicy: FeePolicy;
  /** A customer without any shipped order yet. */
  newCustomer: boolean;
  feedbackComments: string | null;
}

const missing = (rule: string, message: string, messageZh: string): RuleFailure => ({ rule, message, messageZh });

/** Whether the customer's policy charges for this sample (seed: for new customers decide whether and how much). */
export const sampleIsCharged = (policy: FeePolicy, newCustomer: boolean) =>
  policy === 'charged' || (policy === 'charged-for-new' && newCustomer);

/**
 * What a sample still lacks to move to `to`: the photo before it is
 * photographed and sent (archive it — 拍照存档), the retained sample, the
 * courier details and the fee decision the customer's policy calls for before
 * it is sent; the reason of a rejection or of comments.
 */
export function sampleMoveFailures(from: SampleStatus, to: SampleStatus, sample: SampleFacts): RuleFailure[] {
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].join(', ') || 'none';
    return [
      missing(
        'illegal-transition',
        `a sample cannot go from ${from} to ${to}; allowed: ${allowed}`,
        `样品不能从 ${from} 转到 ${to};可转至:${allowed}`
      ),
    ];
  }
  const failures: RuleFailure[] = [];
  if ((to === 'photographed' || to === 'sent') && sample.photos === 0) {
    failures.push(
      missing('photo-required', 'photograph the sample and attach at least one photo', '须拍照存档(至少一张照片)')
    );
  }
  if (to === 'sent') {
    if (!sample.retainedLocation?.trim()) {
      failures.push(
        missing('retained-sample', 'record where the retained sample is kept (retainedLocation)', '须注明留样位置')
      );
    }
    if (!sample.courier?.trim() || !sample.trackingNumber?.trim()) {
      failures.push(
        missing('courier-details', 'courier and trackingNumber are required to send', '须填写快递公司和单号')
      );
    }
    if (!sample.freightTerms)
      failures.push(missing('freight-terms', 'choose freight terms: prepaid or collect', '须选择运费到付或预付'));
    const chargeable = sampleIsCharged(sample.feePolicy, sample.newCustomer);
    if (chargeable && !(sample.charged && (sample.chargeAmount ?? 0) > 0)) {
      failures.push(
        missing(
          'sample-fee',
          `the customer's policy (${sample.feePolicy}) charges this sample: set charged and chargeAmount`,
          '按客户政策此样品收费:须填写收费金额'
        )
      );
    }
    if (!chargeable && sample.charged) {
      failures.push(
        missing(
          'sample-fee',
          `the customer's policy (${sample.feePolicy}) does not charge this sample`,
          '按客户政策此样品免费'
        )
      );
    }
  }
  if ((to === 'rejected' || to === 'commented') && !sample.feedbackComments?.trim()) {
    failures.push(missing('feedback-comments', `a ${to} sample needs the customer's comments`, '须记录客户意见'));
  }
  return failures;
}

export type FollowUpReason = 'no-receipt-confirmation' | 'no-feedback' | 'due-soon' | 'overdue';

/** The seed's follow-up: confirm receipt, ask for the evaluation, push for the order — and chase what is due. */
export function followUpReason(
  sample: { status: SampleStatus; sentAt: string | null; receivedAt: string | null; dueAt: string | null },
  today: Date,
  days: number
): { reason: FollowUpReason; days: number } | null {
  const since = (date: string | null) => (date ? calendarDaysBetween(today, parseDay(date)) : 0);
  if (sample.status === 'sent' && since(sample.sentAt) >= days)
    return { reason: 'no-receipt-confirmation', days: since(sample.sentAt) };
  if (sample.status === 'received' && since(sample.receivedAt) >= days)
    return { reason: 'no-feedback', days: since(sample.receivedAt) };
  const before = ['requested', 'materials-ready', 'in-making', 'checked', 'photographed'];
  if (before.includes(sample.status) && sample.dueAt) {
    const left = calendarDaysBetween(parseDay(sample.dueAt), today);
    if (left < 0) return { reason: 'overdue', days: -left };
    if (left <= days) return { reason: 'due-soon', days: left };
  }
  return null;
}
