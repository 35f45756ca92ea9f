import type { Core } from '@strapi/strapi';
import { ORDER_STAGE_CHANGED, UID } from '../../platform/constants';
import { DEFAULT_DEPARTMENTS } from './domain/departments';
import { DEFAULT_WORKFLOW_STAGES } from './domain/default-workflow';
import { inferMeaning } from './domain/stage-meaning';
import { byPosition, type StageDefinition } from './domain/stages';

interface RoleService {
  findOne(params: Record<string, unknown>): Promise<{ id: number; code: string } | null>;
  create(attributes: { name: string; code: string; description: string }): Promise<{ id: number; code: string }>;
}

export const departmentRoleCode = (key: string) => `gendan-dept-${key}`;

/**
 * Creates, when missing, an admin role per department (sign-off authority: an
 * admin signs for the departments whose role they hold) and the department
 * records mapped to them. Existing records are left as administrators set them.
 */
async function ensureDepartments(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  for (const department of DEFAULT_DEPARTMENTS) {
    const code = departmentRoleCode(department.key);
    if (!(await roles.findOne({ code }))) {
      await roles.create({
        name: `${department.nameZh} ${department.name}`,
        code,
        description: `Gendan department: members sign off workflow stages for ${department.name} (${department.nameZh}).`,
      });
    }
    const exists = await strapi.db.query(UID.department).count({ where: { key: department.key } });
    if (!exists) {
      await strapi.documents(UID.department).create({ data: { ...department, adminRoleCode: code } as never });
    }
  }
}

/** The seed's 13 steps, hold and cancel — only when the workflow has no stage at all. */
async function ensureStages(strapi: Core.Strapi) {
  if ((await strapi.db.query(UID.workflowStage).count()) > 0) return;
  const departments = (await strapi.db.query(UID.department).findMany({ select: ['documentId', 'key'] })) as Array<{
    documentId: string;
    key: string;
  }>;
  const byKey = new Map(departments.map((d) => [d.key, d.documentId]));
  await strapi.db.transaction(async () => {
    for (const stage of DEFAULT_WORKFLOW_STAGES) {
      await strapi.documents(UID.workflowStage).create({
        data: {
          ...stage,
          requiredSignoffs: stage.requiredSignoffs.map((key) => byKey.get(key)).filter(Boolean),
          rules: stage.rules.map((ref) => ({ rule: ref.rule, params: ref.params ?? {} })),
        } as never,
      });
    }
  });
}

type MeaningRow = Pick<StageDefinition, 'key' | 'position' | 'kind'> &
  Partial<Pick<StageDefinition, 'phase' | 'onTheLines' | 'countsAsShipped' | 'issuesDocument'>> & { id: number };

/**
 * Upgrading a database whose stages predate their meaning: a default stage
 * gets the default's phase, flags and document; a stage an administrator
 * added gets the meaning of the step before it. Only stages without a phase
 * are touched, so this runs once and never overrides an administrator.
 */
async function ensureStageMeaning(strapi: Core.Strapi) {
  const rows = (await strapi.db.query(UID.workflowStage).findMany({
    select: ['id', 'key', 'position', 'kind', 'phase', 'onTheLines', 'countsAsShipped', 'issuesDocument'],
  })) as MeaningRow[];
  if (rows.every((row) => row.phase)) return;
  const defaults = new Map(DEFAULT_WORKFLOW_STAGES.map((stage) => [stage.key, stage]));
  const issued = new Set(rows.map((row) => row.issuesDocument).filter(Boolean));
  const done: Array<Parameters<typeof inferMeaning>[1][number]> = [];
  for (const row of byPosition(rows)) {
    if (!row.phase) {
      const standard = defaults.get(row.key);
      const meaning = standard
        ? { phase: standard.phase, onTheLines: standard.onTheLines, countsAsShipped: standard.countsAsShipped }
        : inferMeaning({ position: row.position, kind: row.kind }, done);
      const issuesDocument =
        standard?.issuesDocument && !issued.has(standard.issuesDocument) ? standard.issuesDocument : null;
      if (issuesDocument) issued.add(issuesDocument);
      await strapi.db
        .query(UID.workflowStage)
        .update({ where: { id: row.id }, data: { ...meaning, ...(issuesDocument ? { issuesDocument } : {}) } });
      Object.assign(row, meaning, issuesDocument ? { issuesDocument } : {});
    }
    done.push({
      key: row.key,
      position: row.position,
      kind: row.kind,
      phase: row.phase!,
      onTheLines: !!row.onTheLines,
      countsAsShipped: !!row.countsAsShipped,
      issuesDocument: row.issuesDocument ?? null,
    });
  }
}

export function registerWorkflowEvents(strapi: Core.Strapi) {
  (strapi.get('webhookStore') as { addAllowedEvent(key: string, value: string): void }).addAllowedEvent(
    'ORDER_STAGE_CHANGED',
    ORDER_STAGE_CHANGED
  );
}

export async function ensureWorkflowDefaults(strapi: Core.Strapi) {
  await ensureDepartments(strapi);
  await ensureStages(strapi);
  await ensureStageMeaning(strapi);
}
