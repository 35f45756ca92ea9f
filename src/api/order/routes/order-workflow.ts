/** The order workflow: where an order stands and what it may do next, moving it, signing off. */
export default {
  routes: [
    { method: 'GET', path: '/orders/:documentId/workflow', handler: 'order-workflow.find' },
    { method: 'POST', path: '/orders/:documentId/transitions', handler: 'order-workflow.transition' },
    { method: 'POST', path: '/orders/:documentId/signoffs', handler: 'order-workflow.signoff' },
    { method: 'POST', path: '/orders/:documentId/waivers', handler: 'order-workflow.waive' },
  ],
};
