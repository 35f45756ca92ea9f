import { UID } from '../../../platform/constants';
import { readsAs } from '../../../platform/http/read-scope';

/** A customer's inspection severity (ISO 2859-1 switching rules) and the lots behind it. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/customers/:documentId/inspection-severity',
      handler: 'inspection-severity.find',
      config: readsAs(UID.customer),
    },
  ],
};
