import { SUPER_ADMIN_ROLE, type Actor } from '../../workflow/domain/actor';
import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * Fields that grant power: who signs for a department, which departments a
 * stage waits for and which rules gate it, which customer or supplier a
 * portal account sees. They must not be editable by the people they
 * constrain: only a super administrator (or a full-access API token, which a
 * super administrator issues) may change them, and every change is audited.
 * Names and descriptions stay editable by everyone who may edit the record.
 */
export interface PowerRule {
  uid: string;
  /** Fields whose change grants or moves authority. */
  fields: readonly string[];
  /** Creating or deleting a record grants or removes authority by itself. */
  wholeRecord: boolean;
  /** What the fields decide, for the error message. */
  decides: string;
  /** The same, in Chinese. */
  decidesZh: string;
}

export const POWER_RULES: readonly PowerRule[] = [
  {
    uid: 'api::department.department',
    fields: ['key', 'adminRoleCode'],
    wholeRecord: true,
    decides: 'which admin role signs for the department',
    decidesZh: '由哪个管理员角色代表该部门签核',
  },
  {
    uid: 'api::workflow-stage.workflow-stage',
    fields: ['key', 'position', 'kind', 'optional', 'appliesWhen', 'requiredSignoffs', 'rules', 'terminal'],
    wholeRecord: true,
    decides: 'which departments must sign a stage and which rules gate it',
    decidesZh: '阶段需要哪些部门签核、受哪些规则把关',
  },
  {
    uid: 'plugin::users-permissions.user',
    fields: ['role', 'customer', 'supplier'],
    wholeRecord: false,
    decides: 'which records a portal account may see (its role and its customer or supplier)',
    decidesZh: '门户账号能看到哪些记录(其角色及所属客户或供应商)',
  },
];

export const powerRuleOf = (uid: string) => POWER_RULES.find((rule) => rule.uid === uid);

/** Who may change authority: Gendan itself, a super administrator, a full-access API token. */
export function holdsAuthority(actor: Actor, tokenType?: string | null): boolean {
  switch (actor.type) {
    case 'system':
      return true;
    case 'admin':
      return (actor.roleCodes ?? []).includes(SUPER_ADMIN_ROLE);
    case 'api-token':
      return tokenType === 'full-access';
    default:
      return false;
  }
}

export type AuthorityAction = 'create' | 'update' | 'delete';

/** A field's value before and after a write, as stored (relations as sorted document ids). */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The power fields a write changed, comparing the stored values before and after it. */
export function changedPowerFields(
  rule: PowerRule,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of rule.fields) {
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    if (!same(was, is)) changes[field] = { before: was, after: is };
  }
  return changes;
}

/**
 * The violations of one write by one actor: none when the actor holds
 * authority or the write touches no power; else one per power field changed
 * (or one for the record, when creating or deleting it is itself power).
 */
export function authorityViolations(
  rule: PowerRule,
  action: AuthorityAction,
  changes: FieldChanges,
  allowed: boolean
): Violation[] {
  if (allowed) return [];
  const why = `only a super administrator may change ${rule.decides}`;
  const whyZh = `只有超级管理员可以更改${rule.decidesZh}`;
  if (rule.wholeRecord && action !== 'update') {
    return [
      violation(
        [],
        'authority',
        `${action === 'create' ? 'creating' : 'deleting'} this record: ${why}`,
        `${action === 'create' ? '新建' : '删除'}此记录:${whyZh}`
      ),
    ];
  }
  return Object.keys(changes).map((field) => violation([field], 'authority', `${field}: ${why}`, `${field}:${whyZh}`));
}
