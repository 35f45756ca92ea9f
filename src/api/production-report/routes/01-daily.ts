/** The day's report by line and operation. Sorted before the core router so "daily" is not read as an id. */
export default {
  routes: [{ method: 'GET', path: '/production-reports/daily', handler: 'daily.find' }],
};
