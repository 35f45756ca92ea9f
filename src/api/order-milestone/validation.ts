import { yup } from '@strapi/utils';
import { calendarDate as date } from '../../platform/http/dates';

/** The request bodies and queries of this type's custom endpoints, shared by the content API and the admin plugin. */

export const overviewQuery = yup
  .object({
    from: date(),
    to: date(),
    merchandiser: yup.number().integer().min(1),
    customer: yup.string().max(40),
    page: yup.number().integer().min(1).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(25),
  })
  .noUnknown()
  .test('window', 'from must not be after to', (value) => !value.from || !value.to || value.from <= value.to);
