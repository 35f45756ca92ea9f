import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/** Order changes (修改定单): the revisions of an order, and the re-issue of its documents. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/orders/:documentId/revisions',
      handler: 'order-changes.revisions',
      config: readsAs(UID.order),
    },
    { method: 'POST', path: '/orders/:documentId/documents/reissue', handler: 'order-changes.reissue' },
  ],
};
