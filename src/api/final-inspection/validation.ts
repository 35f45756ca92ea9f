import { yup } from '@strapi/utils';
import { INSPECTION_LEVELS, isAql, SEVERITIES } from '../../modules/quality/domain/aql';

/** The request bodies and queries of this type's custom endpoints, shared by the content API and the admin plugin. */

const AQL_MESSAGE = '${path} must be one of the ISO 2859-1 AQL columns 0.010 … 1000';
const aqlValue = (zeroAllowed = false) =>
  yup
    .number()
    .strict()
    .test('aql', AQL_MESSAGE, (value) => value === undefined || isAql(value) || (zeroAllowed && value === 0));

export const body = yup
  .object({
    data: yup
      .object({
        lotSize: yup.number().strict().integer().min(2).max(100_000_000).required(),
        level: yup.string().oneOf([...INSPECTION_LEVELS]),
        aql: aqlValue(),
        aqls: yup
          .object({ critical: aqlValue(true), major: aqlValue(), minor: aqlValue() })
          .noUnknown()
          .default(undefined),
        severity: yup.string().oneOf([...SEVERITIES]),
        customer: yup.string().strict().max(64),
      })
      .noUnknown()
      .test('one-aql', 'give data.aql (one plan) or data.aqls (a plan per defect class)', (data) =>
        Boolean(data && (data.aql === undefined) !== (data.aqls === undefined))
      )
      .required(),
  })
  .required();
