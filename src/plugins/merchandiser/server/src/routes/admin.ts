import { ACTIONS } from '../constants';

const can = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/** Admin routes (/merchandiser/...): admin session required, each behind one of the plugin's RBAC actions. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/dashboard/kpis', handler: 'dashboard.kpis', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/dashboard/at-risk', handler: 'dashboard.atRisk', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/dashboard/due', handler: 'dashboard.due', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/dashboard/output', handler: 'dashboard.outputTrend', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/dashboard/line-load', handler: 'dashboard.lineLoad', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/dashboard/filters', handler: 'dashboard.filterOptions', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/dashboard/figure', handler: 'dashboard.figure', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/orders/:documentId/workflow', handler: 'orders.workflow', config: can(ACTIONS.dashboard) },
    {
      method: 'POST',
      path: '/orders/:documentId/transitions',
      handler: 'orders.transition',
      config: can(ACTIONS.transition),
    },
    { method: 'POST', path: '/orders/:documentId/signoffs', handler: 'orders.signoff', config: can(ACTIONS.signoff) },
    { method: 'POST', path: '/orders/:documentId/waivers', handler: 'orders.waive', config: can(ACTIONS.signoff) },
    { method: 'GET', path: '/orders/:documentId/packing', handler: 'orders.packing', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/exports/:file', handler: 'exports.download', config: can(ACTIONS.dashboard) },
    {
      method: 'GET',
      path: '/orders/:documentId/documents',
      handler: 'orders.documents',
      config: can(ACTIONS.dashboard),
    },
    {
      method: 'GET',
      path: '/purchase-orders/:documentId/document.pdf',
      handler: 'expediting.document',
      config: can(ACTIONS.dashboard),
    },
    {
      method: 'GET',
      path: '/orders/:documentId/documents/:file',
      handler: 'orders.document',
      config: can(ACTIONS.dashboard),
    },
    { method: 'GET', path: '/orders/:documentId/lines', handler: 'orders.lines', config: can(ACTIONS.dashboard) },
    { method: 'PUT', path: '/orders/:documentId/lines', handler: 'orders.replaceLines', config: can(ACTIONS.lines) },
    {
      method: 'GET',
      path: '/orders/:documentId/time-and-action',
      handler: 'timeAndAction.timeline',
      config: can(ACTIONS.dashboard),
    },
    {
      method: 'POST',
      path: '/orders/:documentId/time-and-action/plan',
      handler: 'timeAndAction.plan',
      config: can(ACTIONS.transition),
    },
    {
      method: 'GET',
      path: '/time-and-action/overview',
      handler: 'timeAndAction.overview',
      config: can(ACTIONS.dashboard),
    },
    { method: 'GET', path: '/receipts/lines', handler: 'receipts.lines', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/daily-output', handler: 'dailyOutput.sheet', config: can(ACTIONS.dashboard) },
    { method: 'POST', path: '/daily-output', handler: 'dailyOutput.save', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/expediting', handler: 'expediting.list', config: can(ACTIONS.dashboard) },
    { method: 'GET', path: '/imports/template.xlsx', handler: 'imports.template', config: can(ACTIONS.imports) },
    { method: 'POST', path: '/imports', handler: 'imports.check', config: can(ACTIONS.imports) },
    { method: 'GET', path: '/imports', handler: 'imports.find', config: can(ACTIONS.imports) },
    { method: 'GET', path: '/imports/:documentId', handler: 'imports.findOne', config: can(ACTIONS.imports) },
    { method: 'POST', path: '/imports/:documentId/check', handler: 'imports.recheck', config: can(ACTIONS.imports) },
    { method: 'GET', path: '/imports/:documentId/sheets', handler: 'imports.sheets', config: can(ACTIONS.imports) },
    { method: 'POST', path: '/imports/:documentId/commit', handler: 'imports.commit', config: can(ACTIONS.imports) },
    {
      method: 'POST',
      path: '/purchase-orders/:documentId/expediting-notes',
      handler: 'expediting.logNote',
      config: can(ACTIONS.dashboard),
    },
    // Every admin user reads their own inbox; no plugin permission needed.
    {
      method: 'GET',
      path: '/notifications',
      handler: 'timeAndAction.notifications',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'GET',
      path: '/notifications/unread',
      handler: 'timeAndAction.unread',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'POST',
      path: '/notifications/read',
      handler: 'timeAndAction.markRead',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      method: 'POST',
      path: '/reminders/run',
      handler: 'timeAndAction.runReminders',
      config: can(ACTIONS.runReminders),
    },
  ],
};
