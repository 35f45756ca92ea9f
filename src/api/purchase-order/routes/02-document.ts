import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/** The purchase order as the supplier receives it (采购单), as a PDF; a supplier portal downloads its own. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/purchase-orders/:documentId/document.pdf',
      handler: 'purchase-order-document.download',
      config: readsAs(UID.purchaseOrder),
    },
  ],
};
