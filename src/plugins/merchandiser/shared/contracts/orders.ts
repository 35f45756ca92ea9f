import type { GetWorkflow } from '../../../../modules/workflow/contracts';

/** A department as the workflow panel lists it. */
export interface PanelDepartment {
  key: string;
  name: string;
  nameZh: string;
}

/**
 * GET /merchandiser/orders/:documentId/workflow — the order's workflow as the
 * content API describes it, plus the departments and the ones the signed-in
 * admin may sign for.
 */
export declare namespace GetOrderWorkflow {
  export interface Response {
    data: GetWorkflow.Response['data'] & { departments: PanelDepartment[] };
  }
}
