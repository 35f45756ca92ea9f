import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorPaths, errorRules, http } from '../helpers/http';
import { makeLine, report } from '../helpers/production';
import { readyToShip } from '../helpers/shipping';
import { startApp, type TestApp } from '../helpers/strapi';
import { advance, day, makeReadyOrder, move, signoff, workflowOf } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const ORDER = 'api::order.order';
const HISTORY = 'api::order-history.order-history';
const stored = (documentId: string) =>
  app.strapi.db
    .query(ORDER)
    .findOne({ where: { documentId }, select: ['stage', 'heldStage', 'stageDates'] }) as Promise<{
    stage: string;
    heldStage: string | null;
    stageDates: Record<string, string>;
  }>;
const historyOf = (documentId: string) =>
  app.strapi.db
    .query(HISTORY)
    .findMany({ where: { order: { documentId } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }) as Promise<
    Array<Record<string, unknown>>
  >;
const failureRules = (body: { error?: { details?: { failures?: Array<{ rule: string }> } } }) =>
  (body.error?.details?.failures ?? []).map((f) => f.rule);

describe('a new order', () => {
  it('starts at received, with its entry date and a history row naming the creator', async () => {
    const { order } = await makeReadyOrder(app);
    expect(order.stage).toBe('received');
    const state = await stored(order.documentId);
    expect(Object.keys(state.stageDates)).toEqual(['received']);
    const history = await historyOf(order.documentId);
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'created',
        toStage: 'received',
        actorType: 'api-token',
        actorName: expect.stringMatching(/^tests-/),
      }),
    ]);
  });
});

describe('GET /api/orders/:documentId/workflow', () => {
  it('shows the stage, every move and exactly which rules block it', async () => {
    const { order } = await makeReadyOrder(app, { materialIssueDate: null });
    const workflow = await workflowOf(app, order.documentId);
    expect(workflow.stage).toMatchObject({ key: 'received', name: 'PO received', nameZh: '接单' });
    expect(workflow.transitions.map((t: { type: string; to: string }) => `${t.type}:${t.to}`)).toEqual([
      'forward:notice-issued',
      'hold:on-hold',
      'cancel:cancelled',
    ]);
    const forward = workflow.transitions[0];
    expect(forward.allowed).toBe(false);
    expect(forward.failures.map((f: { rule: string }) => f.rule)).toEqual([
      'required-fields',
      'notice-lead-time',
      'signoffs-complete',
    ]);
    expect(forward.failures[0].message).toBe('required fields are empty: materialIssueDate');
    expect(forward.failures[0].messageZh).toBe('以下必填字段未填写:materialIssueDate');
    expect(forward.signoffs).toEqual([{ department: 'planning', decision: null }]);
    expect(workflow.transitions[2]).toMatchObject({ commentRequired: true, allowed: true });
    expect(workflow.stages.find((s: { key: string }) => s.key === 'washing')).toMatchObject({
      optional: true,
      applies: false,
    });
    expect(workflow.history).toHaveLength(1);
    // An integrator's full-access token signs for every department (the same authority the sign-off checks).
    const departments = (await app.strapi.db.query('api::department.department').findMany({
      select: ['key'],
      orderBy: { key: 'asc' },
    })) as Array<{ key: string }>;
    expect(workflow.signable).toEqual(departments.map((department) => department.key));
    expect(workflow.signable).toContain('planning');
  });

  it('answers 404 for an unknown order', async () => {
    expect((await http(app).get('/api/orders/nosuchorder000000000000/workflow')).status).toBe(404);
  });
});

