import { yup } from '@strapi/utils';
import { calendarDate } from '../../platform/http/dates';
import { FEEDBACK_DECISIONS } from '../../modules/sampling/domain/feedback';
import { SAMPLE_STATUSES } from '../../modules/sampling/domain/sample-flow';

/** The request bodies and queries of this type's custom endpoints, shared by the content API and the admin plugin. */

export const moveBody = yup
  .object({
    data: yup
      .object({
        to: yup
          .string()
          .oneOf([...SAMPLE_STATUSES])
          .required(),
        date: calendarDate(),
        expectedStatus: yup.string().oneOf([...SAMPLE_STATUSES]),
      })
      .noUnknown()
      .required(),
  })
  .required();

export const feedbackBody = yup
  .object({
    data: yup
      .object({
        decision: yup
          .string()
          .oneOf([...FEEDBACK_DECISIONS])
          .required(),
        comments: yup.string().strict().nullable().max(4000),
        expectedStatus: yup.string().oneOf([...SAMPLE_STATUSES]),
      })
      .noUnknown()
      .required(),
  })
  .required();

export const followUpQuery = yup.object({ days: yup.number().integer().min(0).max(90).default(7) });
