import { addDays, format } from 'date-fns';
import { makeOrder } from './fixtures';
import { http } from './http';
import type { TestApp } from './strapi';

export const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/** An order ready for its production notice: lines, and a material issue date 10 days out. */
export async function makeReadyOrder(
  app: TestApp,
  data: Record<string, unknown> = {},
  customer: Record<string, unknown> = {}
) {
  // CMT (加工单) unless a test says otherwise: these orders have no consumption sheet, and the
  // materials rules are exercised by the orders of tests/api/materials.test.ts, which have one.
  const made = await makeOrder(
    app,
    {
      orderDate: day(0),
      materialIssueDate: day(10),
      exFactoryDate: day(60),
      orderType: 'cmt',
      ...data,
    },
    customer
  );
  const lines = await http(app).put(`/api/orders/${made.order.documentId}/lines`, {
    data: [
      { colour: 'Navy', size: 'S', quantity: 100 },
      { colour: 'Navy', size: 'M', quantity: 200 },
    ],
  });
  if (lines.status !== 200) throw new Error(`lines: ${lines.status} ${JSON.stringify(lines.body)}`);
  return made;
}

export const workflowOf = async (app: TestApp, orderId: string) => {
  const res = await http(app).get(`/api/orders/${orderId}/workflow`);
  if (res.status !== 200) throw new Error(`workflow: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
};

export const move = (app: TestApp, orderId: string, to: string, extra: Record<string, unknown> = {}) =>
  http(app).post(`/api/orders/${orderId}/transitions`, { data: { to, ...extra } });

export const signoff = (
  app: TestApp,
  orderId: string,
  stage: string,
  department: string,
  decision = 'approved',
  comment?: string
) => http(app).post(`/api/orders/${orderId}/signoffs`, { data: { stage, department, decision, comment } });

/** Approves every sign-off the next forward stage needs, then moves there. */
export async function advance(app: TestApp, orderId: string) {
  const workflow = await workflowOf(app, orderId);
  const forward = workflow.transitions.find((t: { type: string }) => t.type === 'forward');
  if (!forward) throw new Error(`no forward move from ${workflow.stage?.key}`);
  for (const { department } of forward.signoffs as Array<{ department: string }>) {
    const res = await signoff(app, orderId, forward.to, department);
    if (res.status !== 201)
      throw new Error(`signoff ${forward.to}/${department}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const res = await move(app, orderId, forward.to);
  if (res.status !== 200) throw new Error(`move to ${forward.to}: ${res.status} ${JSON.stringify(res.body)}`);
  return forward.to as string;
}
