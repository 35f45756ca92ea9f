import { yup } from '@strapi/utils';

/** The request bodies and queries of this type's custom endpoints, shared by the content API and the admin plugin. */

export const body = yup
  .object({
    data: yup
      .object({ reason: yup.string().strict().max(2000) })
      .noUnknown()
      .default({}),
  })
  .noUnknown();
