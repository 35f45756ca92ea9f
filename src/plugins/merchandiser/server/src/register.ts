import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

/** The plugin's RBAC actions, shown under Settings → Roles → Plugins → Merchandising. */
export const ACTION_DEFINITIONS = [
  {
    section: 'plugins',
    displayName: 'View the merchandising dashboard and order panels',
    uid: 'dashboard.read',
    pluginName: PLUGIN_ID,
  },
  {
    section: 'plugins',
    displayName: 'Move orders through the workflow',
    uid: 'order.transition',
    pluginName: PLUGIN_ID,
  },
  {
    section: 'plugins',
    displayName: 'Sign off stages for their departments',
    uid: 'order.signoff',
    pluginName: PLUGIN_ID,
  },
  { section: 'plugins', displayName: 'Edit size breakdowns', uid: 'order.lines', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Run the reminder job on demand', uid: 'reminders.run', pluginName: PLUGIN_ID },
  {
    section: 'plugins',
    displayName: 'Import sheets (buyer POs) and commit them',
    uid: 'imports.run',
    pluginName: PLUGIN_ID,
  },
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
};
