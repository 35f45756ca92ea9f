/** The AQL plan calculator. Sorted before the core router so "plan" is not read as an id. */
export default {
  routes: [{ method: 'POST', path: '/final-inspections/plan', handler: 'plan.plan' }],
};
