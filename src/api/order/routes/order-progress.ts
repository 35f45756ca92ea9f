/** Production progress of one order (跟踪生产进度): output, run rate, projected finish, risk. */
export default {
  routes: [{ method: 'GET', path: '/orders/:documentId/progress', handler: 'order-progress.find' }],
};
