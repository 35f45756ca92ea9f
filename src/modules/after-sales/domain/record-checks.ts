import { violation, type Violation } from '../../../platform/domain/violation';

/** A complaint (客诉) is about an order, or at least a customer — the order's customer when both are given. */
export function checkComplaintParties(facts: {
  hasOrder: boolean;
  orderCustomerId: number | null;
  customerId: number | null;
}): Violation[] {
  const found: Violation[] = [];
  if (!facts.hasOrder && !facts.customerId) {
    found.push(
      violation(
        ['order'],
        'order-required',
        'a complaint is about an order (or at least a customer)',
        '客诉须关联订单(至少关联客户)'
      )
    );
  }
  if (facts.orderCustomerId && facts.customerId && facts.orderCustomerId !== facts.customerId) {
    found.push(
      violation(['customer'], 'customer-of-order', "customer must be the order's customer", '客户须为该订单的客户')
    );
  }
  return found;
}