describe('POST /api/orders/:documentId/transitions', () => {
  it('takes an order from received to completed, skipping stages that do not apply', async () => {
    const { order } = await makeReadyOrder(app, { requiresWashing: true });
    const line = await makeLine(app);
    expect(
      (await report(app, { order: order.documentId, line: line.documentId, operation: 'packing', goodQty: 300 })).status
    ).toBe(201);
    await readyToShip(app, order.documentId, [
      { colour: 'Navy', size: 'S', quantity: 100 },
      { colour: 'Navy', size: 'M', quantity: 200 },
    ]);
    const visited: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const workflow = await workflowOf(app, order.documentId);
      if (workflow.stage.key === 'completed') break;
      visited.push(await advance(app, order.documentId));
    }
    expect(visited).toEqual([
      'notice-issued',
      'materials-in-house',
      'permit-granted',
      'materials-issued',
      'in-production',
      'washing',
      'packing',
      'booked',
      'final-inspection',
      'shipped',
      'completed',
    ]);
    const state = await stored(order.documentId);
    expect(state.stage).toBe('completed');
    expect(Object.keys(state.stageDates).sort()).toEqual(['received', ...visited].sort());
    const transitions = (await historyOf(order.documentId)).filter((row) => row.kind === 'transition');
    expect(transitions.map((row) => `${row.fromStage}>${row.toStage}`)).toHaveLength(11);
    expect((await workflowOf(app, order.documentId)).transitions).toEqual([]);
  });

  it('moves forward when the rules pass, and answers with the updated order', async () => {
    const { order } = await makeReadyOrder(app);
    await signoff(app, order.documentId, 'notice-issued', 'planning');
    const res = await move(app, order.documentId, 'notice-issued', { expectedStage: 'received' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ documentId: order.documentId, stage: 'notice-issued' });
    expect(res.body.meta.transition).toMatchObject({ from: 'received', to: 'notice-issued', type: 'forward' });
    expect((await stored(order.documentId)).stage).toBe('notice-issued');
  });

  it('refuses with 409 naming every failing rule, and changes nothing', async () => {
    const { order } = await makeReadyOrder(app, { materialIssueDate: null });
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: [] });
    const res = await move(app, order.documentId, 'notice-issued');
    expect(res.status).toBe(409);
    expect(res.body.error.name).toBe('WorkflowError');
    expect(failureRules(res.body)).toEqual([
      'size-breakdown-complete',
      'required-fields',
      'notice-lead-time',
      'signoffs-complete',
    ]);
    expect((await stored(order.documentId)).stage).toBe('received');
    expect(await historyOf(order.documentId)).toHaveLength(1);
  });

  it('refuses a notice issued less than 3 days before the material issue date', async () => {
    const { order } = await makeReadyOrder(app, { materialIssueDate: day(2) });
    await signoff(app, order.documentId, 'notice-issued', 'planning');
    const res = await move(app, order.documentId, 'notice-issued');
    expect(res.status).toBe(409);
    expect(failureRules(res.body)).toEqual(['notice-lead-time']);
    expect(res.body.error.details.failures[0].message).toContain('at least 3 days');
  });

  it('planning may waive a late notice (a past fact), on record; the move then passes', async () => {
    const { order } = await makeReadyOrder(app, { materialIssueDate: day(1) });
    expect((await move(app, order.documentId, 'notice-issued')).status).toBe(409);
    const waived = await http(app).post(`/api/orders/${order.documentId}/waivers`, {
      data: { rule: 'notice-lead-time', reason: 'Buyer confirmed late; materials already in the warehouse' },
    });
    expect(waived.status).toBe(201);
    expect(waived.body.data).toMatchObject({ department: 'planning', waived: expect.stringContaining('only 1 left') });
    await signoff(app, order.documentId, 'notice-issued', 'planning');
    const moved = await move(app, order.documentId, 'notice-issued');
    expect(moved.status).toBe(200);
    const workflow = (await http(app).get(`/api/orders/${order.documentId}/workflow`)).body.data;
    expect(workflow.waivers).toEqual([expect.objectContaining({ rule: 'notice-lead-time', department: 'planning' })]);
    expect(workflow.history.map((h: { kind: string }) => h.kind)).toContain('waiver');
  });

  it('refuses an illegal move with 409', async () => {
    const { order } = await makeReadyOrder(app);
    const res = await move(app, order.documentId, 'shipped');
    expect(res.status).toBe(409);
    expect(failureRules(res.body)).toEqual(['illegal-transition']);
    expect(res.body.error.message).toBe(
      'cannot move from received to shipped; allowed: notice-issued, on-hold, cancelled'
    );
  });

  it('refuses a stale expectedStage with 409', async () => {
    const { order } = await makeReadyOrder(app);
    const res = await move(app, order.documentId, 'on-hold', { expectedStage: 'notice-issued' });
    expect(res.status).toBe(409);
    expect(failureRules(res.body)).toEqual(['stale-stage']);
    expect((await stored(order.documentId)).stage).toBe('received');
  });

  it.each([
    [{ data: {} }, 'data.to'],
    [{ data: { to: 'notice-issued', colour: 'red' } }, 'data'],
    [{ data: { to: 42 } }, 'data.to'],
    [{ to: 'notice-issued' }, 'data'],
  ])('refuses a malformed payload %j with 400', async (body, path) => {
    const { order } = await makeReadyOrder(app);
    const res = await http(app).post(`/api/orders/${order.documentId}/transitions`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(errorPaths(res.body)).toContain(path);
  });

  it('refuses an unknown stage with 400, and an unknown order with 404', async () => {
    const { order } = await makeReadyOrder(app);
    const res = await move(app, order.documentId, 'teleported');
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['data.to']);
    expect(errorRules(res.body)).toEqual(['unknown-stage']);
    expect((await move(app, 'nosuchorder000000000000', 'notice-issued')).status).toBe(404);
  });

  it('goes back one stage only with a comment', async () => {
    const { order } = await makeReadyOrder(app);
    await advance(app, order.documentId);
    const bare = await move(app, order.documentId, 'received');
    expect(bare.status).toBe(409);
    expect(failureRules(bare.body)).toEqual(['comment-required']);
    const back = await move(app, order.documentId, 'received', { comment: 'buyer revised the size breakdown' });
    expect(back.status).toBe(200);
    const last = (await historyOf(order.documentId)).at(-1);
    expect(last).toMatchObject({
      kind: 'transition',
      fromStage: 'notice-issued',
      toStage: 'received',
      comment: 'buyer revised the size breakdown',
    });
  });

  it('holds and resumes to the held stage', async () => {
    const { order } = await makeReadyOrder(app);
    await advance(app, order.documentId);
    expect((await move(app, order.documentId, 'on-hold', { comment: 'waiting for the buyer' })).status).toBe(200);
    expect(await stored(order.documentId)).toMatchObject({ stage: 'on-hold', heldStage: 'notice-issued' });
    const held = await workflowOf(app, order.documentId);
    expect(held.transitions.map((t: { type: string; to: string }) => `${t.type}:${t.to}`)).toEqual([
      'resume:notice-issued',
      'cancel:cancelled',
    ]);
    expect((await move(app, order.documentId, 'notice-issued')).status).toBe(200);
    expect(await stored(order.documentId)).toMatchObject({ stage: 'notice-issued', heldStage: null });
  });

  it('cancels with a comment, and a cancelled order moves no more', async () => {
    const { order } = await makeReadyOrder(app);
    expect(failureRules((await move(app, order.documentId, 'cancelled')).body)).toEqual(['comment-required']);
    expect((await move(app, order.documentId, 'cancelled', { comment: 'PO withdrawn' })).status).toBe(200);
    const after = await move(app, order.documentId, 'notice-issued');
    expect(after.status).toBe(409);
    expect(failureRules(after.body)).toEqual(['illegal-transition']);
  });

  it('100 parallel requests for one move: exactly one 200, 99 × 409, one history row', async () => {
    const { order } = await makeReadyOrder(app);
    const attempts = await Promise.all(
      Array.from({ length: 100 }, () => move(app, order.documentId, 'on-hold', { comment: 'parallel' }))
    );
    const statuses = attempts.map((res) => res.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(99);
    for (const res of attempts.filter((r) => r.status === 409)) expect(res.body.error.name).toBe('WorkflowError');
    const transitions = (await historyOf(order.documentId)).filter((row) => row.kind === 'transition');
    expect(transitions).toHaveLength(1);
    expect((await stored(order.documentId)).stage).toBe('on-hold');
  });
});

