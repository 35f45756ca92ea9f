import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';

/** How far ahead the daily reminder run chases (Content Manager → Reminder settings). */
export interface ReminderSettings {
  milestoneDueDays: number;
  purchaseLeadDays: number;
  /** Warn this many days before a fabric inspection's SLA ends. */
  inspectionWarningDays: number;
  sampleFollowUpDays: number;
  cutoffWarningDays: number;
  emailDigest: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  milestoneDueDays: 3,
  purchaseLeadDays: 3,
  inspectionWarningDays: 1,
  sampleFollowUpDays: 7,
  cutoffWarningDays: 2,
  emailDigest: true,
};

export async function loadReminderSettings(strapi: Core.Strapi): Promise<ReminderSettings> {
  const row = ((await strapi.db.query(UID.reminderSetting).findOne({})) ?? {}) as Partial<
    Record<keyof ReminderSettings, unknown>
  >;
  const number = (key: keyof ReminderSettings) =>
    typeof row[key] === 'number' ? (row[key] as number) : (DEFAULT_REMINDER_SETTINGS[key] as number);
  return {
    milestoneDueDays: number('milestoneDueDays'),
    purchaseLeadDays: number('purchaseLeadDays'),
    inspectionWarningDays: number('inspectionWarningDays'),
    sampleFollowUpDays: number('sampleFollowUpDays'),
    cutoffWarningDays: number('cutoffWarningDays'),
    emailDigest: typeof row.emailDigest === 'boolean' ? row.emailDigest : true,
  };
}

export async function ensureReminderSettings(strapi: Core.Strapi): Promise<void> {
  if (await strapi.db.query(UID.reminderSetting).findOne({})) return;
  await strapi.documents(UID.reminderSetting).create({ data: {} as never });
}
