/** Many orders' milestones in one view — what a T&A spreadsheet per order cannot give. */
export default {
  routes: [{ method: 'GET', path: '/time-and-action/overview', handler: 'overview.find' }],
};
