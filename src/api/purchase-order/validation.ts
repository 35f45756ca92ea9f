import { yup } from '@strapi/utils';

/** The request bodies and queries of this type's custom endpoints, shared by the content API and the admin plugin. */

export const query = yup.object({ days: yup.number().integer().min(0).max(90).default(7) });
