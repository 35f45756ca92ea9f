import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/** The order's paperwork as files (单证): `packing-list-final.pdf`, `packing-list-simulated.xlsx`, … */
export default {
  routes: [
    {
      method: 'GET',
      path: '/orders/:documentId/documents/:file',
      handler: 'order-documents.download',
      config: readsAs(UID.order),
    },
  ],
};
