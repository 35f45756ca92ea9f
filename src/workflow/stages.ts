import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import type { RuleRef, StageDefinition, StageKind } from '../domain/workflow/stages';

interface StageRow {
  id: number;
  documentId: string;
  key: string;
  name: string;
  nameZh: string;
  position: number;
  kind: StageKind;
  optional: boolean;
  appliesWhen: string | null;
  terminal: boolean;
  requiredSignoffs: Array<{ key: string }> | null;
  rules: Array<{ rule: string; params: Record<string, unknown> | null }> | null;
}

export type LoadedStage = StageDefinition & { id: number; documentId: string };

/**
 * The workflow as administrators left it, read on every use (no cache): an
 * edit in the content manager takes effect on the next request.
 */
export async function loadStages(strapi: Core.Strapi): Promise<LoadedStage[]> {
  const rows = (await strapi.db.query(UID.workflowStage).findMany({
    populate: { requiredSignoffs: { select: ['key'] }, rules: true },
    orderBy: [{ position: 'asc' }, { key: 'asc' }],
  })) as StageRow[];
  return rows.map(toDefinition);
}

export const toDefinition = (row: StageRow): LoadedStage => ({
  id: row.id,
  documentId: row.documentId,
  key: row.key,
  name: row.name,
  nameZh: row.nameZh,
  position: row.position,
  kind: row.kind ?? 'step',
  optional: !!row.optional,
  appliesWhen: row.appliesWhen,
  terminal: !!row.terminal,
  requiredSignoffs: (row.requiredSignoffs ?? []).map((department) => department.key),
  rules: (row.rules ?? []).map((ref): RuleRef => ({ rule: ref.rule, params: ref.params ?? {} })),
});

/** The order's attributes and their types, including fields added in the Content-Type Builder. */
export const orderFieldTypes = (strapi: Core.Strapi): Record<string, string> =>
  Object.fromEntries(
    Object.entries(strapi.contentType(UID.order).attributes).map(([name, attribute]) => [name, attribute.type])
  );
