import type { Core } from '@strapi/strapi';

/**
 * Named cron jobs (object format). `gendanDailyReminders` chases what is due
 * once a day; it is safe on several instances (the run is exactly-once).
 */
export const cronTasks = (env: Core.Config.Shared.ConfigParams['env']) => ({
  gendanDailyReminders: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      try {
        await strapi.service('api::notification.reminders').run();
      } catch (error) {
        strapi.log.error(`[reminders] daily run failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    options: {
      rule: env('REMINDERS_CRON', '0 30 7 * * *'),
      tz: env('FACTORY_TIMEZONE', 'Asia/Shanghai'),
    },
  },
});
