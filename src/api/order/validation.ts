import { yup } from '@strapi/utils';

/** The request bodies and queries of this type's custom endpoints, shared by the content API and the admin plugin. */

const positive = () => yup.number().strict().moreThan(0).required();

export const toleranceQuery = yup.object({ shipped: yup.number().integer().min(0) });

export const simulateBody = yup
  .object({
    data: yup
      .object({
        packType: yup.string().oneOf(['solid', 'ratio']).required(),
        piecesPerCarton: yup.number().strict().integer().min(1).max(1000).required(),
        carton: yup.object({ lengthCm: positive(), widthCm: positive(), heightCm: positive() }).noUnknown().required(),
        pieceWeightKg: positive(),
        cartonWeightKg: yup.number().strict().min(0),
        // size → pieces per set; the pieces and sizes are checked against the order (checkSimulationRequest)
        ratio: yup.object().default(undefined),
        ratios: yup.object().default(undefined),
      })
      .noUnknown()
      .required(),
  })
  .required();

export const reissueBody = yup
  .object({
    data: yup
      .object({ kind: yup.string().oneOf(['production-notice', 'production-permit']).required() })
      .noUnknown()
      .required(),
  })
  .required();

/** The payload's shape; the trade rules (scale, uniqueness, quantities) are checked by the domain. */
export const replaceBody = yup
  .object({
    data: yup
      .array()
      .of(
        yup
          .object({
            colour: yup.string().strict().required(),
            size: yup.string().strict().required(),
            quantity: yup.number().strict().required(),
          })
          .noUnknown()
      )
      .required(),
    /** Why the breakdown changes; required once the order is past received (a revision). */
    reason: yup.string().strict().max(2000),
  })
  .required();

export const transitionBody = yup
  .object({
    data: yup
      .object({
        to: yup.string().strict().trim().required(),
        comment: yup.string().strict().nullable().max(2000),
        expectedStage: yup.string().strict().nullable(),
      })
      .noUnknown()
      .required(),
  })
  .required();

export const signoffBody = yup
  .object({
    data: yup
      .object({
        stage: yup.string().strict().required(),
        department: yup.string().strict().required(),
        decision: yup.string().oneOf(['approved', 'rejected']).required(),
        comment: yup.string().strict().nullable().max(2000),
      })
      .noUnknown()
      .required(),
  })
  .required();

export const waiverBody = yup
  .object({
    data: yup
      .object({
        rule: yup.string().strict().trim().required().max(60),
        reason: yup.string().strict().trim().required().max(2000),
      })
      .noUnknown()
      .required(),
  })
  .required();