describe('the stage is written only by transitions', () => {
  it('PUT /api/orders/:documentId refuses a stage change with 400 pointing to the endpoint', async () => {
    const { order } = await makeReadyOrder(app);
    const res = await http(app).put(`/api/orders/${order.documentId}`, { data: { stage: 'shipped', season: 'SS29' } });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['stage']);
    expect(res.body.error.message).toContain('POST /api/orders/:documentId/transitions');
    expect((await stored(order.documentId)).stage).toBe('received');
  });

  it('accepts the unchanged stage sent back with other fields (as the admin form does)', async () => {
    const { order } = await makeReadyOrder(app);
    const state = await stored(order.documentId);
    const res = await http(app).put(`/api/orders/${order.documentId}`, {
      data: { stage: 'received', stageDates: state.stageDates, heldStage: null, season: 'SS29' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ season: 'SS29', stage: 'received' });
  });

  it('the Document Service and a create with another stage are refused too', async () => {
    const { order, customer, style } = await makeReadyOrder(app);
    await expect(
      app.strapi.documents(ORDER).update({ documentId: order.documentId, data: { heldStage: 'packing' } as never })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    const res = await http(app).post('/api/orders', {
      data: {
        poNumber: 'SKIP-1',
        customer: customer.documentId,
        style: style.documentId,
        fobPrice: 1,
        orderDate: '2026-01-01',
        exFactoryDate: '2026-03-01',
        stage: 'shipped',
      },
    });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['stage-by-transition']);
  });
});

