import { as, errorPaths, errorRules } from './helpers/client';
import { count } from './helpers/db';
import { makeOrder, makePortalUser, unique } from './helpers/fixtures';
import { createAdmin, worldForFile } from './helpers/world';

/**
 * Finding 1 (high): an Editor re-pointed Department.adminRoleCode in the
 * Content Manager and then signed off for QC. Authority is not editable by
 * the people it constrains; every change of it is a super admin's, audited.
 */
const { w, who, db } = worldForFile();

const CM = '/content-manager/collection-types';
const department = (key: string) =>
  db('departments').where({ key }).first() as Promise<{
    id: number;
    document_id: string;
    admin_role_code: string;
    name: string;
  }>;
const auditRows = (subjectId: string) => db('audit_entries').where({ subject_id: subjectId }).orderBy('id');

describe('sign-off authority cannot be re-pointed by an Editor', () => {
  it("refuses an Editor pointing QC's role at her own department, and she still cannot sign for QC", async () => {
    const qc = await department('qc');
    const res = await who.editor.put(`${CM}/api::department.department/${qc.document_id}`, {
      adminRoleCode: 'gendan-dept-planning',
    });
    expect(res.status).toBe(403);
    expect(errorPaths(res)).toEqual(['adminRoleCode']);
    expect(errorRules(res)).toEqual(['authority']);
    expect(res.body.error.message).toMatch(/super administrator/);
    expect((await department('qc')).admin_role_code).toBe('gendan-dept-qc');

    const { order } = await makeOrder(who.api);
    const signed = await who.editor.post(`/merchandiser/orders/${order.documentId}/signoffs`, {
      data: { stage: 'final-inspection', department: 'qc', decision: 'approved' },
    });
    expect(signed.status).toBe(403);
    expect(signed.body.error.message).toContain("does not hold the qc department's role");
    const rows = await db('signoffs_order_lnk')
      .join('orders', 'orders.id', 'signoffs_order_lnk.order_id')
      .where('orders.document_id', order.documentId);
    expect(rows).toHaveLength(0);
  });

  it('lets an Editor rename a department (no power moves), unaudited', async () => {
    const finance = await department('finance');
    const res = await who.editor.put(`${CM}/api::department.department/${finance.document_id}`, {
      name: 'Finance',
      adminRoleCode: finance.admin_role_code,
    });
    expect(res.status).toBe(200);
    expect(await auditRows(finance.document_id)).toHaveLength(0);
  });

  it('lets a super admin create and re-point a department, with an audit row for each change', async () => {
    const key = unique('dept')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    const created = await who.superAdmin.post(`${CM}/api::department.department`, {
      key,
      name: 'Security test',
      nameZh: '安全测试',
      adminRoleCode: 'gendan-dept-qc',
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    const moved = await who.superAdmin.put(`${CM}/api::department.department/${documentId}`, {
      adminRoleCode: 'gendan-dept-planning',
    });
    expect(moved.status).toBe(200);
    const audit = await auditRows(documentId);
    expect(audit.map((row) => [row.reason, row.action, row.actor_type, row.actor_name])).toEqual([
      ['authority', 'create', 'admin', 'Chen Admin'],
      ['authority', 'update', 'admin', 'Chen Admin'],
    ]);
    const changes = typeof audit[1].changes === 'string' ? JSON.parse(audit[1].changes) : audit[1].changes;
    expect(changes).toEqual({ adminRoleCode: { before: 'gendan-dept-qc', after: 'gendan-dept-planning' } });

    const deleted = await who.editor.delete(`${CM}/api::department.department/${documentId}`);
    expect(deleted.status).toBe(403);
    expect(await db('departments').where({ document_id: documentId }).first()).toBeTruthy();
  });
});

describe("a workflow stage's sign-off list and rules are a super admin's", () => {
  it('refuses an Editor removing QC from the final inspection, and changing its rules', async () => {
    const stage = (await db('workflow_stages').where({ key: 'final-inspection' }).first()) as {
      id: number;
      document_id: string;
    };
    const qc = await department('qc');
    const links = () =>
      db('workflow_stages_required_signoffs_lnk').where({ workflow_stage_id: stage.id }).pluck('department_id');
    const before = await links();
    const res = await who.editor.put(`${CM}/api::workflow-stage.workflow-stage/${stage.document_id}`, {
      requiredSignoffs: { connect: [], disconnect: [{ id: qc.id, documentId: qc.document_id }] },
    });
    expect(res.status).toBe(403);
    expect(errorPaths(res)).toEqual(['requiredSignoffs']);
    expect(await links()).toEqual(before);

    const rules = await who.editor.put(`${CM}/api::workflow-stage.workflow-stage/${stage.document_id}`, {
      rules: [{ rule: 'required-fields', params: { fields: ['style'] } }],
    });
    expect(rules.status).toBe(403);
    expect(errorPaths(rules)).toEqual(['rules']);
  });
});

describe("a portal account's customer link is a super admin's, audited", () => {
  it('refuses an admin who may edit accounts (not a super admin) moving a buyer account to another customer', async () => {
    // Editors cannot edit accounts at all; an "account desk" role may — but not re-point whom an account sees.
    const role = await who.superAdmin.post('/admin/roles', {
      name: unique('Account desk'),
      description: 'edits portal accounts',
    });
    expect(role.status).toBe(201);
    const subject = 'plugin::users-permissions.user';
    const fields = [
      'username',
      'email',
      'provider',
      'password',
      'confirmed',
      'blocked',
      'role',
      'customer',
      'supplier',
    ];
    const granted = await who.superAdmin.put(`/admin/roles/${role.body.data.id}/permissions`, {
      permissions: ['read', 'update'].map((action) => ({
        action: `plugin::content-manager.explorer.${action}`,
        subject,
        properties: { fields },
        conditions: [],
      })),
    });
    expect(granted.status).toBe(200);
    const desk = as(
      w.base,
      (await createAdmin(w.base, w.superAdmin.token, unique('Desk').replace(/[^A-Za-z0-9]/g, ''), [role.body.data.id]))
        .token
    );

    const { customer } = await makeOrder(who.api);
    const { customer: other } = await makeOrder(who.api);
    const account = await makePortalUser(who.superAdmin, 'customer', customer.documentId);
    const user = (await db('up_users').where({ email: account.email }).first()) as { id: number; document_id: string };
    const linked = () =>
      db('up_users_customer_lnk')
        .join('customers', 'customers.id', 'up_users_customer_lnk.customer_id')
        .where({ user_id: user.id })
        .pluck('customers.document_id');
    expect(await linked()).toEqual([customer.documentId]);
    expect((await auditRows(user.document_id)).map((row) => [row.reason, row.action])).toEqual([
      ['authority', 'create'],
    ]);

    const blocked = await desk.put(`${CM}/plugin::users-permissions.user/${user.document_id}`, { blocked: true });
    expect(blocked.status).toBe(200);
    const res = await desk.put(`${CM}/plugin::users-permissions.user/${user.document_id}`, {
      customer: { connect: [{ documentId: other.documentId }], disconnect: [] },
    });
    expect(res.status).toBe(403);
    expect(errorPaths(res)).toEqual(['customer']);
    expect(await linked()).toEqual([customer.documentId]);
  });
});

describe('role types are derived, never sent', () => {
  it('gives a new role a type from its name, never "customer-portal" from the body', async () => {
    const name = `Buyers ${unique('r')}`;
    const res = await who.superAdmin.post('/users-permissions/roles', {
      name,
      description: 'trying to pass as the portal role',
      type: 'customer-portal',
      permissions: {},
    });
    expect(res.status).toBe(200);
    const role = (await db('up_roles').where({ name }).first()) as { type: string };
    expect(role.type).not.toBe('customer-portal');
    expect(await count(db, 'up_roles', { type: 'customer-portal' })).toBe(1);
  });
});
