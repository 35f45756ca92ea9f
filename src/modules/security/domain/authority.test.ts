import { authorityViolations, changedPowerFields, holdsAuthority, powerRuleOf } from './authority';

const department = powerRuleOf('api::department.department')!;
const user = powerRuleOf('plugin::users-permissions.user')!;
const editor = {
  type: 'admin' as const,
  id: '2',
  name: 'Editor',
  roleCodes: ['strapi-editor', 'gendan-dept-planning'],
};
const superAdmin = { type: 'admin' as const, id: '1', name: 'Boss', roleCodes: ['strapi-super-admin'] };

describe('sign-off authority', () => {
  it('is held by super admins, full-access tokens and Gendan itself — not by editors or department members', () => {
    expect(holdsAuthority(superAdmin)).toBe(true);
    expect(holdsAuthority({ type: 'system', id: null, name: 'Gendan' })).toBe(true);
    expect(holdsAuthority({ type: 'api-token', id: '1', name: 't' }, 'full-access')).toBe(true);
    expect(holdsAuthority({ type: 'api-token', id: '1', name: 't' }, 'custom')).toBe(false);
    expect(holdsAuthority(editor)).toBe(false);
    expect(holdsAuthority({ type: 'user', id: '9', name: 'portal' })).toBe(false);
  });

  it("refuses an editor re-pointing QC's role at planning, naming the field", () => {
    const changes = changedPowerFields(
      department,
      { key: 'qc', name: 'QC', adminRoleCode: 'gendan-dept-qc' },
      { key: 'qc', name: 'QC', adminRoleCode: 'gendan-dept-planning' }
    );
    expect(changes).toEqual({ adminRoleCode: { before: 'gendan-dept-qc', after: 'gendan-dept-planning' } });
    const found = authorityViolations(department, 'update', changes, holdsAuthority(editor));
    expect(found.map((v) => [v.path.join('.'), v.rule])).toEqual([['adminRoleCode', 'authority']]);
  });

  it('lets an editor rename a department (no power moves)', () => {
    const changes = changedPowerFields(
      department,
      { key: 'qc', adminRoleCode: 'r' },
      { key: 'qc', adminRoleCode: 'r' }
    );
    expect(authorityViolations(department, 'update', changes, false)).toEqual([]);
  });

  it('makes creating and deleting departments a super-admin act', () => {
    expect(authorityViolations(department, 'create', {}, false)).toHaveLength(1);
    expect(authorityViolations(department, 'delete', {}, false)).toHaveLength(1);
    expect(authorityViolations(department, 'delete', {}, true)).toEqual([]);
  });

  it("guards a portal account's tenant link field by field", () => {
    const changes = changedPowerFields(user, { customer: 'c1', role: 3 }, { customer: 'c2', role: 3 });
    expect(authorityViolations(user, 'create', changes, false).map((v) => v.path.join('.'))).toEqual(['customer']);
  });
});
