import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { DEFAULT_LINE_OUTPUT, DEFAULT_TA_MILESTONES } from './domain/default-template';
import type { MilestoneDefinition } from './domain/template';

export interface ResolvedTemplate {
  name: string;
  lineOutputPerDay: number;
  milestones: MilestoneDefinition[];
}

interface TemplateRow {
  id: number;
  name: string;
  isDefault: boolean | null;
  channel: string | null;
  lineOutputPerDay: number | null;
  customers: Array<{ id: number }> | null;
  milestones: Array<MilestoneDefinition & { id: number }> | null;
}

export const DEFAULT_TEMPLATE_NAME = 'Standard T&A (标准跟单节点)';

/** The default template, created once; administrators edit it (Content Manager → T&A template) like any other. */
export async function ensureDefaultTemplate(strapi: Core.Strapi): Promise<void> {
  if ((await strapi.db.query(UID.taTemplate).count()) > 0) return;
  await strapi.documents(UID.taTemplate).create({
    data: {
      name: DEFAULT_TEMPLATE_NAME,
      description:
        'Planned back from the ex-factory date in working days (DOMAIN.md practitioners’ defaults); samples and purchasing forward from the order date.',
      isDefault: true,
      lineOutputPerDay: DEFAULT_LINE_OUTPUT,
      milestones: DEFAULT_TA_MILESTONES,
    } as never,
  });
}

const definitionOf = ({ id: _id, ...row }: MilestoneDefinition & { id: number }): MilestoneDefinition => ({
  ...row,
  department: row.department ?? null,
  anchorMilestone: row.anchorMilestone ?? null,
  completedByParam: row.completedByParam ?? null,
  offsetRule: row.offsetRule ?? 'fixed',
  appliesWhen: row.appliesWhen ?? 'always',
  critical: !!row.critical,
  customerVisible: !!row.customerVisible,
});

/**
 * The template for an order: one assigned to its customer (for its channel,
 * or any channel), else one for its channel, else the default — else the
 * built-in milestones.
 */
export async function templateForOrder(
  strapi: Core.Strapi,
  order: { customerId: number | null; channel: string | null }
): Promise<ResolvedTemplate> {
  const rows = (await strapi.db.query(UID.taTemplate).findMany({
    populate: { customers: { select: ['id'] }, milestones: true },
    orderBy: { id: 'asc' },
  })) as TemplateRow[];
  const forCustomer = (row: TemplateRow) => (row.customers ?? []).some((customer) => customer.id === order.customerId);
  const channelFits = (row: TemplateRow) => !row.channel || row.channel === order.channel;
  const chosen =
    rows.find((row) => forCustomer(row) && row.channel && row.channel === order.channel) ??
    rows.find((row) => forCustomer(row) && channelFits(row)) ??
    rows.find((row) => (row.customers ?? []).length === 0 && row.channel && row.channel === order.channel) ??
    rows.find((row) => row.isDefault);
  if (!chosen) return { name: 'built-in', lineOutputPerDay: DEFAULT_LINE_OUTPUT, milestones: DEFAULT_TA_MILESTONES };
  return {
    name: chosen.name,
    lineOutputPerDay: chosen.lineOutputPerDay ?? DEFAULT_LINE_OUTPUT,
    milestones: (chosen.milestones ?? []).map(definitionOf),
  };
}
