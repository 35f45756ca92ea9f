import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/** A customer's figures for a period (sales reports). */
export default {
  routes: [
    {
      method: 'GET',
      path: '/customers/:documentId/summary',
      handler: 'summary.summary',
      config: readsAs(UID.customer),
    },
  ],
};
