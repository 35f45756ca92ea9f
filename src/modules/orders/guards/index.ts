import { UID } from '../../../platform/constants';
import type { GuardMap } from '../../../platform/invariants/guard';
import { orderGuard } from './order';
import { orderLineGuard } from './order-line';

/** The order header and its colour/size lines. */
export const orderGuards: GuardMap = {
  [UID.order]: orderGuard,
  [UID.orderLine]: orderLineGuard,
};
