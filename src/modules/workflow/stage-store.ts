import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { stageSets, type StageSets } from './domain/stage-meaning';
import type { RuleRef, StageDefinition, StageDocument, StageKind, StagePhase } from './domain/stages';

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
  phase: StagePhase | null;
  onTheLines: boolean | null;
  countsAsShipped: boolean | null;
  issuesDocument: StageDocument | null;
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
  // Null only before the bootstrap gives an upgraded database its stages' meaning.
  phase: row.phase ?? (row.kind === 'hold' ? 'hold' : row.kind === 'cancel' ? 'cancelled' : 'pre-production'),
  onTheLines: !!row.onTheLines,
  countsAsShipped: !!row.countsAsShipped,
  issuesDocument: row.issuesDocument ?? null,
  requiredSignoffs: (row.requiredSignoffs ?? []).map((department) => department.key),
  rules: (row.rules ?? []).map((ref): RuleRef => ({ rule: ref.rule, params: ref.params ?? {} })),
});

/** The stage keys each question needs (on the lines, shipped, finished …), from the stages' meaning. */
export const loadStageSets = async (strapi: Core.Strapi): Promise<StageSets> => stageSets(await loadStages(strapi));

/** The order's attributes and their types, including fields added in the Content-Type Builder. */
export const orderFieldTypes = (strapi: Core.Strapi): Record<string, string> =>
  Object.fromEntries(
    Object.entries(strapi.contentType(UID.order).attributes).map(([name, attribute]) => [name, attribute.type])
  );