describe('POST /api/orders/:documentId/signoffs', () => {
  it('records a decision with its history row (201)', async () => {
    const { order } = await makeReadyOrder(app);
    const res = await signoff(app, order.documentId, 'notice-issued', 'planning', 'approved', 'plan checked');
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      stage: 'notice-issued',
      department: 'planning',
      decision: 'approved',
      comment: 'plan checked',
      actorType: 'api-token',
    });
    const rows = await app.strapi.db
      .query('api::signoff.signoff')
      .count({ where: { order: { documentId: order.documentId } } });
    expect(rows).toBe(1);
    expect((await historyOf(order.documentId)).at(-1)).toMatchObject({
      kind: 'signoff',
      stage: 'notice-issued',
      department: 'planning',
      decision: 'approved',
    });
  });

  it('a later rejection blocks the move again', async () => {
    const { order } = await makeReadyOrder(app);
    await signoff(app, order.documentId, 'notice-issued', 'planning');
    await signoff(app, order.documentId, 'notice-issued', 'planning', 'rejected', 'ex-factory date not confirmed');
    const res = await move(app, order.documentId, 'notice-issued');
    expect(res.status).toBe(409);
    expect(res.body.error.details.failures).toEqual([
      expect.objectContaining({
        rule: 'signoffs-complete',
        message: 'sign-offs missing for notice-issued: planning (rejected by planning)',
      }),
    ]);
  });

  it.each([
    [{ stage: 'nowhere', department: 'planning', decision: 'approved' }, 'data.stage', 'unknown-stage'],
    [
      { stage: 'notice-issued', department: 'marketing', decision: 'approved' },
      'data.department',
      'unknown-department',
    ],
    [{ stage: 'notice-issued', department: 'qc', decision: 'approved' }, 'data.department', 'department-not-required'],
    [{ stage: 'notice-issued', department: 'planning', decision: 'rejected' }, 'data.comment', 'comment-required'],
    [{ stage: 'notice-issued', department: 'planning', decision: 'maybe' }, 'data.decision', undefined],
  ])('refuses %j with 400', async (data, path, rule) => {
    const { order } = await makeReadyOrder(app);
    const res = await http(app).post(`/api/orders/${order.documentId}/signoffs`, { data });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain(path);
    if (rule) expect(errorRules(res.body)).toContain(rule);
    expect(
      await app.strapi.db.query('api::signoff.signoff').count({ where: { order: { documentId: order.documentId } } })
    ).toBe(0);
  });

  it('an admin user signs only for the departments whose role they hold (super admin: any)', async () => {
    const { order } = await makeReadyOrder(app);
    const service = app.strapi.service('api::order.order-workflow') as {
      signoff: (id: string, input: object, actor: object) => Promise<unknown>;
    };
    const input = { stage: 'notice-issued', department: 'planning', decision: 'approved' };
    const admin = (roleCodes: string[]) => ({ type: 'admin', id: '7', name: 'Li Wei', roleCodes });
    await expect(service.signoff(order.documentId, input, admin(['gendan-dept-qc']))).rejects.toMatchObject({
      name: 'PolicyError',
      message: "Li Wei does not hold the planning department's role",
    });
    await expect(service.signoff(order.documentId, input, admin(['gendan-dept-planning']))).resolves.toMatchObject({
      actorName: 'Li Wei',
    });
    await expect(service.signoff(order.documentId, input, admin(['strapi-super-admin']))).resolves.toMatchObject({
      decision: 'approved',
    });
    await expect(
      service.signoff(order.documentId, input, { type: 'user', id: '3', name: 'portal' })
    ).rejects.toMatchObject({ name: 'PolicyError' });
  });

  it('the departments exist as admin roles', async () => {
    const roles = (await app.strapi.db
      .query('admin::role')
      .findMany({ where: { code: { $startsWith: 'gendan-dept-' } } })) as Array<{ name: string }>;
    expect(roles.map((r) => r.name)).toEqual(
      expect.arrayContaining(['贸易部 Trade', '计划 Planning', '质检 QC', '财务 Finance'])
    );
    expect(roles).toHaveLength(10);
  });
});

