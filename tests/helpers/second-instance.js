/**
 * A second Gendan instance in a child process, on the same database and the
 * same upload folder as the test's own (same environment): the reminder run's
 * exactly-once test and the two-instance load test drive it over IPC.
 * Messages: { type: 'run', now } → { type: 'result' | 'error' };
 * { type: 'listen', port? } → { type: 'listening', port } (serves HTTP on loopback); { type: 'stop' }.
 */
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

async function main() {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  process.on('message', async (message) => {
    if (message.type === 'run') {
      try {
        const result = await strapi.service('api::notification.reminders').run({ now: new Date(message.now) });
        process.send({ type: 'result', result });
      } catch (error) {
        process.send({ type: 'error', error: String(error && error.stack ? error.stack : error) });
      }
    } else if (message.type === 'listen') {
      strapi.server.listen(message.port ?? 0, '127.0.0.1', () =>
        process.send({ type: 'listening', port: strapi.server.httpServer.address().port })
      );
    } else if (message.type === 'stop') {
      await strapi.destroy();
      process.exit(0);
    }
  });
  process.send({ type: 'ready' });
}

main().catch((error) => {
  process.send?.({ type: 'error', error: String(error && error.stack ? error.stack : error) });
  process.exit(1);
});
