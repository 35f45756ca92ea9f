import { yup } from '@strapi/utils';
import { calendarDate as date } from '../../platform/http/dates';

/** The request bodies and queries of this type's custom endpoints, shared by the content API and the admin plugin. */

export const query = yup.object({ from: date(), to: date() });
