/**
 * A stock Strapi app of the same version with Gendan's schema and nothing else
 * of Gendan's: the same content types, components and portal-user relations,
 * stock core routers/controllers/services, no bootstrap, no middlewares, no
 * plugins of ours. The benchmark boots it on a copy of the same database to
 * tell what Gendan's own code adds to the boot time.
 */
const { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const js = (value) => JSON.stringify(value, null, 2);

/**
 * Writes the stock app into `dir` and returns it. `database` is the effective
 * database configuration of the running Gendan app (pointed at a copy by the caller).
 */
function writeStockApp(appDir, dir, database, secrets) {
  rmSync(dir, { recursive: true, force: true });
  const file = (relative, text) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  };
  file(
    'package.json',
    js({
      name: 'stock-strapi',
      private: true,
      version: '0.0.0',
      dependencies: { '@strapi/strapi': '5.54.0', '@strapi/plugin-users-permissions': '5.54.0' },
    })
  );
  // Never drop what the stock app does not know (Gendan's data stays as it is).
  file(
    'config/database.js',
    `module.exports = () => (${js({
      connection: database.connection,
      settings: { ...database.settings, forceMigration: false },
    })});\n`
  );
  file('config/server.js', `module.exports = () => (${js({ host: '127.0.0.1', app: { keys: secrets.appKeys } })});\n`);
  file(
    'config/admin.js',
    `module.exports = () => (${js({
      serveAdminPanel: false,
      auth: { secret: secrets.adminJwt },
      apiToken: { salt: secrets.apiTokenSalt },
      transfer: { token: { salt: secrets.transferSalt } },
      secrets: { encryptionKey: secrets.encryptionKey },
    })});\n`
  );
  file(
    'config/plugins.js',
    `module.exports = () => (${js({ 'users-permissions': { config: { jwtSecret: secrets.jwt } } })});\n`
  );
  file(
    'config/middlewares.js',
    `module.exports = ${js([
      'strapi::logger',
      'strapi::errors',
      'strapi::security',
      'strapi::cors',
      'strapi::poweredBy',
      'strapi::query',
      'strapi::body',
      'strapi::session',
      'strapi::favicon',
      'strapi::public',
    ])};\n`
  );
  file('src/index.js', 'module.exports = { register() {}, bootstrap() {} };\n');
  file('public/uploads/.gitkeep', '');
  file(
    'src/extensions/users-permissions/strapi-server.js',
    `module.exports = (plugin) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  attributes.customer = { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' };
  attributes.supplier = { type: 'relation', relation: 'manyToOne', target: 'api::supplier.supplier' };
  return plugin;
};\n`
  );
  cpSync(path.join(appDir, 'src', 'components'), path.join(dir, 'src', 'components'), { recursive: true });
  const apis = path.join(appDir, 'src', 'api');
  for (const api of readdirSync(apis)) {
    const types = path.join(apis, api, 'content-types');
    if (!existsSync(types)) continue;
    for (const type of readdirSync(types)) {
      const uid = `api::${api}.${type}`;
      cpSync(
        path.join(types, type, 'schema.json'),
        path.join(dir, 'src/api', api, 'content-types', type, 'schema.json')
      );
      for (const [folder, factory] of [
        ['routes', 'createCoreRouter'],
        ['controllers', 'createCoreController'],
        ['services', 'createCoreService'],
      ]) {
        file(
          `src/api/${api}/${folder}/${type}.js`,
          `module.exports = require('@strapi/strapi').factories.${factory}('${uid}');\n`
        );
      }
    }
  }
  return dir;
}

module.exports = { writeStockApp };
