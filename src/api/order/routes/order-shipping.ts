import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/** Shipment tolerance (短溢装), the simulated packing list (模拟箱单) and the reconciliation (对账) of one order. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/orders/:documentId/tolerance',
      handler: 'order-shipping.tolerance',
      config: readsAs(UID.order),
    },
    { method: 'POST', path: '/orders/:documentId/packing-lists/simulate', handler: 'order-shipping.simulate' },
    {
      method: 'GET',
      path: '/orders/:documentId/reconciliation',
      handler: 'order-shipping.reconciliation',
      config: readsAs(UID.order),
    },
  ],
};
