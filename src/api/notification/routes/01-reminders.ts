/** The daily reminder run, on demand — closed unless a role or token grants `notification.reminders.run`. */
export default {
  routes: [{ method: 'POST', path: '/reminders/run', handler: 'reminders.run' }],
};