describe('history and sign-offs are append-only', () => {
  it('are readable but have no write routes', async () => {
    const { order } = await makeReadyOrder(app);
    const list = await http(app).get(`/api/order-histories?filters[order][documentId][$eq]=${order.documentId}`);
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    const id = list.body.data[0].documentId;
    expect((await http(app).post('/api/order-histories', { data: { kind: 'created' } })).status).toBe(405);
    expect([404, 405]).toContain(
      (await http(app).put(`/api/order-histories/${id}`, { data: { comment: 'x' } })).status
    );
    expect([404, 405]).toContain((await http(app).delete(`/api/order-histories/${id}`)).status);
    expect((await http(app).post('/api/signoffs', { data: {} })).status).toBe(405);
  });

  it('the Document Service refuses to write them', async () => {
    const { order } = await makeReadyOrder(app);
    const [row] = await historyOf(order.documentId);
    await expect(
      app.strapi
        .documents(HISTORY)
        .update({ documentId: row.documentId as string, data: { comment: 'rewritten' } as never })
    ).rejects.toMatchObject({ name: 'PolicyError' });
    await expect(app.strapi.documents(HISTORY).delete({ documentId: row.documentId as string })).rejects.toMatchObject({
      name: 'PolicyError',
    });
    await expect(
      app.strapi.documents(HISTORY).create({ data: { kind: 'created', actorType: 'system', at: new Date() } as never })
    ).rejects.toMatchObject({ name: 'PolicyError' });
    expect(await historyOf(order.documentId)).toHaveLength(1);
  });
});

