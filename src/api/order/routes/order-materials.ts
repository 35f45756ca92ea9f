/** The material follow-up of one order (面辅料跟踪). */
export default {
  routes: [{ method: 'GET', path: '/orders/:documentId/materials', handler: 'order-materials.find' }],
};
