import type { Core } from '@strapi/strapi';
import type { ReminderParams } from './domain/due';
import { loadShippingSettings } from '../shipping/settings';
import { loadReminderSettings } from './settings';
import { loadStages } from '../workflow/stage-store';

/**
 * The windows of "what is due" — the reminder settings, the inspection SLA of
 * the stage rule and the completion report's days — read once for the
 * dashboard and the reminder run alike.
 */
export async function loadReminderParams(strapi: Core.Strapi): Promise<ReminderParams & { emailDigest: boolean }> {
  const [settings, shipping, stages] = await Promise.all([
    loadReminderSettings(strapi),
    loadShippingSettings(strapi),
    loadStages(strapi),
  ]);
  // The inspection SLA is the stage rule's own parameter, so the gate and the reminder never disagree.
  const sla = stages.flatMap((stage) => stage.rules).find((ref) => ref.rule === 'fabric-inspected-in-time')
    ?.params?.days;
  return {
    ...settings,
    inspectionSlaDays: typeof sla === 'number' ? sla : 3,
    completionReportDays: shipping.completionReportDays,
  };
}
