import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/** The order's paperwork as files (单证): `production-notice.pdf`, `packing-list-final.xlsx`, `shipping-marks.pdf`, … */
export default {
  routes: [
    {
      method: 'GET',
      path: '/orders/:documentId/documents',
      handler: 'order-documents.list',
      config: readsAs(UID.order),
    },
    {
      method: 'GET',
      path: '/orders/:documentId/documents/:file',
      handler: 'order-documents.download',
      config: readsAs(UID.order),
    },
  ],
};
