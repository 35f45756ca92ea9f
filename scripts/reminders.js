#!/usr/bin/env node
/**
 * `npm run reminders [-- --date YYYY-MM-DD] [-- --zh]`: runs the daily reminder
 * job once against the configured database (as the cron job does at 07:30)
 * and prints what it found, grouped by recipient. Idempotent: a second run
 * the same day creates and mails nothing.
 */
const { loadApp } = require('./lib/app');

const option = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : (process.argv[index + 1] ?? true);
};

async function main() {
  const strapi = await loadApp();
  try {
    const date = typeof option('date') === 'string' ? new Date(`${option('date')}T08:00:00`) : new Date();
    const result = await strapi.service('api::notification.reminders').run({ now: date });
    const zh = option('zh') !== undefined;
    const rows = await strapi.db.query('api::notification.notification').findMany({
      where: { runDate: result.runDate },
      populate: { recipientUser: { select: ['email'] } },
      orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    });
    console.log(
      `Reminder run ${result.runDate}: ${result.found} to chase, ${result.created} new, ${result.existing} already notified; e-mail: ${result.mail.status} (${result.mail.digests} digest(s))`
    );
    const byType = Object.entries(result.byType)
      .map(([type, count]) => `${type} ${count}`)
      .join(', ');
    if (byType) console.log(`New by type: ${byType}`);
    const groups = new Map();
    for (const row of rows) {
      const to = row.recipientUser ? row.recipientUser.email : `department ${row.recipientDepartment}`;
      groups.set(to, [...(groups.get(to) ?? []), row]);
    }
    for (const [to, items] of groups) {
      console.log(`\n${to} (${items.length})`);
      for (const item of items) console.log(`  [${item.type}] ${zh ? item.titleZh : item.title}`);
    }
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
