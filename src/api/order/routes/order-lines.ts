/** The size breakdown of one order (尺码明细): read it, or replace it whole. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/orders/:documentId/lines',
      handler: 'order-lines.find',
    },
    {
      method: 'PUT',
      path: '/orders/:documentId/lines',
      handler: 'order-lines.replace',
    },
  ],
};
