import { violation, type Violation } from '../../../platform/domain/violation';

export type ComplaintStatus = 'open' | 'in-progress' | 'closed';
export type Resolution = 'repair-and-reship' | 'remake' | 'discount' | 'accepted' | 'rejected';

export interface ComplaintFacts {
  status: ComplaintStatus;
  rootCause: string | null;
  countermeasure: string | null;
  prevention: string | null;
  resolution: Resolution | null;
  amount: number | null;
  discountPct: number | null;
}

const filled = (value: string | null) => !!value?.trim();

/**
 * After-sales (售后): a complaint closes only once its cause is found, the
 * countermeasure taken and the resolution decided (seed: find the cause, act,
 * prevent recurrence); a discount says how much.
 */
export function checkComplaint(complaint: ComplaintFacts): Violation[] {
  const found: Violation[] = [];
  if (complaint.status === 'closed') {
    if (!filled(complaint.rootCause))
      found.push(
        violation(
          ['rootCause'],
          'close-needs-cause',
          'a complaint closes only with its root cause',
          '客诉须有原因分析才能结案'
        )
      );
    if (!filled(complaint.countermeasure)) {
      found.push(
        violation(
          ['countermeasure'],
          'close-needs-countermeasure',
          'a complaint closes only with its countermeasure',
          '客诉须有对策才能结案'
        )
      );
    }
    if (!complaint.resolution)
      found.push(
        violation(
          ['resolution'],
          'close-needs-resolution',
          'a complaint closes only with its resolution',
          '客诉须确定处理方式才能结案'
        )
      );
  }
  if (complaint.resolution === 'discount' && !(complaint.discountPct || complaint.amount)) {
    found.push(
      violation(
        ['discountPct'],
        'discount-amount',
        'a discount needs discountPct or amount',
        '折扣处理须填写折扣%(discountPct)或金额(amount)'
      )
    );
  }
  return found;
}
