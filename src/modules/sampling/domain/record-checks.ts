import { violation, type Violation } from '../../../platform/domain/violation';

export interface SampleParties {
  /** The customer the sample is for: its own, else its style's or its order's. */
  customerId: number | null;
  styleCustomerId: number | null;
  orderCustomerId: number | null;
  requestedAt: string | null;
  dueAt: string | null;
}

/** A sample (样品) is for one customer, whose style and order it names; it is due after it is requested. */
export function checkSample(facts: SampleParties): Violation[] {
  const found: Violation[] = [];
  if (!facts.customerId) {
    found.push(
      violation(
        ['customer'],
        'customer-required',
        'customer is required (or a style / order of the customer)',
        '必须指定客户(或该客户的款式/订单)'
      )
    );
  }
  if (facts.styleCustomerId && facts.customerId && facts.styleCustomerId !== facts.customerId) {
    found.push(
      violation(['style'], 'style-of-customer', "style must belong to the sample's customer", '款式须属于样品的客户')
    );
  }
  if (facts.orderCustomerId && facts.customerId && facts.orderCustomerId !== facts.customerId) {
    found.push(
      violation(['order'], 'order-of-customer', "order must belong to the sample's customer", '订单须属于样品的客户')
    );
  }
  if (facts.dueAt && facts.requestedAt && facts.dueAt < facts.requestedAt) {
    found.push(
      violation(['dueAt'], 'due-after-request', 'dueAt cannot be before requestedAt', '要求完成日期不能早于申请日期')
    );
  }
  return found;
}
