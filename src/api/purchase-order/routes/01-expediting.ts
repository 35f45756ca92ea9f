import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/**
 * The chasing list. The file name sorts before the core router so that
 * `/purchase-orders/expediting` is not taken for a document id.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/purchase-orders/expediting',
      handler: 'expediting.list',
      config: readsAs(UID.purchaseOrder),
    },
  ],
};
