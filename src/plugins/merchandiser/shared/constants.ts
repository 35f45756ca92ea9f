/** The plugin's id and RBAC actions, one definition for the server (routes, grants) and the admin (menu, buttons). */
export const PLUGIN_ID = 'merchandiser';

/** RBAC actions of the merchandiser cockpit (Settings → Roles → Plugins → Merchandising). */
export const ACTIONS = {
  dashboard: 'plugin::merchandiser.dashboard.read',
  transition: 'plugin::merchandiser.order.transition',
  signoff: 'plugin::merchandiser.order.signoff',
  lines: 'plugin::merchandiser.order.lines',
  runReminders: 'plugin::merchandiser.reminders.run',
  imports: 'plugin::merchandiser.imports.run',
} as const;
