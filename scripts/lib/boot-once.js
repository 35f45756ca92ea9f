/**
 * `node boot-once.js <appDir> <distDir> <port>`: starts one Strapi app in this
 * fresh process, waits for `/_health`, prints the milliseconds since the
 * process started (module loading included) as JSON and exits. The benchmark
 * runs it for Gendan and for the stock app alike.
 */
const [appDir, distDir, port] = process.argv.slice(2);

async function main() {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir }).load();
  await new Promise((resolve) => strapi.server.listen(Number(port), '127.0.0.1', resolve));
  while ((await fetch(`http://127.0.0.1:${port}/_health`)).status !== 204) await new Promise((r) => setTimeout(r, 20));
  const ms = Math.round(performance.now());
  await strapi.destroy();
  process.stdout.write(`\n${JSON.stringify({ bootMs: ms })}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
