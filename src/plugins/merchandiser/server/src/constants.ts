export const PLUGIN_ID = 'merchandiser';

/** RBAC actions of the merchandiser cockpit (Settings → Roles → Plugins → Merchandising). */
export const ACTIONS = {
  dashboard: 'plugin::merchandiser.dashboard.read',
  transition: 'plugin::merchandiser.order.transition',
  signoff: 'plugin::merchandiser.order.signoff',
  lines: 'plugin::merchandiser.order.lines',
  runReminders: 'plugin::merchandiser.reminders.run',
} as const;

/** Stages in which an order is on the lines (pieces in production). */
export const PRODUCTION_STAGES = ['in-production', 'print-embroidery', 'washing', 'packing'];
/** Stages after which an order no longer needs watching for its date. */
export const CLOSED_STAGES = ['shipped', 'completed', 'cancelled'];