describe('administrators configure stages without restart, safely', () => {
  const stageByKey = async (key: string) =>
    (await http(app).get(`/api/workflow-stages?filters[key][$eq]=${key}&populate=*`)).body.data[0];

  it('a rule added to a stage applies on the next request', async () => {
    const { order } = await makeReadyOrder(app);
    const stage = await stageByKey('notice-issued');
    const rules = stage.rules.map((r: { rule: string; params: unknown }) => ({ rule: r.rule, params: r.params }));
    const res = await http(app).put(`/api/workflow-stages/${stage.documentId}`, {
      data: { rules: [...rules, { rule: 'required-fields', params: { fields: ['season'] } }] },
    });
    expect(res.status).toBe(200);
    const workflow = await workflowOf(app, order.documentId);
    expect(workflow.transitions[0].failures.map((f: { message: string }) => f.message)).toContain(
      'required fields are empty: season'
    );
    await http(app).put(`/api/workflow-stages/${stage.documentId}`, { data: { rules } });
  });

  it.each([
    [{ rules: [{ rule: 'moon-phase', params: {} }] }, 'rules.0.rule', undefined],
    [{ rules: [{ rule: 'notice-lead-time', params: { days: -1 } }] }, 'rules.0.params', 'rule-params'],
    [{ rules: [{ rule: 'required-fields', params: { fields: ['colourway'] } }] }, 'rules.0.params', 'unknown-field'],
    [{ key: 'packing' }, 'key', undefined],
    [{ key: 'Final Inspection' }, 'key', undefined],
    [{ optional: true, appliesWhen: 'season' }, 'appliesWhen', 'applies-when-field'],
  ])('refuses %j with 400 and keeps the stage', async (data, path, rule) => {
    const stage = await stageByKey('booked');
    const res = await http(app).put(`/api/workflow-stages/${stage.documentId}`, { data });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain(path);
    if (rule) expect(errorRules(res.body)).toContain(rule);
    expect(await stageByKey('booked')).toMatchObject({ key: 'booked', optional: false });
  });

  it('refuses a second hold stage', async () => {
    const res = await http(app).post('/api/workflow-stages', {
      data: { key: 'paused', name: 'Paused', nameZh: '暂停2', position: 950, kind: 'hold' },
    });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['single-hold-stage']);
  });

  it('refuses deleting or renaming a stage that orders are in', async () => {
    await makeReadyOrder(app);
    const received = await stageByKey('received');
    const del = await http(app).delete(`/api/workflow-stages/${received.documentId}`);
    expect(del.status).toBe(400);
    expect(errorRules(del.body)).toEqual(['stage-in-use']);
    const rename = await http(app).put(`/api/workflow-stages/${received.documentId}`, { data: { key: 'po-received' } });
    expect(rename.status).toBe(400);
    expect(await stageByKey('received')).toBeDefined();
  });

  it('adds a new stage, which orders then pass through', async () => {
    const res = await http(app).post('/api/workflow-stages', {
      data: { key: 'pp-meeting', name: 'PP meeting', nameZh: '产前会', position: 55 },
    });
    expect(res.status).toBe(201);
    const { order } = await makeReadyOrder(app);
    const visited: string[] = [];
    for (let i = 0; i < 5; i += 1) visited.push(await advance(app, order.documentId));
    expect(visited).toEqual([
      'notice-issued',
      'materials-in-house',
      'permit-granted',
      'materials-issued',
      'pp-meeting',
    ]);
    expect((await http(app).delete(`/api/workflow-stages/${res.body.data.documentId}`)).status).toBe(400);
  });
});

describe('webhooks', () => {
  let server: Server;
  const received: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('announce every stage change as order.stage.changed', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const store = app.strapi.get('webhookStore') as { createWebhook: (w: object) => Promise<object> };
    const webhook = await store.createWebhook({
      name: 'erp',
      url,
      headers: {},
      events: ['order.stage.changed'],
      isEnabled: true,
    });
    (app.strapi.get('webhookRunner') as { add: (w: object) => void }).add(webhook);

    const { order } = await makeReadyOrder(app);
    expect((await move(app, order.documentId, 'on-hold')).status).toBe(200);
    for (let i = 0; i < 50 && received.length === 0; i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(received[0]).toMatchObject({
      event: 'order.stage.changed',
      entry: { documentId: order.documentId, stage: 'on-hold' },
      transition: { from: 'received', to: 'on-hold', type: 'hold' },
    });
  });
});
