/** Line load. Sorted before the core router so "load" is not read as an id. */
export default {
  routes: [{ method: 'GET', path: '/production-lines/load', handler: 'load.find' }],
};
